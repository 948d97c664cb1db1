"""Signals the registry sends so that higher features can react without the registry importing them."""

from blinker import Namespace

_signals = Namespace()

#: Sent (sender: the unit, old_path=...) after a unit's subtree moved, inside the same transaction:
#: the report summaries recount the subtree (reports.summary connects to it).
unit_moved = _signals.signal("unit-moved")
