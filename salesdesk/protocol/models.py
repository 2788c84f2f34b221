# SPDX-License-Identifier: MIT
"""Pydantic v2 models of the sync API (DESIGN §4 "Wire API").

Requests are strict (unknown fields are refused) so a client bug shows at once; responses
ignore unknown fields so an older workstation keeps working against a newer server. Every
string and list has a bound, so a hostile peer cannot make the other side swallow megabytes.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated, Any, ClassVar, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

from salesdesk.domain.flow import AnswerKind, NodeKind, Op
from salesdesk.domain.lead import MAX_TEXT
from salesdesk.domain.limits import (
    CONTACT,
    ID,
    LONG_TEXT,
    MAX_CONTACT_PERSONS,
    MAX_INTERESTS,
    SHORT_TEXT,
    ZONE,
)
from salesdesk.domain.outcome import MAX_DURATION_S, MAX_LIST
from salesdesk.domain.readiness import Verdict
from salesdesk.domain.script import StepKind
from salesdesk.domain.vocabulary import (
    Disposition,
    NextStep,
    ObjectionCategory,
    Quality,
    Result,
    Role,
    Source,
    Stage,
    Temperature,
)

API_PREFIX = "/api/v1"
#: the header naming the workstation (its client ID) on every request it makes
CLIENT_HEADER = "X-Salesdesk-Client"
MAX_PAGE = 5000
#: The longest a pull may wait for a change when there is none (seconds).
MAX_PULL_WAIT = 30
DEFAULT_PAGE = 1000
MAX_PUSH_BATCH = 500
MAX_REPORTED_PROBLEMS = 100

Id = Annotated[str, StringConstraints(min_length=1, max_length=ID)]
#: The most nodes a script graph (and questions an outcome's answers) may hold.
MAX_NODES = 300
#: A lead's interest tags: catalog IDs, each once.
Interests = Annotated[list[Id], Field(max_length=MAX_INTERESTS)]
Zone = Annotated[str, StringConstraints(max_length=ZONE)]
Uuid = Annotated[
    str,
    StringConstraints(
        pattern=r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
    ),
]
ShortText = Annotated[str, StringConstraints(max_length=SHORT_TEXT)]
Text = Annotated[str, StringConstraints(max_length=LONG_TEXT)]
Contact = Annotated[str, StringConstraints(max_length=CONTACT)]
#: A language tag: "en", "ru", "pt-BR".
Language = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")]
#: A catalog entry's label per language (``label`` is the English one; these add others).
Labels = Annotated[
    dict[Language, Annotated[str, StringConstraints(min_length=1, max_length=SHORT_TEXT)]],
    Field(max_length=32),
]


#: The largest whole number on the wire: every store holds it in a signed 64-bit column.
MAX_INT = 2**62
#: A count, a version or a sequence number.
Count = Annotated[int, Field(ge=0, le=MAX_INT)]
#: A position in a catalog's order.
Position = Annotated[int, Field(ge=-MAX_INT, le=MAX_INT)]
#: How deep a mutation's data may nest and how many values it may hold in all: far beyond
#: any real change (a lead is two levels deep), far below what a parser or hash recurses into.
MAX_DATA_DEPTH = 16
MAX_DATA_VALUES = 20_000


def _bounded_shape(data: dict[str, Any]) -> dict[str, Any]:
    """Refuse data nested deeper or holding more values than any real change (walked without
    recursion, so the check itself cannot hit the recursion limit). Numbers in the data are
    bounded by the model of its type, so a change with a huge one is refused alone."""
    pending: list[tuple[Any, int]] = [(data, 1)]
    values = 0
    while pending:
        value, depth = pending.pop()
        values += 1
        if values > MAX_DATA_VALUES:
            raise ValueError(f"the data holds more than {MAX_DATA_VALUES} values")
        if isinstance(value, dict | list):
            if depth > MAX_DATA_DEPTH:
                raise ValueError(f"the data is nested deeper than {MAX_DATA_DEPTH} levels")
            items = value.values() if isinstance(value, dict) else value
            pending.extend((item, depth + 1) for item in items)
    return data


def _condition_value(value: Any) -> Any:
    """A condition compares with a choice ID, yes/no, a number or a list of choice IDs."""
    if value is None or isinstance(value, bool | int | float | str):
        if isinstance(value, str) and len(value) > ID:
            raise ValueError("the value is too long")
        return value
    if (
        isinstance(value, list)
        and len(value) <= 30
        and all(isinstance(v, str) and len(v) <= ID for v in value)
    ):
        return value
    raise ValueError("a condition compares with a choice, yes/no, a number or a list of choices")


#: A mutation's or a change's data: checked by its entity's model later, bounded in shape here.
BoundedData = Annotated[dict[str, Any], AfterValidator(_bounded_shape)]


#: The years a time on the wire may fall in: wide enough for any real record, narrow enough
#: that converting it to UTC (or adding a day) can never overflow.
EARLIEST_YEAR, LATEST_YEAR = 1900, 2999


def _representable(value: datetime) -> datetime:
    try:
        utc = value.astimezone(UTC)
    except OverflowError:
        raise ValueError("the time is out of range") from None
    if not EARLIEST_YEAR <= utc.year <= LATEST_YEAR:
        raise ValueError(f"the time must lie between {EARLIEST_YEAR} and {LATEST_YEAR}")
    return value


#: An aware moment in a representable range (ISO 8601 with an offset on the wire).
Moment = Annotated[AwareDatetime, AfterValidator(_representable)]


#: The entities this version knows. A pull change names any entity: a newer server may send
#: more, and the workstation skips those instead of refusing the whole page.
class Entity(StrEnum):
    """The entities this version knows (a newer server's others are skipped, not refused)."""

    LEAD = "lead"
    SCRIPT = "script"
    LOSS_REASON = "loss_reason"
    OBJECTION_CATEGORY = "objection_category"
    SCRIPT_STATS = "script_stats"
    CALL_OUTCOME = "call_outcome"
    STAND_CAPTURE = "stand_capture"
    INTEREST_TAG = "interest_tag"


class MutationType(StrEnum):
    """The kinds of write a workstation queues and pushes."""

    CALL_OUTCOME_RECORD = "call_outcome.record"
    CALL_OUTCOME_AMEND = "call_outcome.amend"
    LEAD_CREATE = "lead.create"
    LEAD_UPDATE = "lead.update"
    LEAD_ADD_CONTACT = "lead.add_contact"


MutationStatus = Literal["applied", "duplicate", "conflict", "rejected"]


def _refuse_nul(value: Any, path: str) -> None:
    if isinstance(value, str):
        if "\x00" in value:
            raise ValueError(f"{path or 'a text'} contains a NUL character")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise ValueError(f"{path or 'a text'} is not valid Unicode text") from exc
    elif isinstance(value, dict):
        for key, item in value.items():
            _refuse_nul(key, path)
            _refuse_nul(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            _refuse_nul(item, f"{path}[{index}]")


class _Request(BaseModel):
    """Requests are strict: unknown fields, NUL characters and lone surrogates (no database
    stores them) are refused with a clear validation error."""

    model_config = ConfigDict(extra="forbid")
    #: fields whose values are checked by a model of their own (a mutation's data is, by the
    #: model of its type, so one bad mutation is refused alone and not its whole batch)
    _checked_elsewhere: ClassVar[frozenset[str]] = frozenset()

    @model_validator(mode="before")
    @classmethod
    def _no_nul(cls, data: Any) -> Any:
        if isinstance(data, dict) and cls._checked_elsewhere:
            _refuse_nul({k: v for k, v in data.items() if k not in cls._checked_elsewhere}, "")
        else:
            _refuse_nul(data, "")
        return data


class _Response(BaseModel):
    model_config = ConfigDict(extra="ignore")


class TokenRequest(_Request):
    """Login: a username and a password (never stored)."""

    username: Annotated[str, StringConstraints(min_length=1, max_length=150)]
    password: Annotated[str, StringConstraints(min_length=1, max_length=1024)]


class ManagerInfo(_Response):
    """Who a token belongs to."""

    id: Id
    name: ShortText
    role: Role


class TokenResponse(_Response):
    """A bearer token and when it expires."""

    access_token: Annotated[str, StringConstraints(min_length=16, max_length=512)]
    token_type: Literal["bearer"] = "bearer"
    expires_at: Moment
    manager: ManagerInfo


class HealthResponse(_Response):
    """The server is up; which version it runs."""

    status: Literal["ok"]
    version: ShortText
    database: ShortText = ""


class _ContactFields(BaseModel):
    """Someone else at a lead's company: what a pull sends and ``lead.add_contact`` adds."""

    id: Id
    name: ShortText = ""
    role: ShortText = ""
    phones: Annotated[list[Contact], Field(max_length=10)] = []
    emails: Annotated[list[Contact], Field(max_length=10)] = []
    note: Text = ""
    event_name: ShortText = ""
    added_at: Moment | None = None


class ConsentData(_Request):
    """A visitor's answer to the stand's consent question, with the words they were shown."""

    given: bool
    at: Moment
    event_name: ShortText = ""
    language: Language
    text: Text
    text_version: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{12}$")]


class ContactPersonData(_Response, _ContactFields):
    """A contact person in a pulled lead (a newer server's extra fields are ignored)."""


class ContactAddData(_Request, _ContactFields):
    """``lead.add_contact``: a person added to the lead named by the mutation's entity_id."""


class StandCaptureData(_Response):
    """A visitor a teammate captured at an event both work: enough to recognise them."""

    id: Id
    name: ShortText = ""
    company: ShortText = ""
    phones: Annotated[list[Contact], Field(max_length=10)] = []
    emails: Annotated[list[Contact], Field(max_length=10)] = []
    event_name: ShortText
    captured_by: ShortText
    captured_at: Moment


class LeadData(_Response):
    """A lead's full state as the server sends it in a pull."""

    id: Id
    created_at: Moment
    phones: Annotated[list[Contact], Field(max_length=10)] = []
    emails: Annotated[list[Contact], Field(max_length=10)] = []
    first_name: ShortText = ""
    last_name: ShortText = ""
    company: ShortText = ""
    job_title: ShortText = ""
    need: Text = ""
    source: Source = Source.WEBSITE_FORM
    campaign: ShortText = ""
    event_name: ShortText = ""
    quality: Quality = Quality.TARGETED
    temperature: Temperature = Temperature.COLD
    stage: Stage = Stage.NEW
    score: Annotated[int, Field(ge=0, le=100)] = 0
    budget_notes: Text = ""
    time_zone: Zone | None = None
    #: Where the lead is (a city, as typed or imported): the best evidence of their zone.
    city: ShortText = ""
    #: The lead's zone when known: its own, its city's or the one its phone allows
    #: (computed by the server; None when several are possible).
    effective_time_zone: Zone | None = None
    next_call_at: Moment | None = None
    nurture_until: Moment | None = None
    attempts: Annotated[int, Field(ge=0, le=1_000_000)] = 0
    attempts_today: Annotated[int, Field(ge=0, le=1_000_000)] = 0
    last_attempt_at: Moment | None = None
    loss_reason_id: Id | None = None
    assignee_id: Id | None = None
    duplicate_of: Id | None = None
    #: Other people at the lead's company, oldest first.
    contacts: Annotated[list[ContactPersonData], Field(max_length=MAX_CONTACT_PERSONS)] = []
    #: Asked at a stand: given or refused, when, at which event, to which words.
    consent: ConsentData | None = None
    #: Interest tags (catalog IDs) the visitor asked about.
    interests: Interests = []
    #: What was agreed for next time; due at next_call_at.
    next_step: NextStep | None = None
    version: Count = 0


class LeadCreateData(_Request):
    """A lead the manager captured (``lead.create``); the server validates the contacts again."""

    phones: Annotated[list[Contact], Field(max_length=10)] = []
    emails: Annotated[list[Contact], Field(max_length=10)] = []
    first_name: ShortText = ""
    last_name: ShortText = ""
    company: ShortText = ""
    job_title: ShortText = ""
    need: Text = ""
    source: Source = Source.EXHIBITION
    campaign: ShortText = ""
    event_name: ShortText = ""
    quality: Quality = Quality.TARGETED
    temperature: Temperature = Temperature.COLD
    budget_notes: Text = ""
    time_zone: Zone | None = None
    city: ShortText = ""
    consent: ConsentData | None = None
    interests: Interests = []
    next_step: NextStep | None = None
    #: When the next step is due (a stand's "call tomorrow").
    next_call_at: Moment | None = None
    created_at: Moment | None = None


class LeadUpdateData(_Request):
    """The fields a manager changed on a lead (``lead.update``); only those that are set count."""

    phones: Annotated[list[Contact], Field(max_length=10)] | None = None
    emails: Annotated[list[Contact], Field(max_length=10)] | None = None
    first_name: ShortText | None = None
    last_name: ShortText | None = None
    company: ShortText | None = None
    job_title: ShortText | None = None
    need: Text | None = None
    campaign: ShortText | None = None
    event_name: ShortText | None = None
    quality: Quality | None = None
    temperature: Temperature | None = None
    stage: Stage | None = None
    score: Annotated[int, Field(ge=0, le=100)] | None = None
    budget_notes: Text | None = None
    time_zone: Zone | None = None
    city: ShortText | None = None
    next_call_at: Moment | None = None
    nurture_until: Moment | None = None


class _CallFields(BaseModel):
    """The fields of a recorded call, pushed and pulled alike."""

    lead_id: Id
    started_at: Moment
    duration_s: Annotated[int, Field(ge=0, le=MAX_DURATION_S)]
    disposition: Disposition
    result: Result
    loss_reason_id: Id | None = None
    objections: Annotated[list[Id], Field(max_length=MAX_LIST)] = []
    answers_used: Annotated[list[Id], Field(max_length=MAX_LIST)] = []
    note: Text = ""
    next_call_at: Moment | None = None
    nurture_until: Moment | None = None
    #: the script the objections and answers come from (the one shown during the call)
    script_id: Id | None = None
    script_version: Annotated[int, Field(ge=1, le=MAX_INT)] | None = None
    #: the guided call's typed answers by question ID (checked against the script version)
    answers: Annotated[
        dict[Id, Any], Field(max_length=MAX_NODES), AfterValidator(_bounded_shape)
    ] = {}
    #: the verdict the answers gave (what the caller was shown), and why it was overruled
    verdict: Verdict | None = None
    overrule_reason: Text = ""
    #: the score and quality the answers gave under the script version's weights
    score: Annotated[int, Field(ge=0, le=100)] | None = None
    quality: Quality | None = None


class CallOutcomeData(_Request, _CallFields):
    """One recorded call (``call_outcome.record``): a fact, keyed by the client's UUID."""


class CallOutcomeAmendData(CallOutcomeData):
    """The caller's correction of their own call (``call_outcome.amend``, the outcome's ID as
    entity ID): the full corrected data, and when the correction was made (it must fall
    within 24 hours of the call). The call's start and duration stay as recorded."""

    amended_at: Moment


class ScriptStepData(_Response):
    """A script step on the wire."""

    id: Id
    kind: StepKind
    title: ShortText
    text: Text
    topic: ShortText = ""


class AnswerData(_Response):
    """An objection's answer on the wire."""

    id: Id
    text: Text


class ObjectionData(_Response):
    """An objection on the wire."""

    id: Id
    category: ObjectionCategory
    title: ShortText
    clarifying_question: Text
    answers: Annotated[list[AnswerData], Field(min_length=1, max_length=20)]
    next_step: Text = ""
    keywords: Annotated[list[ShortText], Field(max_length=30)] = []


class ConditionData(_Response):
    """``question op value`` (in a branch, the question is the node's own)."""

    op: Op
    value: Annotated[Any, AfterValidator(_condition_value)] = None
    question: Id | None = None
    currency: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")] | None = None


class ChoiceData(_Response):
    """An answer choice of a question and the node it leads to."""

    id: Id
    label: ShortText
    next: Id | None = None


class BranchData(_Response):
    """An edge taken when the condition holds for the node's answer."""

    when: ConditionData
    next: Id


class NodeData(_Response):
    """A node of a script graph (see salesdesk.domain.flow)."""

    id: Id
    kind: NodeKind
    title: ShortText = ""
    text: Text = ""
    next: Id | None = None
    answer: AnswerKind | None = None
    choices: Annotated[list[ChoiceData], Field(max_length=30)] = []
    branches: Annotated[list[BranchData], Field(max_length=30)] = []
    unit: ShortText = ""
    currency: Annotated[str, StringConstraints(max_length=3)] = ""
    objection: Id | None = None
    result: Result | None = None
    topic: ShortText = ""


class ReadinessRuleData(_Response):
    """A verdict and the conditions over the answers that must all hold for it."""

    verdict: Verdict
    when: Annotated[list[ConditionData], Field(max_length=30)]
    loss_reason_id: Id | None = None
    return_from: Id | None = None


class WeightData(_Response):
    """Points added to the score when the condition holds."""

    when: ConditionData
    points: Annotated[int, Field(ge=-100, le=100)]


class ScoringData(_Response):
    """Scoring weights and the score from which a lead is targeted."""

    weights: Annotated[list[WeightData], Field(max_length=200)] = []
    targeted_from: Annotated[int, Field(ge=0, le=100)] = 50


class ScriptData(_Response):
    """A published call script version: steps (a linear script) or nodes from ``start``
    (a guided one), with its readiness rules and scoring."""

    id: Id
    name: ShortText
    version: Annotated[int, Field(ge=1, le=MAX_INT)]
    language: Annotated[str, StringConstraints(min_length=2, max_length=16)]
    product: ShortText = ""
    steps: Annotated[list[ScriptStepData], Field(max_length=200)] = []
    objections: Annotated[list[ObjectionData], Field(max_length=200)]
    start: Id | None = None
    nodes: Annotated[list[NodeData], Field(max_length=MAX_NODES)] = []
    readiness: Annotated[list[ReadinessRuleData], Field(max_length=100)] = []
    scoring: ScoringData = ScoringData()


class LossReasonData(_Response):
    """An entry of the loss-reason catalog."""

    id: Id
    label: ShortText
    requires_comment: bool = False
    active: bool = True
    position: Position = 0
    labels: Labels = {}


class InterestTagData(_Response):
    """An entry of the interest-tag catalog: a product or topic, offered at some events."""

    id: Id
    label: ShortText
    #: The events whose stands offer it (none: every event).
    events: Annotated[list[ShortText], Field(max_length=200)] = []
    active: bool = True
    position: Position = 0
    labels: Labels = {}


class ObjectionCategoryData(_Response):
    """An entry of the objection-category catalog."""

    id: ObjectionCategory
    label: ShortText
    position: Position = 0
    labels: Labels = {}


class OutcomeRecordData(_Response, _CallFields):
    """A call the manager recorded (pulled back as ``call_outcome``: their history on every
    workstation they use); ``amended_at`` when they corrected it (this is the correction)."""

    id: Id
    amended_at: Moment | None = None


class TallyData(_Response):
    """Calls where an objection came up or an answer was used, and how many won / lost."""

    calls: Count
    won: Count
    lost: Count

    @model_validator(mode="after")
    def _consistent(self) -> TallyData:
        if self.won + self.lost > self.calls:
            raise ValueError("won and lost calls cannot outnumber the calls")
        return self


class ScriptStatsData(_Response):
    """Team-wide tallies of one script's objections and answers (entity ``script_stats``)."""

    script_id: Id
    computed_at: Moment
    objections: Annotated[dict[Id, TallyData], Field(max_length=1000)] = {}
    answers: Annotated[dict[Id, TallyData], Field(max_length=5000)] = {}
    #: guided calls by ``question=choice``
    choices: Annotated[
        dict[Annotated[str, StringConstraints(max_length=2 * ID + 1)], TallyData],
        Field(max_length=5000),
    ] = {}


class Change(_Response):
    """One entry of a pull page: the latest state of an entity, or its removal."""

    entity: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    op: Literal["upsert", "remove"]
    id: Id
    version: Count = 0
    data: BoundedData | None = None


class PullResponse(_Response):
    """A page of changes after a cursor."""

    changes: Annotated[list[Change], Field(max_length=MAX_PAGE)]
    cursor: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    has_more: bool
    #: this device was marked lost: erase its data (after pushing what it has)
    wipe: bool = False


class Mutation(_Request):
    """One queued write of the workstation, with the ID it made up for it."""

    mutation_id: Uuid
    client_seq: Count
    type: MutationType
    entity_id: Id
    base_version: Count | None = None
    data: BoundedData

    _checked_elsewhere = frozenset({"data"})


class ClientProblem(_Request):
    """A pulled change the workstation could not read (kept aside there), told to the server
    so that the team lead sees it."""

    entity: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    entity_id: Id
    version: Count
    reason: Text


class PushRequest(_Request):
    """A batch of mutations in the client's order."""

    client_id: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    mutations: Annotated[list[Mutation], Field(max_length=MAX_PUSH_BATCH)]
    #: the workstation's clock when it sent the push (the server measures the skew)
    client_time: Moment | None = None
    #: changes the workstation could not read, not reported before
    problems: Annotated[list[ClientProblem], Field(max_length=MAX_REPORTED_PROBLEMS)] = []

    _checked_elsewhere = frozenset({"mutations"})


class MutationResult(_Response):
    """What became of one mutation."""

    mutation_id: Uuid
    status: MutationStatus
    #: a stable code for a rejection or a note (``invalid_data``, ``unknown_lead``, a broken
    #: domain rule's ``ErrorCode`` …) and the values it names, for a translated sentence
    code: Zone | None = None
    params: dict[str, Annotated[str, StringConstraints(max_length=200)]] | None = None
    version: Count | None = None
    reason: Annotated[str, StringConstraints(max_length=MAX_TEXT)] | None = None
    server: dict[str, Any] | None = None


class PushResponse(_Response):
    """The results of a push, in order; fewer than sent when the server stopped early."""

    results: list[MutationResult]
    #: how far the workstation's clock is from the server's (seconds; positive: ahead)
    clock_skew_s: float | None = None
    #: this device was marked lost: erase its data once the outbox is pushed
    wipe: bool = False


#: The lead's wire fields in order: what a pull sends for a lead, the columns both stores
#: read to build it or write from it (derived from the model, never kept by hand).
LEAD_WIRE_COLUMNS: tuple[str, ...] = tuple(LeadData.model_fields)
