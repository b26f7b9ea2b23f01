# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Page numbers stamped on a rendered PDF.

Odoo numbers pages in the header or footer that wkhtmltopdf renders apart
from the body (``--header-html``), which only a wkhtmltopdf built on its
patched Qt does; the one Debian and Ubuntu ship ignores them, and the
registers came out without page numbers.  So the office's long reports are
numbered afterwards, on the PDF itself (reportlab and Odoo's PDF tools, both
Odoo's own dependencies), unless the installed wkhtmltopdf prints footers."""

import functools
import io
import subprocess

from reportlab.pdfgen import canvas

from odoo.tools.pdf import PdfFileReader, PdfFileWriter

from odoo.addons.base.models.ir_actions_report import _get_wkhtmltopdf_bin


@functools.cache
def wkhtmltopdf_prints_footers():
    """Whether the installed wkhtmltopdf renders header and footer pages
    (the build on patched Qt says so in its version)."""
    try:
        result = subprocess.run(
            [_get_wkhtmltopdf_bin(), "--version"],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return "patched qt" in result.stdout.lower()


def stamp_page_numbers(pdf, label):
    """``pdf`` (bytes) with ``label % {"page": n, "pages": total}`` centred
    at the foot of every page."""
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    writer = PdfFileWriter()
    pages = reader.getNumPages()
    for number in range(pages):
        page = reader.getPage(number)
        width = float(page.mediaBox.getWidth())
        height = float(page.mediaBox.getHeight())
        stamp = io.BytesIO()
        sheet = canvas.Canvas(stamp, pagesize=(width, height))
        sheet.setFont("Helvetica", 8)
        sheet.drawCentredString(
            width / 2, 14, label % {"page": number + 1, "pages": pages}
        )
        sheet.save()
        page.mergePage(PdfFileReader(stamp).getPage(0))
        writer.addPage(page)
    result = io.BytesIO()
    writer.write(result)
    return result.getvalue()
