"""PDF by converting the .docx with LibreOffice (soffice --headless), in a temporary directory, with a timeout."""

import shutil
import subprocess  # noqa: S404  (a fixed program, arguments we build, no shell)
import tempfile
from pathlib import Path

#: A 500-page certificate file takes LibreOffice well under this on one core.
TIMEOUT_SECONDS = 180


class PdfUnavailable(Exception):
    """LibreOffice is not installed, or it failed or ran out of time."""


def soffice() -> str | None:
    """Return the path of LibreOffice's soffice, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def docx_to_pdf(docx: bytes, timeout: float = TIMEOUT_SECONDS) -> bytes:
    """Convert a .docx file to PDF.

    Each conversion gets its own LibreOffice profile, so that two conversions at once do not wait on
    each other's lock. :raise PdfUnavailable: when soffice is missing, fails or takes longer than `timeout`.
    """
    program = soffice()
    if program is None:
        raise PdfUnavailable("soffice is not installed")
    with tempfile.TemporaryDirectory(prefix="dvk-pdf-") as folder:
        work = Path(folder)
        source = work / "document.docx"
        source.write_bytes(docx)
        command = [program, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless", "--norestore",
                   "--convert-to", "pdf", "--outdir", str(work), str(source)]
        try:
            subprocess.run(command, check=True, timeout=timeout, capture_output=True)  # noqa: S603
        except (subprocess.SubprocessError, OSError) as error:
            raise PdfUnavailable(str(error)) from error
        result = work / "document.pdf"
        if not result.exists():
            raise PdfUnavailable("soffice wrote no PDF")
        return result.read_bytes()
