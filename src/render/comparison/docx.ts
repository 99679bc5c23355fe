// DiffDocument → comparison.docx: the 新旧対照表 in Word, in the guideline's styles; changed
// phrases carry the character style 改正部分 (underlined). Landscape when a 備考 column is added.
import type { DiffDocument } from '../../diff/model.js';
import { comparisonRows, type CellLine } from '../../diff/table.js';
import type { DocumentMeta } from '../../model/types.js';
import { NumberingBuilder } from '../docx/numbering.js';
import { packDocx, type DocxOptions } from '../docx/render.js';
import { STYLE } from '../docx/styles.js';
import { CHAR, PAGE } from '../docx/units.js';
import { esc, para, run } from '../docx/xml.js';
import { columnLabels, type ComparisonOptions } from './html.js';

const changedRun = (text: string) =>
  `<w:r><w:rPr><w:rStyle w:val="${STYLE.changed}"/></w:rPr><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;

function cellParagraphs(lines: readonly CellLine[]): string {
  return lines
    .map((l) => {
      const content = l.segments
        .map((s) => (s.underline ? changedRun(s.text) : run(s.text)))
        .join('');
      const ind = `<w:ind w:leftChars="${(l.indent + 1) * 100}" w:left="${(l.indent + 1) * CHAR}" w:hangingChars="100" w:hanging="${CHAR}"/>`;
      return para(
        l.heading ? STYLE.comparisonHeading : STYLE.tableText,
        content,
        l.heading ? '' : ind,
      );
    })
    .join('');
}

export function renderComparisonDocx(
  diff: DiffDocument,
  meta: DocumentMeta,
  options: ComparisonOptions & DocxOptions,
): Uint8Array {
  const [newLabel, oldLabel] = columnLabels(options);
  const landscape = options.remarks ?? false;
  const width = (landscape ? PAGE.height : PAGE.width) - PAGE.left - PAGE.right;
  const cols = options.remarks
    ? [0.4, 0.4, 0.2].map((f) => Math.floor(width * f))
    : [Math.floor(width / 2), Math.floor(width / 2)];
  const rows = comparisonRows(diff, options);
  const tc = (w: number, content: string, header = false) =>
    `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${header ? '<w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/>' : ''}</w:tcPr>${content}</w:tc>`;
  const header =
    '<w:tr><w:trPr><w:tblHeader/></w:trPr>' +
    [newLabel, oldLabel, ...(options.remarks ? ['備考'] : [])]
      .map((t, i) =>
        tc(cols[i]!, para(STYLE.comparisonHeading, run(t), '<w:jc w:val="center"/>'), true),
      )
      .join('') +
    '</w:tr>';
  const body =
    para(STYLE.title, run(`${diff.title}新旧対照表`)) +
    para(STYLE.comparisonNote, run('（傍線部分は改正部分）')) +
    (rows.length === 0
      ? para(STYLE.commentaryBody, run('改正前と改正後に違いはありません。'))
      : `<w:tbl><w:tblPr><w:tblStyle w:val="${STYLE.formTable}"/><w:tblW w:w="${width}" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr>` +
        `<w:tblGrid>${cols.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
        header +
        rows
          .map(
            (r) =>
              '<w:tr>' +
              tc(cols[0]!, cellParagraphs(r.newCell)) +
              tc(cols[1]!, cellParagraphs(r.oldCell)) +
              (options.remarks ? tc(cols[2]!, para(STYLE.tableText, run(r.remark))) : '') +
              '</w:tr>',
          )
          .join('') +
        '</w:tbl>');
  return packDocx(
    { ...meta, title: `${diff.title}新旧対照表` },
    body,
    new NumberingBuilder(meta.style),
    options,
    { landscape },
  );
}
