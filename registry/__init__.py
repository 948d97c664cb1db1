"""What exists in the registry: units, users and roles, fields, campaigns, initiatives, attachments."""
