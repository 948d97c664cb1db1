"""Commands: `flask outbox run [--once]` sends the outbox; `flask reminders send` queues reminders and digests."""

import time
from datetime import date

import click
from flask import Flask, current_app
from flask.cli import AppGroup

from registry.extensions import db
from web.transaction import cli_commit
from workflows.outbox import worker
from workflows.outbox.reminders import digest_due, local_today, queue_digests, send_reminders

outbox_cli = AppGroup("outbox", help="Send the notification mails waiting in the outbox.")
reminders_cli = AppGroup("reminders", help="Queue reminder mails and daily digests.")


def _report(result: worker.BatchResult) -> str:
    return f"sent {result.sent}, retrying {result.retrying}, failed {result.failed}"


def _digests_if_due() -> None:
    """Queue today's digests once the digest hour has come (each user's digest once a day)."""
    if digest_due():
        cli_commit(lambda: queue_digests(local_today()))


@outbox_cli.command("run")
@click.option("--once", is_flag=True, help="Send what is due now, then exit.")
@click.option("--batch-size", type=click.IntRange(1, 10_000), default=None, help="Rows per batch.")
def run(once: bool, batch_size: int | None) -> None:
    """Send due mails in batches, forever (or once with --once)."""
    try:
        with worker.worker_lock():
            backend = current_app.config.get("MAIL_BACKEND")
            click.echo(f"outbox worker: backend {backend}, "
                       f"{'several workers allowed' if worker.several_workers_supported() else 'single worker'}")
            while True:
                _digests_if_due()
                result = worker.send_due(batch_size)
                if result.handled or once:
                    click.echo(_report(result))
                if once:
                    return
                db.session.remove()  # a fresh session each round: nothing stale is kept between polls
                time.sleep(current_app.config["OUTBOX_POLL_SECONDS"])
    except worker.WorkerBusy as busy:
        raise click.ClickException(str(busy)) from busy
    except KeyboardInterrupt:
        click.echo("outbox worker stopped")


@reminders_cli.command("send")
@click.option("--date", "day", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="The day to remind for (default: today, local time).")
def send(day) -> None:
    """Queue today's reminders and digests (idempotent per day: safe to run from cron again)."""
    today: date = day.date() if day else local_today()
    counts = cli_commit(lambda: send_reminders(today))
    click.echo(f"{today.isoformat()}: scoring reminders {counts.scoring}, resubmission reminders "
               f"{counts.resubmit}, digests {counts.digests}")


def init_app(app: Flask) -> None:
    """Add the commands to `flask`."""
    app.cli.add_command(outbox_cli)
    app.cli.add_command(reminders_cli)
