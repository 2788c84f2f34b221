# SPDX-License-Identifier: MIT
"""The manager's figures: the dashboard for a period, its CSV export, and per-answer win
rates (the manager's own, computed here, next to the team's, pulled from the server).

Everything reads the local database, so it works offline.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from desktop.services.base import StoreService
from desktop.store import analytics as queries
from desktop.store.catalogs import (
    category_labels,
    loss_reasons,
    script_documents,
    team_script_stats,
)
from salesdesk.csv_export import export_csv
from salesdesk.domain.analytics import (
    Period,
    Tally,
    callbacks_kept,
    median,
    minutes_to_first_call,
    nearest_rank,
    objection_categories,
    share,
)
from salesdesk.domain.catalog import LossReason
from salesdesk.domain.flow import AnswerKind, yes_no_choices
from salesdesk.domain.script import CallScript
from salesdesk.domain.vocabulary import NO_CONVERSATION, Disposition, ObjectionCategory, Result
from salesdesk.protocol.models import ScriptStatsData


@dataclass(frozen=True)
class Dashboard:
    """The figures of one period. Rates are None when there is nothing to divide by."""

    period: Period
    calls: int = 0
    connected: int = 0
    qualified: int = 0
    dispositions: dict[Disposition, int] = field(default_factory=dict)
    results: dict[Result, int] = field(default_factory=dict)
    loss_reasons: list[tuple[str, int]] = field(default_factory=list)  # (reason ID, calls)
    objection_categories: dict[ObjectionCategory, int] = field(default_factory=dict)
    reason_catalog: dict[str, LossReason] = field(default_factory=dict)
    category_labels: dict[str, dict[str, str]] = field(default_factory=dict)
    speed_to_lead: list[float] = field(default_factory=list)
    callbacks_due: int = 0
    callbacks_kept: int = 0

    @property
    def connect_rate(self) -> float | None:
        """Calls with a conversation / calls."""
        return share(self.connected, self.calls)

    @property
    def qualify_rate(self) -> float | None:
        """Calls that qualified the lead / conversations."""
        return share(self.qualified, self.connected)

    @property
    def callbacks_kept_rate(self) -> float | None:
        """Callbacks made in time / callbacks due."""
        return share(self.callbacks_kept, self.callbacks_due)

    @property
    def speed_median(self) -> float | None:
        """Median minutes from a lead's arrival to its first call."""
        return median(self.speed_to_lead)

    @property
    def speed_p90(self) -> float | None:
        """90th percentile (nearest rank) of the same."""
        return nearest_rank(self.speed_to_lead, 0.9)

    def loss_reason_label(self, reason_id: str, language: str) -> str:
        """A loss reason's name in ``language``; its ID when the catalog no longer has it."""
        reason = self.reason_catalog.get(reason_id)
        return reason.label_in(language) if reason else (reason_id or "—")

    def rows(self) -> list[tuple[str, str, float | int | None]]:
        """The figures as ``(section, item, value)`` rows: what the CSV export writes."""
        rows: list[tuple[str, str, float | int | None]] = [
            ("summary", "calls", self.calls),
            ("summary", "connected", self.connected),
            ("summary", "connect rate", _rounded(self.connect_rate)),
            ("summary", "qualified", self.qualified),
            ("summary", "speed to lead: leads", len(self.speed_to_lead)),
            ("summary", "speed to lead: median minutes", _rounded(self.speed_median)),
            ("summary", "speed to lead: p90 minutes", _rounded(self.speed_p90)),
            ("summary", "callbacks due", self.callbacks_due),
            ("summary", "callbacks kept", self.callbacks_kept),
            ("summary", "callbacks kept rate", _rounded(self.callbacks_kept_rate)),
        ]
        rows += [("disposition", d.value, n) for d, n in self.dispositions.items()]
        rows += [("result", r.value, n) for r, n in self.results.items()]
        rows += [("loss reason", self.loss_reason_label(r, "en"), n) for r, n in self.loss_reasons]
        rows += [("objection category", c.value, n) for c, n in self.objection_categories.items()]
        return rows


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


@dataclass(frozen=True)
class AnswerFigures:
    """How calls went where an objection came up or an answer was used."""

    mine: Tally
    team: Tally | None


@dataclass(frozen=True)
class DayFigures:
    """Today's calls, conversations (someone was reached) and qualified leads."""

    calls: int = 0
    conversations: int = 0
    qualified: int = 0


class AnalyticsService(StoreService):
    """Figures over the local history (reads only)."""

    def today(self, zone: str) -> DayFigures:
        """Today's figures in the manager's time zone (one indexed count)."""
        with self.store.read() as session:
            counts = queries.call_counts(session, Period.today(self.clock(), zone))
        return DayFigures(
            calls=sum(n for _d, _r, n in counts),
            conversations=sum(n for d, _r, n in counts if Disposition(d) not in NO_CONVERSATION),
            qualified=sum(n for _d, r, n in counts if r == Result.QUALIFIED),
        )

    def dashboard(self, period: Period) -> Dashboard:
        """The figures of ``period``; the callbacks count up to now."""
        now = self.clock()
        with self.store.read() as session:
            counts = queries.call_counts(session, period)
            reasons = loss_reasons(session)
            lost = queries.loss_reason_counts(session, period)
            raised = queries.objection_counts(session, period)
            categories = objection_categories(script_documents(session))
            labels = category_labels(session)
            firsts = queries.first_calls(session, period)
            promised = queries.callbacks(session, period)
        dispositions: Counter[Disposition] = Counter({d: 0 for d in Disposition})
        results: Counter[Result] = Counter({r: 0 for r in Result})
        for disposition, result, n in counts:
            dispositions[Disposition(disposition)] += n
            results[Result(result)] += n
        by_category: Counter[ObjectionCategory] = Counter({c: 0 for c in ObjectionCategory})
        for objection_id, n in raised.items():
            category = categories.get(objection_id)
            if category is not None:
                by_category[category] += n
        due, kept = callbacks_kept(promised, now)
        return Dashboard(
            period=period,
            calls=sum(dispositions.values()),
            connected=sum(n for d, n in dispositions.items() if d not in NO_CONVERSATION),
            qualified=results[Result.QUALIFIED],
            dispositions=dict(dispositions),
            results=dict(results),
            loss_reasons=[(r or "", n) for r, n in lost],
            objection_categories=dict(by_category),
            speed_to_lead=minutes_to_first_call(firsts),
            callbacks_due=due,
            callbacks_kept=kept,
            reason_catalog=reasons,
            category_labels=labels,
        )

    def export_csv(self, dashboard: Dashboard, path: Path) -> None:
        """Write the dashboard's figures to ``path`` (UTF-8 with a header row, owner-only)."""
        start, end = dashboard.period.start.isoformat(), dashboard.period.end.isoformat()
        export_csv(
            path,
            ["period start", "period end", "section", "item", "value"],
            ([start, end, section, item, value] for section, item, value in dashboard.rows()),
        )

    def answer_figures(self, script: CallScript) -> dict[str, AnswerFigures]:
        """For each objection and answer of ``script`` (by ID) and each choice of its questions
        (``question=choice``): the manager's own tally and the team's (None when the server has
        sent no figures for this script yet)."""
        with self.store.read() as session:
            mine_objections, mine_answers = queries.tallies(session)
            mine_choices = queries.choice_tallies(session, script.questions())
            team = team_script_stats(session, script.id)
        figures: dict[str, AnswerFigures] = {}
        for objection in script.objections:
            figures[objection.id] = AnswerFigures(
                mine_objections.get(objection.id, Tally()), _team(team, "objections", objection.id)
            )
            for answer in objection.answers:
                figures[answer.id] = AnswerFigures(
                    mine_answers.get(answer.id, Tally()), _team(team, "answers", answer.id)
                )
        for node in script.questions().values():
            choices = yes_no_choices(node) if node.answer is AnswerKind.YES_NO else node.choices
            for choice in choices:
                key = f"{node.id}={choice.id}"
                figures[key] = AnswerFigures(
                    mine_choices.get(key, Tally()), _team(team, "choices", key)
                )
        return figures


def _team(stats: ScriptStatsData | None, kind: str, item: str) -> Tally | None:
    if stats is None:
        return None
    found = getattr(stats, kind).get(item)
    return Tally() if found is None else Tally(found.calls, found.won, found.lost)
