"""Signals the registry sends so that higher features can react without the registry importing them."""

from blinker import Namespace

_signals = Namespace()

#: Sent (sender: the unit, old_path=...) after a unit's subtree moved, inside the same transaction:
#: the report summaries recount the subtree (reports.summary connects to it).
unit_moved = _signals.signal("unit-moved")
#: Sent (sender: the user) when every way in of a user must end (a password reset, a deactivation), in
#: the same transaction: the API revokes the user's tokens (api connects to it).
access_ended = _signals.signal("access-ended")
#: Sent (sender: the reorganisation event, before={unit id: its previous current unit id}) right after the
#: unit -> current-unit map changed, in the same transaction: the re-based summaries move the counts.
units_rebased = _signals.signal("units-rebased")
