"""Forms of the score-sheet pages: the recommendation and comment of a sheet, a conflict declaration.

The points of each criterion are read by name (`score-<code>`) because the rubric is the campaign's
own; `workflows.scoring.service.save_sheet` checks them and says what is wrong beside each one.
"""

from decimal import Decimal

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import RadioField, SelectChoice, TextAreaField
from wtforms.validators import Length, StopValidation

from registry.formfields import strip_text
from registry.i18n import NumberNotUnderstood, parse_number, vn_number
from workflows.models import MAX_COMMENT
from workflows.scoring.models import RECOMMEND_EXEMPLARY, RECOMMEND_RECOGNITION, RECOMMEND_REJECTION, RubricCriterion

MAX_REASON = 2000
#: Longer than any sensible number: a value past this is refused without being parsed.
MAX_POINTS_INPUT = 32

#: What a member recommends, as the sheet shows it.
RECOMMENDATION_LABELS = {
    RECOMMEND_RECOGNITION: _l("Recognize"),
    RECOMMEND_REJECTION: _l("Do not recognize"),
    RECOMMEND_EXEMPLARY: _l("Propose as exemplary"),
}


def _required(message):
    """Build a validator that stops with `message` when the field is empty."""

    def check(_form, field):
        if not (field.data or "").strip():
            field.errors[:] = []
            raise StopValidation(message)

    return check


def drop_nul(value):
    """Remove NUL characters, which PostgreSQL text columns refuse (use as a WTForms filter)."""
    return value.replace("\x00", "") if isinstance(value, str) else value


class ScoreSheetForm(FlaskForm):
    """The recommendation and the comment of a sheet (the points are read beside it)."""

    # Any value is accepted here: the service refuses an unknown one with its own message.
    recommendation = RadioField(_l("Recommendation"), validate_choice=False, default="",
                                choices=[SelectChoice(value, label) for value, label in RECOMMENDATION_LABELS.items()])
    comment = TextAreaField(_l("Comment"), filters=[drop_nul, strip_text], default="",
                            validators=[Length(max=MAX_COMMENT, message=_l("At most %(max)d characters."))])


class ConflictForm(FlaskForm):
    """A member's declaration that they cannot judge an initiative impartially."""

    reason = TextAreaField(_l("Reason for the conflict of interest"), filters=[drop_nul, strip_text], default="",
                           validators=[_required(_l("Please give a reason.")),
                                       Length(max=MAX_REASON, message=_l("At most %(max)d characters."))])


def field_name(criterion: RubricCriterion) -> str:
    """Return the input name of a criterion's points."""
    return f"score-{criterion.code}"


def posted_points(form_data, criteria: list[RubricCriterion]) -> dict[str, str]:
    """Read the raw points of each criterion from the posted form, bounded in length."""
    points = {}
    for criterion in criteria:
        raw = form_data.get(field_name(criterion), "")
        # An absurdly long value is not worth parsing: "?" makes the service refuse it like any bad number.
        points[criterion.code] = raw if len(raw) <= MAX_POINTS_INPUT else "?"
    return points


def running_total(points: dict[str, str]) -> Decimal:
    """Add up the points that read as numbers (what the page shows beside a sheet being corrected)."""
    total = Decimal(0)
    for raw in points.values():
        try:
            value = parse_number(str(raw))
        except NumberNotUnderstood:
            continue
        if value is not None and 0 <= value <= 1000:
            total += value
    return total


def input_value(points: Decimal | None) -> str:
    """Show stored points in their box the way they are typed ("7,5", "10")."""
    return vn_number(points)
