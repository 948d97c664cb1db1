"""Pages of the council members: the queue of score sheets, one sheet, a conflict-of-interest declaration."""

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from sqlalchemy.exc import IntegrityError
from werkzeug.wrappers import Response

from registry.deadlines import deadline_for, evaluation_closed
from registry.dossier import FIELD_LABELS
from registry.extensions import db
from registry.models import Initiative
from registry.models.deadlines import DEADLINE_EVALUATION
from registry.pagination import Page, int_arg
from registry.policy import can_view_initiative
from registry.refusals import Refused
from web.transaction import commit_or_refuse
from workflows.councils.models import LEADING_SEATS, CouncilMember
from workflows.councils.service import declare_conflict as record_conflict
from workflows.rules import evaluate
from workflows.scoring.forms import (
    RECOMMENDATION_LABELS,
    ConflictForm,
    ScoreSheetForm,
    field_name,
    input_value,
    posted_points,
    running_total,
)
from workflows.scoring.queue import SeatStanding, counted_member_ids, member_queue, past_sheets, seat_standing
from workflows.scoring.service import rubric, save_sheet, visible_sheets
from workflows.transitions import council_seat
from workflows.worklist import next_unscored

bp = Blueprint("scoring", __name__, url_prefix="/scoring")

PER_PAGE = 50
SHOW_CHOICES = ("todo", "all")


@bp.get("/")
@login_required
def queue():
    """List the initiatives the user scores, grouped by council, with their progress."""
    queues = member_queue(current_user)
    council_id = int_arg(request.args, "council", None, minimum=1)
    if council_id not in {council_queue.council.id for council_queue in queues}:
        council_id = None  # a council the user does not sit on is no filter at all
    show = request.args.get("show", "todo")
    if show not in SHOW_CHOICES:
        show = "todo"
    rows = [row for council_queue in queues if council_id in (None, council_queue.council.id)
            for row in council_queue.rows if show == "all" or row.is_todo]
    requested = int_arg(request.args, "page", 1, minimum=1)
    pages = max(1, -(-len(rows) // PER_PAGE))
    number = min(requested, pages)
    page = Page(items=rows[(number - 1) * PER_PAGE:number * PER_PAGE], page=number, per_page=PER_PAGE,
                total=len(rows))
    groups: dict[int, list] = {}
    for row in page.items:
        groups.setdefault(row.seat.council_id, []).append(row)
    return render_template("scoring/queue.html", queues=queues, page=page, groups=groups, show=show,
                           council_id=council_id, councils={q.council.id: q for q in queues})


def _initiative_and_seat(initiative_id: int) -> tuple[Initiative, CouncilMember]:
    """Load the initiative and the current user's seat on its council.

    :raise 404: when it does not exist or the user may not see it. :raise 403: when they see it without a seat.
    """
    initiative = db.session.get(Initiative, initiative_id)  # the URL converter bounds the id
    if initiative is None:
        abort(404)
    seat = council_seat(current_user, initiative)
    if seat is None:
        abort(403 if can_view_initiative(current_user, initiative) else 404)
    return initiative, seat


def _sheet_post(initiative_id: int) -> tuple[Initiative, CouncilMember, SeatStanding, Response]:
    """Load what a POST about the user's sheet needs: initiative, seat, standing and the redirect back to the sheet.

    :raise 404: when the user may not see the initiative. :raise 403: when they have no seat on its council.
    """
    initiative, seat = _initiative_and_seat(initiative_id)
    return initiative, seat, seat_standing(initiative, seat), redirect(url_for(".sheet", initiative_id=initiative.id),
                                                                        code=303)


def _endpoint_url(endpoint: str, **values) -> str | None:
    """Build a link to another area's page, or None while that page is not installed."""
    return url_for(endpoint, **values) if endpoint in current_app.view_functions else None


def _render_sheet(initiative: Initiative, seat: CouncilMember, standing: SeatStanding, *, form=None,
                  conflict_form=None, values=None, errors=None, status=200):
    """Show the dossier summary, the member's sheet, the sheets they may read and the past rounds."""
    criteria = rubric(initiative.campaign)
    sheet = standing.sheet
    stored = {score.criterion_id: score.points for score in sheet.scores} if sheet else {}
    if values is None:
        values = {criterion.code: input_value(stored.get(criterion.id)) for criterion in criteria}
    if form is None:
        form = ScoreSheetForm(formdata=None, recommendation=sheet.recommendation if sheet else "",
                              comment=sheet.comment if sheet else "")
    overseeing = seat.role in LEADING_SEATS
    readable = visible_sheets(initiative, current_user, seat)
    others = [other for other in readable if other.member_id != seat.id]
    return render_template(
        "scoring/sheet.html", initiative=initiative, seat=seat, standing=standing, criteria=criteria,
        values=values, errors=errors or {}, given=stored, total=running_total(values), form=form,
        conflict_form=conflict_form or ConflictForm(formdata=None), field_name=field_name,
        others=others, others_hidden=not overseeing and not standing.is_locked, overseeing=overseeing,
        result=evaluate(initiative) if overseeing else None, counted=counted_member_ids(initiative),
        past=past_sheets(initiative, seat), RECOMMENDATION_LABELS=RECOMMENDATION_LABELS,
        FIELD_LABELS=FIELD_LABELS, max_total=sum(criterion.max_points for criterion in criteria),
        detail_url=_endpoint_url("initiatives.detail", initiative_id=initiative.id),
        decisions_url=_endpoint_url("decisions.initiative", initiative_id=initiative.id) if overseeing else None,
        next_sheet=next_unscored(current_user, initiative),
        deadline=None if standing.is_closed else deadline_for(initiative.campaign, DEADLINE_EVALUATION,
                                                              initiative.unit),
        submit_closed=None if standing.is_closed else evaluation_closed(initiative.campaign, initiative.unit),
    ), status


@bp.get("/initiatives/<int:initiative_id>")
@login_required
def sheet(initiative_id: int):
    """Show the member's score sheet of an initiative (editable while the evaluation is open).

    :raise 404: when the user may not see the initiative. :raise 403: when they have no seat on its council.
    """
    initiative, seat = _initiative_and_seat(initiative_id)
    return _render_sheet(initiative, seat, seat_standing(initiative, seat))


def _refusal_message(standing: SeatStanding) -> str:
    """Explain why the member may not write this sheet now."""
    if standing.is_closed:
        return _("The evaluation of this model is closed: score sheets can no longer change.")
    if standing.is_locked:
        return _("This score sheet has been submitted and is locked.")
    return _("You cannot score this initiative now.")


@bp.post("/initiatives/<int:initiative_id>")
@login_required
def save(initiative_id: int):
    """Save the member's sheet as a draft, or submit and lock it ("action=submit").

    :raise 404: when the user may not see the initiative. :raise 403: when they have no seat on its council.
    """
    initiative, seat, standing, back = _sheet_post(initiative_id)
    if not standing.may_edit:
        db.session.rollback()
        flash(_refusal_message(standing), "danger")
        return back
    criteria = rubric(initiative.campaign)
    values = posted_points(request.form, criteria)
    form = ScoreSheetForm()
    submit = request.form.get("action") == "submit"
    if not form.validate():
        flash(_("Please correct the score sheet."), "danger")
        return _render_sheet(initiative, seat, standing, form=form, values=values)
    refusals: list[Refused] = []
    try:
        saved = commit_or_refuse(lambda: save_sheet(initiative, seat, values, form.recommendation.data or "",
                                                    form.comment.data or "", submit), on_refusal=refusals.append)[0]
    except IntegrityError:  # the same sheet written at once from two tabs: the first one wins
        db.session.rollback()
        flash(_("Your score sheet was changed at the same time elsewhere. Please check it and try again."),
              "warning")
        return back
    if not saved:
        if not refusals[0].fields:
            return back
        return _render_sheet(initiative, seat, seat_standing(initiative, seat), form=form, values=values,
                             errors=refusals[0].fields)
    if submit:
        flash(_("Your score sheet has been submitted. It can no longer be changed."), "success")
    else:
        flash(_("Your score sheet has been saved as a draft."), "success")
    return back


@bp.post("/initiatives/<int:initiative_id>/conflict")
@login_required
def declare_conflict(initiative_id: int):
    """Record the member's conflict of interest: from then on they do not score the initiative.

    :raise 404: when the user may not see the initiative. :raise 403: when they have no seat on its council.
    """
    initiative, seat, standing, back = _sheet_post(initiative_id)
    if standing.declaration is not None:
        flash(_("You have already declared a conflict of interest on this model."), "info")
        return back
    if not standing.may_declare_conflict:
        flash(_refusal_message(standing), "danger")
        return back
    conflict_form = ConflictForm()
    if not conflict_form.validate():
        flash(_("Please give the reason for the conflict of interest."), "danger")
        return _render_sheet(initiative, seat, standing, conflict_form=conflict_form)
    if not commit_or_refuse(lambda: record_conflict(seat, initiative, conflict_form.reason.data))[0]:
        return back
    flash(_("Your conflict of interest has been recorded: you no longer score this model."), "success")
    return back


def init_app(app) -> None:
    """Register the blueprint."""
    app.register_blueprint(bp)
