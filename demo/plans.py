"""What the demo seeder plans before it builds: the registering units and the initiatives to create."""

from dataclasses import dataclass, field
from datetime import datetime

from demo.data import Person
from registry.models import Campaign, Initiative, Unit, User


@dataclass
class Registrant:
    """A unit that registers initiatives, with its place names and the officer who acts for it."""

    unit: Unit
    kind: str
    place: dict
    partners: list[str]
    officer: User | None = None


@dataclass
class Plan:
    """One initiative to create: where, when, what, and the path its status takes."""

    registrant: Registrant
    campaign: Campaign
    path: str
    created_at: datetime
    texts: dict
    indicators: list
    field_code: str
    person: Person | None = None
    position: str = ""
    renewal_of: "Plan | None" = None
    #: a council member declares a conflict of interest on it once it is assigned
    declares_conflict: bool = False
    #: what creating it made: the initiative, its history rows with their story dates, its timestamps
    initiative: Initiative | None = field(default=None, repr=False)
    history: list = field(default_factory=list, repr=False)
    sheets: list = field(default_factory=list, repr=False)
    assigned_at: datetime | None = None
    submitted_at: datetime | None = None
    updated_at: datetime | None = None
