"""URL helpers: a `next` target that can only point back into this site, and the links of a list's pages."""

from urllib.parse import urlsplit

from flask import request, url_for


def safe_next_url(target: str | None) -> str | None:
    """Return `target` if it is a local path (no scheme, no host, no `//` or `\\` trick), else None.

    A control character (CR/LF above all) makes it unsafe too: it cannot go into a Location header.
    """
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return None
    if any(ord(char) < 32 or ord(char) == 127 for char in target):
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return None
    return target


def page_url(number: int) -> str:
    """Link to page `number` of the list being shown: the same address and query, another page."""
    args = {key: value for key, value in request.args.items() if key != "page"}
    return url_for(request.endpoint, **(request.view_args or {}), **args, page=number)


def init_app(app) -> None:
    """Offer `page_url` to every template (the pagination macro calls it)."""
    app.add_template_global(page_url)
