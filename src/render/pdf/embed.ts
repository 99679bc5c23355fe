// One face embedded in one PDF: a Type0 font (Identity-H) over a TrueType subset, with widths and
// a ToUnicode CMap, written with pdfkit's public object API (ref) as pdfkit writes its own
// embedded fonts. The composer encodes every glyph of a line through `encode` (subset glyph ids in
// first-use order, as pdfkit assigns them) and writes the line's TJ array itself; pdfkit never
// shapes or measures our text. Subsets are cached per process by the sequence of glyphs they hold
// (bounded): a document rebuilt with the same glyphs (the web app's preview, a batch re-run, a
// record form whose text did not change) reuses the encoded subset.
import type * as Fontkit from 'fontkit';
import type { Face } from './fonts.js';

/** The tables of the font that the font descriptor reads (fontkit's types omit them). */
interface Tables {
  'OS/2'?: { sFamilyClass?: number };
  post: { isFixedPitch?: number | boolean };
  head: { macStyle: { italic?: boolean } };
}

const hex4 = (n: number) => `0000${n.toString(16)}`.slice(-4);

interface Encoded {
  /** The TrueType subset (uncompressed; pdfkit deflates the stream). */
  file: Uint8Array;
}

const SUBSET_CACHE_LIMIT = 24;
const subsets = new Map<string, Encoded>();

function encodeSubset(face: Face, glyphs: readonly number[]): Encoded {
  const key = `${face.name}:${glyphs.join(',')}`;
  const hit = subsets.get(key);
  if (hit) {
    subsets.delete(key);
    subsets.set(key, hit); // most recently used last
    return hit;
  }
  const subset = face.font().createSubset();
  // fontkit takes a glyph id as well as a glyph (its types name only the latter).
  for (const g of glyphs) subset.includeGlyph(g as unknown as Fontkit.Glyph);
  const encoded = { file: subset.encode() };
  if (subsets.size >= SUBSET_CACHE_LIMIT) subsets.delete(subsets.keys().next().value ?? '');
  subsets.set(key, encoded);
  return encoded;
}

/** Entries in the subset cache, for the benchmark's memory figures. */
export function subsetCacheSize(): number {
  return subsets.size;
}

export class EmbeddedFace {
  readonly ref: PDFKit.PDFKitReference;
  /** Original glyph ids, in subset order (0, .notdef, first). */
  private readonly glyphs: number[] = [0];
  private readonly subsetId = new Map<number, number>([[0, 0]]);
  /** Code points per subset glyph, for ToUnicode. */
  private readonly unicode: number[][] = [[0]];

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    readonly face: Face,
    /** The font's resource name on the pages (/HR, /HB). */
    readonly id: string,
  ) {
    this.ref = doc.ref({});
  }

  /** The 4-digit hex code of the glyph for `cp`, in this document's subset. */
  encode(cp: number): string {
    const gid = this.face.glyph(cp);
    let sid = this.subsetId.get(gid);
    if (sid === undefined) {
      sid = this.glyphs.length;
      this.glyphs.push(gid);
      this.subsetId.set(gid, sid);
      this.unicode.push([cp]);
    }
    return hex4(sid);
  }

  /** Writes the font objects (at the end of the document, as pdfkit does for its own fonts). */
  embed(): void {
    const font = this.face.font();
    const scale = 1000 / font.unitsPerEm;
    const { file } = encodeSubset(this.face, this.glyphs);
    const fontFile = this.doc.ref({});
    fontFile.end(Buffer.from(file.buffer, file.byteOffset, file.byteLength));
    const tables = font as unknown as Tables;
    const familyClass = (tables['OS/2']?.sFamilyClass ?? 0) >> 8;
    let flags = 0;
    if (tables.post.isFixedPitch) flags |= 1 << 0;
    if (familyClass >= 1 && familyClass <= 7) flags |= 1 << 1;
    flags |= 1 << 2;
    if (familyClass === 10) flags |= 1 << 3;
    if (tables.head.macStyle.italic) flags |= 1 << 6;
    const tag = [1, 2, 3, 4, 5, 6]
      .map((i) => String.fromCharCode((this.id.charCodeAt(i) || 73) + 17))
      .join('');
    const name = `${tag}+${font.postscriptName.replaceAll(' ', '_')}`;
    const { bbox } = font;
    const descriptor = this.doc.ref({
      Type: 'FontDescriptor',
      FontName: name,
      Flags: flags,
      FontBBox: [bbox.minX * scale, bbox.minY * scale, bbox.maxX * scale, bbox.maxY * scale],
      ItalicAngle: font.italicAngle,
      Ascent: font.ascent * scale,
      Descent: font.descent * scale,
      CapHeight: (font.capHeight || font.ascent) * scale,
      XHeight: (font.xHeight || 0) * scale,
      StemV: 0,
      FontFile2: fontFile,
    });
    descriptor.end(undefined);
    const widths = this.glyphs.map((g) => this.face.glyphAdvance(g) * 1000);
    const descendant = this.doc.ref({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: name,
      CIDSystemInfo: {
        Registry: new String('Adobe'),
        Ordering: new String('Identity'),
        Supplement: 0,
      },
      FontDescriptor: descriptor,
      W: [0, widths],
      CIDToGIDMap: 'Identity',
    });
    descendant.end(undefined);
    Object.assign(this.ref.data, {
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: name,
      Encoding: 'Identity-H',
      DescendantFonts: [descendant],
      ToUnicode: this.toUnicode(),
    });
    this.ref.end(undefined);
  }

  /** pdfkit's ToUnicode CMap, for the same subset order. */
  private toUnicode(): PDFKit.PDFKitReference {
    const cmap = this.doc.ref({});
    const entries = this.unicode.map((cps) => {
      const encoded: string[] = [];
      for (let value of cps) {
        if (value > 0xffff) {
          value -= 0x10000;
          encoded.push(hex4(((value >>> 10) & 0x3ff) | 0xd800));
          value = 0xdc00 | (value & 0x3ff);
        }
        encoded.push(hex4(value));
      }
      return `<${encoded.join(' ')}>`;
    });
    const ranges: string[] = [];
    for (let start = 0; start < entries.length; start += 256) {
      const end = Math.min(start + 256, entries.length);
      ranges.push(`<${hex4(start)}> <${hex4(end - 1)}> [${entries.slice(start, end).join(' ')}]`);
    }
    cmap.end(`\
/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo <<
  /Registry (Adobe)
  /Ordering (UCS)
  /Supplement 0
>> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000><ffff>
endcodespacerange
${ranges.length} beginbfrange
${ranges.join('\n')}
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end`);
    return cmap;
  }
}
