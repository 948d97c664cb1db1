"""Agenda pages of a session: pick the council's models in bulk (filters, select all), take one off."""

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select

from registry.extensions import db
from registry.models import Field, Initiative, Unit
from registry.pagination import MAX_DB_ID, id_arg
from registry.text import fold
from web.transaction import commit_or_refuse
from workflows.councils.models import CouncilAssignment
from workflows.sessions import service
from workflows.sessions.blueprint import bp, get_session_or_404, session_people
from workflows.sessions.models import CouncilSession, SessionAgendaItem

#: The picker lists at most this many models; a narrower filter finds the others.
MAX_PICK = 500


def _pickable(session: CouncilSession, field_id: int | None, unit_id: int | None, text: str):
    """Return the council's models waiting for evaluation that are not on the agenda yet, filtered."""
    on_agenda = select(SessionAgendaItem.initiative_id).where(SessionAgendaItem.session_id == session.id)
    query = (select(Initiative).join(CouncilAssignment, CouncilAssignment.initiative_id == Initiative.id)
             .join(Unit, Unit.id == Initiative.unit_id)
             .where(CouncilAssignment.council_id == session.council_id, Initiative.status.in_(service.OPEN_STATES),
                    Initiative.id.not_in(on_agenda))
             .order_by(Initiative.code).limit(MAX_PICK + 1))
    if field_id is not None:
        query = query.where(Initiative.field_id == field_id)
    if unit_id is not None and (unit := db.session.get(Unit, unit_id)) is not None:
        query = query.where(Unit.path.startswith(unit.path, autoescape=True))
    if text:
        query = query.where(Initiative.search_text.contains(fold(text), autoescape=True))
    return list(db.session.scalars(query))


@bp.get("/sessions/<int:session_id>/agenda")
@session_people
def agenda(session_id: int):
    """Show the models the session could deliberate on, with filters and checkboxes to pick them in bulk."""
    session = get_session_or_404(session_id, prepare=True)
    field_id, unit_id = id_arg(request.args, "field"), id_arg(request.args, "unit")
    text = request.args.get("q", "").strip()[:100]
    found = _pickable(session, field_id, unit_id, text)
    council_unit = session.council.unit
    units = db.session.scalars(select(Unit).where(Unit.path.startswith(council_unit.path, autoescape=True))
                               .order_by(Unit.path)).all()
    return render_template(
        "sessions/agenda.html", session=session, found=found[:MAX_PICK], too_many=len(found) > MAX_PICK,
        max_pick=MAX_PICK, field_id=field_id, unit_id=unit_id, q=text,
        fields=db.session.scalars(select(Field).order_by(Field.position, Field.name)).all(),
        units=[(unit, "— " * (unit.depth - council_unit.depth) + unit.name) for unit in units])


@bp.post("/sessions/<int:session_id>/agenda")
@session_people
def add_agenda(session_id: int):
    """Put the ticked models on the agenda; any no longer eligible is skipped with its reason."""
    session = get_session_or_404(session_id, prepare=True)
    ids = {int(value) for value in request.form.getlist("initiative_id")[:MAX_PICK]
           if value.isascii() and value.isdigit() and len(value) <= 10 and int(value) <= MAX_DB_ID}
    if not ids:
        flash(_("Please tick at least one model."), "warning")
        return redirect(url_for(".agenda", session_id=session.id))
    initiatives = list(db.session.scalars(select(Initiative).where(Initiative.id.in_(ids)).order_by(Initiative.code)))
    done, outcome = commit_or_refuse(lambda: service.add_to_agenda(current_user, session, initiatives))
    if done:
        flash(_("%(count)d models put on the agenda.", count=len(outcome.added)),
              "success" if not outcome.skipped else "warning")
        if outcome.skipped:
            flash(_("Skipped: %(list)s", list="; ".join(f"{initiative.code}: {reason}"
                                                         for initiative, reason in outcome.skipped[:10])), "warning")
    return redirect(url_for(".detail", session_id=session.id))


@bp.route("/sessions/<int:session_id>/agenda/<int:item_id>/remove", methods=["GET", "POST"])
@session_people
def remove_agenda(session_id: int, item_id: int):
    """Take a model off the agenda while nobody voted on it here, after a confirmation."""
    session = get_session_or_404(session_id, prepare=True)
    item = db.session.get(SessionAgendaItem, item_id)
    if item is None or item.session_id != session.id:
        abort(404)
    back = url_for(".detail", session_id=session.id)
    code = item.initiative.code
    if request.method == "GET":
        return render_template("sessions/confirm.html", title=_("Take off the agenda"),
                               message=_("Take %(code)s “%(title)s” off the agenda of this session?", code=code,
                                         title=item.initiative.title),
                               button=_("Take off the agenda"), back_url=back)
    if commit_or_refuse(lambda: service.remove_from_agenda(current_user, session, item))[0]:
        flash(_("%(code)s has been taken off the agenda.", code=code), "success")
    return redirect(back)
