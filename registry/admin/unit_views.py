"""Admin pages for the unit tree: list, create, edit, move, deactivate and reactivate."""

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from registry.admin.blueprint import bp, confirm_page, load, posted_state
from registry.admin.forms import ROOT_CHOICE, UnitCreateForm, UnitEditForm, UnitMoveForm
from registry.admin.unit_services import (
    UnitFilters,
    add_unit,
    list_units,
    relocate_unit,
    set_unit_active,
    unit_choices,
    update_unit,
)
from registry.formfields import options
from registry.labels import GROUP_LABELS, LEVEL_LABELS
from registry.models import Unit
from registry.pagination import int_arg
from registry.policy import can_manage_unit
from registry.roles import ROLE_ADMIN, ROLE_STAFF
from web.guards import role_required
from web.transaction import commit_or_refuse, commit_then_redirect

ROOT_LABEL = _l("(none: a top-level unit)")


def get_managed_unit_or_404(unit_id: int) -> Unit:
    """Load a unit the current user manages.

    :raise 404: when it does not exist or lies outside the user's scope (no existence leak).
    """
    unit = load(Unit, unit_id)
    if unit is None or not can_manage_unit(current_user, unit):
        abort(404)
    return unit


def _parent_choices(exclude: Unit | None = None) -> list:
    """Return the parents the current user may choose, with the root first for administrators."""
    choices = unit_choices(current_user, active_only=True, exclude=exclude)
    return options([(ROOT_CHOICE, ROOT_LABEL), *choices] if current_user.is_admin else choices)


def _chosen_unit(choice: int | None) -> Unit | None:
    """Turn a validated parent choice into a unit (None for the root choice)."""
    return None if choice in (None, ROOT_CHOICE) else load(Unit, choice)


@bp.get("/units")
@role_required(ROLE_STAFF, ROLE_ADMIN)
def units():
    """List the managed units in tree order, with search, filters and pagination."""
    filters = UnitFilters.from_args(request.args)
    page, child_counts = list_units(current_user, filters, int_arg(request.args, "page", 1, minimum=1))
    return render_template("admin/units.html", page=page, child_counts=child_counts, filters=filters,
                           group_labels=GROUP_LABELS, level_labels=LEVEL_LABELS)


def _to_units(_saved) -> str:
    return url_for("admin.units")


@bp.route("/units/new", methods=["GET", "POST"])
@role_required(ROLE_STAFF, ROLE_ADMIN)
def unit_new():
    """Create a unit under a managed parent."""
    form = UnitCreateForm()
    form.parent.choices = _parent_choices()
    if request.method == "GET":
        form.parent.data = int_arg(request.args, "parent")
    if form.validate_on_submit() and (done := commit_then_redirect(
            lambda: add_unit(current_user, form.name.data, form.group.data, form.level.data,
                             _chosen_unit(form.parent.data), form.valid_from.data, form.code.data or "",
                             form.admin_code.data or ""),
            form, lambda unit: _("The unit “%(name)s” has been created.", name=unit.name), _to_units)):
        return done
    return render_template("admin/unit_form.html", form=form, unit=None)


@bp.route("/units/<int:unit_id>/edit", methods=["GET", "POST"])
@role_required(ROLE_STAFF, ROLE_ADMIN)
def unit_edit(unit_id: int):
    """Change a unit's name, group and level."""
    unit = get_managed_unit_or_404(unit_id)
    form = UnitEditForm(obj=unit)
    # A refused rename (a sibling bears the name) shows the form again with the message beside the name.
    if form.validate_on_submit() and (done := commit_then_redirect(
            lambda: update_unit(unit, form.name.data, form.group.data, form.level.data, form.valid_from.data,
                                form.code.data or "", form.admin_code.data or ""),
            form, lambda _saved: _("The unit “%(name)s” has been saved.", name=unit.name), _to_units)):
        return done
    return render_template("admin/unit_form.html", form=form, unit=unit)


@bp.route("/units/<int:unit_id>/move", methods=["GET", "POST"])
@role_required(ROLE_STAFF, ROLE_ADMIN)
def unit_move(unit_id: int):
    """Move a unit and its whole subtree under another parent."""
    unit = get_managed_unit_or_404(unit_id)
    form = UnitMoveForm()
    form.parent.choices = _parent_choices(exclude=unit)
    if form.validate_on_submit() and (done := commit_then_redirect(
            lambda: relocate_unit(current_user, unit, None if form.parent.data == ROOT_CHOICE else form.parent.data),
            form, lambda _saved: _("The unit “%(name)s” and its sub-units have been moved.", name=unit.name),
            _to_units)):
        return done
    return render_template("admin/unit_move.html", form=form, unit=unit)


@bp.route("/units/<int:unit_id>/status", methods=["GET", "POST"])
@role_required(ROLE_STAFF, ROLE_ADMIN)
def unit_status(unit_id: int):
    """Confirm, then deactivate or reactivate a unit."""
    unit = get_managed_unit_or_404(unit_id)
    if request.method == "POST":
        active = posted_state()
        saved, _result = commit_or_refuse(lambda: set_unit_active(unit, active))
        if saved:  # a refusal (a unit ended by a reorganisation) was flashed instead
            flash(_("The unit “%(name)s” has been reactivated.", name=unit.name) if active
                  else _("The unit “%(name)s” has been deactivated.", name=unit.name), "success")
        return redirect(url_for("admin.units"))
    if unit.is_active:
        return confirm_page(
            _("Deactivate a unit"),
            _("Deactivate “%(name)s”? It will no longer be offered for new registrations or roles; "
              "its models, users and history are kept.", name=unit.name),
            _("Deactivate"), url_for("admin.units"), active=False)
    return confirm_page(_("Reactivate a unit"), _("Reactivate “%(name)s”?", name=unit.name),
                        _("Reactivate"), url_for("admin.units"), active=True, danger=False)
