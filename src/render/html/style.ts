// Print-ready A4 style for the guideline HTML: 明朝, 10.5pt, hanging indents in characters (em)
// matching japanese-legal-reference.md §1.8.
export const GUIDELINE_CSS = `
@page { size: A4; margin: 30mm 25mm 25mm 25mm; }
:root { color: #111; background: #fff; }
body { margin: 0; font-family: "Yu Mincho", "YuMincho", "游明朝", "Hiragino Mincho ProN", "MS Mincho", "Noto Serif JP", "Noto Serif CJK JP", serif; font-size: 10.5pt; line-height: 1.7; line-break: strict; word-break: normal; overflow-wrap: anywhere; }
main.guideline, main.commentary { max-width: 160mm; margin: 0 auto; padding: 20mm 0; }
@media print { main.guideline, main.commentary { padding: 0; max-width: none; } }
.title-block { text-align: center; margin-bottom: 2.5em; }
.title-block h1 { font-family: "Yu Gothic", "YuGothic", "游ゴシック", "Hiragino Sans", "Noto Sans JP", sans-serif; font-size: 16pt; font-weight: bold; letter-spacing: 0.1em; margin: 0 0 1em; }
.title-block .company { margin: 0; }
.title-block .dates { margin: 0.5em 0 0; text-align: right; }
section.article { margin: 0 0 1em; break-inside: auto; }
h2 { font-size: 10.5pt; font-weight: bold; margin: 1.2em 0 0.2em; break-after: avoid; }
p.paragraph { margin: 0; padding-left: 1em; text-indent: -1em; text-align: justify; }
p.paragraph .num { display: inline-block; width: 1em; margin-right: 1em; text-indent: 0; }
ol.items { list-style: none; margin: 0; padding: 0; }
ol.items li { margin: 0; text-align: justify; }
ol.items.depth-1 > li { padding-left: 2em; text-indent: -1em; }
ol.items.depth-2 > li { padding-left: 1em; text-indent: -1em; }
ol.items.depth-3 > li { padding-left: 2.5em; text-indent: -1.5em; }
ol.items .num { display: inline-block; min-width: 1em; text-indent: 0; padding-right: 1em; }
a.ref { color: inherit; text-decoration: none; }
@media screen { a.ref { border-bottom: 1px dotted #888; } .ref.broken { color: #b00; } }
section.supplementary { margin-top: 2em; }
.supplementary-text { margin: 0; padding-left: 1em; }
section.revisions table { border-collapse: collapse; width: 100%; margin-top: 0.5em; }
section.revisions th, section.revisions td { border: 1px solid #555; padding: 0.2em 0.6em; text-align: left; vertical-align: top; }
section.revisions th { background: #eee; font-weight: bold; }
`;
