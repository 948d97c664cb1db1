"""The shapes of paperwork in the API: forms of commendation, issuers, decision records, document formats."""

from datetime import date, datetime
from typing import Literal

from api.schemas.base import Answer, Query


class CommendationFormAnswer(Answer):
    """A form of commendation (Giấy khen, Bằng khen …): its id is what `commend` asks for."""

    id: int
    name: str
    default_issuer: str
    is_active: bool


class CommendationFormList(Answer):
    """The forms of commendation, in display order."""

    items: list[CommendationFormAnswer]


class IssuerAnswer(Answer):
    """A body that signs decisions, valid between two dates; its register proposes the next number."""

    id: int
    name: str
    parent_body: str
    short_code: str
    kind: Literal["party", "state", "front"]
    place_name: str
    numbering_period: Literal["year", "term"]
    valid_from: date
    valid_to: date | None = None
    #: the number its decision register would give today, e.g. "124-QĐ/BTGDVTU" (a proposal)
    next_number: str


class IssuerList(Answer):
    """The issuers, the ones still valid first."""

    items: list[IssuerAnswer]


class DecisionAnswer(Answer):
    """A decision record and where to fetch its documents."""

    id: int
    kind: str
    number_text: str
    decision_date: date
    issuer_name: str
    document_url: str
    certificates_url: str


class DecisionList(Answer):
    """The decision records of an initiative, oldest first."""

    items: list[DecisionAnswer]


class DocumentQuery(Query):
    """Which file format to send."""

    format: Literal["docx", "pdf"] = "docx"


class DocumentTemplateAnswer(Answer):
    """A Word template uploaded for an issuer and a kind of document; the active one is used for its documents."""

    id: int
    issuer_id: int
    issuer_name: str
    kind: Literal["decision", "certificate"]
    file_name: str
    uploaded_by: str | None = None
    uploaded_at: datetime
    active: bool


class DocumentTemplateList(Answer):
    """The uploaded templates, newest first (an issuer and kind without an active one use the shipped layout)."""

    items: list[DocumentTemplateAnswer]
