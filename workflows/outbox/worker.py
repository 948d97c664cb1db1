"""The outbox worker: send due rows in batches through Flask-Mail (or to .eml files), retry with back-off.

PostgreSQL: each batch is claimed with SELECT … FOR UPDATE SKIP LOCKED, so any number of workers may run
and none sends a row another has claimed. SQLite has no row locks: there, exactly one worker may run,
which `worker_lock()` enforces with a lock file (a second `flask outbox run` refuses to start).
The worker owns its transactions (like a CLI command): one commit per batch.
"""

import fcntl
import os
import smtplib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import parseaddr
from pathlib import Path

from flask import current_app
from flask_mail import BadHeaderError, Connection, Message
from sqlalchemy import select

from registry.extensions import db, mail
from registry.models.base import utcnow
from workflows.outbox.models import OutboxMail

#: Never wait longer than this between two attempts, however many failed.
MAX_BACKOFF = timedelta(hours=6)


class WorkerBusy(RuntimeError):
    """Another worker holds the single-worker lock (SQLite)."""


@dataclass
class BatchResult:
    """What one batch did."""

    sent: int = 0
    retrying: int = 0
    failed: int = 0

    @property
    def handled(self) -> int:
        """Return how many rows the batch touched."""
        return self.sent + self.retrying + self.failed


def several_workers_supported() -> bool:
    """Tell whether the database lets several workers run at once (row locks with SKIP LOCKED)."""
    return db.engine.dialect.name == "postgresql"


@contextmanager
def worker_lock() -> Iterator[None]:
    """Hold the single-worker lock on SQLite (a no-op on PostgreSQL).

    :raise WorkerBusy: when another worker holds it.
    """
    if several_workers_supported():
        yield
        return
    path = Path(current_app.instance_path) / "outbox-worker.lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(path, "a")  # noqa: SIM115  (kept open while the lock is held)
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as error:
            raise WorkerBusy("another outbox worker is running; on SQLite only one may run") from error
        yield
    finally:
        handle.close()


def backoff(attempts: int) -> timedelta:
    """Return the wait after the `attempts`-th failed attempt: OUTBOX_RETRY_SECONDS doubled each time."""
    base = current_app.config["OUTBOX_RETRY_SECONDS"]
    return min(timedelta(seconds=base * 2 ** max(attempts - 1, 0)), MAX_BACKOFF)


def claim_due(batch_size: int, now: datetime | None = None) -> list[OutboxMail]:
    """Return (and lock, on PostgreSQL) up to `batch_size` pending rows whose time has come."""
    query = (select(OutboxMail)
             .where(OutboxMail.status == "pending", OutboxMail.next_attempt_at <= (now or utcnow()))
             .order_by(OutboxMail.next_attempt_at, OutboxMail.id).limit(batch_size))
    if several_workers_supported():
        query = query.with_for_update(skip_locked=True)
    return list(db.session.scalars(query))


def _sender() -> tuple[str, str]:
    """Return the From name and address: MAIL_DEFAULT_SENDER, named after the steering body if unnamed."""
    name, address = parseaddr(current_app.config["MAIL_DEFAULT_SENDER"] or "dvk-registry@localhost")
    return name or current_app.config["STEERING_BODY_NAME"], address


def build_message(row: OutboxMail) -> Message:
    """Build the Flask-Mail message of a row, keeping the row's Message-ID."""
    message = Message(subject=row.subject, recipients=[(row.to_name, row.to_address)], body=row.body_text,
                      html=row.body_html, sender=_sender(),
                      extra_headers={"Auto-Submitted": "auto-generated", "X-DVK-Event": row.event})
    message.msgId = row.message_id
    return message


class _SmtpConnection(Connection):
    """Flask-Mail's connection with a timeout, so a hanging server cannot stall the worker."""

    def configure_host(self) -> smtplib.SMTP:
        timeout = current_app.config.get("MAIL_TIMEOUT", 30)
        smtp_class = smtplib.SMTP_SSL if self.mail.use_ssl else smtplib.SMTP
        host = smtp_class(self.mail.server, self.mail.port, timeout=timeout)
        if self.mail.use_tls:
            host.starttls()
        if self.mail.username and self.mail.password:
            host.login(self.mail.username, self.mail.password)
        return host


class _FileConnection:
    """Write each message as an .eml file under MAIL_FILE_DIR instead of sending it."""

    def __init__(self) -> None:
        self.directory = Path(current_app.config["MAIL_FILE_DIR"])

    def __enter__(self) -> "_FileConnection":
        self.directory.mkdir(parents=True, exist_ok=True)
        return self

    def __exit__(self, *exc) -> None:
        return None

    def deliver(self, row: OutboxMail, message: Message) -> None:
        """Write the message atomically and remember the file name on the row."""
        name = f"{row.created_at:%Y%m%d-%H%M%S}-{row.id:07d}.eml"
        temporary = self.directory / f".{name}.tmp"
        temporary.write_bytes(message.as_bytes())
        os.replace(temporary, self.directory / name)
        row.file_name = name


def open_connection():
    """Return a context manager delivering mails: SMTP through Flask-Mail, or .eml files."""
    if current_app.config.get("MAIL_BACKEND", "smtp") == "file":
        return _FileConnection()
    state = mail.init_mail(current_app.config, testing=False)
    state.suppress = False  # the outbox decides where mail goes: MAIL_BACKEND, not MAIL_SUPPRESS_SEND
    return _SmtpConnection(state)


def _deliver(connection, row: OutboxMail) -> None:
    """Send one row on an open connection."""
    message = build_message(row)
    if isinstance(connection, _FileConnection):
        connection.deliver(row, message)
    else:
        connection.send(message)


def classify(error: Exception) -> tuple[bool, bool, str]:
    """Return (permanent, connection_lost, text) for a delivery error: 5xx answers are permanent."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        answers = list(error.recipients.values())
        permanent = bool(answers) and all(code >= 500 for code, _text in answers)
        return permanent, False, "; ".join(f"{code} {_decode(text)}" for code, text in answers)
    if isinstance(error, smtplib.SMTPResponseException):
        return error.smtp_code >= 500, False, f"{error.smtp_code} {_decode(error.smtp_error)}"
    if isinstance(error, BadHeaderError):
        return True, False, "bad header (a newline in a header)"
    return False, True, f"{type(error).__name__}: {error}"


def _decode(text) -> str:
    return text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)


def _record_failure(row: OutboxMail, permanent: bool, text: str, now: datetime) -> str:
    """Count a failed attempt: back off, or give up after OUTBOX_MAX_ATTEMPTS or a permanent error."""
    row.attempts += 1
    row.last_error = text[:2000]
    if permanent or row.attempts >= current_app.config["OUTBOX_MAX_ATTEMPTS"]:
        row.status = "failed"
        return "failed"
    row.next_attempt_at = now + backoff(row.attempts)
    return "retrying"


def send_batch(batch_size: int | None = None) -> BatchResult:
    """Send one batch of due rows and commit; failures are recorded on their rows, never raised."""
    batch_size = batch_size or current_app.config["OUTBOX_BATCH_SIZE"]
    now = utcnow()
    rows = claim_due(batch_size, now)
    result = BatchResult()
    if not rows:
        # The worker's delivery loop is its own transaction boundary (not web.transaction): each batch
        # commits once it is sent, so a crash never sends a mail twice nor loses what was sent.
        db.session.commit()
        return result
    outcome: dict[int, str] = {}
    try:
        with open_connection() as connection:
            for index, row in enumerate(rows):
                try:
                    _deliver(connection, row)
                except Exception as error:  # every delivery error is recorded on its row
                    permanent, lost, text = classify(error)
                    outcome[row.id] = _record_failure(row, permanent, text, now)
                    if lost:  # the connection is gone: the rest of the batch waits too
                        for later in rows[index + 1:]:
                            outcome[later.id] = _record_failure(later, False, text, now)
                        break
                    continue
                row.status, row.sent_at, row.last_error = "sent", utcnow(), ""
                row.attempts += 1
                outcome[row.id] = "sent"
    except Exception as error:  # could not connect (or the goodbye failed): unsent rows wait
        _permanent, _lost, text = classify(error)
        for row in rows:
            if row.id not in outcome:
                outcome[row.id] = _record_failure(row, False, text, now)
    db.session.commit()  # the batch's outcome, as the loop's own boundary (see above)
    for state in outcome.values():
        setattr(result, state, getattr(result, state) + 1)
    return result


def send_due(batch_size: int | None = None, max_batches: int = 1000) -> BatchResult:
    """Send batches until nothing is due (or `max_batches`); return the totals."""
    total = BatchResult()
    for _ in range(max_batches):
        result = send_batch(batch_size)
        total.sent += result.sent
        total.retrying += result.retrying
        total.failed += result.failed
        if result.handled == 0 or result.sent == 0:
            break
    return total


def resend(row: OutboxMail) -> None:
    """Put a failed (or sent) row back in the queue for an immediate attempt, keeping its Message-ID."""
    row.status = "pending"
    row.attempts = 0
    row.next_attempt_at = utcnow()
    row.last_error = ""
    db.session.flush()
