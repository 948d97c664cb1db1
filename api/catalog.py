"""Read-only API operations on units, fields, campaigns and councils, and assigning initiatives to a council."""

from flask import abort
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from api.core import api_user, operation
from api.problems import ApiProblem
from api.schemas.catalog import (
    AssignmentAnswer,
    AssignmentInput,
    CampaignAnswer,
    CampaignList,
    CouncilAnswer,
    CouncilList,
    FieldAnswer,
    FieldList,
    MemberAnswer,
    SkippedAnswer,
    UnitAnswer,
    UnitPage,
    UnitQuery,
)
from registry.extensions import db
from registry.models import Campaign, Field, Initiative, Unit, User
from registry.pagination import paginate
from registry.policy import can_manage_unit, can_view_initiative, managed_units_filter, visible_units_filter
from registry.roles import ROLE_ADMIN, ROLE_STAFF
from web.transaction import api_commit
from workflows.councils import service as councils
from workflows.councils.models import Council, CouncilMember

TAG = "catalogue"


@operation("/units", "GET", summary=_l("List units"), tag=TAG, query=UnitQuery, response=UnitPage,
           description=_l("The units whose initiatives the caller may read, in tree order; `parent_id` lists "
                          "one unit's children."))
def list_units(query: UnitQuery):
    """List the units within the caller's sight."""
    rows = select(Unit).where(visible_units_filter(api_user()))
    if query.parent_id is not None:
        rows = rows.where(Unit.parent_id == query.parent_id)
    page = paginate(rows.order_by(Unit.path), query.page, query.per_page, clamp=False)
    return UnitPage(items=[UnitAnswer.model_validate(unit) for unit in page.items], total=page.total,
                    page=page.page, per_page=page.per_page)


@operation("/fields", "GET", summary=_l("List fields"), tag=TAG, response=FieldList)
def list_fields():
    """List every field, in display order."""
    fields = db.session.scalars(select(Field).order_by(Field.position, Field.name))
    return FieldList(items=[FieldAnswer.model_validate(item) for item in fields])


@operation("/campaigns", "GET", summary=_l("List campaigns"), tag=TAG, response=CampaignList)
def list_campaigns():
    """List every campaign, latest year first."""
    campaigns = db.session.scalars(select(Campaign).order_by(Campaign.year.desc()))
    return CampaignList(items=[CampaignAnswer.model_validate(item) for item in campaigns])


def _council_answer(council: Council) -> CouncilAnswer:
    """Describe a council with its seats."""
    return CouncilAnswer(
        id=council.id, name=council.name, campaign_id=council.campaign_id, unit_id=council.unit_id,
        is_active=council.is_active, field_ids=[item.id for item in council.fields],
        members=[MemberAnswer(user_id=member.user_id, full_name=member.user.full_name, role=member.role)
                 for member in council.members])


def _councils_of(user: User):
    """Return a query of the councils `user` manages or sits on."""
    seats = select(CouncilMember.council_id).where(CouncilMember.user_id == user.id)
    clauses = [Council.id.in_(seats)]
    if user.has_role(ROLE_STAFF, ROLE_ADMIN):
        clauses.append(managed_units_filter(user))
    return (select(Council).join(Unit, Council.unit_id == Unit.id).where(or_(*clauses))
            .options(selectinload(Council.fields), selectinload(Council.members)))


@operation("/councils", "GET", summary=_l("List councils"), tag=TAG, response=CouncilList,
           description=_l("The councils the caller manages (staff) or sits on, with their members."))
def list_councils():
    """List the councils the caller manages or sits on."""
    query = _councils_of(api_user()).order_by(Council.campaign_id.desc(), Council.name, Council.id)
    return CouncilList(items=[_council_answer(council) for council in db.session.scalars(query)])


@operation("/councils/<int:council_id>", "GET", summary=_l("Read a council"), tag=TAG, response=CouncilAnswer,
           errors=(404,))
def get_council(council_id: int):
    """Return a council the caller manages or sits on, with its members."""
    council = db.session.scalar(_councils_of(api_user()).where(Council.id == council_id))
    if council is None:
        abort(404)
    return _council_answer(council)


@operation("/councils/<int:council_id>/assignments", "POST", summary=_l("Assign initiatives to a council"),
           tag=TAG, body=AssignmentInput, response=AssignmentAnswer, errors=(403, 404),
           description=_l("Staff give registered initiatives of the council's campaign, scope and fields to it; "
                          "the others are listed in `skipped` with the reason."))
def assign_initiatives(council_id: int, body: AssignmentInput):
    """Give the listed initiatives to a council the caller manages."""
    user = api_user()
    council = db.session.scalar(_councils_of(user).where(Council.id == council_id))
    if council is None:
        abort(404)
    if not (user.has_role(ROLE_STAFF, ROLE_ADMIN) and can_manage_unit(user, council.unit)):
        raise ApiProblem(403, _("You do not have the right to do this."), reason="right")
    ids = list(dict.fromkeys(body.initiative_ids))
    found = {item.id: item for item in db.session.scalars(select(Initiative).where(Initiative.id.in_(ids)))}
    visible = [found[item_id] for item_id in ids if item_id in found and can_view_initiative(user, found[item_id])]
    outcome = api_commit(lambda: councils.assign(user, council, visible))
    skipped = [SkippedAnswer(initiative_id=item.id, reason=reason) for item, reason in outcome.skipped]
    skipped += [SkippedAnswer(initiative_id=item_id, reason=_("There is no such initiative, or you may not see it."))
                for item_id in ids if item_id not in {item.id for item in visible}]
    return AssignmentAnswer(assigned=[item.id for item in outcome.assigned], skipped=skipped)
