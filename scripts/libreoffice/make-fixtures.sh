#!/usr/bin/env bash
# Files as clients send them back: builds guidelines from the bundled examples and takes each
# through LibreOffice (open, save as .docx), unchanged and after the edits clients typically make
# (an article inserted, a 号 deleted, a sentence reworded, the same edits as tracked changes: see
# test/fixtures/saved/edits.json). The results are kept in test/fixtures/saved/<example>/ beside
# the file hinagata wrote, for the reader's tests on machines without LibreOffice; CI also runs the
# same saves on a fresh build (test/e2e/client-edits-libreoffice.test.ts).
#   npm run fixtures:libreoffice        (needs soffice and a Python with uno: python3-uno)
set -euo pipefail
cd "$(dirname "$0")/../.."
python=${UNO_PYTHON:-/usr/bin/python3}
out=test/fixtures/saved
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
npm run build --silent
examples=(sample email-only)
for name in "${examples[@]}"; do
  node bin/hinagata.js build "examples/$name.yaml" -o "$work" --docs guideline --format docx >/dev/null
  mkdir -p "$out/$name"
  cp "$work/$name/guideline.docx" "$out/$name/original.docx"
done
node -e '
const fs = require("fs"), path = require("path");
const [out, jobsFile, ...examples] = process.argv.slice(1);
const { saves } = JSON.parse(fs.readFileSync(path.join(out, "edits.json"), "utf8"));
const jobs = examples.flatMap((e) => Object.entries(saves).map(([name, save]) => ({
  type: "save", ...save,
  file: path.resolve(out, e, "original.docx"), out: path.resolve(out, e, `${name}.docx`),
})));
fs.writeFileSync(jobsFile, JSON.stringify(jobs));
' "$out" "$work/jobs.json" "${examples[@]}"
"$python" scripts/libreoffice/uno_jobs.py "$work/jobs.json" "$work/results.json"
node -e '
const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
for (const x of r) { if (!x.ok) { console.error(x.error); process.exit(1); } console.log("→", x.out); }
' "$work/results.json"
