# SPDX-License-Identifier: MIT
"""Team reports for the head of sales and marketing: why leads are lost, which objections
come up, which sources convert, how fast leads are called, what nurturing gives back, and
which ways through the guided script end in a sale (``paths``), and what sales receives
with each converted lead (``handoffs``).

Each report is a table (column names + rows) built from the recorded facts, filtered by a
period, a manager and a source, with one grouping choice (``by``). The API serves them as
JSON to admins and ``salesdesk-server report`` prints them as a table or CSV. Rates use the
same arithmetic as the workstation (``salesdesk.domain.analytics``) and are percentages
rounded to one decimal, or None when there is nothing to divide by.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import Select, select
from sqlalchemy.engine import Connection

from salesdesk.domain.analytics import (
    Period,
    median,
    minutes_to_first_call,
    nearest_rank,
    objection_categories,
    share,
)
from salesdesk.domain.catalog import DEFAULT_LANGUAGE, localized
from salesdesk.domain.flow import AnswerKind, Node, NodeKind, yes_no_choices
from salesdesk.domain.guided_call import GuidedCall
from salesdesk.domain.qualification import call_day
from salesdesk.domain.script import CallScript
from salesdesk.domain.vocabulary import Result, Source, Stage
from server.models import (
    InterestTagRow,
    LeadRow,
    LossReasonRow,
    OutcomeRow,
    ScriptVersionRow,
    UserRow,
)
from server.services.content import published_script

_BATCH = 5000


class ReportError(ValueError):
    """A report that cannot be made as asked (unknown name, grouping, manager or source)."""


@dataclass(frozen=True)
class ReportFilters:
    """What to count: a period (UTC days, both inclusive), a manager's username, a source."""

    since: date | None = None
    until: date | None = None
    manager: str | None = None
    source: str | None = None
    language: str = DEFAULT_LANGUAGE
    #: a team lead's reports: only the work of these users (None: everyone's)
    team: frozenset[str] | None = None

    def period(self) -> Period | None:
        """The period as UTC datetimes, None when neither end is given."""
        if self.since is None and self.until is None:
            return None
        return Period.days(self.since or date(1970, 1, 1), self.until or date(9999, 12, 30), "UTC")


@dataclass(frozen=True)
class Report:
    """A finished report: a title, column names and rows."""

    name: str
    title: str
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]] = field(default_factory=list)

    def as_json(self, filters: ReportFilters, by: str) -> dict[str, Any]:
        """The report as the API sends it."""
        return {
            "report": self.name,
            "title": self.title,
            "by": by,
            "filters": {
                "since": filters.since.isoformat() if filters.since else None,
                "until": filters.until.isoformat() if filters.until else None,
                "manager": filters.manager,
                "source": filters.source,
            },
            "columns": list(self.columns),
            "rows": [list(r) for r in self.rows],
        }


def _percent(part: int, whole: int) -> float | None:
    value = share(part, whole)
    return None if value is None else round(100 * value, 1)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


@dataclass(frozen=True)
class _Scope:
    """Filters resolved against the database."""

    period: Period | None
    manager_id: str | None
    source: str | None
    names: dict[str, str]
    language: str = DEFAULT_LANGUAGE
    team: frozenset[str] | None = None

    def counts(self, manager_id: str | None) -> bool:
        """Whether work of this manager is in the scope (the manager and team filters)."""
        if self.manager_id is not None and manager_id != self.manager_id:
            return False
        return self.team is None or manager_id in self.team


def _scope(connection: Connection, filters: ReportFilters) -> _Scope:
    names = {u.id: u.username for u in connection.execute(select(UserRow.id, UserRow.username))}
    manager_id = None
    if filters.manager is not None:
        manager_id = next((i for i, n in names.items() if n == filters.manager), None)
        if manager_id is None or (filters.team is not None and manager_id not in filters.team):
            raise ReportError(f"no user {filters.manager!r}")
    if filters.source is not None and filters.source not in {s.value for s in Source}:
        raise ReportError(
            f"unknown source {filters.source!r}; one of: {', '.join(s.value for s in Source)}"
        )
    return _Scope(
        filters.period(), manager_id, filters.source, names, filters.language, filters.team
    )


_Query = TypeVar("_Query", bound="Select[*tuple[Any, ...]]")


def _arrived_in(query: _Query, scope: _Scope) -> _Query:
    """Leads that arrived in the scope's period, of its source and manager (when given)."""
    if scope.period is not None:
        query = query.where(
            LeadRow.created_at >= scope.period.start, LeadRow.created_at < scope.period.end
        )
    if scope.source is not None:
        query = query.where(LeadRow.source == scope.source)
    if scope.manager_id is not None:
        query = query.where(LeadRow.assignee_id == scope.manager_id)
    if scope.team is not None:
        query = query.where(LeadRow.assignee_id.in_(scope.team))
    return query


def _outcomes(scope: _Scope, *columns: Any, history: bool = False) -> Select[Any]:
    """Outcomes (joined to their lead) inside the scope; ``history``: every manager's calls
    up to the period's end (for "first call" questions)."""
    query = select(*columns).select_from(OutcomeRow).join(LeadRow, LeadRow.id == OutcomeRow.lead_id)
    if scope.period is not None:
        query = query.where(OutcomeRow.started_at < scope.period.end)
        if not history:
            query = query.where(OutcomeRow.started_at >= scope.period.start)
    if scope.manager_id is not None and not history:
        query = query.where(OutcomeRow.manager_id == scope.manager_id)
    if scope.team is not None and not history:
        query = query.where(OutcomeRow.manager_id.in_(scope.team))
    if scope.source is not None:
        query = query.where(LeadRow.source == scope.source)
    return query


def _stream(connection: Connection, query: Any) -> Iterator[Any]:
    # per execution: Connection.execution_options() would change the connection for good
    yield from connection.execute(query, execution_options={"yield_per": _BATCH})


def _week(moment: datetime) -> str:
    year, week, _ = moment.isocalendar()
    return f"{year}-W{week:02d}"


_PERIOD_KEYS: dict[str, Callable[[datetime], str]] = {
    "week": _week,
    "month": lambda moment: moment.strftime("%Y-%m"),
}


def loss_reasons(connection: Connection, scope: _Scope, by: str) -> Report:
    """Lost calls by loss reason, grouped by source or by week/month."""
    labels = {
        r.id: localized(r.label, r.labels or {}, scope.language)
        for r in connection.execute(
            select(LossReasonRow.id, LossReasonRow.label, LossReasonRow.labels)
        )
    }
    query = _outcomes(
        scope, LeadRow.source, OutcomeRow.started_at, OutcomeRow.loss_reason_id
    ).where(OutcomeRow.result == Result.LOST.value)
    counts: Counter[tuple[str, str]] = Counter()
    for row in _stream(connection, query):
        group = row.source if by == "source" else _PERIOD_KEYS[by](row.started_at)
        counts[(group, row.loss_reason_id or "")] += 1
    totals: Counter[str] = Counter()
    for (group, _reason), count in counts.items():
        totals[group] += count
    rows = [
        (group, labels.get(reason, reason or "(none)"), count, _percent(count, totals[group]))
        for (group, reason), count in sorted(counts.items(), key=lambda kv: (kv[0][0], -kv[1]))
    ]
    return Report(
        "loss-reasons",
        f"Loss reasons by {by}",
        (by, "loss reason", "lost calls", "share of the group %"),
        rows,
    )


def objections(connection: Connection, scope: _Scope, by: str) -> Report:
    """Calls where objections of each category came up, overall or by manager."""
    # every objection ID any script version ever had, the latest version's category winning
    categories = {
        objection_id: category.value
        for objection_id, category in objection_categories(
            connection.scalars(select(ScriptVersionRow.data).order_by(ScriptVersionRow.version))
        ).items()
    }
    query = _outcomes(scope, OutcomeRow.manager_id, OutcomeRow.objections)
    raised: Counter[tuple[str, str]] = Counter()
    calls: Counter[str] = Counter()
    for row in _stream(connection, query):
        who = scope.names.get(row.manager_id, row.manager_id) if by == "manager" else ""
        calls[who] += 1
        for category in {categories.get(o, "unknown") for o in row.objections or []}:
            raised[(who, category)] += 1
    ordered = sorted(raised.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1]))
    rows: list[tuple[Any, ...]]
    if by == "manager":
        rows = [(who, category, n, _percent(n, calls[who])) for (who, category), n in ordered]
        columns: tuple[str, ...] = ("manager", "category", "calls with it", "share of calls %")
    else:
        rows = [(category, n, _percent(n, calls[""])) for (_w, category), n in ordered]
        columns = ("category", "calls with it", "share of calls %")
    return Report("objections", f"Objections by {by}", columns, rows)


def conversion(connection: Connection, scope: _Scope, by: str) -> Report:
    """Leads that arrived in the period and where they are now, by source or by event."""
    query = select(LeadRow.source, LeadRow.event_name, LeadRow.stage)
    query = _arrived_in(query, scope)
    if by == "event":
        query = query.where(LeadRow.event_name != "")
    stages: dict[str, Counter[str]] = defaultdict(Counter)
    for row in _stream(connection, query):
        stages[row.event_name if by == "event" else row.source][row.stage] += 1
    rows = []
    for group, counts in sorted(stages.items(), key=lambda kv: -sum(kv[1].values())):
        leads = sum(counts.values())
        converted = counts[Stage.CONVERTED.value]
        rows.append(
            (
                group,
                leads,
                converted,
                _percent(converted, leads),
                counts[Stage.NURTURING.value],
                counts[Stage.DISQUALIFIED.value],
                counts[Stage.NEW.value] + counts[Stage.QUALIFYING.value],
            )
        )
    return Report(
        "conversion",
        f"Lead to sale conversion by {by}",
        (by, "leads", "converted", "conversion %", "nurturing", "disqualified", "open"),
        rows,
    )


def speed_to_lead(connection: Connection, scope: _Scope, by: str) -> Report:
    """Minutes from a lead's arrival to its first call, per manager who made that call or
    per source; ``waiting``: leads that arrived in the period and were never called (per
    source, the unassigned pool's too)."""
    query = _outcomes(
        scope, OutcomeRow.lead_id, OutcomeRow.manager_id, OutcomeRow.started_at,
        LeadRow.created_at, LeadRow.source, history=True,
    ).order_by(OutcomeRow.lead_id, OutcomeRow.started_at)  # fmt: skip
    firsts: dict[str, tuple[str, datetime, datetime]] = {}
    for row in _stream(connection, query):
        if row.lead_id not in firsts:
            group = row.manager_id if by == "manager" else row.source
            firsts[row.lead_id] = (group, row.created_at, row.started_at)
            if not scope.counts(row.manager_id):
                firsts[row.lead_id] = ("", row.created_at, row.started_at)  # not counted
    minutes: dict[str, list[tuple[datetime, datetime]]] = defaultdict(list)
    for group, arrived, first in firsts.values():
        if not group or (scope.period is not None and first not in scope.period):
            continue
        minutes[group].append((arrived, first))
    waiting: Counter[str] = Counter()
    open_leads = select(LeadRow.id, LeadRow.assignee_id, LeadRow.created_at, LeadRow.source)
    if by == "manager":
        open_leads = open_leads.where(LeadRow.assignee_id.is_not(None))
    if scope.source is not None:
        open_leads = open_leads.where(LeadRow.source == scope.source)
    for row in _stream(connection, open_leads):
        if row.id in firsts or (scope.period is not None and row.created_at not in scope.period):
            continue
        if (scope.manager_id is None and scope.team is None) or scope.counts(row.assignee_id):
            waiting[row.assignee_id if by == "manager" else row.source] += 1
    rows = []
    named = scope.names if by == "manager" else {}
    for group in sorted(set(minutes) | set(waiting), key=lambda i: named.get(i, i)):
        values = minutes_to_first_call(minutes.get(group, []))
        rows.append(
            (
                named.get(group, group),
                len(values),
                _round(median(values)),
                _round(nearest_rank(values, 0.9)),
                waiting[group],
            )
        )
    return Report(
        "speed-to-lead",
        "Speed to lead (minutes from arrival to the first call)",
        (by, "leads called", "median min", "p90 min", "waiting, never called"),
        rows,
    )


def nurture(connection: Connection, scope: _Scope, by: str) -> Report:
    """Leads handed back to marketing in the period, and what happened when they returned."""
    query = _outcomes(
        scope, OutcomeRow.lead_id, OutcomeRow.manager_id, OutcomeRow.started_at, LeadRow.source
    ).where(OutcomeRow.result == Result.NURTURE.value)
    handoffs = {row.lead_id: (row.source, row.started_at) for row in _stream(connection, query)}
    later: dict[str, set[str]] = defaultdict(set)  # lead → results of calls after the handoff
    if handoffs:
        after = select(OutcomeRow.lead_id, OutcomeRow.started_at, OutcomeRow.result).where(
            OutcomeRow.result != Result.NURTURE.value
        )
        for row in _stream(connection, after):
            handoff = handoffs.get(row.lead_id)
            if handoff is not None and row.started_at > handoff[1]:
                later[row.lead_id].add(row.result)
    totals: dict[str, Counter[str]] = defaultdict(Counter)
    for lead_id, (source, _at) in handoffs.items():
        totals[source]["handed"] += 1
        if lead_id in later:
            totals[source]["returned"] += 1
            if Result.QUALIFIED.value in later[lead_id]:
                totals[source]["qualified"] += 1
    rows = [
        (
            source,
            c["handed"],
            c["returned"],
            _percent(c["returned"], c["handed"]),
            c["qualified"],
            _percent(c["qualified"], c["returned"]),
        )
        for source, c in sorted(totals.items(), key=lambda kv: -kv[1]["handed"])
    ]
    return Report(
        "nurture",
        "Nurture handoffs and returns by source",
        ("source", "handed off", "returned", "return %", "qualified after return",
         "qualified of returned %"),
        rows,
    )  # fmt: skip


def consent(connection: Connection, scope: _Scope, by: str) -> Report:
    """Visitors captured at each event and what they said to the consent question: given,
    refused, not asked (captured before consent was recorded); ``version``: per event and
    consent text version, to show which words each answer was given to."""
    query = select(LeadRow.event_name, LeadRow.consent).where(LeadRow.event_name != "")
    query = _arrived_in(query, scope)
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for row in _stream(connection, query):
        answer = row.consent or {}
        version = str(answer.get("text_version", "")) if by == "version" else ""
        state = "not asked" if not answer else "given" if answer.get("given") else "refused"
        counts[(row.event_name, version)][state] += 1
    rows = []
    for (event, version), tally in sorted(counts.items()):
        visitors = sum(tally.values())
        cells = (event, version) if by == "version" else (event,)
        rows.append((*cells, visitors, tally["given"], _percent(tally["given"], visitors),
                     tally["refused"], tally["not asked"]))  # fmt: skip
    columns = ("event", "text version") if by == "version" else ("event",)
    return Report(
        "consent",
        f"Consent at events by {by}",
        (*columns, "visitors", "given", "given %", "refused", "not asked"),
        rows,
    )


def interests(connection: Connection, scope: _Scope, by: str) -> Report:
    """What visitors asked about at each event: per interest tag, the leads that have it,
    their share of the event's leads and how many converted; ``next-step``: the follow-ups
    agreed at each event instead."""
    query = select(LeadRow.event_name, LeadRow.interests, LeadRow.next_step, LeadRow.stage).where(
        LeadRow.event_name != ""
    )
    query = _arrived_in(query, scope)
    labels = {
        t.id: localized(t.label, t.labels or {}, scope.language)
        for t in connection.execute(
            select(InterestTagRow.id, InterestTagRow.label, InterestTagRow.labels)
        )
    }
    visitors: Counter[str] = Counter()
    tagged: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for row in _stream(connection, query):
        visitors[row.event_name] += 1
        keys = list(row.interests or []) if by == "event" else [row.next_step or ""]
        for key in keys:
            tagged[(row.event_name, key)][row.stage] += 1
    rows = []
    for (event, key), stages in sorted(tagged.items()):
        leads = sum(stages.values())
        name = labels.get(key, key) if by == "event" else key or "none agreed"
        rows.append((event, name, leads, _percent(leads, visitors[event]),
                     stages[Stage.CONVERTED.value]))  # fmt: skip
    what = "topic" if by == "event" else "next step"
    return Report(
        "interests",
        f"Interests at events by {by}",
        ("event", what, "leads", "of the event's %", "converted"),
        rows,
    )


#: How many of the most common paths the ``paths`` report lists.
TOP_PATHS = 20


def paths(connection: Connection, scope: _Scope, by: str) -> Report:
    """What the guided calls teach: the most common paths through the script (the choices
    made, the objections met, the end reached) and how the calls that took them ended;
    ``choice``: per question and answer choice instead."""
    query = _outcomes(
        scope,
        OutcomeRow.script_id,
        OutcomeRow.script_version,
        OutcomeRow.answers,
        OutcomeRow.started_at,
        OutcomeRow.result,
    ).where(OutcomeRow.script_id.is_not(None))
    results: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for row in _stream(connection, query):
        if not row.answers:
            continue
        script = published_script(connection, row.script_id, row.script_version)
        if script is None:
            continue
        walk = GuidedCall.replay(script, row.answers, call_day(row.started_at))
        steps = [_step(script, node_id, row.answers) for node_id in walk.path]
        if by == "path":
            results[(" › ".join(s for s in steps if s),)][row.result] += 1
        else:
            for node_id in dict.fromkeys(walk.path):
                node = script.node(node_id)
                if node is not None and node.id in row.answers and node.choices:
                    choice = _choice_label(node, row.answers[node.id])
                    results[(node.title or node.id, choice)][row.result] += 1
    rows: list[tuple[Any, ...]] = []
    for key, counted in results.items():
        calls = sum(counted.values())
        won = counted[Result.QUALIFIED.value]
        rows.append((*key, calls, won, _percent(won, calls), counted[Result.LOST.value],
                     counted[Result.NURTURE.value]))  # fmt: skip
    if by == "path":
        rows = sorted(rows, key=lambda r: (-r[1], r[0]))[:TOP_PATHS]
        columns: tuple[str, ...] = ("path", "calls", "qualified", "qualified %", "lost", "nurture")
    else:
        rows.sort(key=lambda r: (r[0], -r[2], r[1]))
        columns = ("question", "answer", "calls", "qualified", "qualified %", "lost", "nurture")
    return Report("paths", f"Guided calls by {by}", columns, rows)


def _choice_label(node: Node, value: Any) -> str:
    if node.answer is AnswerKind.YES_NO:
        wanted = "yes" if value is True else "no"
        return next((c.label for c in yes_no_choices(node) if c.id == wanted), wanted)
    if isinstance(value, list):
        return ", ".join(_choice_label(replace(node, answer=AnswerKind.CHOICE), v) for v in value)
    chosen = node.choice(str(value))
    return chosen.label if chosen else str(value)


def _step(script: CallScript, node_id: str, answers: dict[str, Any]) -> str:
    """A path's step as a team lead reads it: a choice that chose the way, an objection
    met, the end ("" for the steps every call takes)."""
    node = script.node(node_id)
    if node is None:
        return ""
    if node.kind is NodeKind.OBJECTION:
        objection = script.objection(node.objection)
        return f"[{objection.title if objection else node.objection}]"
    if node.kind is NodeKind.END:
        return f"→ {node.title or node.id}"
    branching = len({c.next or node.next for c in node.choices}) > 1
    if node.kind is NodeKind.ASK and node.id in answers and branching:
        return f"{node.title or node.id}: {_choice_label(node, answers[node.id])}"
    return ""


def handoffs(connection: Connection, scope: _Scope, by: str) -> Report:
    """The hand-off to sales: each conversion in the period with what sales needs to go on
    — the qualification answers, the verdict (or the caller's reason for overruling it), the
    note, and the best time to reach the contact (when the call that converted reached them,
    on their clock)."""
    query = _outcomes(
        scope,
        OutcomeRow.started_at, OutcomeRow.manager_id, OutcomeRow.answers, OutcomeRow.verdict,
        OutcomeRow.overrule_reason, OutcomeRow.note, OutcomeRow.script_id,
        OutcomeRow.script_version, OutcomeRow.score, LeadRow.first_name, LeadRow.last_name,
        LeadRow.company, LeadRow.phones, LeadRow.emails, LeadRow.time_zone,
        LeadRow.effective_time_zone,
    ).where(OutcomeRow.result == Result.QUALIFIED.value)  # fmt: skip
    rows: list[tuple[Any, ...]] = []
    for row in _stream(connection, query.order_by(OutcomeRow.started_at)):
        script = (
            published_script(connection, row.script_id, row.script_version)
            if row.script_id and row.script_version
            else None
        )
        zone = row.time_zone or row.effective_time_zone
        reached = row.started_at.astimezone(ZoneInfo(zone)) if zone else row.started_at
        verdict = row.verdict or ""
        if row.overrule_reason:
            verdict = f"{verdict or 'none'}, overruled: {row.overrule_reason}"
        rows.append((
            row.started_at.strftime("%Y-%m-%d %H:%M"),
            f"{row.first_name} {row.last_name}".strip(), row.company,
            ", ".join([*(row.phones or []), *(row.emails or [])]),
            scope.names.get(row.manager_id, row.manager_id), verdict, row.score,
            _answer_summary(script, row.answers or {}) if script else "", row.note,
            f"{reached.strftime('%a %H:%M')} {zone or 'UTC'}",
        ))  # fmt: skip
    return Report(
        "handoffs",
        "Hand-offs to sales",
        ("converted at", "lead", "company", "contacts", "manager", "verdict", "score",
         "answers", "note", "reached at (their time)"),
        rows,
    )  # fmt: skip


def _answer_summary(script: CallScript, answers: dict[str, Any]) -> str:
    """The answers in the script's order: "Need: A clear problem; Budget: 12000 EUR; …"."""
    parts = []
    for node in script.nodes:
        if node.id not in answers:
            continue
        value = answers[node.id]
        if node.choices or node.answer is AnswerKind.YES_NO:
            text = _choice_label(node, value)
        elif isinstance(value, dict):
            text = f"{value.get('amount')} {value.get('currency')}"
        else:
            text = f"{value} {node.unit}".strip()
        parts.append(f"{node.title or node.id}: {text}")
    return "; ".join(parts)


#: name → (builder, allowed groupings; the first is the default)
REPORTS: dict[str, tuple[Callable[[Connection, _Scope, str], Report], tuple[str, ...]]] = {
    "loss-reasons": (loss_reasons, ("source", "week", "month")),
    "objections": (objections, ("category", "manager")),
    "conversion": (conversion, ("source", "event")),
    "speed-to-lead": (speed_to_lead, ("manager", "source")),
    "nurture": (nurture, ("source",)),
    "consent": (consent, ("event", "version")),
    "interests": (interests, ("event", "next-step")),
    "paths": (paths, ("path", "choice")),
    "handoffs": (handoffs, ("conversion",)),
}


def run_report(
    connection: Connection, name: str, filters: ReportFilters, by: str | None = None
) -> tuple[Report, str]:
    """Build report ``name``; returns it and the grouping used. ReportError when unknown."""
    if name not in REPORTS:
        raise ReportError(f"unknown report {name!r}; one of: {', '.join(REPORTS)}")
    builder, groupings = REPORTS[name]
    chosen = by or groupings[0]
    if chosen not in groupings:
        raise ReportError(f"{name} groups by one of: {', '.join(groupings)} (not {chosen!r})")
    if filters.since and filters.until and filters.until < filters.since:
        raise ReportError("the period ends before it starts")
    return builder(connection, _scope(connection, filters), chosen), chosen
