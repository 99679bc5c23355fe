// word/numbering.xml → the number Word shows before each numbered paragraph. A paragraph's
// numbering is its own w:numPr or its style's (numId 0 switches it off); the w:num instance
// points at a w:abstractNum whose levels (w:lvl) give the start, the format (w:numFmt) and the
// text (w:lvlText, 「第%1条」); w:lvlOverride/w:startOverride on the instance restart a level.
//
// Counting follows Word: instances of one abstract list share its counters (LibreOffice writes a
// list that continues as several w:num of one w:abstractNum, one with a startOverride where it
// restarts); an instance with a startOverride restarts that level the first time it is used; a
// level restarts after any higher level is used (w:lvlRestart can say otherwise).
import { kanjiNumber } from '../number/format.js';
import type { StyleSheet } from './styles.js';
import { child, elements, valOf, type XmlElement } from './xml.js';

export interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
  pStyle?: string;
  /** 1-based level after which this one restarts (0: never); undefined: after any higher one. */
  restart?: number;
}

interface Instance {
  abstractId: string;
  /** Levels replaced by the instance (w:lvlOverride/w:lvl). */
  levels: Map<number, Level>;
  starts: Map<number, number>;
}

/** The number shown before a paragraph. */
export interface ParagraphNumber {
  /** The text Word puts before the paragraph's own text: 「第１条」「２」「一」「イ」「（１）」. */
  text: string;
  /** The paragraph's own counter (the value of %{level+1}). */
  value: number;
  /** 0-based level. */
  level: number;
  /** The level's number format, as written (decimalFullWidth, japaneseCounting …). */
  numFmt: string;
  /** The format's family: what the reader needs to know of it. */
  family: 'decimal' | 'decimal-fullwidth' | 'kanji' | 'iroha' | 'other';
}

const FULLWIDTH = (s: string) =>
  s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xff10 - 0x30));

const IROHA =
  'イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス';
const AIUEO =
  'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン';
const KANJI_DIGITS = '〇一二三四五六七八九';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

function cyclic(chars: string, n: number): string {
  return chars[(n - 1) % chars.length] ?? String(n);
}

function letters(n: number, base: string): string {
  // a … z, aa … zz (Word repeats the letter).
  const letter = base[(n - 1) % 26] ?? '';
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  let rest = n;
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

/** The family of a w:numFmt (LibreOffice writes taiwaneseCountingThousand and iroha for ours). */
export function formatFamily(numFmt: string): ParagraphNumber['family'] {
  switch (numFmt) {
    case 'decimal':
    case 'decimalHalfWidth':
    case 'decimalZero':
      return 'decimal';
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return 'decimal-fullwidth';
    case 'japaneseCounting':
    case 'japaneseLegal':
    case 'japaneseDigitalTenThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'taiwaneseDigital':
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'ideographDigital':
    case 'ideographTraditional':
      return 'kanji';
    case 'iroha':
    case 'irohaFullWidth':
      return 'iroha';
    default:
      return 'other';
  }
}

/** One counter value in a level's format. */
export function formatNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return FULLWIDTH(String(n));
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'japaneseCounting':
    case 'japaneseLegal':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'ideographTraditional':
      return kanjiNumber(n);
    case 'japaneseDigitalTenThousand':
    case 'taiwaneseDigital':
    case 'ideographDigital':
      return [...String(n)].map((d) => KANJI_DIGITS[Number(d)]).join('');
    // LibreOffice writes 「iroha」 for a full-width イロハ list; the text is the same list.
    case 'iroha':
    case 'irohaFullWidth':
      return cyclic(IROHA, n);
    case 'aiueo':
    case 'aiueoFullWidth':
      return cyclic(AIUEO, n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return CIRCLED[n - 1] ?? String(n);
    case 'decimalEnclosedParen':
      return `(${n})`;
    case 'upperLetter':
      return letters(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    case 'lowerLetter':
      return letters(n, 'abcdefghijklmnopqrstuvwxyz');
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'none':
    case 'bullet':
      return '';
    default:
      return String(n);
  }
}

function intVal(e: XmlElement | undefined, name: string): number | undefined {
  const v = valOf(e, name);
  return v !== undefined && /^-?\d+$/.test(v) ? Number(v) : undefined;
}

function readLevel(lvl: XmlElement): Level {
  const pStyle = valOf(lvl, 'w:pStyle');
  const restart = intVal(lvl, 'w:lvlRestart');
  return {
    start: intVal(lvl, 'w:start') ?? 0,
    numFmt: valOf(lvl, 'w:numFmt') ?? 'decimal',
    lvlText: valOf(lvl, 'w:lvlText') ?? '',
    ...(pStyle ? { pStyle } : {}),
    ...(restart !== undefined ? { restart } : {}),
  };
}

function levelsOf(e: XmlElement): Map<number, Level> {
  const out = new Map<number, Level>();
  for (const lvl of elements(e, 'w:lvl')) {
    const ilvl = Number(lvl.attrs['w:ilvl'] ?? '0');
    if (Number.isInteger(ilvl)) out.set(ilvl, readLevel(lvl));
  }
  return out;
}

export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly instances = new Map<number, Instance>();
  /** Abstract lists that take their levels from a numbering style (w:numStyleLink). */
  private readonly styleLinks = new Map<string, string>();
  private readonly styleLinked = new Map<string, string>();

  // Counting state, in document order.
  private readonly counters = new Map<string, (number | undefined)[]>();
  /** The start each level of a list counts from, after overrides. */
  private readonly starts = new Map<string, Map<number, number>>();
  private readonly used = new Set<number>();

  constructor(
    root: XmlElement | undefined,
    private readonly styles: StyleSheet,
  ) {
    for (const a of elements(root, 'w:abstractNum')) {
      const id = a.attrs['w:abstractNumId'];
      if (id === undefined) continue;
      this.abstracts.set(id, levelsOf(a));
      const link = valOf(a, 'w:numStyleLink');
      if (link) this.styleLinks.set(id, link);
      const linked = valOf(a, 'w:styleLink');
      if (linked) this.styleLinked.set(linked, id);
    }
    for (const n of elements(root, 'w:num')) {
      const id = Number(n.attrs['w:numId']);
      const abstractId = valOf(n, 'w:abstractNumId');
      if (!Number.isInteger(id) || abstractId === undefined) continue;
      const levels = new Map<number, Level>();
      const starts = new Map<number, number>();
      for (const o of elements(n, 'w:lvlOverride')) {
        const ilvl = Number(o.attrs['w:ilvl'] ?? '0');
        const start = intVal(o, 'w:startOverride');
        if (start !== undefined) starts.set(ilvl, start);
        const lvl = child(o, 'w:lvl');
        if (lvl) {
          const level = readLevel(lvl);
          levels.set(ilvl, level);
          // A replaced level with its own start restarts like a startOverride.
          if (start === undefined && child(lvl, 'w:start')) starts.set(ilvl, level.start);
        }
      }
      this.instances.set(id, { abstractId, levels, starts });
    }
  }

  /** The abstract list an instance counts in, through a numbering style's link if it has one. */
  private abstractOf(numId: number): string | undefined {
    const inst = this.instances.get(numId);
    if (!inst) return undefined;
    const link = this.styleLinks.get(inst.abstractId);
    if (link) {
      const viaStyle = this.styleLinked.get(link);
      if (viaStyle !== undefined) return viaStyle;
      const numPr = this.styles.numPrOf(link);
      const target = numPr?.numId === undefined ? undefined : this.instances.get(numPr.numId);
      if (target && !this.styleLinks.has(target.abstractId)) return target.abstractId;
    }
    return inst.abstractId;
  }

  private level(numId: number, abstractId: string, ilvl: number): Level | undefined {
    return this.instances.get(numId)?.levels.get(ilvl) ?? this.abstracts.get(abstractId)?.get(ilvl);
  }

  /**
   * The level of a paragraph numbered by its style without a level: the level whose w:pStyle
   * names the style, else 0.
   */
  levelForStyle(numId: number, styleId: string | undefined): number {
    const abstractId = this.abstractOf(numId);
    const levels = abstractId === undefined ? undefined : this.abstracts.get(abstractId);
    if (styleId && levels) for (const [ilvl, l] of levels) if (l.pStyle === styleId) return ilvl;
    return 0;
  }

  /**
   * Counts one numbered paragraph (call in document order) and returns the number Word shows, or
   * undefined when the instance or level does not exist or shows nothing.
   */
  next(numId: number, ilvl: number): ParagraphNumber | undefined {
    const abstractId = this.abstractOf(numId);
    if (abstractId === undefined) return undefined;
    const own = this.level(numId, abstractId, ilvl);
    if (!own) return undefined;
    let counters = this.counters.get(abstractId);
    if (!counters) this.counters.set(abstractId, (counters = []));
    let starts = this.starts.get(abstractId);
    if (!starts) this.starts.set(abstractId, (starts = new Map()));
    const inst = this.instances.get(numId)!;
    // The first paragraph of an instance with startOverrides restarts those levels.
    if (!this.used.has(numId)) {
      this.used.add(numId);
      for (const [l, start] of inst.starts) {
        starts.set(l, start);
        counters[l] = undefined;
      }
    }
    const startOf = (l: number) =>
      starts.get(l) ?? this.level(numId, abstractId, l)?.start ?? (l === ilvl ? own.start : 1);
    const current = counters[ilvl];
    counters[ilvl] = current === undefined ? startOf(ilvl) : current + 1;
    // Deeper levels restart after this one (unless their w:lvlRestart says otherwise).
    for (let l = ilvl + 1; l < Math.max(counters.length, 9); l++) {
      const restart = this.level(numId, abstractId, l)?.restart;
      if (restart === undefined || (restart !== 0 && ilvl < restart)) counters[l] = undefined;
    }
    const value = counters[ilvl]!;
    // 「%1」… in lvlText: each level's counter in that level's format; a level not yet used shows
    // its start.
    const text = own.lvlText.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const fmt = l === ilvl ? own.numFmt : (this.level(numId, abstractId, l)?.numFmt ?? 'decimal');
      return formatNumber(counters[l] ?? startOf(l), fmt);
    });
    if (own.numFmt === 'none' || own.numFmt === 'bullet' || text === '') return undefined;
    return {
      text,
      value,
      level: ilvl,
      numFmt: own.numFmt,
      family: formatFamily(own.numFmt),
    };
  }
}
