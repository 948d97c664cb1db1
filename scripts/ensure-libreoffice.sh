#!/usr/bin/env bash
# Install Debian's headless LibreOffice (Calc for the exports, Writer for the generated documents) and the tools
# that read the documents back: pdftotext (poppler-utils) and zbarimg (zbar-tools, the certificates' QR codes).
set -euo pipefail
ensure="$(dirname "$0")/ensure-debian-package.sh"
bash "$ensure" soffice libreoffice-calc-nogui "the export tests" --no-install-recommends
bash "$ensure" /usr/lib/libreoffice/program/libswlo.so libreoffice-writer-nogui "the document tests" --no-install-recommends
bash "$ensure" pdftotext poppler-utils "reading the generated PDFs back"
bash "$ensure" zbarimg zbar-tools "decoding the certificates' QR codes"
