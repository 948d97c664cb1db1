"""Vietnamese-first labels for unit groups, unit levels and roles, shown in the admin pages and the reports."""

from flask_babel import lazy_gettext as _l

from registry.models.units import UNIT_GROUPS, UNIT_LEVELS
from registry.roles import ROLE_ADMIN, ROLE_COUNCIL, ROLE_OFFICER, ROLE_STAFF, ROLE_VIEWER, ROLES

GROUP_LABELS = {
    "party": _l("Party"),
    "government": _l("Government"),
    "front": _l("Fatherland Front and mass organisations"),
    "armed_forces": _l("Armed forces"),
    "residential": _l("Residential area"),
    "school_enterprise": _l("School / enterprise"),
    "other": _l("Other"),
}

LEVEL_LABELS = {
    "province": _l("Province"),
    "commune": _l("Commune / ward"),
    "district": _l("District (former)"),
}

ROLE_LABELS = {
    ROLE_OFFICER: _l("Unit focal officer"),
    ROLE_COUNCIL: _l("Council member"),
    ROLE_STAFF: _l("Board staff"),
    ROLE_VIEWER: _l("Board leader"),
    ROLE_ADMIN: _l("System administrator"),
}

# Every stored value must have a label: a new group, level or role without one fails at import.
assert set(GROUP_LABELS) == set(UNIT_GROUPS)
assert set(LEVEL_LABELS) == set(UNIT_LEVELS)
assert set(ROLE_LABELS) == set(ROLES)
