"""Council pages for steering-board staff: the list, the council form, the council page and its seats."""

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import case, func, select
from sqlalchemy.orm import joinedload, selectinload

from registry.access import can_manage_unit, managed_units, managed_units_filter, role_required
from registry.extensions import db
from registry.models import Campaign, Field, Initiative, RoleAssignment, Unit, User
from registry.pagination import id_arg, int_arg, paginate
from registry.roles import ROLE_ADMIN, ROLE_COUNCIL, ROLE_STAFF
from workflows.councils import service
from workflows.councils.forms import NO_CHOICE, SEAT_LABELS, CouncilForm, SeatForm, options
from workflows.councils.models import Council, CouncilAssignment, CouncilMember
from workflows.machine import EVALUATED_STAGE

bp = Blueprint("councils", __name__, url_prefix="/councils")

#: Every page here is for steering-board staff and administrators.
staff_only = role_required(ROLE_STAFF, ROLE_ADMIN)
COUNCILS_PER_PAGE = 30


@bp.context_processor
def _council_helpers() -> dict:
    """Give the council templates the seat labels, a link builder for pages, and initiative links."""

    def page_url(number: int) -> str:
        args = {key: value for key, value in request.args.items() if key != "page"}
        return url_for(request.endpoint, **(request.view_args or {}), **args, page=number)

    def initiative_url(initiative) -> str | None:
        # The initiative pages belong to another blueprint: link only when it is mounted.
        if "initiatives.detail" not in current_app.view_functions:
            return None
        return url_for("initiatives.detail", initiative_id=initiative.id)

    return {"SEAT_LABELS": SEAT_LABELS, "page_url": page_url, "initiative_url": initiative_url}


def get_council_or_404(council_id: int) -> Council:
    """Load a council the current user manages.

    :raise 404: when it does not exist or lies outside the user's subtree (no existence leak).
    """
    council = db.session.get(Council, council_id)
    if council is None or not can_manage_unit(current_user, council.unit):
        abort(404)
    return council


def confirm_page(title: str, message: str, button: str, back_url: str):
    """Render the page asking to confirm a destructive POST to the current URL."""
    return render_template("councils/confirm.html", title=title, message=message, button=button,
                           back_url=back_url)


@bp.get("/")
@staff_only
def index():
    """List the councils of the user's subtree, optionally of one campaign, with their workload."""
    campaigns = list(db.session.scalars(select(Campaign).order_by(Campaign.year.desc())))
    campaign_id = id_arg(request.args, "campaign")
    query = (select(Council).join(Unit, Council.unit_id == Unit.id).join(Campaign, Council.campaign_id == Campaign.id)
             .where(managed_units_filter(current_user))
             .options(joinedload(Council.campaign), joinedload(Council.unit), selectinload(Council.fields))
             .order_by(Campaign.year.desc(), Council.name, Council.id))
    if campaign_id is not None:
        query = query.where(Council.campaign_id == campaign_id)
    page = paginate(query, int_arg(request.args, "page", 1, minimum=1), COUNCILS_PER_PAGE)
    return render_template("councils/index.html", page=page, campaigns=campaigns, campaign_id=campaign_id,
                           counts=_workload([council.id for council in page.items]))


def _workload(council_ids: list[int]) -> dict[int, dict[str, int]]:
    """Count seats, assigned and evaluated initiatives of the listed councils in two grouped queries."""
    counts = {council_id: {"seats": 0, "assigned": 0, EVALUATED_STAGE: 0} for council_id in council_ids}
    if not council_ids:
        return counts
    seats = db.session.execute(select(CouncilMember.council_id, func.count())
                               .where(CouncilMember.council_id.in_(council_ids))
                               .group_by(CouncilMember.council_id))
    for council_id, number in seats:
        counts[council_id]["seats"] = number
    evaluated = func.sum(case((Initiative.status.in_(service.EVALUATED_STATES), 1), else_=0))
    assigned = db.session.execute(select(CouncilAssignment.council_id, func.count(), evaluated)
                                  .join(Initiative, Initiative.id == CouncilAssignment.initiative_id)
                                  .where(CouncilAssignment.council_id.in_(council_ids))
                                  .group_by(CouncilAssignment.council_id))
    for council_id, number, done in assigned:
        counts[council_id]["assigned"] = number
        counts[council_id][EVALUATED_STAGE] = int(done or 0)
    return counts


def _prepare_council_form(form: CouncilForm, council: Council | None) -> None:
    """Offer the campaigns, the managed units and the fields (keeping the council's current ones)."""
    campaigns = db.session.scalars(select(Campaign).order_by(Campaign.year.desc()))
    form.campaign.choices = options((campaign.id, f"{campaign.year} – {campaign.name}") for campaign in campaigns)
    units = [unit for unit in managed_units(current_user)
             if unit.is_active or (council is not None and unit.id == council.unit_id)]
    top = min((unit.depth for unit in units), default=0)
    form.unit.choices = options((unit.id, "— " * (unit.depth - top) + unit.name) for unit in units)
    current = {field.id for field in council.fields} if council else set()
    fields = db.session.scalars(select(Field).order_by(Field.position, Field.name))
    form.fields.choices = options((field.id, field.name) for field in fields if field.is_active or field.id in current)


def _chosen(form: CouncilForm) -> tuple[Campaign, Unit, list[Field]]:
    """Load what a validated council form chose (every id was among the offered choices)."""
    fields = list(db.session.scalars(select(Field).where(Field.id.in_(form.fields.data or []))
                                     .order_by(Field.position)))
    return db.session.get(Campaign, form.campaign.data), db.session.get(Unit, form.unit.data), fields


@bp.route("/new", methods=["GET", "POST"])
@staff_only
def new():
    """Set up a council for a campaign at one of the user's units."""
    form = CouncilForm()
    _prepare_council_form(form, None)
    if request.method == "GET":
        form.campaign.data = id_arg(request.args, "campaign")
    if form.validate_on_submit():
        campaign, unit, fields = _chosen(form)
        try:
            council = service.create_council(current_user, form.name.data, campaign, unit, fields)
        except service.CouncilError as error:
            db.session.rollback()
            flash(str(error), "danger")
        else:
            db.session.commit()
            flash(_("The council “%(name)s” has been set up: now seat its members.", name=council.name), "success")
            return redirect(url_for(".detail", council_id=council.id))
    return render_template("councils/form.html", form=form, council=None)


@bp.route("/<int:council_id>/edit", methods=["GET", "POST"])
@staff_only
def edit(council_id: int):
    """Change a council's name, campaign, unit and fields."""
    council = get_council_or_404(council_id)
    form = CouncilForm(obj=council)
    _prepare_council_form(form, council)
    if request.method == "GET":
        form.campaign.data, form.unit.data = council.campaign_id, council.unit_id
        form.fields.data = [field.id for field in council.fields]
    if form.validate_on_submit():
        campaign, unit, fields = _chosen(form)
        try:
            service.update_council(current_user, council, form.name.data, campaign, unit, fields)
        except service.CouncilError as error:
            db.session.rollback()
            flash(str(error), "danger")
        else:
            db.session.commit()
            flash(_("The council “%(name)s” has been saved.", name=council.name), "success")
            return redirect(url_for(".detail", council_id=council.id))
    return render_template("councils/form.html", form=form, council=council)


def _prepare_seat_form(form: SeatForm, council: Council) -> None:
    """Offer the active council members of the user's units as people and the council's subtree as home units."""
    # The service seats only council members of the staffer's own units, and never the staffer.
    people = db.session.scalars(select(User).join(RoleAssignment, RoleAssignment.user_id == User.id)
                                .join(Unit, Unit.id == RoleAssignment.unit_id)
                                .where(RoleAssignment.role == ROLE_COUNCIL, User.is_active_account,
                                       managed_units_filter(current_user), User.id != current_user.id)
                                .distinct().order_by(User.full_name, User.email))
    form.user.choices = options((person.id, f"{person.full_name} ({person.email})") for person in people)
    units = db.session.scalars(select(Unit).where(Unit.path.startswith(council.unit.path, autoescape=True),
                                                  Unit.is_active).order_by(Unit.path))
    form.home_unit.choices = options([(NO_CHOICE, _("(none)"))] + [
        (unit.id, "— " * (unit.depth - council.unit.depth) + unit.name) for unit in units])


def council_page(council: Council, seat_form: SeatForm | None = None, status: int = 200):
    """Render the council page: seats, the seat form, the assigned initiatives and the search for more."""
    from workflows.councils.assign_views import assigned_rows, search_assignable

    if seat_form is None:
        seat_form = SeatForm(formdata=None)
        _prepare_seat_form(seat_form, council)
    query = request.args.get("q", "").strip()[:100]
    page, rows = assigned_rows(council, int_arg(request.args, "page", 1, minimum=1))
    return render_template("councils/detail.html", council=council, seat_form=seat_form, page=page, rows=rows,
                           q=query, found=search_assignable(council, query) if query else None), status


@bp.get("/<int:council_id>")
@staff_only
def detail(council_id: int):
    """Show a council: its seats, its initiatives and how their evaluation stands."""
    return council_page(get_council_or_404(council_id))


@bp.post("/<int:council_id>/seats")
@staff_only
def seat(council_id: int):
    """Give a person a seat on the council."""
    council = get_council_or_404(council_id)
    form = SeatForm()
    _prepare_seat_form(form, council)
    if not form.validate():
        return council_page(council, form, status=400)
    person = db.session.get(User, form.user.data)
    home_unit = db.session.get(Unit, form.home_unit.data) if form.home_unit.data != NO_CHOICE else None
    try:
        service.seat_member(current_user, council, person, form.role.data, home_unit)
    except service.CouncilError as error:
        db.session.rollback()
        flash(str(error), "danger")
        return redirect(url_for(".detail", council_id=council_id))
    db.session.commit()
    flash(_("%(name)s now sits on the council as %(role)s.", name=person.full_name,
            role=SEAT_LABELS[form.role.data]), "success")
    return redirect(url_for(".detail", council_id=council.id))


@bp.route("/<int:council_id>/seats/<int:member_id>/remove", methods=["GET", "POST"])
@staff_only
def unseat(council_id: int, member_id: int):
    """Take a seat away from the council, after a confirmation."""
    council = get_council_or_404(council_id)
    member = db.session.get(CouncilMember, member_id)
    if member is None or member.council_id != council.id:
        abort(404)
    back = url_for(".detail", council_id=council.id)
    if request.method == "GET":
        return confirm_page(_("Remove a seat"),
                            _("Remove %(name)s from the council “%(council)s”?", name=member.user.full_name,
                              council=council.name), _("Remove from the council"), back)
    name = member.user.full_name
    try:
        service.remove_member(current_user, member)
    except service.CouncilError as error:
        db.session.rollback()
        flash(str(error), "danger")
        return redirect(back)
    db.session.commit()
    flash(_("%(name)s no longer sits on the council.", name=name), "success")
    return redirect(back)


def init_app(app) -> None:
    """Register the council pages."""
    from workflows.councils import assign_views, settings_views  # noqa: F401  (importing attaches the routes)

    app.register_blueprint(bp)
