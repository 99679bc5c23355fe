// word/styles.xml → what each paragraph style is. A paragraph is known by its style's *name*
// (w:name), not its id: Word keeps hinagata's ids, LibreOffice renames them (ArticleHeading →
// Style18) but keeps the names 条見出し …. A style that is not hinagata's is known by the first
// style it is based on that is (w:basedOn), as pandoc's reader follows the basedOn chain. A style
// also carries numbering (w:numPr), which its paragraphs inherit; and the document defaults and the
// styles name the fonts.
import type { LineKind } from './lines.js';
import { child, elements, valOf, type XmlElement } from './xml.js';

export interface NumPr {
  /** 0 = numbering switched off. */
  numId?: number;
  ilvl?: number;
}

export interface StyleInfo {
  id: string;
  name: string;
  type: string;
  basedOn?: string;
  numPr?: NumPr;
  /** w:rFonts w:eastAsia of the style's own run properties. */
  eastAsiaFont?: string;
}

export interface ParagraphKind {
  kind: LineKind;
  /** 号 depth: 1 号, 2 イロハ, 3 （１）. */
  depth?: number;
}

/** hinagata's paragraph styles by name (src/render/docx/styles.ts), and what they hold. */
const KINDS_BY_NAME: Record<string, ParagraphKind> = {
  ガイドライン表題: { kind: 'title' },
  ガイドライン会社名: { kind: 'company' },
  ガイドライン制定日: { kind: 'dates' },
  条見出し: { kind: 'article-heading' },
  条文: { kind: 'first-paragraph' },
  項: { kind: 'paragraph' },
  号: { kind: 'item', depth: 1 },
  '号の細分（イロハ）': { kind: 'item', depth: 2 },
  '号の細分（括弧数字）': { kind: 'item', depth: 3 },
  附則見出し: { kind: 'supplementary-heading' },
  附則: { kind: 'supplementary' },
  改定履歴見出し: { kind: 'revision-heading' },
  表内文字: { kind: 'table-text' },
};

/** The same styles by hinagata's ids, for a file whose styles.xml is missing or lost the names. */
const KINDS_BY_ID: Record<string, ParagraphKind> = {
  GuidelineTitle: { kind: 'title' },
  GuidelineCompany: { kind: 'company' },
  GuidelineDates: { kind: 'dates' },
  ArticleHeading: { kind: 'article-heading' },
  ArticleBody: { kind: 'first-paragraph' },
  ArticleParagraph: { kind: 'paragraph' },
  ArticleItem: { kind: 'item', depth: 1 },
  ArticleSubitem: { kind: 'item', depth: 2 },
  ArticleSubsubitem: { kind: 'item', depth: 3 },
  SupplementaryHeading: { kind: 'supplementary-heading' },
  SupplementaryText: { kind: 'supplementary' },
  RevisionHeading: { kind: 'revision-heading' },
  TableText: { kind: 'table-text' },
};

/** 「号の細分(イロハ)」 and 「号の細分（イロハ）」 alike: names compared after NFKC. */
const byNormalisedName = new Map(
  Object.entries(KINDS_BY_NAME).map(([name, kind]) => [name.normalize('NFKC'), kind]),
);

function kindForName(name: string): ParagraphKind | undefined {
  return byNormalisedName.get(name.normalize('NFKC').trim());
}

/** A w:pPr's own numbering (w:numPr), as written. */
export function numPrOf(pPr: XmlElement | undefined): NumPr | undefined {
  const numPr = child(pPr, 'w:numPr');
  if (!numPr) return undefined;
  const numId = valOf(numPr, 'w:numId');
  const ilvl = valOf(numPr, 'w:ilvl');
  const out: NumPr = {};
  if (numId !== undefined && /^-?\d+$/.test(numId)) out.numId = Number(numId);
  if (ilvl !== undefined && /^\d+$/.test(ilvl)) out.ilvl = Number(ilvl);
  return out;
}

function eastAsiaOf(rPr: XmlElement | undefined): string | undefined {
  const fonts = child(rPr, 'w:rFonts');
  return fonts?.attrs['w:eastAsia'] || undefined;
}

export class StyleSheet {
  private readonly styles = new Map<string, StyleInfo>();
  private readonly defaultParagraph?: string;
  /** w:docDefaults/w:rPrDefault east-Asian font. */
  private readonly defaultFont?: string;

  constructor(root: XmlElement | undefined) {
    let defaultParagraph: string | undefined;
    for (const s of elements(root, 'w:style')) {
      const id = s.attrs['w:styleId'];
      if (!id) continue;
      const type = s.attrs['w:type'] ?? 'paragraph';
      const basedOn = valOf(s, 'w:basedOn');
      const numPr = numPrOf(child(s, 'w:pPr'));
      const eastAsiaFont = eastAsiaOf(child(s, 'w:rPr'));
      this.styles.set(id, {
        id,
        name: valOf(s, 'w:name') ?? id,
        type,
        ...(basedOn ? { basedOn } : {}),
        ...(numPr ? { numPr } : {}),
        ...(eastAsiaFont ? { eastAsiaFont } : {}),
      });
      const isDefault = ['1', 'true', 'on'].includes(s.attrs['w:default'] ?? '');
      if (type === 'paragraph' && isDefault) defaultParagraph = id;
    }
    if (defaultParagraph) this.defaultParagraph = defaultParagraph;
    const font = eastAsiaOf(child(child(child(root, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr'));
    if (font) this.defaultFont = font;
  }

  get(id: string): StyleInfo | undefined {
    return this.styles.get(id);
  }

  /** The style and its ancestors (w:basedOn), nearest first; a cycle is cut. */
  private chain(id: string | undefined): StyleInfo[] {
    const out: StyleInfo[] = [];
    const seen = new Set<string>();
    let cur = id ?? this.defaultParagraph;
    while (cur !== undefined && !seen.has(cur)) {
      seen.add(cur);
      const s = this.styles.get(cur);
      if (!s) break;
      out.push(s);
      cur = s.basedOn;
    }
    return out;
  }

  /** What a paragraph in this style is: by its name, else the nearest ancestor's that is ours. */
  kindOf(styleId: string | undefined): ParagraphKind | undefined {
    if (styleId === undefined) return undefined;
    for (const s of this.chain(styleId)) {
      const k = kindForName(s.name) ?? (s.name === s.id ? KINDS_BY_ID[s.id] : undefined);
      if (k) return k;
    }
    // A style id the file does not define (a hand-made file without styles.xml).
    return this.styles.has(styleId) ? undefined : KINDS_BY_ID[styleId];
  }

  /** The numbering a paragraph in this style gets from the style (or the style it is based on). */
  numPrOf(styleId: string | undefined): NumPr | undefined {
    for (const s of this.chain(styleId)) if (s.numPr) return s.numPr;
    return undefined;
  }

  /** The id of the style that holds this kind of paragraph (条見出し's id for article-heading). */
  idForKind(kind: LineKind): string | undefined {
    for (const s of this.styles.values()) if (kindForName(s.name)?.kind === kind) return s.id;
    return undefined;
  }

  /** The east-Asian font a paragraph in this style is set in (style chain, then the defaults). */
  fontOf(styleId: string | undefined): string | undefined {
    for (const s of this.chain(styleId)) if (s.eastAsiaFont) return s.eastAsiaFont;
    return this.defaultFont;
  }

  /** Body and heading fonts: the 条文 (or default paragraph) style's and the 条見出し style's. */
  fonts(): { body: string; heading: string } {
    const body = this.fontOf(this.idForKind('first-paragraph') ?? this.defaultParagraph);
    const headingStyle = this.idForKind('article-heading');
    // No 条見出し style: the file does not say which font headings are set in.
    const heading = headingStyle === undefined ? undefined : this.fontOf(headingStyle);
    return { body: body ?? '', heading: heading ?? '' };
  }
}
