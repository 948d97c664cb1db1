"""E-mail notifications through an outbox: rows written with the change, sent later by a worker."""
