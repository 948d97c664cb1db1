"""Council pages for steering-board staff: the list, the council form, the council page and its seats."""

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import case, func, select
from sqlalchemy.orm import joinedload, selectinload

from registry.extensions import db
from registry.formfields import options
from registry.models import Campaign, Field, Initiative, RoleAssignment, Unit, User
from registry.pagination import id_arg, int_arg, paginate
from registry.policy import managed_units, managed_units_filter
from registry.roles import ROLE_COUNCIL
from web.transaction import commit_or_refuse
from workflows.councils import service
from workflows.councils.blueprint import (
    bp,
    get_council_or_404,
    get_council_part_or_404,
    remove_after_confirmation,
    staff_only,
)
from workflows.councils.forms import NO_CHOICE, SEAT_LABELS, CouncilForm, SeatForm
from workflows.councils.models import Council, CouncilAssignment, CouncilMember
from workflows.machine import EVALUATED_STAGE

COUNCILS_PER_PAGE = 30


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
        done, council = commit_or_refuse(
            lambda: service.create_council(current_user, form.name.data, campaign, unit, fields))
        if done:
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
        if commit_or_refuse(
                lambda: service.update_council(current_user, council, form.name.data, campaign, unit, fields))[0]:
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
    if not commit_or_refuse(lambda: service.seat_member(current_user, council, person, form.role.data, home_unit))[0]:
        return redirect(url_for(".detail", council_id=council_id))
    flash(_("%(name)s now sits on the council as %(role)s.", name=person.full_name,
            role=SEAT_LABELS[form.role.data]), "success")
    return redirect(url_for(".detail", council_id=council.id))


@bp.route("/<int:council_id>/seats/<int:member_id>/remove", methods=["GET", "POST"])
@staff_only
def unseat(council_id: int, member_id: int):
    """Take a seat away from the council, after a confirmation."""
    council, member = get_council_part_or_404(council_id, CouncilMember, member_id)
    name = member.user.full_name
    return remove_after_confirmation(
        council, _("Remove a seat"), _("Remove %(name)s from the council “%(council)s”?", name=name,
                                       council=council.name),
        lambda: service.remove_member(current_user, member), _("%(name)s no longer sits on the council.", name=name))

