// Page composition shared by every PDF hinagata writes (guideline, commentary, record form): A4
// with the Word file's margins and line pitch, embedded Noto Serif JP, blocks of text laid out by
// layout.ts (禁則, close-up, hanging indents) and justified by spreading the slack across
// characters, tables, an outline, page numbers 「- 1 -」 and fixed document info. Ideographic
// spaces are drawn under an /ActualText (see actualSpans) so that text extraction gives the text
// as written: 「２　当社は、…」, and 「附則」 for the spaced heading 「附　則」.
import { createRequire } from 'node:module';
import type PDFKitModule from 'pdfkit';
import type { DocumentMeta } from '../../model/types.js';
import { MISSING_GLYPH, pdfFaces, type Face } from './fonts.js';
import { EmbeddedFace } from './embed.js';
import { layoutLines, type LaidLine } from './layout.js';

const require = createRequire(import.meta.url);

export interface PdfOptions {
  timestamp: Date;
  generator: string;
  /**
   * Lay the pages out without drawing anything (finish() gives no bytes): for the page numbers a
   * document other than the PDF needs, such as the Word file's 目次.
   */
  measureOnly?: boolean;
}

/** Stands in for pdfkit when only measuring: every call is accepted and does nothing. */
function inertDocument(): PDFKit.PDFDocument {
  const inert: unknown = new Proxy(function () {}, {
    get: (_t, key) => (key === 'then' ? undefined : inert),
    apply: () => inert,
  });
  return inert as PDFKit.PDFDocument;
}

const mm = (v: number) => (v / 25.4) * 72;
export const A4 = { width: 595.28, height: 841.89 };
// The Word file's geometry (src/render/docx/units.ts): same margins, 10.5pt on a 17.5pt pitch.
export const MARGIN = { top: mm(30), bottom: mm(25), left: mm(30), right: mm(30) };
export const BODY = 10.5;
export const PITCH = 17.5;
export const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const FOOTER_Y = A4.height - mm(12) - BODY;
/** Never spread a line by more than this per character: a near-empty line stays ragged. */
const MAX_SPACING = BODY * 0.5;

export type Align = 'justify' | 'left' | 'center' | 'right';

export interface Block {
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
  /** Drawn on a shaded band (the quoted article in the commentary). */
  boxed?: boolean;
  /** A rule under the block (chapter headings). */
  rule?: boolean;
  /** Per code point of `text`: underline it (傍線 of the 新旧対照表). */
  underline?: readonly boolean[];
  /** Records the page the block starts on under this key (page numbers of a 目次): see pageOf. */
  mark?: string;
}

export interface TableCell {
  text: string;
  /** Extra text drawn after the bold label in the regular face. */
  detail?: string;
  head?: boolean;
  align?: Align;
}

/** Replaces characters the font lacks (reported earlier by checkGlyphs) with 〓. */
function drawable(text: string, face: Face): string {
  return Array.from(text, (c) =>
    /\s/.test(c) || face.has(c.codePointAt(0) ?? 0) ? c : MISSING_GLYPH,
  ).join('');
}

const IDEOGRAPHIC_SPACE = '\u3000';

/** Characters of a line drawn as one run under an /ActualText of `text`: [start, end). */
interface ActualSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * A two-kanji heading spaced out with one ideographic space (均等割り: 「附　則」, 「附　則（…改定）」,
 * 「目　次」), as a bold line begins.
 */
const SPACED_HEADING = /^\p{Script=Han}\u3000\p{Script=Han}(?=$|（)/u;

/**
 * Where a line needs an /ActualText. Text extractors drop the glyph of an ideographic space
 * (poppler treats it as white space and then, seeing the gap, splits 「２」 from 「当社は」 into
 * columns), so each run of ideographic spaces is drawn together with the character before it (the
 * one after it at the start of a line) under an /ActualText of those very characters: 「２　当社は」
 * extracts as written. A spaced heading extracts without its space, so that a search for 「附則」
 * finds it. pdf.js reads glyphs only, and reads these as before (the space as 「 」).
 */
function actualSpans(chars: readonly string[], headingLine: boolean): ActualSpan[] {
  const spans: ActualSpan[] = [];
  let i = 0;
  if (headingLine && SPACED_HEADING.test(chars.slice(0, 3).join(''))) {
    spans.push({ start: 0, end: 3, text: `${chars[0] ?? ''}${chars[2] ?? ''}` });
    i = 3;
  }
  while (i < chars.length) {
    if (chars[i] !== IDEOGRAPHIC_SPACE) {
      i++;
      continue;
    }
    let spacesEnd = i;
    while (chars[spacesEnd] === IDEOGRAPHIC_SPACE) spacesEnd++;
    // The first character not already in a span.
    const free = spans.at(-1)?.end ?? 0;
    const isText = (c: string | undefined) => c !== undefined && !/\s/.test(c);
    let start = i;
    let end = spacesEnd;
    if (i > free && isText(chars[i - 1])) start = i - 1;
    else if (isText(chars[spacesEnd])) end = spacesEnd + 1;
    // Spaces with no character beside them on the line (an empty line) are left as they are.
    if (start < i || end > spacesEnd)
      spans.push({ start, end, text: chars.slice(start, end).join('') });
    i = end;
  }
  return spans;
}

/** A number in a content stream, as pdfkit writes them (at most six decimals). */
const num = (n: number) => String(Math.round(n * 1e6) / 1e6);

type PdfKitModule = typeof PDFKitModule;
let pdfkit: PdfKitModule | undefined;

/** pdfkit, loaded on the first PDF that is drawn (never for a measure, nor for a Word file). */
function loadPdfkit(): PdfKitModule {
  pdfkit ??= require('pdfkit') as PdfKitModule;
  return pdfkit;
}

const LAYOUT_CACHE_LIMIT = 5_000;
const laidOutCache = new Map<string, readonly LaidLine[]>();

/**
 * A paragraph's lines, cached per process by (text, face, size, width, indents): the commentary is
 * laid out twice per client (its Word file's 目次 measures it first), and most of its prose is the
 * same between clients whose options select the same passages. The lines are shared: read-only.
 * Bounded: the oldest entry goes first.
 */
function laidOut(
  text: string,
  face: Face,
  size: number,
  width: number,
  firstIndent: number,
  restIndent: number,
): readonly LaidLine[] {
  const key = `${face.name}|${size}|${width}|${firstIndent}|${restIndent}|${text}`;
  let lines = laidOutCache.get(key);
  if (!lines) {
    lines = layoutLines(drawable(text, face), { face, size, width, firstIndent, restIndent });
    if (laidOutCache.size >= LAYOUT_CACHE_LIMIT) {
      laidOutCache.delete(laidOutCache.keys().next().value ?? '');
    }
    laidOutCache.set(key, lines);
  }
  return lines;
}

/** Paragraphs in the layout cache, for the benchmark's memory figures. */
export function layoutCacheSize(): number {
  return laidOutCache.size;
}

export class PdfComposer {
  readonly faces = pdfFaces();
  private readonly pdf: PDFKit.PDFDocument;
  private readonly done: Promise<Uint8Array>;
  y = MARGIN.top;
  /** 0-based index of the page being composed. */
  private pageIndex = 0;
  private readonly marks = new Map<string, number>();
  /** Top of the open frame on the current page (see beginFrame). */
  private frameTop: number | null = null;
  private readonly measureOnly: boolean;
  private embeddedRegular: EmbeddedFace | undefined;
  private embeddedBold: EmbeddedFace | undefined;

  constructor(meta: DocumentMeta, options: PdfOptions) {
    this.measureOnly = options.measureOnly ?? false;
    if (options.measureOnly) {
      this.pdf = inertDocument();
      this.done = Promise.resolve(new Uint8Array());
      return;
    }
    const PDFDocument = loadPdfkit();
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
    const chunks: Buffer[] = [];
    this.done = new Promise<Uint8Array>((resolve, reject) => {
      this.pdf.on('data', (c: Buffer) => chunks.push(c));
      this.pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
      this.pdf.on('error', reject);
    });
  }

  /** The face's font in this document, created on its first glyph (an unused face is not embedded). */
  private embedded(face: Face): EmbeddedFace {
    const bold = face === this.faces.bold;
    let e = bold ? this.embeddedBold : this.embeddedRegular;
    if (!e) {
      e = new EmbeddedFace(this.pdf, face, bold ? 'HB' : 'HR');
      if (bold) this.embeddedBold = e;
      else this.embeddedRegular = e;
    }
    return e;
  }

  get bottom(): number {
    return A4.height - MARGIN.bottom;
  }

  newPage(): void {
    if (this.frameTop !== null) this.strokeFrame();
    this.pdf.addPage();
    this.pageIndex++;
    this.y = MARGIN.top;
    if (this.frameTop !== null) this.frameTop = this.y;
  }

  /** 0-based index of the current page. */
  get page(): number {
    return this.pageIndex;
  }

  /** The 1-based number of the page a block marked `key` starts on. */
  pageOf(key: string): number | undefined {
    const index = this.marks.get(key);
    return index === undefined ? undefined : index + 1;
  }

  /**
   * Opens a ruled frame around what follows (a 文例), as wide as a shaded band; a page break
   * closes it on the old page and reopens it at the top of the new one.
   */
  beginFrame(pad = 5): void {
    this.frameTop = this.y;
    this.y += pad;
  }

  endFrame(pad = 5): void {
    if (this.frameTop === null) return;
    this.y += pad;
    this.strokeFrame();
    this.frameTop = null;
  }

  private strokeFrame(): void {
    if (this.frameTop === null || this.y <= this.frameTop) return;
    this.pdf
      .lineWidth(0.6)
      .rect(MARGIN.left - 6, this.frameTop, TEXT_WIDTH + 12, this.y - this.frameTop)
      .stroke();
  }

  /** Draws on an earlier page (bufferPages), then returns to the last one. */
  atPage(index: number, draw: () => void): void {
    if (this.measureOnly) return;
    const range = this.pdf.bufferedPageRange();
    this.pdf.switchToPage(index);
    draw();
    this.pdf.switchToPage(range.start + range.count - 1);
  }

  /** A dotted leader on the line whose top is `lineTop`, from x1 to x2 (目次). */
  leader(x1: number, x2: number, lineTop: number, size = BODY): void {
    if (x2 - x1 < size) return;
    const y = lineTop + (PITCH - size * 1.45) / 2 + size * 1.05;
    this.pdf
      .save()
      .lineWidth(0.9)
      .lineCap('round')
      .dash(0.01, { space: size * 0.35 })
      .moveTo(x1, y)
      .lineTo(x2, y)
      .stroke()
      .undash()
      .restore();
  }

  /** Text on the line whose top is `lineTop`, placed as drawLine places body text. */
  placeOnLine(text: string, x: number, lineTop: number, face: Face, size = BODY): void {
    this.place(text, x, lineTop + (PITCH - size * 1.45) / 2, face, size);
  }

  lines(block: Block, width = TEXT_WIDTH): readonly LaidLine[] {
    return laidOut(
      block.text,
      block.face,
      block.size,
      width,
      block.first * BODY,
      block.rest * BODY,
    );
  }

  drawLine(line: LaidLine, block: Block, x0: number, width: number): void {
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
    if (this.measureOnly) return;
    const fullAdvance = (c: string) => block.face.advance(c.codePointAt(0) ?? 0) * block.size;
    // An /ActualText span holding a close-up is left out, as when each span was a run of its own.
    const closesUp = (i: number) => {
      const c = line.chars[i] ?? '';
      return Math.abs((line.advances[i] ?? fullAdvance(c)) - fullAdvance(c)) > 0.01;
    };
    const holdsCloseUp = (s: ActualSpan) => {
      for (let k = s.start; k < s.end - 1; k++) if (closesUp(k)) return true;
      return false;
    };
    const headingLine = line.start === 0 && block.face === this.faces.bold;
    const spans = actualSpans(line.chars, headingLine).filter((s) => !holdsCloseUp(s));
    this.emit(block.face, block.size, x, top, line.chars, line.advances, spacing, spans);
    if (block.underline) {
      for (let j = 0; j < line.chars.length; j++) {
        const advance = (line.advances[j] ?? 0) + spacing;
        if (block.underline[line.start + j]) {
          const y = top + block.size * 1.3;
          this.pdf
            .lineWidth(0.6)
            .moveTo(x, y)
            .lineTo(x + advance, y)
            .stroke();
        }
        x += advance;
      }
    }
  }

  /**
   * One line of text as one text object: the glyphs of our own layout in one TJ array, the
   * justification as character spacing (Tc), each close-up as a TJ adjustment, and each /ActualText
   * span (pdfkit's markContent) around its own part of the array. The line is drawn, as pdfkit
   * draws text, in a saved state with the page's flip undone, so that an extractor places a span's
   * replacement text where its glyphs are.
   */
  private emit(
    face: Face,
    size: number,
    x: number,
    top: number,
    chars: readonly string[],
    advances: readonly number[],
    spacing: number,
    spans: readonly ActualSpan[],
  ): void {
    if (chars.length === 0) return;
    const pdf = this.pdf;
    const font = this.embedded(face);
    const fonts = pdf.page.fonts as Record<string, unknown>;
    if (fonts[font.id] === undefined) fonts[font.id] = font.ref;
    const height = pdf.page.height;
    const y = height - top - face.ascent * size;
    pdf.addContent('q');
    pdf.addContent(`1 0 0 -1 0 ${num(height)} cm`);
    pdf.addContent('BT');
    pdf.addContent(`1 0 0 1 ${num(x)} ${num(y)} Tm`);
    pdf.addContent(`/${font.id} ${num(size)} Tf`);
    if (spacing) pdf.addContent(`${num(spacing)} Tc`);
    const array = (from: number, to: number) => {
      const parts: string[] = [];
      let hex = '';
      for (let i = from; i < to; i++) {
        const c = chars[i] ?? '';
        hex += font.encode(c.codePointAt(0) ?? 0);
        const natural = face.advance(c.codePointAt(0) ?? 0) * size;
        const adjust = ((natural - (advances[i] ?? natural)) * 1000) / size;
        if (Math.abs(adjust) > 1e-9) {
          parts.push(`<${hex}> ${num(adjust)}`);
          hex = '';
        }
      }
      if (hex) parts.push(`<${hex}>`);
      if (parts.length > 0) pdf.addContent(`[${parts.join(' ')}] TJ`);
    };
    let at = 0;
    for (const s of spans) {
      array(at, s.start);
      pdf.markContent('Span', { actual: s.text });
      array(s.start, s.end);
      pdf.endMarkedContent();
      at = s.end;
    }
    array(at, chars.length);
    pdf.addContent('ET');
    pdf.addContent('Q');
  }

  block(block: Block, next?: Block): void {
    const pitch = block.pitch ?? PITCH;
    const lines = this.lines(block);
    if (block.before && this.y > MARGIN.top) this.y += block.before;
    // A heading never ends a page: it moves on with the first two lines of what follows it.
    const keep =
      block.keepWithNext && next ? Math.min(2, this.lines(next).length) * (next.pitch ?? PITCH) : 0;
    if (this.y + pitch * Math.min(lines.length, 1) + keep > this.bottom) this.newPage();
    if (block.outline) this.pdf.outline.addItem(block.outline);
    if (block.mark !== undefined) this.marks.set(block.mark, this.pageIndex);
    for (const line of lines) {
      if (this.y + pitch > this.bottom) this.newPage();
      if (block.boxed) {
        this.pdf
          .rect(MARGIN.left - 6, this.y, TEXT_WIDTH + 12, pitch)
          .fill('#F2F2F2')
          .fillColor('black');
      }
      this.drawLine(line, block, MARGIN.left, TEXT_WIDTH);
      this.y += pitch;
    }
    if (block.rule) {
      this.pdf
        .lineWidth(0.75)
        .moveTo(MARGIN.left, this.y)
        .lineTo(MARGIN.left + TEXT_WIDTH, this.y)
        .stroke();
      this.y += 4;
    }
    if (block.after) this.y += block.after;
  }

  blocks(list: readonly Block[]): void {
    list.forEach((b, i) => this.block(b, list[i + 1]));
  }

  /**
   * A ruled table: `widths` in points; each row's cells are laid out in their column, rows never
   * split, and a row that does not fit starts a new page with the header row repeated.
   */
  table(
    widths: readonly number[],
    rows: readonly (readonly TableCell[])[],
    options: {
      header?: boolean;
      minLines?: readonly number[];
      size?: number;
      /** Line pitch in the cells (the body pitch by default). */
      pitch?: number;
      /** Space above and below the text of each cell. */
      vpad?: number;
    } = {},
  ): void {
    const pad = 4;
    const vpad = options.vpad ?? 0;
    const size = options.size ?? BODY;
    const pitch = options.pitch ?? PITCH;
    const drawRow = (cells: readonly TableCell[], rowIndex: number, repeated = false) => {
      const laid = cells.map((c, i) => {
        const face = c.head ? this.faces.bold : this.faces.regular;
        const text = c.detail ? `${c.text}\u3000${c.detail}` : c.text;
        return laidOut(text, face, size, (widths[i] ?? 0) - 2 * pad, 0, 0);
      });
      const minLines = repeated ? 1 : (options.minLines?.[rowIndex] ?? 1);
      const height = Math.max(minLines, ...laid.map((l) => l.length)) * pitch + 2 * vpad;
      if (this.y + height > this.bottom) {
        this.newPage();
        if (options.header && rowIndex > 0 && rows[0]) drawRow(rows[0], 0, true);
      }
      let x = MARGIN.left;
      laid.forEach((lines, i) => {
        const w = widths[i] ?? 0;
        const cell = cells[i];
        if (cell?.head) this.pdf.rect(x, this.y, w, height).fill('#E7E6E6').fillColor('black');
        this.pdf.lineWidth(0.5).rect(x, this.y, w, height).stroke();
        const saved = this.y;
        this.y += vpad;
        for (const line of lines) {
          const face = cell?.head ? this.faces.bold : this.faces.regular;
          this.drawLine(
            line,
            { text: '', face, size, align: cell?.align ?? 'left', first: 0, rest: 0, pitch },
            x + pad,
            w - 2 * pad,
          );
          this.y += pitch;
        }
        this.y = saved;
        x += w;
      });
      this.y += height;
    };
    rows.forEach((r, i) => drawRow(r, i));
  }

  /** A ruled box; shaded when `fill` is given. */
  box(x: number, y: number, w: number, h: number, fill?: string): void {
    if (fill) this.pdf.rect(x, y, w, h).fill(fill).fillColor('black');
    this.pdf.lineWidth(0.5).rect(x, y, w, h).stroke();
  }

  /** Text at an absolute place, outside the flow (titles beside tables, footers). */
  place(text: string, x: number, y: number, face: Face, size: number): void {
    if (this.measureOnly) return;
    const chars = Array.from(drawable(text, face));
    const advances = chars.map((c) => face.advance(c.codePointAt(0) ?? 0) * size);
    this.emit(face, size, x, y, chars, advances, 0, []);
  }

  width(text: string, face: Face, size: number): number {
    return Array.from(text).reduce((w, c) => w + face.advance(c.codePointAt(0) ?? 0) * size, 0);
  }

  finish(pageNumbers = true): Promise<Uint8Array> {
    if (this.measureOnly) return this.done;
    if (pageNumbers) {
      const range = this.pdf.bufferedPageRange();
      for (let i = range.start; i < range.start + range.count; i++) {
        this.pdf.switchToPage(i);
        const label = `- ${i + 1} -`;
        this.place(
          label,
          (A4.width - this.width(label, this.faces.regular, BODY)) / 2,
          FOOTER_Y,
          this.faces.regular,
          BODY,
        );
      }
    }
    this.embeddedRegular?.embed();
    this.embeddedBold?.embed();
    this.pdf.end();
    return this.done;
  }
}
