// DiffDocument → comparison.pdf: the 新旧対照表 typeset like the guideline (same fonts, 禁則,
// hanging indents), changed phrases underlined; a row longer than the page continues on the next
// one under a repeated header.
import type { DiffDocument } from '../../diff/model.js';
import { comparisonRows, type CellLine } from '../../diff/table.js';
import type { DocumentMeta } from '../../model/types.js';
import {
  BODY,
  MARGIN,
  PITCH,
  PdfComposer,
  TEXT_WIDTH,
  type Block,
  type PdfOptions,
} from '../pdf/composer.js';
import type { LaidLine } from '../pdf/layout.js';
import { columnLabels, type ComparisonOptions } from './html.js';

const SIZE = 9.5;
const PAD = 4;

interface Drawn {
  line: LaidLine;
  block: Block;
}

export async function renderComparisonPdf(
  diff: DiffDocument,
  meta: DocumentMeta,
  options: ComparisonOptions & PdfOptions,
): Promise<Uint8Array> {
  const pdf = new PdfComposer({ ...meta, title: `${diff.title}新旧対照表` }, options);
  const { regular, bold } = pdf.faces;
  const [newLabel, oldLabel] = columnLabels(options);
  const widths = options.remarks
    ? [0.4, 0.4, 0.2].map((f) => TEXT_WIDTH * f)
    : [TEXT_WIDTH / 2, TEXT_WIDTH / 2];
  pdf.blocks([
    {
      text: `${diff.title}新旧対照表`,
      face: bold,
      size: 14,
      pitch: 28,
      align: 'center',
      first: 0,
      rest: 0,
    },
    {
      text: '（傍線部分は改正部分）',
      face: regular,
      size: SIZE,
      align: 'right',
      first: 0,
      rest: 0,
      after: 4,
    },
  ]);
  const rows = comparisonRows(diff, options);
  if (rows.length === 0) {
    pdf.block({
      text: '改正前と改正後に違いはありません。',
      face: regular,
      size: BODY,
      align: 'left',
      first: 0,
      rest: 0,
    });
    return pdf.finish();
  }

  const layCell = (lines: readonly CellLine[], width: number): Drawn[] =>
    lines.flatMap((l) => {
      const text = l.segments.map((s) => s.text).join('');
      const underline = l.segments.flatMap((s) => Array.from(s.text, () => s.underline));
      const block: Block = {
        text,
        face: l.heading ? bold : regular,
        size: SIZE,
        align: 'left',
        first: l.indent,
        rest: l.indent + 1,
        underline,
      };
      return pdf.lines(block, width - 2 * PAD).map((line) => ({ line, block }));
    });

  const header = () => {
    const labels = [newLabel, oldLabel, ...(options.remarks ? ['備考'] : [])];
    let x = MARGIN.left;
    labels.forEach((t, i) => {
      pdf.box(x, pdf.y, widths[i]!, PITCH, '#E7E6E6');
      const block: Block = { text: t, face: bold, size: SIZE, align: 'center', first: 0, rest: 0 };
      const [line] = pdf.lines(block, widths[i]! - 2 * PAD);
      if (line) pdf.drawLine(line, block, x + PAD, widths[i]! - 2 * PAD);
      x += widths[i]!;
    });
    pdf.y += PITCH;
  };
  header();

  for (const row of rows) {
    const cells = [layCell(row.newCell, widths[0]!), layCell(row.oldCell, widths[1]!)];
    if (options.remarks)
      cells.push(
        layCell([{ indent: 0, segments: [{ text: row.remark, underline: false }] }], widths[2]!),
      );
    const height = Math.max(...cells.map((c) => c.length));
    // Keep a row on one page when it fits on a fresh one.
    if (pdf.y + height * PITCH > pdf.bottom && height * PITCH < pdf.bottom - MARGIN.top - PITCH) {
      pdf.newPage();
      header();
    }
    let chunkTop = pdf.y;
    const closeChunk = () => {
      let x = MARGIN.left;
      widths.forEach((w) => {
        pdf.box(x, chunkTop, w, pdf.y - chunkTop);
        x += w;
      });
    };
    for (let i = 0; i < height; i++) {
      if (pdf.y + PITCH > pdf.bottom) {
        closeChunk();
        pdf.newPage();
        header();
        chunkTop = pdf.y;
      }
      let x = MARGIN.left;
      cells.forEach((c, col) => {
        const d = c[i];
        if (d) pdf.drawLine(d.line, d.block, x + PAD, widths[col]! - 2 * PAD);
        x += widths[col]!;
      });
      pdf.y += PITCH;
    }
    closeChunk();
  }
  return pdf.finish();
}
