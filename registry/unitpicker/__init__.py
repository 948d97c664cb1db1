"""The searchable unit picker: the units of a user's scope, served a few at a time (no page lists them all)."""
