"""The form recording a reorganisation: its kind, legal basis, dates, the units it ends and their successors."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, SelectMultipleField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length

from registry.admin.forms import StrictSelectField
from registry.formfields import VnDateField, options, safe_int, strip_text
from registry.labels import GROUP_LABELS, LEVEL_LABELS

#: Each kind of reorganisation with its label.
KIND_LABELS = {
    "merge": _l("Merge: several units become one"),
    "split": _l("Split: one unit becomes several"),
    "rename": _l("Rename"),
    "move": _l("Move under another unit"),
}
#: The "same as the first unit ended" choice of the new units' group and level, and "none" for a successor.
SAME = ""


class ReorganiseForm(FlaskForm):
    """A reorganisation to preview, then confirm (unit choices set by the view)."""

    kind = StrictSelectField(_l("Kind of change"), choices=options(KIND_LABELS.items()), default="merge")
    legal_basis = StringField(_l("Legal basis"), filters=[strip_text],
                              render_kw={"placeholder": "Nghị quyết 1658/NQ-UBTVQH15"}, validators=[
        DataRequired(_l("Please enter the legal basis (e.g. Nghị quyết 1658/NQ-UBTVQH15).")),
        Length(max=255, message=_l("At most %(max)d characters.", max=255)),
    ])
    decided_on = VnDateField(_l("Adopted on"),
                             validators=[DataRequired(_l("Please enter the date the act was adopted."))])
    effective_on = VnDateField(_l("Takes effect on"),
                               validators=[DataRequired(_l("Please enter the date the change takes effect."))])
    # Any id is accepted here: the service refuses a unit that is unknown, closed or outside the scope.
    sources = SelectMultipleField(_l("Units that end"), coerce=safe_int, validate_choice=False)
    existing_successor = StrictSelectField(_l("Merge into an existing unit"), coerce=safe_int)
    new_names = TextAreaField(_l("New units, one name a line"), filters=[strip_text], validators=[
        Length(max=5000, message=_l("At most %(max)d characters.", max=5000)),
    ], description=_l("A merge: the new unit's name (or choose an existing unit above). A split: one line per "
                      "new unit, the main successor first. A rename: the new name. A move: leave empty "
                      "(the name stays)."))
    new_parent = StrictSelectField(_l("New units go under"), coerce=safe_int)
    new_group = StrictSelectField(_l("Group of the new units"),
                                  choices=options([(SAME, _l("As the first unit that ends")), *GROUP_LABELS.items()]))
    new_level = StrictSelectField(_l("Level of the new units"),
                                  choices=options([(SAME, _l("As the first unit that ends")), *LEVEL_LABELS.items()]))
    move_officers = BooleanField(_l("Officers of the units that end become officers of the main successor"),
                                 default=True)
    note = TextAreaField(_l("Note"), filters=[strip_text], validators=[
        Length(max=5000, message=_l("At most %(max)d characters.", max=5000)),
    ])
