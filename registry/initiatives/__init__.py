"""Registering initiatives ("mô hình"): the dossier form, the service, the list, exports and pages."""
