"""Forms of the session pages: the session with its attendance, and a campaign's evaluation mode.

WTForms has no Vietnamese catalogue, so every message a user may see is given here explicitly.
"""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import RadioField, StringField, TextAreaField
from wtforms.validators import (
    DataRequired,
    InputRequired,
    Length,
    NumberRange,
    Optional,
    StopValidation,
    ValidationError,
)

from registry.formfields import VietnameseIntegerField, VnDateField, options, safe_int, strip_text
from registry.models.campaigns import EVALUATION_DELIBERATION, EVALUATION_SCORING
from workflows.councils.forms import CheckboxesField, ChoiceField
from workflows.models import MAX_COMMENT
from workflows.sessions.models import VOTE_AGREE, VOTE_DISAGREE, VOTE_OTHER
from workflows.sessions.service import MAX_PLACE

#: How the votes are called on the pages and in the documents.
VOTE_LABELS = {VOTE_AGREE: _l("Agree"), VOTE_DISAGREE: _l("Disagree"), VOTE_OTHER: _l("Other opinion")}
#: How the evaluation modes are called.
MODE_LABELS = {EVALUATION_SCORING: _l("Score sheets (weighted points)"),
               EVALUATION_DELIBERATION: _l("Deliberation (vote of the members present)")}
#: The share's two readings: strictly more than it, or at least it.
SHARE_MORE, SHARE_AT_LEAST = "more", "at_least"
SHARE_LABELS = {SHARE_MORE: _l("more than"), SHARE_AT_LEAST: _l("at least")}
TOO_LONG = _l("At most %(max)d characters.")


class SessionForm(FlaskForm):
    """A session: date, place, its chair and secretary, who is present (choices set by the view)."""

    held_on = VnDateField(_l("Date of the session"), validators=[InputRequired(_l("Please enter the date of the "
                                                                                  "session."))])
    place = StringField(_l("Place"), filters=[strip_text], validators=[
        DataRequired(_l("Please enter the place of the session.")),
        Length(max=MAX_PLACE, message=TOO_LONG)], render_kw={"maxlength": MAX_PLACE})
    chair_id = ChoiceField(_l("Chair of the session"))
    secretary_id = ChoiceField(_l("Secretary of the session"))
    present_ids = CheckboxesField(_l("Members present"), coerce=safe_int)
    note = TextAreaField(_l("Note (optional)"), filters=[strip_text],
                         validators=[Optional(), Length(max=MAX_COMMENT, message=TOO_LONG)],
                         render_kw={"rows": 2, "maxlength": MAX_COMMENT})

    def validate_secretary_id(self, field) -> None:
        """Refuse one person as both chair and secretary."""
        if field.data is not None and field.data == self.chair_id.data:
            raise ValidationError(_l("The chair and the secretary of the session must be two different people."))


class ModeChoice(RadioField):
    """Radio buttons whose unknown value gives a translated error."""

    def pre_validate(self, form) -> None:
        """Refuse a value that is not among the offered choices."""
        if not any(value == self.data for value, *_rest in self.iter_choices()):
            raise StopValidation(_l("Please choose one of the options."))


def _share_range():
    return NumberRange(min=1, max=10, message=_l("Enter a number from %(min)s to %(max)s.", min=1, max=10))


class ModeForm(FlaskForm):
    """How a campaign's councils decide, and the share of the members present deliberation needs."""

    evaluation_mode = ModeChoice(_l("How the councils decide"), choices=options(MODE_LABELS.items()),
                                 validators=[InputRequired(_l("Please choose how the councils decide."))])
    vote_share_strict = ChoiceField(_l("Recognition needs"), coerce=str, choices=options(SHARE_LABELS.items()),
                                    default=SHARE_MORE)
    vote_share_numerator = VietnameseIntegerField(_l("Share: numerator"), validators=[
        InputRequired(_l("Please enter a number.")), _share_range()])
    vote_share_denominator = VietnameseIntegerField(_l("Share: denominator"), validators=[
        InputRequired(_l("Please enter a number.")), _share_range()])

    def validate_vote_share_numerator(self, field) -> None:
        """Refuse a share above the whole, or "more than all"."""
        denominator = self.vote_share_denominator.data
        if field.data is None or denominator is None:
            return
        if field.data > denominator:
            raise ValidationError(_l("The numerator cannot be above the denominator."))
        if field.data == denominator and self.vote_share_strict.data == SHARE_MORE:
            raise ValidationError(_l("More than all of those present cannot be reached: choose “at least” or a "
                                     "smaller share."))


def mode_form_for(campaign) -> ModeForm:
    """Return the mode form showing what the campaign stores."""
    return ModeForm(formdata=None, data={
        "evaluation_mode": campaign.evaluation_mode,
        "vote_share_strict": SHARE_MORE if campaign.vote_share_strict else SHARE_AT_LEAST,
        "vote_share_numerator": campaign.vote_share_numerator,
        "vote_share_denominator": campaign.vote_share_denominator})
