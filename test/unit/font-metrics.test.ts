// The PDF's layout reads precomputed metrics (src/render/pdf/font-metrics.generated.ts): they must
// be those of the npm font package, and agree with the parsed font glyph for glyph.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fontMetricsSource, METRICS_FILE } from '../../scripts/font-metrics.js';
import { pdfFaces } from '../../src/render/pdf/fonts.js';

describe('font metrics', () => {
  it('should be up to date with the font package (npm run font-metrics regenerates them)', () => {
    expect(readFileSync(METRICS_FILE, 'utf8')).toBe(fontMetricsSource());
  });

  it('should give the parsed font’s glyph, advance and coverage', () => {
    const { regular, bold } = pdfFaces();
    for (const face of [regular, bold]) {
      const font = face.font();
      for (const c of [...'あ漢「」、。〓１aZ9 \u3000', '\u{20B9F}']) {
        const cp = c.codePointAt(0) ?? 0;
        expect(face.has(cp)).toBe(font.hasGlyphForCodePoint(cp));
        if (!face.has(cp)) continue;
        const glyph = font.glyphForCodePoint(cp);
        expect(face.glyph(cp)).toBe(glyph.id);
        expect(face.advance(cp)).toBe(glyph.advanceWidth / font.unitsPerEm);
        expect(face.glyphAdvance(glyph.id)).toBe(glyph.advanceWidth / font.unitsPerEm);
      }
      expect(face.ascent).toBe(font.ascent / font.unitsPerEm);
    }
  });
});
