"""Counts, charts and exports for the steering board, kept fast by exact summary tables."""
