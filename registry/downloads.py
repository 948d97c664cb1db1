"""Downloads of lists and reports: the formats offered and the one response that sends a file of either."""

from collections.abc import Callable, Iterator
from typing import IO

from flask import Response, stream_with_context

#: The formats a list or a report is offered in, with their media types.
EXPORT_TYPES = {"csv": "text/csv; charset=utf-8",
                "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def file_chunks(handle, size: int = 64 * 1024) -> Iterator[bytes]:
    """Yield the bytes of `handle` in chunks, then close it."""
    try:
        while chunk := handle.read(size):
            yield chunk
    finally:
        handle.close()


def download(kind: str, filename: str, csv_chunks: Callable[[], Iterator[str]],
             xlsx_file: Callable[[], IO[bytes]]) -> Response:
    """Send `filename` as CSV (streamed while it is written) or as XLSX (built first, then sent in chunks)."""
    headers = {"Content-Disposition": f'attachment; filename="{filename}"'}
    body = stream_with_context(csv_chunks()) if kind == "csv" else file_chunks(xlsx_file())
    return Response(body, mimetype=EXPORT_TYPES[kind], headers=headers)
