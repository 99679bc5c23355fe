// The PDF's fonts come from npm (Noto Serif JP, SIL OFL), never from the machine, so every machine
// makes the same file. Layout needs only each face's metrics (which code points it covers, their
// glyphs and advances), precomputed at package build time (scripts/font-metrics.ts) and loaded in
// about a millisecond; the TrueType file itself is parsed, once per process, only when a PDF
// embeds a subset of it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Fontkit from 'fontkit';
import { FONT_FILES, type FaceMetrics, type FaceName } from './font-files.js';
import { METRICS } from './font-metrics.generated.js';

const require = createRequire(import.meta.url);

export interface Face {
  readonly name: FaceName;
  /** The ascender in em. */
  readonly ascent: number;
  /** Advance of a code point in em (1 = the font size); .notdef's for one the face lacks. */
  advance(codePoint: number): number;
  has(codePoint: number): boolean;
  /** The glyph id of a code point (0, .notdef, when the face lacks it). */
  glyph(codePoint: number): number;
  /** Advance of a glyph in em. */
  glyphAdvance(gid: number): number;
  /** The parsed font (parsed on first use, then shared by every document of the process). */
  font(): Fontkit.Font;
}

function load(name: FaceName, m: FaceMetrics): Face {
  const gids = new Map<number, number>();
  const byGlyph = new Map<number, number>();
  const advances = new Map<number, number>();
  let cp = 0;
  let gid = 0;
  const cps: number[] = [];
  for (let i = 0; i < m.c.length; i++) {
    cp += m.c[i] ?? 0;
    gid += m.g[i] ?? 0;
    gids.set(cp, gid);
    cps.push(cp);
  }
  for (let i = 0; i < m.w.length; i += 2) {
    const c = cps[m.w[i] ?? 0] ?? 0;
    advances.set(c, (m.w[i + 1] ?? 0) / m.upem);
  }
  for (const [c, g] of gids) byGlyph.set(g, advances.get(c) ?? 1);
  const notdef = m.notdef / m.upem;
  let parsed: Fontkit.Font | undefined;
  return {
    name,
    ascent: m.ascent / m.upem,
    has: (c) => gids.has(c),
    glyph: (c) => gids.get(c) ?? 0,
    advance: (c) => (gids.has(c) ? (advances.get(c) ?? 1) : notdef),
    glyphAdvance: (g) => (g === 0 ? notdef : (byGlyph.get(g) ?? 1)),
    font() {
      if (!parsed) {
        const fontkit = require('fontkit') as typeof Fontkit;
        const font = fontkit.create(readFileSync(require.resolve(FONT_FILES[name])));
        if (!('glyphForCodePoint' in font)) throw new Error(`${name}: a font collection`);
        parsed = font;
      }
      return parsed;
    },
  };
}

let faces: { regular: Face; bold: Face } | undefined;

export function pdfFaces(): { regular: Face; bold: Face } {
  faces ??= { regular: load('regular', METRICS.regular), bold: load('bold', METRICS.bold) };
  return faces;
}

/** Shown where the font has no glyph: the typesetter's 〓 (geta), never an empty box. */
export const MISSING_GLYPH = '〓';
