"""A member's ballot at a session, the session's results, and closing the evaluation of its agenda."""

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select

from registry.deadlines import initiative_deadlines
from registry.extensions import db
from registry.models.campaigns import EVALUATION_DELIBERATION
from registry.refusals import Refused
from web.transaction import commit_or_refuse
from workflows import transitions
from workflows.councils.models import LEADING_SEATS
from workflows.machine import STATES, T
from workflows.models import MAX_COMMENT
from workflows.sessions import service
from workflows.sessions.blueprint import bp, get_session_or_404, session_people
from workflows.sessions.models import VOTE_CHOICES, SessionVote
from workflows.sessions.prefill import decision_links
from workflows.sessions.results import session_results


def _ballot_rows(session, seat):
    """Return (initiative, the member's vote of its round or None, why they may not vote or None) per agenda item."""
    initiatives = [item.initiative for item in session.agenda]
    declared = service.declared_conflicts(seat, [initiative.id for initiative in initiatives]) if seat else set()
    votes = {(vote.initiative_id, vote.round): vote for vote in (
        db.session.scalars(select(SessionVote).where(SessionVote.session_id == session.id,
                                                     SessionVote.member_id == seat.id)) if seat else [])}
    return [(initiative, votes.get((initiative.id, initiative.evaluation_round)),
             service.vote_refusal(session, seat, initiative, declared)) for initiative in initiatives]


def _read_ballots(session) -> tuple[list[service.Ballot], dict[int, str]]:
    """Read the posted votes (an item left without a choice is not voted yet); return them and per-item errors."""
    ballots, errors = [], {}
    for item in session.agenda:
        key = item.initiative_id
        choice = request.form.get(f"choice-{key}", "")
        comment = request.form.get(f"comment-{key}", "").strip()
        if not choice:
            continue
        if choice not in VOTE_CHOICES:
            errors[key] = _("Please choose agree, disagree or another opinion.")
        elif len(comment) > MAX_COMMENT:
            errors[key] = _("At most %(max)d characters.", max=MAX_COMMENT)
        else:
            ballots.append(service.Ballot(key, choice, request.form.get(f"exemplary-{key}") == "1", comment))
    return ballots, errors


@bp.route("/sessions/<int:session_id>/vote", methods=["GET", "POST"])
@session_people
def vote(session_id: int):
    """Let a member present vote đồng ý / không đồng ý / ý kiến khác on each model of the agenda, with a comment."""
    session = get_session_or_404(session_id)
    seat = service.voter_seat(current_user, session)
    errors: dict[int, str] = {}
    status = 200
    if request.method == "POST":
        ballots, errors = _read_ballots(session)
        if not ballots and not errors:
            errors[0] = _("Please choose a vote for at least one model.")
        if not errors:
            refusals: list[Refused] = []
            if commit_or_refuse(lambda: service.cast_votes(current_user, session, ballots),
                                on_refusal=refusals.append)[0]:
                flash(_("Your votes have been recorded: %(count)d models.", count=len(ballots)), "success")
                return redirect(url_for(".vote", session_id=session.id))
            status = 403 if refusals and refusals[0].reason == "right" else 400
        else:
            flash(_("Please correct the marked votes. Nothing was recorded."), "danger")
            status = 400
    rows = _ballot_rows(session, seat)
    return render_template("sessions/vote.html", session=session, seat=seat, rows=rows,
                           votable=any(refusal is None for _initiative, _vote, refusal in rows),
                           deadlines=initiative_deadlines(initiative for initiative, _vote, _refusal in rows),
                           errors=errors, posted=request.form if request.method == "POST" else {},
                           present=seat is not None and service.is_present(session, seat),
                           by_vote=session.council.campaign.evaluation_mode == EVALUATION_DELIBERATION), status


@bp.get("/sessions/<int:session_id>/results")
@session_people
def results(session_id: int):
    """Show each model of the agenda with its votes or average and the outcome, and the chair's next steps."""
    session = get_session_or_404(session_id)
    data = session_results(session)
    seat = service.voter_seat(current_user, session)
    leads = seat is not None and seat.role in LEADING_SEATS
    open_states = set(service.OPEN_STATES)
    closable = [item for item in data.items if item.status in open_states and item.result.has_quorum]
    return render_template("sessions/results.html", session=session, data=data, leads=leads, closable=closable,
                           links=decision_links(data) if leads else [],
                           documents=service.may_download_session_documents(current_user, session))


@bp.post("/sessions/<int:session_id>/close")
@session_people
def close(session_id: int):
    """Complete the evaluation of every model of the agenda whose quorum holds (chair or secretary of the council)."""
    session = get_session_or_404(session_id)
    initiatives = [item.initiative for item in session.agenda if item.initiative.status in service.OPEN_STATES]
    done, outcome = commit_or_refuse(lambda: transitions.fire_many(initiatives, T.complete_evaluation, current_user))
    if done:
        if outcome.done:
            flash(_("%(count)d models are now “%(state)s”.", count=len(outcome.done),
                    state=STATES[outcome.done[0].status]), "success")
        if outcome.refused:
            flash(_("Not closed: %(list)s", list="; ".join(
                f"{initiative.code}: {refusal.message}" for initiative, refusal in outcome.refused[:10])), "warning")
        if not initiatives:
            flash(_("No model of the agenda is still waiting for its evaluation."), "warning")
    return redirect(url_for(".results", session_id=session.id))
