"""The shapes of the workflow: allowed actions, transitions, history, evidence files and score sheets."""

from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, Field

from api.schemas.base import Answer, Body, Id, UtcDateTime
from registry.pagination import MAX_DB_ID
from workflows.models import MAX_COMMENT
from workflows.scoring.models import RECOMMENDATIONS, SHEET_DRAFT, SHEET_SUBMITTED


class TriggerAnswer(BaseModel):
    """An action the caller may take now, and what it asks for."""

    name: str
    label: str
    to_status: str
    needs_comment: bool
    needs_decision: bool
    needs_commendation: bool


class AllowedTransitions(BaseModel):
    """The actions the caller may take on the initiative now."""

    allowed: list[str]
    triggers: list[TriggerAnswer]


class TransitionInput(Body):
    """One action, with what it asks for (a reason, a decision, a commendation)."""

    trigger: Annotated[str, Field(min_length=1, max_length=64)]
    #: the version read; when given, a newer change gives 409
    version: Annotated[int, Field(ge=1, le=MAX_DB_ID)] | None = None
    comment: Annotated[str, Field(max_length=MAX_COMMENT)] = ""
    reason: Annotated[str, Field(max_length=MAX_COMMENT)] = ""  # the same as comment
    decision_number: Annotated[str, Field(max_length=64)] = ""
    decision_date: date | None = None
    issuer: Annotated[str, Field(max_length=255)] = ""
    form: Id | None = None  # the commendation form's id
    #: an issuer (GET /issuers) whose register numbers the decision; then decision_number and issuer are not used
    issuer_id: Id | None = None
    recipient_kind: Literal["collective", "individual"] = "collective"
    recipient_name: Annotated[str, Field(max_length=255)] = ""


class HistoryEntry(Answer):
    """One step of the initiative's history."""

    id: int
    trigger: str
    from_status: str
    to_status: str
    actor_id: int | None
    actor_name: str
    comment: str
    decision_number: str | None
    decision_date: date | None
    decision_issuer: str | None
    created_at: UtcDateTime


class History(BaseModel):
    """Every step, oldest first."""

    items: list[HistoryEntry]


class AttachmentAnswer(Answer):
    """An evidence file."""

    id: int
    name: str
    kind: str
    content_type: str
    size: int
    sha256: str
    uploaded_at: UtcDateTime
    download_url: str


class AttachmentList(BaseModel):
    """The evidence files of an initiative."""

    items: list[AttachmentAnswer]



class ScoreSheetInput(Body):
    """The caller's points per criterion code, recommendation and comment; `submit` locks the sheet."""

    scores: Annotated[dict[Annotated[str, Field(max_length=32)], Annotated[float, Field(allow_inf_nan=False)]],
                      Field(max_length=100)] = Field(default_factory=dict)
    recommendation: Literal[("", *RECOMMENDATIONS)] = ""
    comment: Annotated[str, Field(max_length=MAX_COMMENT)] = ""
    submit: bool = False


class CriterionAnswer(Answer):
    """One criterion of the rubric."""

    code: str
    name: str
    max_points: int


class ScoreSheetAnswer(BaseModel):
    """The caller's sheet for the current round (status "new" before anything is saved)."""

    initiative_id: int
    round: int
    status: Literal["new", SHEET_DRAFT, SHEET_SUBMITTED]
    may_score: bool
    scores: dict[str, float]
    total: float
    recommendation: str
    comment: str
    submitted_at: UtcDateTime | None
    criteria: list[CriterionAnswer]
