"""The paperwork blueprint: issuers' admin pages, decision records and their files, certificates, /verify."""

from flask import Blueprint

bp = Blueprint("paperwork", __name__)
