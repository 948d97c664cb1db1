"""Every XLSX the application writes opens in a real office suite with the cells that were written (#11 item 16).

LibreOffice converts each file to CSV (one `soffice` run for all of them, a few seconds); each cell of
the CSV must equal the cell written, as LibreOffice shows it (numbers, % numbers, dd/mm/yyyy dates).
"""

import csv
import io
import shutil
import subprocess
from datetime import datetime

import pytest
from openpyxl import load_workbook

from registry.roles import ROLE_STAFF, ROLE_VIEWER
from reports.tables import REPORTS
from tests.test_reports_pages import _world

pytestmark = pytest.mark.office


def _shown(cell) -> str:
    """Return a cell as LibreOffice writes it to CSV in its default (en-US) locale."""
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{value:%d/%m/%Y}"
    if "%" in cell.number_format:
        return f"{100 * value:.1f}%"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _convert(files: dict[str, bytes], folder) -> dict[str, list[list[str]]]:
    """Convert every file to CSV (UTF-8) in one LibreOffice run; return each one's rows."""
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice is missing: run scripts/ensure-libreoffice.sh"
    for name, data in files.items():
        (folder / f"{name}.xlsx").write_bytes(data)
    profile = (folder / "profile").as_uri()  # its own profile: parallel runs do not share one
    subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", str(folder / "csv"),
                    *(str(folder / f"{name}.xlsx") for name in files)],
                   check=True, capture_output=True, timeout=120)
    return {name: list(csv.reader(io.StringIO((folder / "csv" / f"{name}.csv").read_text("utf-8"))))
            for name in files}


def test_every_export_opens_in_libreoffice_with_the_cells_written(make, client, login, tmp_path):
    province, *_rest = _world(make)
    login(make.user(ROLE_VIEWER, unit=province))
    files = {name: client.get(f"/reports/report/{name}.xlsx").data for name in REPORTS}
    client.get("/auth/logout")
    login(make.user(ROLE_STAFF, unit=province))
    files["list"] = client.get("/initiatives/export?format=xlsx").data
    converted = _convert(files, tmp_path)
    for name, data in files.items():
        sheet = load_workbook(io.BytesIO(data)).active
        written = [[_shown(cell) for cell in row] for row in sheet.iter_rows()]
        width = max(len(row) for row in written)
        opened = [row + [""] * (width - len(row)) for row in converted[name]]
        assert opened == written, name
        assert any(row[0] == "STT" for row in opened), name
