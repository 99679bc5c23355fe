// The PDF's two faces: Noto Serif JP (SIL OFL) from npm, never from the machine.
export const FONT_FILES = {
  regular: '@expo-google-fonts/noto-serif-jp/400Regular/NotoSerifJP_400Regular.ttf',
  bold: '@expo-google-fonts/noto-serif-jp/700Bold/NotoSerifJP_700Bold.ttf',
} as const;

export type FaceName = keyof typeof FONT_FILES;

/** A face's metrics as scripts/font-metrics.ts writes them (font-metrics.generated.ts). */
export interface FaceMetrics {
  /** Units per em. */
  upem: number;
  /** The ascender (hhea), in font units: pdfkit's top-of-text offset. */
  ascent: number;
  /** Advance of glyph 0 (.notdef). */
  notdef: number;
  /** Covered code points, ascending, as differences from the previous one. */
  c: number[];
  /** The glyph id of each, as differences from the previous one. */
  g: number[];
  /** [index in c, advance] pairs for the advances that are not one em. */
  w: number[];
}
