"""Benchmark the paperwork: a decision with a 500-row annex (.docx and PDF), 500 certificates as one PDF.

Targets of issue #12: the annex under 10 s, the certificates under 60 s. Each step prints its wall-clock
time and its CPU time (this process and LibreOffice): on the shared 2-core machine the wall clock also
counts the waits for the other jobs.

Last measured (2026-12-02, LibreOffice 7.4 headless, shared 2-core VM, load average 7.6): the decision with a
500-row annex 0.90 s .docx + 4.12 s PDF = 5.0 s wall (2.2 s CPU); 500 certificates 11.4 s .docx + 14.2 s one
PDF of 1.1 MB = 25.6 s wall (12.2 s CPU). Before the certificates' pages were made constant-time (python-docx
scans the whole body on each paragraph and each picture id, and segno tried eight QR masks), the same 500
certificates took 51.7 s for the .docx alone. The records are built in memory
(no database): what is measured is the document code and LibreOffice's conversion, which is where the
time goes. Run `python bench/paperwork.py [rows]`; prints one line per step, then one JSON line.
"""

import json
import os
import resource
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("SECRET_KEY", "bench-only")

from paperwork.documents import certificate as certificate_document  # noqa: E402
from paperwork.documents import decision as decision_document  # noqa: E402
from paperwork.models import Certificate, Decision, Issuer, Register  # noqa: E402
from paperwork.pdf import docx_to_pdf  # noqa: E402
from registry.models import Campaign, Field, Initiative, Unit  # noqa: E402

DAY = date(2026, 10, 15)
#: CPU seconds per step, by label, filled by _timed.
CPU_SECONDS: dict[str, float] = {}


def _records(rows: int) -> tuple[Decision, list[Initiative]]:
    """A party issuer's recognition decision over `rows` initiatives, a tenth of them by individuals."""
    issuer = Issuer(name="Ban Tuyên giáo và Dân vận Tỉnh ủy", parent_body="Tỉnh ủy Lam Hồng", short_code="BTGDVTU",
                    kind="party", place_name="Lam Hồng", numbering_period="term", signer_prefix="",
                    signer_title="Trưởng ban", signer_name="Nguyễn Văn An", valid_from=date(2025, 3, 1))
    campaign = Campaign(name="Dân vận khéo 2026", year=2026)
    names = ("Kinh tế", "Văn hóa - xã hội", "Quốc phòng - an ninh", "Xây dựng hệ thống chính trị")
    fields = [Field(name=name, code=f"F{i}") for i, name in enumerate(names)]
    units = [Unit(name=f"Hội Nông dân xã An Bình {i}") for i in range(40)]
    initiatives = []
    for i in range(rows):
        individual = i % 10 == 9
        initiatives.append(Initiative(
            code=f"DVK-2026-{i:06d}", title=f"Mô hình “Dân vận khéo” số {i + 1}: vận động nhân dân hiến đất làm đường",
            subject_type="individual" if individual else "collective",
            individual_name=f"Lê Văn Người Thứ {i + 1}" if individual else "", campaign=campaign,
            unit=units[i % len(units)], field=fields[i % len(fields)]))
    decision = Decision(issuer=issuer, kind="recognition", number=123, number_text="123-QĐ/BTGDVTU",
                        decision_date=DAY, issuer_name=issuer.name)
    return decision, initiatives


def _cpu() -> float:
    """CPU seconds of this process and its finished children (LibreOffice), user and system."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _timed(label: str, work):
    """Run `work`, print its wall-clock and CPU seconds (the CPU figure holds on a loaded machine)."""
    start, cpu = time.perf_counter(), _cpu()
    result = work()
    seconds, cpu_seconds = time.perf_counter() - start, _cpu() - cpu
    print(f"{label:<42} {seconds:7.2f} s wall {cpu_seconds:7.2f} s CPU")
    CPU_SECONDS[label] = round(cpu_seconds, 2)
    return result, seconds


def main(rows: int = 500) -> dict:
    """Measure and print each step; return the figures."""
    decision, initiatives = _records(rows)
    figures = {"rows": rows}
    docx, figures["annex_docx_s"] = _timed(f"decision + {rows}-row annex (.docx)", lambda: decision_document.build(
        decision_document.DecisionData(decision, initiatives)))
    _pdf, figures["annex_pdf_s"] = _timed("  … converted to PDF (LibreOffice)", lambda: docx_to_pdf(docx))
    figures["annex_total_s"] = round(figures["annex_docx_s"] + figures["annex_pdf_s"], 2)
    register = Register(doc_type="GCN", period_key="T2025-10-01", last_number=rows)
    certificates = [certificate_document.CertificateData(
        Certificate(code=f"code{i:018d}", initiative=initiative, decision=decision, register=register,
                    register_number=i + 1), f"http://127.0.0.1:5000/verify/code{i:018d}")
        for i, initiative in enumerate(initiatives)]
    many, figures["certificates_docx_s"] = _timed(f"{rows} certificates (.docx)",
                                                  lambda: certificate_document.build(certificates))
    pdf, figures["certificates_pdf_s"] = _timed("  … converted to one PDF (LibreOffice)", lambda: docx_to_pdf(many))
    figures["certificates_total_s"] = round(figures["certificates_docx_s"] + figures["certificates_pdf_s"], 2)
    figures["certificates_pdf_mb"] = round(len(pdf) / 1e6, 1)
    figures = {key: round(value, 2) if isinstance(value, float) else value for key, value in figures.items()}
    figures["cpu_s"] = CPU_SECONDS
    print(f"annex total {figures['annex_total_s']} s (target < 10 s); certificates total "
          f"{figures['certificates_total_s']} s (target < 60 s)")
    print(json.dumps(figures))
    return figures


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
