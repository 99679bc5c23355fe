// RecordForm → record-form.pdf: page 1 the case sheet, page 2 the 経過記録, each page's rows ruled
// on its grid of columns at the form's own margins, with the shared composer's fonts, line layout
// (禁則, close-up) and drawing.
import type { DocumentMeta } from '../../model/types.js';
import {
  FORM_TYPE,
  contentWidth,
  mmToPt,
  type FormCell,
  type FormPage,
  type FormRow,
  type RecordForm,
} from '../../record-form/form.js';
import type { Face } from '../pdf/fonts.js';
import type { LaidLine } from '../pdf/layout.js';
import { PdfComposer, type Align, type Block, type PdfOptions } from '../pdf/composer.js';

const CAPTION_FILL = '#F2F2F2';
const HEADING_FILL = '#E7E6E6';

interface Laid {
  line: LaidLine;
  block: Block;
}

function block(text: string, face: Face, size: number, pitch: number, align: Align): Block {
  return { text, face, size, pitch, align, first: 0, rest: 0 };
}

/** A text's lines in `width` points: every 「\n」 starts a new line. */
function lay(pdf: PdfComposer, b: Block, width: number): Laid[] {
  return b.text
    .split('\n')
    .flatMap((part) => pdf.lines({ ...b, text: part }, width).map((line) => ({ line, block: b })));
}

function cellLines(pdf: PdfComposer, cell: FormCell, width: number): Laid[] {
  const { regular, bold } = pdf.faces;
  const align = cell.align ?? 'left';
  const out: Laid[] = [];
  if (cell.label)
    out.push(...lay(pdf, block(cell.label, bold, FORM_TYPE.size, FORM_TYPE.pitch, align), width));
  if (cell.hint)
    out.push(
      ...lay(pdf, block(cell.hint, regular, FORM_TYPE.hint, FORM_TYPE.hintPitch, align), width),
    );
  if (cell.text)
    out.push(...lay(pdf, block(cell.text, regular, FORM_TYPE.size, FORM_TYPE.pitch, align), width));
  return out;
}

const pitchOf = (l: Laid) => l.block.pitch ?? FORM_TYPE.pitch;

function drawRow(pdf: PdfComposer, page: FormPage, r: FormRow, x0: number, width: number): void {
  const col = width / page.columns;
  const inner = (span: number) => col * span - 2 * FORM_TYPE.padX;
  const laid = r.cells.map((c) => cellLines(pdf, c, inner(c.span)));
  const height = Math.max(
    r.height,
    ...laid.map((l) => l.reduce((h, x) => h + pitchOf(x), 0) + 2 * FORM_TYPE.padY),
  );
  const y = pdf.y;
  let x = x0;
  r.cells.forEach((cell, i) => {
    const w = col * cell.span;
    const fill = cell.head ? (cell.span === page.columns ? HEADING_FILL : CAPTION_FILL) : undefined;
    pdf.box(x, y, w, height, fill);
    const lines = laid[i] ?? [];
    const content = lines.reduce((h, l) => h + pitchOf(l), 0);
    pdf.y = r.valign === 'center' ? y + (height - content) / 2 : y + FORM_TYPE.padY;
    for (const l of lines) {
      pdf.drawLine(l.line, l.block, x + FORM_TYPE.padX, inner(cell.span));
      pdf.y += pitchOf(l);
    }
    x += w;
  });
  pdf.y = y + height;
}

function drawPage(pdf: PdfComposer, page: FormPage): void {
  const { regular, bold } = pdf.faces;
  const x0 = mmToPt(page.margin.left);
  const width = mmToPt(contentWidth(page));
  pdf.y = mmToPt(page.margin.top);
  const text = (b: Block) => {
    for (const l of lay(pdf, b, width)) {
      pdf.drawLine(l.line, b, x0, width);
      pdf.y += pitchOf(l);
    }
  };
  text(block(page.title, bold, FORM_TYPE.title, FORM_TYPE.titlePitch, 'center'));
  if (page.subtitle) text(block(page.subtitle, regular, FORM_TYPE.size, FORM_TYPE.pitch, 'right'));
  pdf.y += 4;
  for (const r of page.rows) {
    pdf.y += r.gapBefore ?? 0;
    drawRow(pdf, page, r, x0, width);
  }
  if (page.note) {
    pdf.y += 4;
    text(block(page.note, regular, FORM_TYPE.size, FORM_TYPE.pitch, 'left'));
  }
}

export function renderRecordFormPdf(
  form: RecordForm,
  meta: DocumentMeta,
  options: PdfOptions,
): Promise<Uint8Array> {
  const pdf = new PdfComposer({ ...meta, title: `${meta.title} ${form.title}` }, options);
  form.pages.forEach((page, i) => {
    if (i > 0) pdf.newPage();
    drawPage(pdf, page);
  });
  return pdf.finish(false);
}
