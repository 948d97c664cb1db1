"""Admin pages for accounts: list, create, edit, (de)activate, reset password, grant and remove roles."""

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from registry.admin.blueprint import bp, confirm_page, load, posted_state
from registry.admin.forms import PasswordResetForm, RoleAddForm, UserCreateForm, UserEditForm
from registry.admin.unit_services import unit_choices
from registry.admin.user_services import (
    UserFilters,
    can_manage_user,
    can_remove_assignment,
    can_see_user,
    create_user,
    grant_role,
    list_users,
    reset_password,
    revoke_role,
    set_user_active,
    update_user,
)
from registry.formfields import options
from registry.labels import ROLE_LABELS
from registry.models import RoleAssignment, Unit, User
from registry.pagination import int_arg
from registry.policy import can_manage_unit
from registry.roles import ROLE_ADMIN, ROLE_STAFF
from web.guards import role_required
from web.transaction import commit_or_refuse, commit_then_redirect


def get_visible_user_or_404(user_id: int, manage: bool = False) -> User:
    """Load an account the current user may see (and, with `manage`, change).

    :raise 404: when it does not exist or lies outside the user's scope (no existence leak).
    :raise 403: with `manage`, when the account is visible but not the current user's to change.
    """
    user = load(User, user_id)
    if user is None or not can_see_user(current_user, user):
        abort(404)
    if manage and not can_manage_user(current_user, user):
        abort(403)
    return user


def _role_choices() -> list[tuple[str, str]]:
    """Return the roles the current user may grant, as (role, label) pairs."""
    return [(role, label) for role, label in ROLE_LABELS.items() if role != ROLE_ADMIN or current_user.is_admin]


def _prepare_role_form(form) -> None:
    """Offer the roles and the active units the current user may grant."""
    form.role.choices = options(_role_choices())
    form.unit.choices = options(unit_choices(current_user, active_only=True))


def _render_user(user: User, role_form: RoleAddForm, status: int = 200):
    """Render the user's page: account, role assignments in scope, and the form to add one."""
    assignments = [a for a in user.roles if current_user.is_admin or can_manage_unit(current_user, a.unit)]
    assignments.sort(key=lambda a: (a.unit.path, a.role))
    return render_template(
        "admin/user_detail.html", user=user, assignments=assignments, role_form=role_form,
        hidden_roles=len(user.roles) - len(assignments), role_labels=ROLE_LABELS,
        may_manage=can_manage_user(current_user, user),
        removable={a.id for a in assignments if can_remove_assignment(current_user, a)},
    ), status


@bp.get("/users")
@role_required(ROLE_STAFF, ROLE_ADMIN)
def users():
    """List the users the current user may see, with search, filters and pagination."""
    filters = UserFilters.from_args(request.args, current_user)
    page = list_users(current_user, filters, int_arg(request.args, "page", 1, minimum=1))
    return render_template("admin/users.html", page=page, filters=filters, role_labels=ROLE_LABELS,
                           unit_options=unit_choices(current_user), can_manage_unit=can_manage_unit)


@bp.route("/users/new", methods=["GET", "POST"])
@role_required(ROLE_STAFF, ROLE_ADMIN)
def user_new():
    """Create an account with an initial password and a first role."""
    form = UserCreateForm()
    _prepare_role_form(form)
    if current_user.is_admin:
        form.role.choices = options([("", _("(no role yet)")), *_role_choices()])
    if form.validate_on_submit():
        unit = load(Unit, form.unit.data) if form.role.data and form.unit.data else None
        saved, user = commit_or_refuse(
            lambda: create_user(current_user, form.email.data, form.full_name.data, form.locale.data,
                                form.password.data, form.role.data or None, unit), form)
        if saved:
            flash(_("The account %(email)s has been created.", email=user.email), "success")
            return redirect(url_for("admin.user_detail", user_id=user.id))
    return render_template("admin/user_new.html", form=form)


@bp.get("/users/<int:user_id>")
@role_required(ROLE_STAFF, ROLE_ADMIN)
def user_detail(user_id: int):
    """Show an account and its role assignments."""
    user = get_visible_user_or_404(user_id)
    role_form = RoleAddForm()
    _prepare_role_form(role_form)
    return _render_user(user, role_form)


@bp.route("/users/<int:user_id>/edit", methods=["GET", "POST"])
@role_required(ROLE_STAFF, ROLE_ADMIN)
def user_edit(user_id: int):
    """Change an account's name and interface language."""
    user = get_visible_user_or_404(user_id, manage=True)
    form = UserEditForm(obj=user)
    if form.validate_on_submit() and (done := commit_then_redirect(
            lambda: update_user(user, form.full_name.data, form.locale.data), form,
            lambda _saved: _("The account %(email)s has been saved.", email=user.email),
            lambda _saved: url_for("admin.user_detail", user_id=user.id))):
        return done
    return render_template("admin/user_edit.html", form=form, user=user)


@bp.route("/users/<int:user_id>/password", methods=["GET", "POST"])
@role_required(ROLE_STAFF, ROLE_ADMIN)
def user_password(user_id: int):
    """Set a new password for an account."""
    user = get_visible_user_or_404(user_id, manage=True)
    form = PasswordResetForm()
    if form.validate_on_submit() and (done := commit_then_redirect(
            lambda: reset_password(user, form.password.data, current_user), form,
            lambda _saved: _("The password of %(email)s has been reset. The user must choose a new one at the next "
                             "sign-in; their sessions and API tokens have ended.", email=user.email),
            lambda _saved: url_for("admin.user_detail", user_id=user.id))):
        return done
    return render_template("admin/user_password.html", form=form, user=user)


@bp.route("/users/<int:user_id>/status", methods=["GET", "POST"])
@role_required(ROLE_STAFF, ROLE_ADMIN)
def user_status(user_id: int):
    """Confirm, then deactivate or reactivate an account."""
    user = get_visible_user_or_404(user_id, manage=True)
    back = url_for("admin.user_detail", user_id=user.id)
    if request.method == "POST":
        active = posted_state()
        if not commit_or_refuse(lambda: set_user_active(current_user, user, active))[0]:
            return redirect(back)
        flash(_("The account %(email)s has been reactivated.", email=user.email) if active
              else _("The account %(email)s has been deactivated.", email=user.email), "success")
        return redirect(back)
    if user.is_active_account:
        return confirm_page(_("Deactivate an account"),
                            _("Deactivate the account %(email)s? The user will no longer be able to sign in; "
                              "everything they did is kept.", email=user.email),
                            _("Deactivate the account"), back, active=False)
    return confirm_page(_("Reactivate an account"), _("Reactivate the account %(email)s?", email=user.email),
                        _("Reactivate the account"), back, active=True, danger=False)


@bp.post("/users/<int:user_id>/roles")
@role_required(ROLE_STAFF, ROLE_ADMIN)
def role_add(user_id: int):
    """Grant the user a role over a unit."""
    user = get_visible_user_or_404(user_id)
    form = RoleAddForm()
    _prepare_role_form(form)
    if not form.validate_on_submit():
        return _render_user(user, form)
    unit = load(Unit, form.unit.data)
    if not commit_or_refuse(lambda: grant_role(current_user, user, form.role.data, unit), form)[0]:
        return _render_user(user, form)
    flash(_("The role has been granted."), "success")
    return redirect(url_for("admin.user_detail", user_id=user.id))


@bp.route("/users/<int:user_id>/roles/<int:assignment_id>/remove", methods=["GET", "POST"])
@role_required(ROLE_STAFF, ROLE_ADMIN)
def role_remove(user_id: int, assignment_id: int):
    """Confirm, then take a role assignment away."""
    user = get_visible_user_or_404(user_id)
    assignment = load(RoleAssignment, assignment_id)
    if assignment is None or assignment.user_id != user.id or not can_remove_assignment(current_user, assignment):
        abort(404)
    back = url_for("admin.user_detail", user_id=user.id)
    if request.method == "GET":
        return confirm_page(
            _("Remove a role"),
            _("Remove the role “%(role)s” over “%(unit)s” from %(email)s?",
              role=ROLE_LABELS[assignment.role], unit=assignment.unit.name, email=user.email),
            _("Remove"), back)
    if not commit_or_refuse(lambda: revoke_role(current_user, assignment))[0]:
        return redirect(back)
    flash(_("The role has been removed."), "success")
    # Staff who removed the user's last role inside their scope no longer see the user.
    return redirect(back if can_see_user(current_user, user) else url_for("admin.users"))
