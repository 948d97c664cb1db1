"""Council pages that give initiatives to a council: one by one, in bulk with a preview, and taking them back."""

from dataclasses import dataclass

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import aliased, joinedload

from registry.extensions import db
from registry.models import Campaign, Field, Initiative, Unit
from registry.pagination import MAX_DB_ID, Page, id_arg, paginate
from registry.policy import can_manage_unit, managed_units, managed_units_filter
from registry.text import fold
from web.transaction import commit_or_refuse
from workflows.councils import service
from workflows.councils.blueprint import (
    bp,
    get_council_or_404,
    get_council_part_or_404,
    remove_after_confirmation,
    staff_only,
)
from workflows.councils.models import Council, CouncilAssignment
from workflows.machine import STATES
from workflows.rules import EvaluationResult, evaluate
from workflows.scoring.models import ScoreSheet

ASSIGNED_PER_PAGE = 50
#: How many search results the one-by-one assignment offers.
SEARCH_LIMIT = 20
#: A bulk assignment larger than this must be split by a narrower filter (the preview lists every row).
MAX_BULK = 3000
#: How many skipped codes the flash after a bulk assignment names.
SKIPS_NAMED = 10


@dataclass
class AssignedRow:
    """One initiative on the council page, with where its evaluation stands."""

    assignment: CouncilAssignment
    initiative: Initiative
    result: EvaluationResult
    removable: bool


def assigned_rows(council: Council, page_number: int) -> tuple[Page, list[AssignedRow]]:
    """Return one page of the council's initiatives with their evaluation.

    `evaluate` runs per row (about three queries each); acceptable for pages of 50, to be replaced by
    grouped queries if councils grow much larger.
    """
    query = (select(CouncilAssignment).join(Initiative, Initiative.id == CouncilAssignment.initiative_id)
             .where(CouncilAssignment.council_id == council.id)
             .options(joinedload(CouncilAssignment.initiative)).order_by(Initiative.code))
    page = paginate(query, page_number, ASSIGNED_PER_PAGE)
    ids = [assignment.initiative_id for assignment in page.items]
    scored = set(db.session.scalars(select(ScoreSheet.initiative_id).where(ScoreSheet.initiative_id.in_(ids))
                                    .distinct())) if ids else set()
    rows = [AssignedRow(assignment, assignment.initiative, evaluate(assignment.initiative),
                        assignment.initiative.status in service.ASSIGNABLE_STATES
                        and assignment.initiative_id not in scored)
            for assignment in page.items]
    return page, rows


def _in_scope(council: Council):
    """Return the query of initiatives the council could take: its campaign, subtree and fields, registered."""
    query = (select(Initiative).join(Unit, Unit.id == Initiative.unit_id)
             .where(Initiative.campaign_id == council.campaign_id,
                    Unit.path.startswith(council.unit.path, autoescape=True),
                    Initiative.status.in_(service.ASSIGNABLE_STATES)))
    if council.fields:
        query = query.where(Initiative.field_id.in_([field.id for field in council.fields]))
    return query


def search_assignable(council: Council, text: str) -> list[tuple[Initiative, str | None]]:
    """Find initiatives the council could take by code or title, accent-blind, with their current council."""
    other = aliased(Council)
    query = (_in_scope(council)
             .outerjoin(CouncilAssignment, CouncilAssignment.initiative_id == Initiative.id)
             .outerjoin(other, other.id == CouncilAssignment.council_id)
             .where(Initiative.search_text.contains(fold(text), autoescape=True),
                    (CouncilAssignment.council_id.is_(None)) | (CouncilAssignment.council_id != council.id))
             .add_columns(other.name).order_by(Initiative.code).limit(SEARCH_LIMIT))
    return [(initiative, current) for initiative, current in db.session.execute(query)]


@bp.post("/<int:council_id>/assign")
@staff_only
def assign_one(council_id: int):
    """Give one initiative to the council."""
    council = get_council_or_404(council_id)
    back = url_for(".detail", council_id=council.id, q=request.form.get("q", "")[:100] or None)
    initiative_id = id_arg(request.form, "initiative_id")
    initiative = db.session.scalar(select(Initiative).join(Unit, Unit.id == Initiative.unit_id)
                                   .where(Initiative.id == initiative_id, managed_units_filter(current_user)))
    if initiative is None:
        flash(_("This model cannot be found."), "danger")
        return redirect(back)
    done, outcome = commit_or_refuse(lambda: service.assign(current_user, council, [initiative]))
    if not done:
        return redirect(back)
    if outcome.skipped:
        flash(_("%(code)s was not assigned: %(reason)s", code=initiative.code, reason=outcome.skipped[0][1]),
              "warning")
    else:
        flash(_("%(code)s has been assigned to the council.", code=initiative.code), "success")
    return redirect(back)


@dataclass
class BulkFilter:
    """What a bulk assignment takes: campaign (None: any), field, unit subtree and status (None: any)."""

    campaign_id: int | None
    field_id: int | None
    unit: Unit
    status: str | None


def _bulk_filter(council: Council, units: list[Unit]) -> BulkFilter:
    """Read the filter from the query string; anything unknown falls back to the council's own scope."""
    campaign_arg = request.args.get("campaign", "")
    campaign_id = None if campaign_arg == "all" else id_arg(request.args, "campaign", council.campaign_id)
    unit_id = id_arg(request.args, "unit", council.unit_id)
    unit = next((unit for unit in units if unit.id == unit_id), council.unit)
    status = request.args.get("status", service.ASSIGNABLE_STATES[0])
    return BulkFilter(campaign_id, id_arg(request.args, "field"), unit,
                      status if status in STATES else None)


def _candidates(chosen: BulkFilter) -> list[tuple[Initiative, int | None, str | None]]:
    """Return (initiative, current council id, its name) for every initiative the filter selects."""
    other = aliased(Council)
    query = (select(Initiative, CouncilAssignment.council_id, other.name)
             .join(Unit, Unit.id == Initiative.unit_id)
             .outerjoin(CouncilAssignment, CouncilAssignment.initiative_id == Initiative.id)
             .outerjoin(other, other.id == CouncilAssignment.council_id)
             .where(managed_units_filter(current_user), Unit.path.startswith(chosen.unit.path, autoescape=True))
             .order_by(Initiative.code).limit(MAX_BULK + 1))
    if chosen.campaign_id is not None:
        query = query.where(Initiative.campaign_id == chosen.campaign_id)
    if chosen.field_id is not None:
        query = query.where(Initiative.field_id == chosen.field_id)
    if chosen.status is not None:
        query = query.where(Initiative.status == chosen.status)
    return [tuple(row) for row in db.session.execute(query)]


def _held_elsewhere(council: Council, candidates: list[tuple[Initiative, int | None, str | None]]) -> dict[int, str]:
    """Say which candidates another council keeps (the service would skip them), in two queries for the page."""
    elsewhere = [initiative.id for initiative, current_id, _name in candidates
                 if current_id is not None and current_id != council.id]
    if not elsewhere:
        return {}
    scored = set(db.session.scalars(select(ScoreSheet.initiative_id).where(ScoreSheet.initiative_id.in_(elsewhere))
                                    .distinct()))
    held = {}
    for assignment in db.session.scalars(select(CouncilAssignment).where(CouncilAssignment.initiative_id.in_(elsewhere))
                                         .options(joinedload(CouncilAssignment.council).joinedload(Council.unit))):
        if not can_manage_unit(current_user, assignment.council.unit):
            held[assignment.initiative_id] = _("It is assigned to a council you do not manage.")
        elif assignment.initiative_id in scored:
            held[assignment.initiative_id] = _("Score sheets exist for this initiative: it stays with the council.")
    return held


@bp.get("/<int:council_id>/assign/bulk")
@staff_only
def bulk_preview(council_id: int):
    """Show what a bulk assignment by filter would assign and what it would skip, and why."""
    council = get_council_or_404(council_id)
    units = managed_units(current_user)
    chosen = _bulk_filter(council, units)
    candidates = _candidates(chosen)
    too_many = len(candidates) > MAX_BULK
    held = _held_elsewhere(council, candidates[:MAX_BULK])
    to_assign, skipped = [], []
    for initiative, current_id, current_name in candidates[:MAX_BULK]:
        reason = service.assignment_refusal(council, initiative)
        if reason is None and current_id == council.id:
            reason = _("It is already assigned to this council.")
        if reason is None:
            reason = held.get(initiative.id)
        if reason:
            skipped.append((initiative, reason))
        else:
            to_assign.append((initiative, current_name))
    top = min((unit.depth for unit in units), default=0)
    return render_template(
        "councils/bulk.html", council=council, chosen=chosen,
        to_assign=to_assign, skipped=skipped, too_many=too_many, max_bulk=MAX_BULK,
        campaigns=db.session.scalars(select(Campaign).order_by(Campaign.year.desc())).all(),
        fields=db.session.scalars(select(Field).order_by(Field.position, Field.name)).all(),
        units=[(unit, "— " * (unit.depth - top) + unit.name) for unit in units])


@bp.post("/<int:council_id>/assign/bulk")
@staff_only
def bulk_assign(council_id: int):
    """Assign the initiatives the staff confirmed on the preview; the service skips any no longer assignable."""
    council = get_council_or_404(council_id)
    raw_ids = request.form.getlist("initiative_id")
    ids = {int(value) for value in raw_ids[:MAX_BULK]
           if value.isascii() and value.isdigit() and len(value) <= 10 and int(value) <= MAX_DB_ID}
    if not ids:
        flash(_("Nothing to assign: preview a selection first."), "warning")
        return redirect(url_for(".bulk_preview", council_id=council.id))
    already = select(CouncilAssignment.initiative_id).where(CouncilAssignment.council_id == council.id)
    initiatives = list(db.session.scalars(
        select(Initiative).join(Unit, Unit.id == Initiative.unit_id)
        .where(Initiative.id.in_(ids), managed_units_filter(current_user), Initiative.id.not_in(already))
        .order_by(Initiative.code)))
    done, outcome = commit_or_refuse(lambda: service.assign(current_user, council, initiatives))
    if not done:
        return redirect(url_for(".detail", council_id=council.id))
    flash(_("Assigned %(assigned)d models; skipped %(skipped)d.", assigned=len(outcome.assigned),
            skipped=len(outcome.skipped)), "success" if not outcome.skipped else "warning")
    if outcome.skipped:
        named = "; ".join(f"{initiative.code}: {reason}" for initiative, reason in outcome.skipped[:SKIPS_NAMED])
        flash(_("Skipped: %(list)s", list=named), "warning")
    return redirect(url_for(".detail", council_id=council.id))


@bp.route("/<int:council_id>/assignments/<int:assignment_id>/remove", methods=["GET", "POST"])
@staff_only
def unassign(council_id: int, assignment_id: int):
    """Take an initiative back from the council, while unscored and registered, after a confirmation."""
    council, assignment = get_council_part_or_404(council_id, CouncilAssignment, assignment_id)
    code = assignment.initiative.code
    return remove_after_confirmation(
        council, _("Remove from the council"),
        _("Take %(code)s “%(title)s” back from the council “%(council)s”?", code=code,
          title=assignment.initiative.title, council=council.name),
        lambda: service.unassign(current_user, assignment),
        _("%(code)s has been taken back from the council.", code=code))
