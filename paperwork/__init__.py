"""Paperwork: issuers, their registers of numbers, decisions as records, the documents and certificates."""
