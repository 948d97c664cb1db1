"""How an initiative moves: the state machine, its history, and (later) councils and mail."""
