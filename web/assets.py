"""Light pages on a phone: compressed answers, and static files under versioned URLs cached for a year.

- Every static URL (`url_for("static", ...)`, and Bootstrap-Flask's `url_for("bootstrap.static", ...)` behind
  `bootstrap.load_css()` / `load_js()`) carries `?v=<hash of the file's content>`. Asked with the current hash,
  the file is sent with `Cache-Control: public, max-age=31536000, immutable`: a browser keeps it for a year
  without asking again, and a changed file has a new hash, so a new URL. Without the hash (or with an old
  one) it is cached briefly, so a stale link still gets the new file soon.
- Static text files (CSS, JS, SVG) are compressed once per content, at the strongest levels (brotli 11,
  gzip 9), and kept in memory: each answer only picks the variant the browser accepts.
- Pages and API answers (HTML, JSON) are compressed per answer by Flask-Compress (pinned in
  requirements.txt): zstd, brotli or gzip, as the browser accepts. Files sent from disk (evidence files,
  exports' .eml) go as they are: most are already compressed (xlsx, docx, pdf, images) and they answer
  byte ranges, which a compressed body would break.
- Only what a page uses: base.html loads Bootstrap's JS (with Popper) where something needs it — the menu of
  every signed-in page, a message's close button; an anonymous page using a Bootstrap component sets
  `{% set needs_bootstrap_js = true %}`. Page scripts come through `{% block scripts %}`, the reports' CSS
  through `{% block styles %}` of the report pages. Figures and reasons: bench/README.md.
"""

import gzip
import hashlib
import mimetypes
import os
from dataclasses import dataclass, field
from pathlib import Path

import brotli
from flask import Flask, abort, current_app, request, send_file
from flask.sessions import SecureCookieSessionInterface
from flask_compress import Compress
from werkzeug.security import safe_join

#: The endpoints that serve static files: the app's own, and Bootstrap-Flask's local copy of Bootstrap.
STATIC_ENDPOINTS = ("static", "bootstrap.static")
#: A versioned URL names one content for ever.
IMMUTABLE = "public, max-age=31536000, immutable"
#: An unversioned (or outdated) URL: cached a few minutes, so a changed file reaches browsers soon.
SHORT_CACHE = "public, max-age=300"
#: What is worth compressing among the static files (images, fonts and archives already are compressed).
COMPRESSIBLE_STATIC = {"text/css", "text/javascript", "application/javascript", "image/svg+xml",
                       "application/json", "text/plain"}
#: Above this size a static file is sent from disk as it is, not held in memory (nothing the pages use is).
MAX_IN_MEMORY = 1024 * 1024
#: What Flask-Compress compresses among the app's own answers.
COMPRESSED_ANSWERS = ["text/html", "text/css", "text/javascript", "application/javascript", "application/json",
                      "application/problem+json", "image/svg+xml"]
#: Encodings of the static files, the preferred first when the browser accepts several equally.
STATIC_ENCODINGS = ["br", "gzip"]


@dataclass
class StaticFile:
    """One static file as it is on disk now: its hash, and its compressed forms once asked for."""

    path: Path
    stamp: tuple[int, int]
    digest: str
    mimetype: str
    encoded: dict[str, bytes] = field(default_factory=dict)

    @property
    def compressible(self) -> bool:
        """Whether the file is text worth compressing, small enough to keep in memory."""
        return self.mimetype in COMPRESSIBLE_STATIC and self.stamp[1] <= MAX_IN_MEMORY

    def body(self, encoding: str) -> bytes:
        """The file's content in `encoding` ("br" or "gzip"), compressed on the first call only."""
        if encoding not in self.encoded:
            data = self.path.read_bytes()
            # Two threads may compress the same file at once: both get the same bytes, one is kept. No lock.
            if encoding == "br":
                self.encoded[encoding] = brotli.compress(data, quality=11)
            else:
                self.encoded[encoding] = gzip.compress(data, compresslevel=9, mtime=0)
        return self.encoded[encoding]


#: Every static file looked up so far, by absolute path; re-read only when its size or time changes.
_files: dict[str, StaticFile] = {}


def static_file(endpoint: str, filename: str) -> StaticFile | None:
    """The file `filename` of the static endpoint `endpoint`, or None when there is no such file."""
    app = current_app
    folder = app.static_folder if endpoint == "static" else app.blueprints[endpoint.rsplit(".", 1)[0]].static_folder
    joined = safe_join(folder, filename) if folder else None
    if joined is None:
        return None
    try:
        status = os.stat(joined)
    except OSError:
        return None
    if not os.path.isfile(joined):
        return None
    stamp = (status.st_mtime_ns, status.st_size)
    known = _files.get(joined)
    if known is None or known.stamp != stamp:
        path = Path(joined)
        mimetype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        known = StaticFile(path, stamp, hashlib.sha256(path.read_bytes()).hexdigest()[:12], mimetype)
        _files[joined] = known
    return known


def add_version(endpoint: str, values: dict) -> None:
    """Give a static file's URL its content hash (`?v=`), the key to its year-long cache."""
    if endpoint in STATIC_ENDPOINTS and "filename" in values and "v" not in values:
        found = static_file(endpoint, values["filename"])
        if found is not None:
            values["v"] = found.digest


def static_view(endpoint: str):
    """The view serving the files of `endpoint`: versioned, cached, compressed."""

    def serve(filename: str):
        """Send one static file, compressed when the browser accepts it, cached by its URL's version."""
        found = static_file(endpoint, filename)
        if found is None:
            abort(404)
        encoding = request.accept_encodings.best_match(STATIC_ENCODINGS) if found.compressible else None
        if encoding:
            response = current_app.response_class(found.body(encoding), mimetype=found.mimetype)
            response.headers["Content-Encoding"] = encoding
            response.set_etag(f"{found.digest}-{encoding}")
            response.last_modified = found.stamp[0] / 1e9
            response.make_conditional(request)
        else:
            response = send_file(found.path, mimetype=found.mimetype, conditional=True, etag=found.digest)
        if found.compressible:
            response.vary.add("Accept-Encoding")
        response.headers["Cache-Control"] = IMMUTABLE if request.args.get("v") == found.digest else SHORT_CACHE
        return response

    serve.__name__ = f"serve_{endpoint.replace('.', '_')}"
    return serve


class SessionUntouchedByStaticFiles(SecureCookieSessionInterface):
    """The cookie session, not saved on a static file's answer.

    Flask marks the session read on every request (Flask-Login looks at it after each one) and then sends
    `Vary: Cookie`; on a static file that would tie the cached copy to the cookie of the moment, and the
    session cookie changes as the user works (its last-seen time), so the year-long cache would be lost.
    A static file never changes the session, so nothing is lost by not saving it there.
    """

    def save_session(self, app, session, response) -> None:
        """Save the session as Flask does, except on the answer of a static file."""
        if request.endpoint in STATIC_ENDPOINTS:
            return
        super().save_session(app, session, response)


def init_app(app: Flask) -> None:
    """Version and cache the static files of `app` (after Bootstrap-Flask is bound), compress its answers."""
    app.url_defaults(add_version)
    if type(app.session_interface) is SecureCookieSessionInterface:
        app.session_interface = SessionUntouchedByStaticFiles()
    for endpoint in STATIC_ENDPOINTS:
        if endpoint in app.view_functions:
            app.view_functions[endpoint] = static_view(endpoint)
    app.config.setdefault("COMPRESS_MIMETYPES", COMPRESSED_ANSWERS)
    # Brotli 5, else gzip 6. On the demo's list page (58.2 KB of HTML): brotli 5 7.0 KB in 1.5 ms, gzip 6
    # 7.9 KB in 1.6 ms, brotli 4 8.0 KB in 1.1 ms, zstd 3 (Flask-Compress's first choice) 8.4 KB in 0.3 ms.
    # A phone's bytes count more than a millisecond of the server's: zstd is offered last.
    app.config.setdefault("COMPRESS_ALGORITHM", ["br", "gzip", "zstd"])
    app.config.setdefault("COMPRESS_BR_LEVEL", 5)
    app.config["COMPRESS_REGISTER"] = False  # registered below, to leave files sent from disk alone
    compressor = Compress(app)
    app.extensions["compress"] = compressor

    @app.after_request
    def compress_answer(response):
        """Compress a page or an API answer the browser accepts compressed (not a file sent from disk)."""
        if response.direct_passthrough:
            return response
        return compressor.after_request(response)
