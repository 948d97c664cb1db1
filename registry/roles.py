"""The registry's role names: plain constants with no imports, so the machine table and the models share them."""

ROLE_OFFICER = "unit_officer"
ROLE_COUNCIL = "council_member"
ROLE_STAFF = "staff"
ROLE_VIEWER = "report_viewer"
ROLE_ADMIN = "admin"
ROLES = (ROLE_OFFICER, ROLE_COUNCIL, ROLE_STAFF, ROLE_VIEWER, ROLE_ADMIN)
