// Document → guideline.pdf with pdfkit: A4 with the Word file's margins and line pitch, embedded
// Noto Serif JP, hanging indents in characters, 禁則 line breaking, justified lines (slack spread
// across characters, last line ragged), an outline entry per article, page numbers 「- 1 -」.
import PDFDocument from 'pdfkit';
import type { Document, Inline, Item } from '../../model/types.js';
import { articleHeading, inlineText } from '../../model/text.js';
import { digits, formatDate, itemLabel, paragraphLabel } from '../../number/format.js';
import { pdfFaces, MISSING_GLYPH, type Face } from './fonts.js';
import { layoutLines, type LaidLine } from './layout.js';

export interface PdfOptions {
  timestamp: Date;
  generator: string;
}

const mm = (v: number) => (v / 25.4) * 72;
const A4 = { width: 595.28, height: 841.89 };
// The Word file's geometry (src/render/docx/units.ts): same margins, 10.5pt on a 17.5pt pitch.
const MARGIN = { top: mm(30), bottom: mm(25), left: mm(30), right: mm(30) };
const BODY = 10.5;
const PITCH = 17.5;
const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const FOOTER_Y = A4.height - mm(12) - BODY;
/** Never spread a line by more than this per character: a near-empty line stays ragged. */
const MAX_SPACING = BODY * 0.5;

type Align = 'justify' | 'left' | 'center' | 'right';

interface Block {
  text: string;
  face: Face;
  size: number;
  align: Align;
  /** Indents in characters (of the body size). */
  first: number;
  rest: number;
  before?: number;
  after?: number;
  keepWithNext?: boolean;
  outline?: string;
  /** Line pitch, when the block is larger than body text. */
  pitch?: number;
}

/** Replaces characters the font lacks (reported earlier by checkGlyphs) with 〓. */
function drawable(text: string, face: Face): string {
  return Array.from(text, (c) =>
    /\s/.test(c) || face.has(c.codePointAt(0) ?? 0) ? c : MISSING_GLYPH,
  ).join('');
}

class PdfWriter {
  private readonly pdf: PDFKit.PDFDocument;
  private y = MARGIN.top;
  private readonly faces = pdfFaces();

  constructor(
    private readonly doc: Document,
    options: PdfOptions,
  ) {
    const { meta } = doc;
    this.pdf = new PDFDocument({
      size: 'A4',
      margins: { top: MARGIN.top, bottom: 0, left: MARGIN.left, right: MARGIN.right },
      bufferPages: true,
      autoFirstPage: true,
      lang: 'ja',
      displayTitle: true,
      pdfVersion: '1.7',
      info: {
        Title: meta.title,
        Author: meta.company,
        Subject: `${meta.company} ${meta.title}`,
        Keywords: meta.title,
        Creator: options.generator,
        Producer: options.generator,
        CreationDate: options.timestamp,
        ModDate: options.timestamp,
      },
    });
    // pdfkit takes the parsed fontkit font as it is: parsed once per process, not per document.
    this.pdf.registerFont('body', this.faces.regular.font as unknown as string);
    this.pdf.registerFont('bold', this.faces.bold.font as unknown as string);
  }

  private fontName(face: Face): string {
    return face === this.faces.bold ? 'bold' : 'body';
  }

  private newPage(): void {
    this.pdf.addPage();
    this.y = MARGIN.top;
  }

  private lines(block: Block): LaidLine[] {
    const ch = BODY;
    return layoutLines(drawable(block.text, block.face), {
      face: block.face,
      size: block.size,
      width: TEXT_WIDTH,
      firstIndent: block.first * ch,
      restIndent: block.rest * ch,
    });
  }

  private drawLine(line: LaidLine, block: Block, x0: number, width: number): void {
    const pitch = block.pitch ?? PITCH;
    const slack = line.available - line.width;
    let x = x0 + line.indent;
    let spacing = 0;
    if (block.align === 'justify' && !line.last && line.chars.length > 1 && slack > 0) {
      spacing = Math.min(slack / (line.chars.length - 1), MAX_SPACING);
    } else if (block.align === 'center') {
      x = x0 + (width - line.width) / 2;
    } else if (block.align === 'right') {
      x = x0 + width - line.width;
    }
    // Text sits centred in the line pitch, as Word places it on its document grid.
    const top = this.y + (pitch - block.size * 1.45) / 2;
    this.pdf.font(this.fontName(block.face)).fontSize(block.size);
    // Draw runs that end where a close-up shortens a character; within a run pdfkit's
    // characterSpacing spreads the justification slack evenly.
    let runStart = 0;
    for (let i = 0; i < line.chars.length; i++) {
      const c = line.chars[i] ?? '';
      const full = block.face.advance(c.codePointAt(0) ?? 0) * block.size;
      const endsRun =
        i === line.chars.length - 1 || Math.abs((line.advances[i] ?? full) - full) > 0.01;
      if (!endsRun) continue;
      const run = line.chars.slice(runStart, i + 1).join('');
      this.pdf.text(run, x, top, {
        lineBreak: false,
        characterSpacing: spacing,
        features: { kern: false, liga: false } as unknown as PDFKit.Mixins.OpenTypeFeatures[],
      });
      for (let j = runStart; j <= i; j++) x += (line.advances[j] ?? 0) + spacing;
      runStart = i + 1;
    }
  }

  private block(block: Block, next?: Block): void {
    const pitch = block.pitch ?? PITCH;
    const lines = this.lines(block);
    if (block.before && this.y > MARGIN.top) this.y += block.before;
    const bottom = A4.height - MARGIN.bottom;
    // A heading never ends a page: it moves on with the first two lines of what follows it.
    const keep =
      block.keepWithNext && next ? Math.min(2, this.lines(next).length) * (next.pitch ?? PITCH) : 0;
    if (this.y + pitch * Math.min(lines.length, 1) + keep > bottom) this.newPage();
    if (block.outline) this.pdf.outline.addItem(block.outline);
    for (const line of lines) {
      if (this.y + pitch > bottom) this.newPage();
      this.drawLine(line, block, MARGIN.left, TEXT_WIDTH);
      this.y += pitch;
    }
    if (block.after) this.y += block.after;
  }

  private text(content: readonly Inline[]): string {
    return inlineText(content, this.doc.meta.style);
  }

  private itemBlocks(items: readonly Item[], out: Block[]): void {
    for (const item of items) {
      const depth = Math.min(item.depth, 3);
      out.push({
        text: `${itemLabel(item.number, item.depth, this.doc.meta.style)}\u3000${this.text(item.content)}`,
        face: this.faces.regular,
        size: BODY,
        align: 'justify',
        first: depth,
        rest: depth + 1,
      });
      this.itemBlocks(item.children, out);
    }
  }

  private blocks(): Block[] {
    const { meta } = this.doc;
    const style = meta.style;
    const out: Block[] = [
      {
        text: meta.title,
        face: this.faces.bold,
        size: 16,
        pitch: PITCH * 2,
        align: 'center',
        first: 0,
        rest: 0,
        after: 6,
      },
      {
        text: meta.company,
        face: this.faces.regular,
        size: BODY,
        align: 'center',
        first: 0,
        rest: 0,
      },
      {
        text: `制定\u3000${formatDate(meta.enacted, style)}`,
        face: this.faces.regular,
        size: BODY,
        align: 'right',
        first: 0,
        rest: 0,
      },
    ];
    if (this.doc.revisions.length > 1) {
      out.push({
        text: `最終改定\u3000${formatDate(meta.lastRevised, style)}`,
        face: this.faces.regular,
        size: BODY,
        align: 'right',
        first: 0,
        rest: 0,
      });
    }
    out.at(-1)!.after = 18;
    for (const article of this.doc.articles) {
      const heading = articleHeading(article, style);
      out.push({
        text: heading,
        face: this.faces.bold,
        size: BODY,
        align: 'left',
        first: 0,
        rest: 0,
        before: 6,
        keepWithNext: true,
        outline: heading,
      });
      for (const p of article.paragraphs) {
        const label = paragraphLabel(p.number, style);
        out.push({
          text: label ? `${label}\u3000${this.text(p.content)}` : this.text(p.content),
          face: this.faces.regular,
          size: BODY,
          align: 'justify',
          first: 0,
          rest: 1,
        });
        this.itemBlocks(p.items, out);
      }
    }
    for (const block of this.doc.supplementary) {
      const title =
        block.kind === 'enactment'
          ? '附\u3000則'
          : `附\u3000則（${formatDate(block.date, style)}改定）`;
      out.push({
        text: title,
        face: this.faces.bold,
        size: BODY,
        align: 'left',
        first: 3,
        rest: 3,
        before: 12,
        keepWithNext: true,
        outline: title,
      });
      out.push({
        text: this.text(block.content),
        face: this.faces.regular,
        size: BODY,
        align: 'justify',
        first: 1,
        rest: 1,
      });
    }
    return out;
  }

  private revisionTable(): void {
    const style = this.doc.meta.style;
    const heading: Block = {
      text: '改定履歴',
      face: this.faces.bold,
      size: BODY,
      align: 'left',
      first: 0,
      rest: 0,
      before: 18,
      outline: '改定履歴',
    };
    const widths = [TEXT_WIDTH * 0.14, TEXT_WIDTH * 0.26];
    widths.push(TEXT_WIDTH - widths[0]! - widths[1]!);
    const pad = 4;
    const rows = [
      ['版', '日付', '内容'],
      ...this.doc.revisions.map((r) => [
        `第${digits(r.version, style)}版`,
        formatDate(r.date, style),
        this.text(r.summary),
      ]),
    ];
    const bottom = A4.height - MARGIN.bottom;
    if (this.y + PITCH * 3 + 18 > bottom) this.newPage();
    this.block(heading);
    const drawRow = (cells: string[], header: boolean) => {
      const face = header ? this.faces.bold : this.faces.regular;
      const laid = cells.map((c, i) =>
        layoutLines(drawable(c, face), {
          face,
          size: BODY,
          width: widths[i]! - 2 * pad,
          firstIndent: 0,
          restIndent: 0,
        }),
      );
      const height = Math.max(...laid.map((l) => l.length)) * PITCH;
      if (this.y + height > bottom) {
        this.newPage();
        if (!header) drawRow(rows[0]!, true); // repeat the header row on the new page
      }
      let x = MARGIN.left;
      laid.forEach((lines, i) => {
        const w = widths[i]!;
        if (header) this.pdf.rect(x, this.y, w, height).fill('#E7E6E6').fillColor('black');
        this.pdf.lineWidth(0.5).rect(x, this.y, w, height).stroke();
        const saved = this.y;
        for (const line of lines) {
          const block: Block = {
            text: '',
            face,
            size: BODY,
            align: header ? 'center' : 'left',
            first: 0,
            rest: 0,
          };
          this.drawLine(line, block, x + pad, w - 2 * pad);
          this.y += PITCH;
        }
        this.y = saved;
        x += w;
      });
      this.y += height;
    };
    rows.forEach((r, i) => drawRow(r, i === 0));
  }

  private pageNumbers(): void {
    const range = this.pdf.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.pdf.switchToPage(i);
      const label = `- ${i + 1} -`;
      this.pdf.font('body').fontSize(BODY);
      const w = this.pdf.widthOfString(label);
      this.pdf.text(label, (A4.width - w) / 2, FOOTER_Y, { lineBreak: false });
    }
  }

  write(): Promise<Uint8Array> {
    const chunks: Buffer[] = [];
    const done = new Promise<Uint8Array>((resolve, reject) => {
      this.pdf.on('data', (c: Buffer) => chunks.push(c));
      this.pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
      this.pdf.on('error', reject);
    });
    const blocks = this.blocks();
    blocks.forEach((b, i) => this.block(b, blocks[i + 1]));
    if (this.doc.revisions.length > 0) this.revisionTable();
    this.pageNumbers();
    this.pdf.end();
    return done;
  }
}

export function renderPdf(doc: Document, options: PdfOptions): Promise<Uint8Array> {
  return new PdfWriter(doc, options).write();
}
