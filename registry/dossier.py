"""Rules of the registration dossier: which fields must be filled before it can be submitted."""

from flask_babel import lazy_gettext as _l

from registry.models.initiatives import REQUIRED_DOSSIER_TEXT, Initiative

#: At most this many indicator rows are read from one submission (the form and the API alike).
MAX_INDICATORS = 30
#: Required fields for an individual exemplar, beyond the common ones.
REQUIRED_INDIVIDUAL = ("individual_name", "individual_position", "individual_gender",
                       "individual_birth_year", "individual_ethnicity")

#: Labels of the dossier's fields, shared by forms, detail pages and exports.
FIELD_LABELS = {
    "code": _l("Code"),
    "title": _l("Name of the model"),
    "subject_type": _l("Subject type"),
    "individual_name": _l("Full name"),
    "individual_position": _l("Position"),
    "individual_gender": _l("Gender"),
    "individual_birth_year": _l("Year of birth"),
    "individual_ethnicity": _l("Ethnicity"),
    "field_id": _l("Field"),
    "campaign_id": _l("Campaign"),
    "unit_id": _l("Registering unit"),
    "partner_units": _l("Partner units"),
    "political_task": _l("Political task served"),
    "situation": _l("Current situation and reason"),
    "objectives": _l("Objectives and how results are measured"),
    "content": _l("Content and mobilisation methods"),
    "area_and_target": _l("Area and target group"),
    "forces": _l("Forces taking part and their roles"),
    "resources_and_timeline": _l("Resources and timeline"),
    "outputs": _l("Expected verifiable outputs"),
    "sustainability": _l("Sustainability and replicability"),
    "registration_kind": _l("Registration kind"),
    "renewed_from_id": _l("Renewal of"),
    "target_level": _l("Target level"),
    "contact_name": _l("Contact person"),
    "contact_phone": _l("Contact phone"),
    "indicators": _l("Planned indicators"),
}


def missing_required_fields(initiative: Initiative) -> list[str]:
    """Return the names of required dossier fields that are still empty."""
    required = ["title", "contact_name", "contact_phone", *REQUIRED_DOSSIER_TEXT]
    if initiative.subject_type == "individual":
        required += REQUIRED_INDIVIDUAL
    missing = [name for name in required if getattr(initiative, name) in (None, "") or
               (isinstance(getattr(initiative, name), str) and not getattr(initiative, name).strip())]
    for name in ("field_id", "campaign_id", "unit_id"):
        if getattr(initiative, name) is None:
            missing.append(name)
    return missing

#: The long free-text sections of the dossier, in the order forms and pages show them.
LONG_TEXT_FIELDS = ("political_task", "situation", "objectives", "content", "area_and_target", "forces",
                    "resources_and_timeline", "outputs", "sustainability")
#: Every plain value of the dossier a unit fills in (indicators and attachments aside).
DOSSIER_FIELDS = ("title", "subject_type", "individual_name", "individual_position", "individual_gender",
                  "individual_birth_year", "individual_ethnicity", "field_id", "campaign_id", "unit_id",
                  "partner_units", *LONG_TEXT_FIELDS, "registration_kind", "target_level", "contact_name",
                  "contact_phone")
