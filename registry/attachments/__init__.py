"""Evidence files (minh chứng) of an initiative: kind detection, storage and pages."""
