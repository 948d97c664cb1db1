"""A real SMTP server for the outbox tests: aiosmtpd on 127.0.0.1, collecting what it accepts."""

import email
import email.policy
import socket
import threading
from contextlib import contextmanager
from email.message import EmailMessage

from aiosmtpd.controller import Controller


def free_port() -> int:
    """Return a TCP port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Collector:
    """An aiosmtpd handler keeping every accepted message; it can be told to refuse with a 5xx or 4xx."""

    def __init__(self) -> None:
        self.envelopes = []
        self.rcpt_answer: str | None = None
        self.data_answer: str | None = None
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if self.rcpt_answer:
            return self.rcpt_answer
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        if self.data_answer:
            return self.data_answer
        with self.lock:
            self.envelopes.append(envelope)
        return "250 Message accepted for delivery"

    def messages(self) -> list[EmailMessage]:
        """Return the accepted messages, parsed with the modern policy (headers decoded)."""
        with self.lock:
            return [email.message_from_bytes(envelope.original_content or envelope.content,
                                             policy=email.policy.default) for envelope in self.envelopes]

    def recipients(self) -> list[str]:
        """Return every envelope recipient, one per delivery."""
        with self.lock:
            return [address for envelope in self.envelopes for address in envelope.rcpt_tos]


@contextmanager
def smtp_server(port: int | None = None, handler: Collector | None = None):
    """Run an aiosmtpd server on 127.0.0.1:`port` for the `with` block; yield its Collector."""
    handler = handler or Collector()
    controller = Controller(handler, hostname="127.0.0.1", port=port or free_port())
    controller.start()
    handler.port = controller.port
    try:
        yield handler
    finally:
        controller.stop()


@contextmanager
def mail_settings(app, **overrides):
    """Change the app's mail settings for the `with` block, then restore them."""
    saved = {key: app.config.get(key) for key in overrides}
    app.config.update(overrides)
    try:
        yield
    finally:
        app.config.update(saved)


def smtp_settings(port: int) -> dict:
    """Return the settings that point the outbox at 127.0.0.1:`port`."""
    return {"MAIL_BACKEND": "smtp", "MAIL_SERVER": "127.0.0.1", "MAIL_PORT": port, "MAIL_TIMEOUT": 5,
            "MAIL_USE_TLS": False, "MAIL_USE_SSL": False, "MAIL_USERNAME": None, "MAIL_PASSWORD": None,
            "MAIL_DEFAULT_SENDER": "dvk-registry@example.vn"}
