#!/usr/bin/env bash
# Opens guideline.docx files in a real word processor (LibreOffice, headless), converts them to
# PDF and renders page 1 to PNG for a person to look at. Needs `libreoffice-writer` and
# `poppler-utils` (apt-get install -y libreoffice-writer poppler-utils); not part of `npm test`.
#   scripts/check-docx-libreoffice.sh [output/sample/guideline.docx ...]
set -euo pipefail
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(output/*/guideline.docx)
out=${CHECK_DIR:-output/libreoffice-check}
mkdir -p "$out"
for f in "${files[@]}"; do
  name=$(basename "$(dirname "$f")")
  soffice --headless --convert-to pdf --outdir "$out/$name" "$f" >/dev/null 2>&1
  pdf="$out/$name/$(basename "${f%.docx}").pdf"
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  pdftoppm -r 80 -f 1 -l 1 -png "$pdf" "$out/$name/page"
  # Every 「第N条」 heading Word numbering produced, in order, must run 1..N without gaps.
  headings=$(pdftotext "$pdf" - | tr -d '\f' | LC_ALL=C.UTF-8 grep -cP '^第[0-9\x{FF10}-\x{FF19}]+条（' || true)
  echo "$f: $pages pages, $headings article headings → $out/$name/"
done
