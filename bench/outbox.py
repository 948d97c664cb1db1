"""Benchmark: messages per second from the outbox to an aiosmtpd sink, beside raw smtplib on one connection.

The sink (aiosmtpd.handlers.Sink) runs in its own process, as a real mail server would.

Usage: .venv/bin/python bench/outbox.py [--messages 1000] [--batch-size 50] [--database-url URL]
Without --database-url it uses a temporary SQLite file (BENCH_DATABASE_URL is read too, e.g.
postgresql+psycopg://postgres@127.0.0.1:5432/dvk_outbox_bench). Prints a table, then one JSON line.
"""

import argparse
import email.policy
import json
import os
import smtplib
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from email.message import EmailMessage
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("SECRET_KEY", "bench-only")

import sqlalchemy as sa  # noqa: E402

from app import create_app  # noqa: E402
from registry.extensions import db  # noqa: E402

BODY = ("Kính gửi đồng chí Trần Thị Bình,\n\nMô hình DVK-2026-000123 “Đường hoa nông thôn mới” đã được công nhận.\n"
        * 4)
HTML = "<p>" + BODY.replace("\n", "<br>") + "</p>"
SUBJECT = "[Dân vận khéo] Đã công nhận: DVK-2026-000123 “Đường hoa nông thôn mới”"


@contextmanager
def sink_process(port: int):
    """Run aiosmtpd's Sink handler in its own process (in-process, the GIL would slow both sides)."""
    process = subprocess.Popen([sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{port}",
                                "-c", "aiosmtpd.handlers.Sink"])
    try:
        for _ in range(200):
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.05)
        yield
    finally:
        process.terminate()
        process.wait(timeout=10)


def _fresh_database(url: str) -> None:
    """Empty a PostgreSQL bench database (the migrations rebuild it)."""
    if url.startswith("postgresql"):
        engine = sa.create_engine(url)
        with engine.begin() as connection:
            connection.execute(sa.text("DROP SCHEMA public CASCADE"))
            connection.execute(sa.text("CREATE SCHEMA public"))
        engine.dispose()


def bench_outbox(app, port: int, messages: int, batch_size: int) -> float:
    """Queue `messages` rows, then time the worker sending them all; return messages per second."""
    from workflows.outbox import worker
    from workflows.outbox.models import OutboxMail

    with app.app_context():
        db.session.execute(sa.delete(OutboxMail))
        db.session.add_all(OutboxMail(message_id=f"<outbox-bench-{n}@example.vn>", event="recognized",
                                      to_address=f"officer{n}@example.vn", to_name="Trần Thị Bình", subject=SUBJECT,
                                      body_text=BODY, body_html=HTML, status="pending", attempts=0, last_error="",
                                      file_name="") for n in range(messages))
        db.session.commit()
        app.config.update(MAIL_BACKEND="smtp", MAIL_SERVER="127.0.0.1", MAIL_PORT=port, MAIL_TIMEOUT=30)
        started = time.perf_counter()
        result = worker.send_due(batch_size=batch_size, max_batches=10**6)
        elapsed = time.perf_counter() - started
        if result.sent != messages:
            raise SystemExit(f"the worker sent {result.sent} of {messages}")
    return messages / elapsed


def _raw_message(n: int) -> EmailMessage:
    message = EmailMessage()
    message["Subject"] = SUBJECT
    message["From"] = "Ban Tuyên giáo và Dân vận <dvk-registry@example.vn>"
    message["To"] = f"Trần Thị Bình <officer{n}@example.vn>"
    message["Message-ID"] = f"<raw-bench-{n}@example.vn>"
    message.set_content(BODY)
    message.add_alternative(HTML, subtype="html")
    return message


def bench_raw(port: int, messages: int, prebuilt: bool) -> float:
    """Time raw smtplib over one connection; return messages per second.

    With `prebuilt` the messages are encoded before the clock starts (the transport alone);
    without, each is built while timed, as the outbox must.
    """
    ready = [_raw_message(n).as_bytes(policy=email.policy.SMTP) for n in range(messages)] if prebuilt else []
    started = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as smtp:
        for n in range(messages):
            if prebuilt:
                smtp.sendmail("dvk-registry@example.vn", [f"officer{n}@example.vn"], ready[n])
            else:
                smtp.send_message(_raw_message(n))
    return messages / (time.perf_counter() - started)


def main() -> None:
    """Run both measurements against one sink and print the table and the JSON line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--batch-size", type=int, default=50)
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL", ""))
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="dvk-bench-outbox-"))
    url = args.database_url or f"sqlite:///{tmp / 'bench.sqlite3'}"
    _fresh_database(url)
    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "MAIL_FILE_DIR": str(tmp / "mail")})
    with app.app_context():
        from flask_migrate import upgrade

        upgrade()
    with socket.socket() as probe:  # a free port for the sink
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with sink_process(port):
        outbox_rate = bench_outbox(app, port, args.messages, args.batch_size)
        raw_rate = bench_raw(port, args.messages, prebuilt=False)
        prebuilt_rate = bench_raw(port, args.messages, prebuilt=True)
    ratio = outbox_rate / raw_rate
    database = sa.engine.make_url(url).get_backend_name()
    print(f"{'path':<42} {'messages':>9} {'msg/s':>10}")
    print(f"{'outbox worker (Flask-Mail, ' + database + ', batch ' + str(args.batch_size) + ')':<42} "
          f"{args.messages:>9} {outbox_rate:>10.0f}")
    print(f"{'raw smtplib, one connection':<42} {args.messages:>9} {raw_rate:>10.0f}")
    print(f"{'raw smtplib, one connection, prebuilt bytes':<42} {args.messages:>9} {prebuilt_rate:>10.0f}")
    print(f"{'ratio outbox / raw':<42} {'':>9} {ratio:>10.2f}")
    print(json.dumps({"benchmark": "outbox", "database": database, "messages": args.messages,
                      "batch_size": args.batch_size, "outbox_msgs_per_s": round(outbox_rate, 1),
                      "raw_smtplib_msgs_per_s": round(raw_rate, 1),
                      "raw_prebuilt_msgs_per_s": round(prebuilt_rate, 1), "ratio": round(ratio, 3)}))


if __name__ == "__main__":
    main()
