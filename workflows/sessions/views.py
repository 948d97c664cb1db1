"""Session pages: a council's sessions, the session form with attendance, the session page, deleting one."""

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select

from registry.extensions import db
from registry.formfields import options
from registry.models.campaigns import EVALUATION_DELIBERATION
from web.transaction import commit_or_refuse
from workflows.councils.models import CouncilMember
from workflows.sessions import service
from workflows.sessions.blueprint import bp, get_council_for_sessions_or_404, get_session_or_404, session_people
from workflows.sessions.forms import SessionForm
from workflows.sessions.models import CouncilSession


def _prepare_form(form: SessionForm, council) -> None:
    """Offer the council's seats as chair, secretary and members present."""
    seats = [(member.id, member.user.full_name) for member in council.members]
    form.chair_id.choices = options([("", _("— choose —")), *seats])
    form.secretary_id.choices = options([("", _("— choose —")), *seats])
    form.present_ids.choices = options(seats)


def _inputs(form: SessionForm) -> service.SessionInputs:
    return service.SessionInputs(held_on=form.held_on.data, place=form.place.data or "", chair_id=form.chair_id.data,
                                 secretary_id=form.secretary_id.data, present_ids=set(form.present_ids.data or []),
                                 note=form.note.data or "")


@bp.get("/<int:council_id>/sessions")
@session_people
def council_sessions(council_id: int):
    """List a council's sessions, newest first."""
    council = get_council_for_sessions_or_404(council_id)
    sessions = db.session.scalars(select(CouncilSession).where(CouncilSession.council_id == council.id)
                                  .order_by(CouncilSession.held_on.desc(), CouncilSession.id.desc())).all()
    return render_template("sessions/index.html", council=council, sessions=sessions, mine=False)


@bp.get("/sessions")
@session_people
def mine():
    """List the sessions of the councils the user sits on, newest first."""
    sessions = db.session.scalars(
        select(CouncilSession).join(CouncilMember, CouncilMember.council_id == CouncilSession.council_id)
        .where(CouncilMember.user_id == current_user.id)
        .order_by(CouncilSession.held_on.desc(), CouncilSession.id.desc())).all()
    return render_template("sessions/index.html", council=None, sessions=sessions, mine=True)


@bp.route("/<int:council_id>/sessions/new", methods=["GET", "POST"])
@session_people
def new_session(council_id: int):
    """Hold a session of the council: date, place, chair, secretary and who is present."""
    council = get_council_for_sessions_or_404(council_id)
    form = SessionForm()
    _prepare_form(form, council)
    if request.method == "GET":
        # Everyone is usually there: the secretary unticks the absent.
        form.present_ids.data = [member.id for member in council.members]
        form.chair_id.data = next((member.id for member in council.members if member.role == "chair"), None)
        form.secretary_id.data = next((member.id for member in council.members if member.role == "secretary"), None)
    if form.validate_on_submit():
        done, session = commit_or_refuse(lambda: service.create_session(current_user, council, _inputs(form)), form)
        if done:
            flash(_("The session of %(date)s has been recorded: now set its agenda.",
                    date=session.held_on.strftime("%d/%m/%Y")), "success")
            return redirect(url_for(".detail", session_id=session.id))
    return render_template("sessions/form.html", form=form, council=council, session=None)


@bp.route("/sessions/<int:session_id>/edit", methods=["GET", "POST"])
@session_people
def edit(session_id: int):
    """Change a session's date, place, chair, secretary, attendance or note."""
    session = get_session_or_404(session_id, prepare=True)
    form = SessionForm(obj=session)
    _prepare_form(form, session.council)
    if request.method == "GET":
        form.chair_id.data, form.secretary_id.data = session.chair_member_id, session.secretary_member_id
        form.present_ids.data = [row.member_id for row in session.attendance if row.present]
    if form.validate_on_submit() and commit_or_refuse(
            lambda: service.update_session(current_user, session, _inputs(form)), form)[0]:
        flash(_("The session has been saved."), "success")
        return redirect(url_for(".detail", session_id=session.id))
    return render_template("sessions/form.html", form=form, council=session.council, session=session)


@bp.get("/sessions/<int:session_id>")
@session_people
def detail(session_id: int):
    """Show a session: when and where, who attended, its agenda, and what the user may do there."""
    session = get_session_or_404(session_id)
    seat = service.voter_seat(current_user, session)
    by_vote = session.council.campaign.evaluation_mode == EVALUATION_DELIBERATION
    return render_template("sessions/detail.html", session=session, by_vote=by_vote,
                           may_prepare=service.may_prepare(current_user, session.council),
                           open_states=set(service.OPEN_STATES),
                           may_vote=by_vote and seat is not None and service.is_present(session, seat))


@bp.route("/sessions/<int:session_id>/delete", methods=["GET", "POST"])
@session_people
def delete(session_id: int):
    """Delete a session nobody voted in, after a confirmation."""
    session = get_session_or_404(session_id, prepare=True)
    council_id = session.council_id
    if request.method == "GET":
        return render_template("sessions/confirm.html", title=_("Delete the session"),
                               message=_("Delete the session of %(date)s at %(place)s, its attendance and its agenda?",
                                         date=session.held_on.strftime("%d/%m/%Y"), place=session.place),
                               button=_("Delete the session"), back_url=url_for(".detail", session_id=session.id))
    if commit_or_refuse(lambda: service.delete_session(current_user, session))[0]:
        flash(_("The session has been deleted."), "success")
        return redirect(url_for(".council_sessions", council_id=council_id))
    return redirect(url_for(".detail", session_id=session_id))
