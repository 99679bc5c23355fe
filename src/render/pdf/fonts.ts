// The PDF's fonts come from npm (Noto Serif JP, SIL OFL), never from the machine, so every machine
// makes the same file. Each face is parsed once per process and its glyph advances are cached
// across documents: shaping CJK text is most of the time a PDF takes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

const require = createRequire(import.meta.url);

export interface Face {
  /** The parsed font, handed to pdfkit as it is (no re-parse per document), shaping memoised. */
  font: fontkit.Font;
  /** Advance of a code point in em (1 = the font size). */
  advance(codePoint: number): number;
  has(codePoint: number): boolean;
}

function load(file: string): Face {
  const parsed = fontkit.create(readFileSync(require.resolve(file)));
  if (!('glyphForCodePoint' in parsed)) throw new Error(`${file}: a font collection, not a font`);
  const font = memoiseShaping(parsed);
  const upem = font.unitsPerEm;
  const advances = new Map<number, number>();
  const coverage = new Map<number, boolean>();
  return {
    font,
    has(cp) {
      let h = coverage.get(cp);
      if (h === undefined) {
        h = font.hasGlyphForCodePoint(cp);
        coverage.set(cp, h);
      }
      return h;
    },
    advance(cp) {
      let a = advances.get(cp);
      if (a === undefined) {
        a = font.glyphForCodePoint(cp).advanceWidth / upem;
        advances.set(cp, a);
      }
      return a;
    },
  };
}

let faces: { regular: Face; bold: Face } | undefined;

export function pdfFaces(): { regular: Face; bold: Face } {
  faces ??= {
    regular: load('@expo-google-fonts/noto-serif-jp/400Regular/NotoSerifJP_400Regular.ttf'),
    bold: load('@expo-google-fonts/noto-serif-jp/700Bold/NotoSerifJP_700Bold.ttf'),
  };
  return faces;
}

/** Shown where the font has no glyph: the typesetter's 〓 (geta), never an empty box. */
export const MISSING_GLYPH = '〓';

const SHAPING_CACHE_LIMIT = 1_000;

/**
 * fontkit's layout() is the costly step of drawing text, and batch builds draw the same clause
 * lines again and again. The memo returns a fresh copy of the positions each time because pdfkit
 * scales them in place; glyph objects are shared (pdfkit only reads them).
 */
function memoiseShaping(font: fontkit.Font): fontkit.Font {
  const cache = new Map<string, fontkit.GlyphRun>();
  const layout = font.layout.bind(font);
  const memo = (text: string, features?: unknown): fontkit.GlyphRun => {
    const key = features === undefined ? text : `${JSON.stringify(features)}\u0000${text}`;
    let run = cache.get(key);
    if (!run) {
      run = layout(text, features as never);
      if (cache.size >= SHAPING_CACHE_LIMIT) cache.clear();
      cache.set(key, run);
    }
    const positions = run.positions.map((p) => ({ ...p }));
    return Object.assign(
      Object.create(Object.getPrototypeOf(run) as object) as fontkit.GlyphRun,
      run,
      { positions },
    );
  };
  return new Proxy(font, {
    get(target, prop, receiver) {
      if (prop === 'layout') return memo;
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === 'function'
        ? (value as (...a: unknown[]) => unknown).bind(target)
        : value;
    },
  });
}
