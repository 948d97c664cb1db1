"""Render a notification for one recipient: subject, plain text and HTML in their language, absolute links."""

import uuid
from dataclasses import dataclass
from urllib.parse import urlsplit

from flask import current_app, render_template
from flask_babel import force_locale
from werkzeug.routing import BuildError

from registry.models import User
from registry.models.campaigns import EVALUATION_DELIBERATION
from workflows.outbox.notifications import LINK_SHEET, NOTIFICATIONS_BY_EVENT


@dataclass(frozen=True)
class RenderedMail:
    """What a recipient reads."""

    subject: str
    text: str
    html: str
    locale: str


def recipient_locale(user: User) -> str:
    """Return the user's language if the site offers it, else the default one."""
    languages = current_app.config["LANGUAGES"]
    return user.locale if user.locale in languages else current_app.config["BABEL_DEFAULT_LOCALE"]


def base_url() -> str:
    """Return BASE_URL without a trailing slash."""
    return current_app.config["BASE_URL"].rstrip("/")


def absolute_url(endpoint: str, fallback_path: str = "/", **values) -> str:
    """Build an absolute link from BASE_URL (works outside requests); `fallback_path` if the page is absent."""
    parts = urlsplit(base_url())
    adapter = current_app.url_map.bind(parts.netloc or "localhost", script_name=parts.path or "/",
                                       url_scheme=parts.scheme or "http")
    try:
        return adapter.build(endpoint, values, force_external=True)
    except BuildError:
        return base_url() + fallback_path


def initiative_url(initiative_id: int) -> str:
    """Return the absolute link to an initiative's page."""
    return absolute_url("initiatives.detail", f"/initiatives/{initiative_id}", initiative_id=initiative_id)


def sheet_url(initiative_id: int) -> str:
    """Return the absolute link to the member's score sheet of an initiative."""
    return absolute_url("scoring.sheet", f"/scoring/initiatives/{initiative_id}", initiative_id=initiative_id)


def link_for(event: str, initiative_id: int, by_vote: bool = False) -> str:
    """Return where the mail of `event` about an initiative leads (the notification table says which page).

    A campaign that decides by vote has no score sheet: its members' links open the dossier.
    """
    if NOTIFICATIONS_BY_EVENT[event].links_to == LINK_SHEET and not by_vote:
        return sheet_url(initiative_id)
    return initiative_url(initiative_id)


def new_message_id() -> str:
    """Return a fresh, globally unique Message-ID on the host of BASE_URL."""
    host = urlsplit(base_url()).hostname or "localhost"
    return f"<outbox-{uuid.uuid4().hex}@{host}>"


#: The longest subject a mail gets, prefix included: longer ones are cut in mail clients' lists anyway.
MAX_SUBJECT = 130
ELLIPSIS = "…"


def shorten(text: str, limit: int) -> str:
    """Return `text` in at most `limit` characters, cut at a word boundary and ended with "…" when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    if limit <= len(ELLIPSIS):
        return ELLIPSIS[:max(limit, 0)]
    room = limit - len(ELLIPSIS)
    cut = text[:room + 1]
    # Cut before the word that does not fit; a single word longer than the room is cut inside it.
    boundary = cut.rfind(" ")
    kept = cut[:boundary] if boundary > 0 else text[:room]
    return kept.rstrip(" ,;:-–—“\"(") + ELLIPSIS


def subject_for(event: str, by_vote: bool = False, **values) -> str:
    """Return the prefixed subject of `event` in the current locale, at most MAX_SUBJECT characters.

    A long title is shortened first (the code and the words around it stay whole); if the rest alone is too
    long (a very long prefix), the whole subject is shortened.
    """
    prefix = current_app.config.get("MAIL_SUBJECT_PREFIX", "").strip()
    notification = NOTIFICATIONS_BY_EVENT[event]
    template = str(notification.vote_subject if by_vote and notification.vote_subject else notification.subject)

    def compose(**given) -> str:
        # A subject is one header line: no newline from a title may end up in it.
        subject = " ".join((template % given).split())
        return f"{prefix} {subject}" if prefix else subject

    subject = compose(**values)
    if len(subject) > MAX_SUBJECT and values.get("title"):
        room = MAX_SUBJECT - len(compose(**{**values, "title": ""}))
        subject = compose(**{**values, "title": shorten(str(values["title"]), room)})
    return shorten(subject, MAX_SUBJECT)


def render(event: str, user: User, subject_values: dict, **context) -> RenderedMail:
    """Render `event`'s subject and both bodies for `user`, in the user's language."""
    locale = recipient_locale(user)
    initiative = context.get("initiative")
    # A campaign deciding by the vote of a council session asks its members to vote, never to score.
    by_vote = initiative is not None and initiative.campaign.evaluation_mode == EVALUATION_DELIBERATION
    with force_locale(locale):
        subject = subject_for(event, by_vote=by_vote, **subject_values)
        context = {"recipient": user, "base_url": base_url(), "home_url": absolute_url("main.home"),
                   "preferences_url": absolute_url("outbox.preferences", "/account/notifications"),
                   "steering_body": current_app.config["STEERING_BODY_NAME"], "locale": locale,
                   "subject": subject, "by_vote": by_vote, **context}
        text_template, html_template = NOTIFICATIONS_BY_EVENT[event].templates
        return RenderedMail(
            subject=subject,
            text=render_template(text_template, **context),
            html=render_template(html_template, **context),
            locale=locale,
        )
