"""The registry's tables, imported here so Alembic and the app see every mapper."""

from registry.models.attachments import Attachment
from registry.models.campaigns import Campaign, Field
from registry.models.deadlines import DeadlineExtension
from registry.models.initiatives import CodeSequence, Indicator, Initiative
from registry.models.security import AuditEvent, SignInFailure
from registry.models.units import ReorganisationEvent, Unit, UnitCurrent, UnitSuccession
from registry.models.users import RoleAssignment, User

__all__ = [
    "Attachment",
    "AuditEvent",
    "Campaign",
    "CodeSequence",
    "DeadlineExtension",
    "Field",
    "Indicator",
    "Initiative",
    "ReorganisationEvent",
    "RoleAssignment",
    "SignInFailure",
    "Unit",
    "UnitCurrent",
    "UnitSuccession",
    "User",
]
