// DiffDocument → comparison.html: the 新旧対照表 as a printable table, new text on the left
// (改正後), old on the right (改正前), changed phrases underlined on both sides.
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { DiffDocument } from '../../diff/model.js';
import { comparisonRows, type CellLine, type TableOptions } from '../../diff/table.js';
import { htmlPage } from '../html/render.js';

export interface ComparisonOptions extends TableOptions {
  /** Column labels: 改正後／改正前 (default) or 新／旧. */
  labels?: 'kaisei' | 'shinkyu';
  /** A third column 備考 (新設・削除・移動・条番号の変更). */
  remarks?: boolean;
}

export function columnLabels(o: ComparisonOptions): [string, string] {
  return o.labels === 'shinkyu' ? ['新', '旧'] : ['改正後', '改正前'];
}

const CSS = `
@page { size: A4; margin: 20mm 15mm; }
body { font-family: "Yu Mincho", "YuMincho", "游明朝", "Hiragino Mincho ProN", "MS Mincho", "Noto Serif JP", serif; font-size: 10pt; line-height: 1.6; color: #111; }
main { max-width: 180mm; margin: 0 auto; padding: 10mm 0; }
h1 { font-size: 14pt; text-align: center; margin: 0 0 0.3em; }
p.note { text-align: right; margin: 0 0 0.8em; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #333; padding: 0.3em 0.5em; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
th { background: #e7e6e6; text-align: center; }
td.remark { width: 18%; }
p.line { margin: 0; padding-left: calc(var(--indent, 0) * 1em + 1em); text-indent: -1em; }
p.line.heading { font-weight: bold; }
u { text-decoration: underline; text-underline-offset: 0.15em; }
`;

function cell(lines: readonly CellLine[]): ElementContent[] {
  return lines.map((l) =>
    h(
      'p',
      { className: ['line', ...(l.heading ? ['heading'] : [])], style: `--indent: ${l.indent}` },
      l.segments.map((s) =>
        s.underline ? h('u', s.text) : { type: 'text' as const, value: s.text },
      ),
    ),
  );
}

export function renderComparisonHtml(diff: DiffDocument, options: ComparisonOptions = {}): string {
  const [newLabel, oldLabel] = columnLabels(options);
  const rows = comparisonRows(diff, options);
  const body: ElementContent[] = [
    h('h1', `${diff.title}新旧対照表`),
    h('p', { className: ['note'] }, '（傍線部分は改正部分）'),
    rows.length === 0
      ? h('p', '改正前と改正後に違いはありません。')
      : h('table', [
          h(
            'thead',
            h('tr', [
              h('th', newLabel),
              h('th', oldLabel),
              ...(options.remarks ? [h('th', { className: ['remark'] }, '備考')] : []),
            ]),
          ),
          h(
            'tbody',
            rows.map((r) =>
              h('tr', { dataArticle: r.articleId }, [
                h('td', cell(r.newCell)),
                h('td', cell(r.oldCell)),
                ...(options.remarks ? [h('td', { className: ['remark'] }, r.remark)] : []),
              ]),
            ),
          ),
        ]),
  ];
  return htmlPage(
    {
      title: `${diff.title}新旧対照表`,
      company: diff.company,
      template: diff.template,
      templateVersion: '',
    },
    CSS,
    'comparison',
    body,
  );
}
