// RecordForm → record-form.docx: one table on a 12-column grid, to print or fill in Word.
import type { RecordForm } from '../../record-form/form.js';
import type { DocumentMeta } from '../../model/types.js';
import { NumberingBuilder } from '../docx/numbering.js';
import { packDocx, type DocxOptions } from '../docx/render.js';
import { STYLE } from '../docx/styles.js';
import { PAGE } from '../docx/units.js';
import { para, run } from '../docx/xml.js';

/** Height of one writing line in a cell (twips). */
const LINE = 320;

export function renderRecordFormDocx(
  form: RecordForm,
  meta: DocumentMeta,
  options: DocxOptions,
): Uint8Array {
  const width = PAGE.width - PAGE.left - PAGE.right;
  const col = Math.floor(width / 12);
  const grid = Array.from({ length: 12 }, (_, i) => (i < 11 ? col : width - col * 11));
  const rows = form.rows
    .map((cells) => {
      const height = Math.max(...cells.map((c) => c.lines)) * LINE;
      const tcs = cells
        .map((c) => {
          const w = col * c.span;
          const shade = c.head ? '<w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/>' : '';
          const text = c.text ? run(`\u3000${c.text}`) : '';
          return (
            `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${c.span > 1 ? `<w:gridSpan w:val="${c.span}"/>` : ''}${shade}</w:tcPr>` +
            para(STYLE.formLabel, run(c.label) + text) +
            '</w:tc>'
          );
        })
        .join('');
      return `<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="${height}" w:hRule="exact"/></w:trPr>${tcs}</w:tr>`;
    })
    .join('');
  const body =
    para(STYLE.title, run(form.title)) +
    para(STYLE.dates, run(`${form.company}\u3000${form.desk}`)) +
    `<w:tbl><w:tblPr><w:tblStyle w:val="${STYLE.formTable}"/><w:tblW w:w="${width}" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr>` +
    `<w:tblGrid>${grid.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows}</w:tbl>` +
    para(STYLE.formNote, run(form.note));
  return packDocx(
    { ...meta, title: `${meta.title} ${form.title}` },
    body,
    new NumberingBuilder(meta.style),
    options,
  );
}
