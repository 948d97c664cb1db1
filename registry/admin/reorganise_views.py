"""Admin pages recording a reorganisation of the unit tree: a form, its preview, then the change itself."""

from datetime import date

from flask import render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select

from registry.admin.blueprint import bp, load
from registry.admin.reorganise_forms import KIND_LABELS, ReorganiseForm
from registry.admin.unit_services import unit_choices
from registry.extensions import db
from registry.formfields import options
from registry.labels import GROUP_LABELS, LEVEL_LABELS, ROLE_LABELS
from registry.models import ReorganisationEvent, Unit
from registry.pagination import int_arg
from registry.refusals import Refused
from registry.reorganisation import NewUnit, closing_day, plan_reorganisation, record_reorganisation
from registry.roles import ROLE_ADMIN, ROLE_STAFF
from web.guards import role_required
from web.transaction import commit_then_redirect, show_refusal

#: The value of "no existing successor" and of "the new units go to the top".
NONE_CHOICE = 0


def _units(ids: list[int | None]) -> list[Unit]:
    """Load the chosen units in the order given, leaving out unknown ids (the service refuses them)."""
    return [unit for unit in (load(Unit, unit_id) for unit_id in ids) if unit is not None]


def _successors(form: ReorganiseForm, sources: list[Unit]) -> list:
    """Turn the form's successor fields into the service's successors (open units or NewUnit values)."""
    first = sources[0] if sources else None
    if form.kind.data == "merge" and form.existing_successor.data:
        existing = load(Unit, form.existing_successor.data)
        return [existing] if existing is not None else []
    parent = load(Unit, form.new_parent.data) if form.new_parent.data else None
    if form.kind.data == "rename" and first is not None:
        parent = first.parent
    group = form.new_group.data or (first.group if first else "other")
    level = form.new_level.data or (first.level if first else "commune")
    names = [line.strip() for line in (form.new_names.data or "").splitlines() if line.strip()]
    if form.kind.data == "move" and first is not None:
        names = names[:1] or [first.name]
    return [NewUnit(name[:255], group, level, parent) for name in names]


def _choices(form: ReorganiseForm) -> None:
    """Offer the open managed units as sources, successors and parents."""
    open_units = unit_choices(current_user, active_only=True)
    form.sources.choices = options(open_units)
    form.existing_successor.choices = options([(NONE_CHOICE, _("— a new unit —")), *open_units])
    parents = [(NONE_CHOICE, _("(none: a top-level unit)"))] if current_user.is_admin else []
    form.new_parent.choices = options([*parents, *open_units])


def _action(form: ReorganiseForm, sources: list[Unit], today: date):
    """Return the service call the form asks for, with its arguments."""
    return dict(actor=current_user, kind=form.kind.data, sources=sources, successors=_successors(form, sources),
                main=0, decided_on=form.decided_on.data, effective_on=form.effective_on.data, today=today,
                move_officers=form.move_officers.data)


@bp.route("/units/reorganise", methods=["GET", "POST"])
@role_required(ROLE_STAFF, ROLE_ADMIN)
def unit_reorganise():
    """Record a merge, split, rename or move: preview what closes, opens and moves, then confirm."""
    form = ReorganiseForm()
    _choices(form)
    if request.method == "GET" and (source := load(Unit, int_arg(request.args, "source"))) is not None:
        form.sources.data = [source.id]
        form.new_parent.data = source.parent_id or NONE_CHOICE
    plan = None
    if form.validate_on_submit():
        sources = _units(form.sources.data or [])
        arguments = _action(form, sources, date.today())
        if "confirm" in request.form and (done := commit_then_redirect(
                lambda: record_reorganisation(legal_basis=form.legal_basis.data, note=form.note.data, **arguments),
                form, lambda saved: _("The reorganisation (%(basis)s) has been recorded.", basis=saved[0].legal_basis),
                lambda _saved: url_for("admin.unit_reorganisations"))):
            return done
        if "confirm" not in request.form:
            try:
                plan = plan_reorganisation(**arguments)
            except Refused as refusal:
                show_refusal(refusal, form)
            db.session.rollback()  # a preview writes nothing
    return render_template("admin/reorganise.html", form=form, plan=plan, kind_labels=KIND_LABELS,
                           role_labels=ROLE_LABELS, group_labels=GROUP_LABELS, level_labels=LEVEL_LABELS,
                           is_new=lambda successor: isinstance(successor, NewUnit), closing_day=closing_day)


@bp.get("/units/reorganisations")
@role_required(ROLE_STAFF, ROLE_ADMIN)
def unit_reorganisations():
    """List the recorded reorganisations, latest effective first, with what each closed and opened."""
    events = list(db.session.scalars(select(ReorganisationEvent)
                                     .order_by(ReorganisationEvent.effective_on.desc(), ReorganisationEvent.id.desc())
                                     .limit(200)))
    return render_template("admin/reorganisations.html", events=events, kind_labels=KIND_LABELS)
