// RecordForm → record-form.docx: page 1 (the case sheet) is its own section with the form's narrow
// margins, page 2 (the 経過記録) the last section with the guideline's. Each page's rows are one
// table on its grid of columns (a new table where a row asks for space above it). Rows have
// 「at least」 heights, so whatever is typed in a box makes it grow instead of being cut off, and
// every line has an exact pitch, so Word and LibreOffice lay the page out as the PDF does.
import type { DocumentMeta } from '../../model/types.js';
import {
  FORM_TYPE,
  contentWidth,
  type FormCell,
  type FormPage,
  type FormRow,
  type RecordForm,
} from '../../record-form/form.js';
import { NumberingBuilder } from '../docx/numbering.js';
import { packDocx, type DocxOptions } from '../docx/render.js';
import { STYLE } from '../docx/styles.js';
import { PAGE, mm, twips } from '../docx/units.js';
import { esc, para, run } from '../docx/xml.js';

const CAPTION_FILL = 'F2F2F2';
const HEADING_FILL = 'E7E6E6';

/** Paragraph properties: an exact line pitch off the document grid, no spacing, alignment. */
function lineProps(pitch: number, jc: 'left' | 'center' | 'right' = 'left', extra = ''): string {
  return (
    '<w:snapToGrid w:val="0"/>' +
    `<w:spacing w:before="0" w:after="0" w:line="${twips(pitch)}" w:lineRule="exact"/>` +
    `<w:jc w:val="${jc}"/>${extra}`
  );
}

/** Runs of a text whose 「\n」 are line breaks, each run `rPr` formatted. */
function runs(text: string, rPr = ''): string {
  return text
    .split('\n')
    .map((part) =>
      part === ''
        ? ''
        : rPr
          ? `<w:r><w:rPr>${rPr}</w:rPr><w:t xml:space="preserve">${esc(part)}</w:t></w:r>`
          : run(part),
    )
    .join('<w:r><w:br/></w:r>');
}

const halfPoints = (pt: number) => `<w:sz w:val="${pt * 2}"/><w:szCs w:val="${pt * 2}"/>`;

function cellXml(cell: FormCell, width: number, page: FormPage, valign: FormRow['valign']): string {
  const fill = cell.head ? (cell.span === page.columns ? HEADING_FILL : CAPTION_FILL) : undefined;
  const jc = cell.align ?? 'left';
  const paras: string[] = [];
  if (cell.label)
    paras.push(para(STYLE.formLabel, runs(cell.label), lineProps(FORM_TYPE.pitch, jc)));
  if (cell.hint)
    paras.push(
      para(
        STYLE.formNote,
        runs(cell.hint, halfPoints(FORM_TYPE.hint)),
        lineProps(FORM_TYPE.hintPitch, jc),
      ),
    );
  if (cell.text || paras.length === 0)
    paras.push(para(STYLE.formNote, runs(cell.text ?? ''), lineProps(FORM_TYPE.pitch, jc)));
  return (
    '<w:tc><w:tcPr>' +
    `<w:tcW w:w="${width}" w:type="dxa"/>` +
    (cell.span > 1 ? `<w:gridSpan w:val="${cell.span}"/>` : '') +
    (fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/>` : '') +
    `<w:vAlign w:val="${valign}"/>` +
    `</w:tcPr>${paras.join('')}</w:tc>`
  );
}

function tableXml(page: FormPage, rows: readonly FormRow[], grid: readonly number[]): string {
  const width = grid.reduce((a, b) => a + b, 0);
  const pad = twips(FORM_TYPE.padX);
  const padY = twips(FORM_TYPE.padY);
  const trs = rows
    .map((r) => {
      let col = 0;
      const tcs = r.cells
        .map((c) => {
          const w = grid.slice(col, col + c.span).reduce((a, b) => a + b, 0);
          col += c.span;
          return cellXml(c, w, page, r.valign);
        })
        .join('');
      return (
        `<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="${twips(r.height)}" w:hRule="atLeast"/></w:trPr>` +
        `${tcs}</w:tr>`
      );
    })
    .join('');
  return (
    `<w:tbl><w:tblPr><w:tblStyle w:val="${STYLE.formTable}"/><w:tblW w:w="${width}" w:type="dxa"/>` +
    '<w:tblLayout w:type="fixed"/>' +
    `<w:tblCellMar><w:top w:w="${padY}" w:type="dxa"/><w:left w:w="${pad}" w:type="dxa"/>` +
    `<w:bottom w:w="${padY}" w:type="dxa"/><w:right w:w="${pad}" w:type="dxa"/></w:tblCellMar>` +
    '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>' +
    `</w:tblPr><w:tblGrid>${grid.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
    `${trs}</w:tbl>`
  );
}

/** A paragraph of no text, `height` points high (between two tables, so they stay apart). */
function spacer(height: number): string {
  return para(STYLE.formNote, '', lineProps(height, 'left', `<w:rPr>${halfPoints(1)}</w:rPr>`));
}

/** Page 1's own section: its margins, no footer (the last section carries the page number). */
function sectionXml(page: FormPage): string {
  const m = page.margin;
  return (
    '<w:sectPr>' +
    `<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/>` +
    `<w:pgMar w:top="${mm(m.top)}" w:right="${mm(m.right)}" w:bottom="${mm(m.bottom)}" w:left="${mm(m.left)}" w:header="${mm(m.top / 2)}" w:footer="${mm(m.bottom / 2)}" w:gutter="0"/>` +
    '<w:cols w:space="425"/></w:sectPr>'
  );
}

function pageXml(page: FormPage, sectPr = ''): string {
  const width = mm(contentWidth(page));
  const col = Math.floor(width / page.columns);
  const grid = Array.from({ length: page.columns }, (_, i) =>
    i < page.columns - 1 ? col : width - col * (page.columns - 1),
  );
  const out: string[] = [
    para(STYLE.title, run(page.title), lineProps(FORM_TYPE.titlePitch, 'center')),
  ];
  if (page.subtitle)
    out.push(
      para(
        STYLE.formNote,
        runs(page.subtitle),
        // The 4pt under the title block is this line's own spacing after.
        lineProps(FORM_TYPE.pitch, 'right').replace('w:after="0"', `w:after="${twips(4)}"`),
      ),
    );
  // Rows in tables: a row with space above it starts the next table.
  const groups: { gap: number; rows: FormRow[] }[] = [];
  for (const r of page.rows) {
    const last = groups.at(-1);
    if (!last || r.gapBefore) groups.push({ gap: r.gapBefore ?? 0, rows: [r] });
    else last.rows.push(r);
  }
  for (const g of groups) {
    if (g.gap > 0) out.push(spacer(g.gap));
    out.push(tableXml(page, g.rows, grid));
  }
  // The note ends the page; on page 1 its paragraph carries the section break. A page without a
  // note still ends in a paragraph (a body cannot end in a table), one point high so that it
  // never takes a page of its own.
  if (page.note) {
    out.push(
      para(
        STYLE.formNote,
        runs(page.note),
        lineProps(FORM_TYPE.pitch, 'left', sectPr).replace(
          'w:before="0"',
          `w:before="${twips(4)}"`,
        ),
      ),
    );
  } else {
    out.push(
      para(STYLE.formNote, '', lineProps(1, 'left', `<w:rPr>${halfPoints(1)}</w:rPr>${sectPr}`)),
    );
  }
  return out.join('');
}

export function renderRecordFormDocx(
  form: RecordForm,
  meta: DocumentMeta,
  options: DocxOptions,
): Uint8Array {
  const [front, back] = form.pages;
  const body = pageXml(front, sectionXml(front)) + pageXml(back);
  return packDocx(
    { ...meta, title: `${meta.title} ${form.title}` },
    body,
    new NumberingBuilder(meta.style),
    options,
  );
}
