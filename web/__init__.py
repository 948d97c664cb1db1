"""The web shell around the features: home page, menu, error pages, language switch and safe redirects."""
