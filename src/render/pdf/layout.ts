// Line layout for Japanese text: measures code points with the cached advances, closes up
// consecutive full-width punctuation (「）、」「、「」 take half their width where they meet, as a
// typesetter sets them), and fills lines greedily at the break opportunities of kinsoku.ts.
import type { Face } from './fonts.js';
import { breakOpportunities } from './kinsoku.js';

const CLOSING = new Set([...'、。，．）」』】〕〉》］｝']);
const OPENING = new Set([...'（「『【〔〈《［｛']);

export interface LaidLine {
  /** Index of the line's first code point in the laid-out text. */
  start: number;
  /** Code points on the line (trailing spaces excluded). */
  chars: string[];
  /** Advance of each character in points, close-up included. */
  advances: number[];
  /** Natural width in points. */
  width: number;
  /** The width available to this line. */
  available: number;
  /** Offset from the paragraph's left edge (the first line's or the other lines' indent). */
  indent: number;
  last: boolean;
}

export interface LayoutOptions {
  face: Face;
  size: number;
  /** Full text width in points. */
  width: number;
  /** Indents in points: the first line, and the lines after it (hanging indents). */
  firstIndent: number;
  restIndent: number;
}

/** Half-width close-up after `c` when `next` is punctuation too. */
function closeUp(c: string, next: string | undefined): boolean {
  if (next === undefined) return false;
  if (CLOSING.has(c)) return CLOSING.has(next) || OPENING.has(next);
  if (OPENING.has(c)) return OPENING.has(next);
  return false;
}

export function layoutLines(text: string, o: LayoutOptions): LaidLine[] {
  const chars = Array.from(text);
  if (chars.length === 0) return [];
  // Break opportunities arrive as UTF-16 offsets; map them to code point indices.
  const cpIndexAt = new Map<number, number>();
  let offset = 0;
  chars.forEach((c, i) => {
    cpIndexAt.set(offset, i);
    offset += c.length;
  });
  cpIndexAt.set(offset, chars.length);
  const breaks = breakOpportunities(text).map((b) => cpIndexAt.get(b) ?? chars.length);

  const natural = chars.map((c) => o.face.advance(c.codePointAt(0) ?? 0) * o.size);
  const adjusted = chars.map(
    (c, i) => (natural[i] ?? 0) - (closeUp(c, chars[i + 1]) ? o.size / 2 : 0),
  );
  const isSpace = (c: string | undefined) => c === ' ' || c === '\t';

  const lines: LaidLine[] = [];
  const emit = (start: number, end: number) => {
    let stop = end;
    while (stop > start && isSpace(chars[stop - 1])) stop--;
    const lineChars = chars.slice(start, stop);
    const advances = adjusted.slice(start, stop);
    // No close-up across the line end: the last character keeps its full width.
    if (advances.length > 0) advances[advances.length - 1] = natural[stop - 1] ?? 0;
    const first = lines.length === 0;
    lines.push({
      start,
      chars: lineChars,
      advances,
      width: advances.reduce((a, b) => a + b, 0),
      available: o.width - (first ? o.firstIndent : o.restIndent),
      indent: first ? o.firstIndent : o.restIndent,
      last: false,
    });
  };
  // Widths of [a, b) from running sums, summed in the same order as before (left to right from
  // the line's start), so that every comparison with the available width is the same as it was.
  let sumStart = -1;
  const partial: number[] = [];
  const sum = (a: number, b: number) => {
    if (a !== sumStart) {
      sumStart = a;
      partial.length = 1;
      partial[0] = 0;
    }
    for (let k = partial.length; k <= b - a; k++) {
      partial[k] = (partial[k - 1] ?? 0) + (adjusted[a + k - 1] ?? 0);
    }
    return partial[b - a] ?? 0;
  };
  const trimmedEnd = (a: number, b: number) => {
    let e = b;
    while (e > a && isSpace(chars[e - 1])) e--;
    return e;
  };

  let lineStart = 0;
  let segStart = 0;
  for (const segEnd of breaks) {
    if (segEnd <= segStart) continue;
    for (;;) {
      const available = o.width - (lines.length === 0 ? o.firstIndent : o.restIndent);
      const end = trimmedEnd(lineStart, segEnd);
      if (sum(lineStart, end) <= available + 0.01) break; // the segment fits on this line
      if (segStart > lineStart) {
        emit(lineStart, segStart); // break before the segment
        lineStart = segStart;
        continue;
      }
      // One unbreakable run wider than the line (a long URL): break it where it must.
      let cut = lineStart + 1;
      while (cut < segEnd && sum(lineStart, cut + 1) <= available) cut++;
      emit(lineStart, cut);
      lineStart = cut;
      segStart = cut;
    }
    segStart = segEnd;
  }
  if (lineStart < chars.length) emit(lineStart, chars.length);
  const lastLine = lines.at(-1);
  if (lastLine) lastLine.last = true;
  return lines;
}
