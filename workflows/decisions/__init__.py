"""Decisions of the council chair, the secretary and the steering board staff: pages over the workflow service."""
