"""A unit's own code (the key imports match by) and its official administrative code: their shape.

The administrative codes follow Quyết định 19/2025/QĐ-TTg: 2 digits for a province, 5 for a commune or
ward, never reused; districts, kept for history, had 3.
"""

import re

from flask_babel import gettext as _

CODE_RE = re.compile(r"[A-Z0-9][A-Z0-9._-]{0,31}")
ADMIN_CODE_DIGITS = {"province": 2, "district": 3, "commune": 5}


def normal_code(text: str) -> str:
    """Return a unit code as stored: trimmed, upper case ("lh-x01" is "LH-X01")."""
    return (text or "").strip().upper()


def code_problem(code: str) -> str | None:
    """Explain what is wrong with a (normalised) unit code, or return None."""
    if code and not CODE_RE.fullmatch(code):
        return _("“%(code)s” is not a valid code: capital letters, digits, “-”, “.” or “_”, at most 32.", code=code)
    return None


def admin_code_problem(text: str, level: str, pad: bool = False) -> tuple[str, str | None]:
    """Return the administrative code as stored and what is wrong with it (None when it is fine).

    With `pad` (a cell Excel holds as a number, which lost its leading zeros: 1 for "01") the code is
    padded to its level's length; typed text never is.
    """
    text = (text or "").strip()
    if not text:
        return "", None
    if not text.isdigit():
        return "", _("An administrative code is made of digits only.")
    digits = ADMIN_CODE_DIGITS.get(level)
    if pad and digits and len(text) < digits:
        text = text.zfill(digits)
    if digits and len(text) != digits:
        return text, _("The administrative code of this level has %(digits)d digits.", digits=digits)
    return text, None
