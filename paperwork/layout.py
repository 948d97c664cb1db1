"""The layout helpers every document uses: A4 pages, Times New Roman, the header of each issuer kind,
titles, grounds, articles, the recipients and signature block, tables without borders.

A new kind of document is one small module of `paperwork.documents` that turns its data into paragraphs
through these helpers (the minutes and the summary of a session are too). The wording printed on documents is
Vietnamese by law (Nghị định 30/2020/NĐ-CP, Hướng dẫn 36-HD/VPTW), whatever the interface language.
"""

import io
from datetime import date

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tbl
from docx.shared import Cm, Mm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

from paperwork.models import Issuer
from paperwork.numbering import number_line

FONT = "Times New Roman"
BODY_SIZE = 14
CENTER, LEFT, RIGHT, JUSTIFY = (WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.RIGHT,
                               WD_ALIGN_PARAGRAPH.JUSTIFY)
NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM"


def new_document(landscape: bool = False):
    """Return an empty A4 document (portrait by Nghị định 30's margins, or landscape for certificates)."""
    document = Document()
    section = document.sections[0]
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
        section.top_margin = section.bottom_margin = section.left_margin = section.right_margin = Mm(15)
    else:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(20), Mm(20)
        section.left_margin, section.right_margin = Mm(30), Mm(15)
    style = document.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(BODY_SIZE)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)
    style.paragraph_format.space_after = Pt(0)
    style.paragraph_format.space_before = Pt(0)
    return document


def to_bytes(document) -> bytes:
    """Return the .docx file of `document`."""
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def text_width(document) -> int:
    """Return the width between the margins of the document's section (in EMU)."""
    section = document.sections[-1]
    return section.page_width - section.left_margin - section.right_margin


def _append(document, element) -> None:
    """Append a block to the document's body, before its closing section properties.

    python-docx finds that closing element by scanning the body's children on every paragraph it adds:
    quadratic over a 500-page file of certificates. The section properties are the body's last child.
    """
    body = document.element.body
    last = body[-1] if len(body) else None
    if last is not None and last.tag == qn("w:sectPr"):
        last.addprevious(element)
    else:
        body.append(element)


def paragraph_in(container):
    """Add an empty paragraph to `container` (a document, in constant time, or a table cell); return it."""
    if isinstance(container, DocumentObject):
        element = container.element.body._new_p()
        _append(container, element)
        return Paragraph(element, container._body)
    return container.add_paragraph()


def table_in(document, rows: int, cols: int):
    """Add a table of `rows` × `cols` as wide as the text, in constant time; return it."""
    element = CT_Tbl.new_tbl(rows, cols, text_width(document))
    _append(document, element)
    return Table(element, document._body)


def line(container, text: str = "", size: float = BODY_SIZE, bold: bool = False, italic: bool = False,
         underline: bool = False, align=CENTER, before: float = 0, after: float = 0, color: RGBColor | None = None):
    """Add one paragraph of a single run to `container` (a document or a table cell); return it."""
    paragraph = paragraph_in(container)
    paragraph.alignment = align
    paragraph.paragraph_format.space_before = Pt(before)
    paragraph.paragraph_format.space_after = Pt(after)
    if text:
        run = paragraph.add_run(text)
        run.font.size = Pt(size)
        run.bold, run.italic, run.underline = bold, italic, underline
        if color is not None:
            run.font.color.rgb = color
    return paragraph


def rule(container, indent: float) -> None:
    """Draw the short rule under a header line: a tiny paragraph's bottom border, narrowed by `indent` cm a side.

    The line is a paragraph of its own, so the text above keeps the cell's whole width.
    """
    paragraph = line(container, size=2)
    paragraph.paragraph_format.left_indent = Cm(indent)
    paragraph.paragraph_format.right_indent = Cm(indent)
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    border.append(bottom)
    paragraph._p.get_or_add_pPr().append(border)


def borderless_table(document, widths_cm: list[float]):
    """Add a one-row table without borders whose columns are `widths_cm` wide; return its cells."""
    table = table_in(document, 1, len(widths_cm))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, cell, width in zip(table.columns, table.rows[0].cells, widths_cm, strict=True):
        column.width = cell.width = Cm(width)  # LibreOffice reads the grid, Word the cells
        cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)  # the cell's lines are added after
    return table.rows[0].cells


def date_line(place: str, day: date) -> str:
    """Write "Lam Hồng, ngày 05 tháng 01 năm 2026": a zero before days under 10 and months under 3."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"


def short_date(day: date) -> str:
    """Write a date as dd/mm/yyyy."""
    return day.strftime("%d/%m/%Y")


def header(document, issuer: Issuer, number_text: str | None, day: date | None) -> None:
    """Add the two-column header of the issuer's kind: the body and the number left, the motto and date right."""
    left, right = borderless_table(document, [6.5, 10.0])
    upper = issuer.name.upper()
    if issuer.kind == "party":
        line(left, issuer.parent_body.upper())
        line(left, upper, bold=True)
        line(left, "*")
        right_first = line(right, PARTY, size=15, bold=True, underline=True)
        right_first.paragraph_format.space_after = Pt(6)
    else:
        if issuer.parent_body:
            line(left, issuer.parent_body.upper(), size=13)
        line(left, upper, size=13, bold=True)
        rule(left, 2.1)
        line(right, NATION, size=12.5, bold=True)
        line(right, MOTTO, size=13.5, bold=True)
        rule(right, 1.9)
    if number_text is not None:
        line(left, number_line(issuer, number_text), size=13, before=4)
    if day is not None:
        line(right, date_line(issuer.place_name, day), size=13, italic=True, before=6)


def title(document, heading: str, summary: str, authority: str | None = None) -> None:
    """Add the document's name in capitals, its summary line, and the authority that decides."""
    line(document, heading, bold=True, before=18)
    line(document, summary, bold=True)
    if authority:
        line(document, authority, bold=True, before=12, after=6)


def body(document, text: str, italic: bool = False, bold_lead: str = "", before: float = 3):
    """Add a justified body paragraph with a first-line indent (a bold lead such as "Điều 1." when given)."""
    paragraph = paragraph_in(document)
    paragraph.alignment = JUSTIFY
    paragraph.paragraph_format.first_line_indent = Cm(1.27)
    paragraph.paragraph_format.space_before = Pt(before)
    paragraph.paragraph_format.line_spacing = 1.15
    if bold_lead:
        lead = paragraph.add_run(bold_lead + " ")
        lead.bold = True
    run = paragraph.add_run(text)
    run.italic = italic
    return paragraph


def signature(document, issuer: Issuer, recipients: list[str] | None) -> None:
    """Add the recipients ("Nơi nhận:") left and the signer's block right."""
    left, right = borderless_table(document, [7.0, 9.5])
    if recipients is not None:
        line(left, "Nơi nhận:", size=12, bold=True, italic=True, align=LEFT, before=12)
        for recipient in recipients:
            line(left, f"- {recipient}", size=11, align=LEFT)
    if issuer.signer_prefix:
        line(right, issuer.signer_prefix.upper(), bold=True, before=12)
    line(right, issuer.signer_title.upper(), bold=True, before=0 if issuer.signer_prefix else 12)
    line(right, "", after=60)  # the room for the signature and the stamp
    line(right, issuer.signer_name, bold=True)


def page_break(document) -> None:
    """Start a new page."""
    paragraph_in(document).add_run().add_break(WD_BREAK.PAGE)


def grid_table(document, headings: list[str], widths_cm: list[float]):
    """Add a bordered table with a bold heading row repeated on every page; return it."""
    table = table_in(document, 1, len(headings))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    row = table.rows[0]
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(repeat)
    for column, cell, heading, width in zip(table.columns, row.cells, headings, widths_cm, strict=True):
        column.width = cell.width = Cm(width)
        paragraph = cell.paragraphs[0]
        paragraph.alignment = CENTER
        run = paragraph.add_run(heading)
        run.bold = True
        run.font.size = Pt(13)
    return table


def add_row(table, texts: list[str], aligns: list, size: float = 13, bold: bool = False) -> None:
    """Add a row of single-paragraph cells to a grid table."""
    cells = table.add_row().cells
    for cell, text, align in zip(cells, texts, aligns, strict=True):
        paragraph = cell.paragraphs[0]
        paragraph.alignment = align
        run = paragraph.add_run(text)
        run.font.size = Pt(size)
        run.bold = bold


def merged_row(table, text: str, size: float = 13) -> None:
    """Add a row spanning the whole table, in bold: the part headings "I. TẬP THỂ", "II. CÁ NHÂN"."""
    row = table.add_row()
    cell = row.cells[0].merge(row.cells[-1])
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    run.font.size = Pt(size)
