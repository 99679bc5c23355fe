// Reading numbers and dates back from text: the inverse of format.ts, for the .docx and .md readers
// and the rules that check typed 「第N条」. Every form format.ts writes is read (full- and
// half-width digits, 漢数字, イロハ, 和暦 with 元年, 西暦), and a little more that people type.
import type { NumberStyle } from '../model/types.js';
import { formatDate, toHalfwidthDigits } from './format.js';

const KANJI: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const KANJI_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 「１２」「12」「十二」「一〇」 → 12; undefined for anything else. */
export function parseJapaneseNumber(s: string): number | undefined {
  const ascii = toHalfwidthDigits(s);
  if (/^\d+$/.test(ascii)) return Number(ascii);
  if (!/^[〇零一二三四五六七八九十百千]+$/.test(s)) return undefined;
  // 「一〇」「二〇二六」: digit by digit, no units.
  if (!/[十百千]/.test(s)) return Number([...s].map((c) => KANJI[c]).join(''));
  let total = 0;
  let current = 0;
  for (const c of s) {
    const unit = KANJI_UNITS[c];
    if (unit !== undefined) {
      total += (current || 1) * unit;
      current = 0;
    } else current = KANJI[c] ?? 0;
  }
  return total + current;
}

const IROHA =
  'イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス';
const HALFWIDTH_IROHA = 'ｲﾛﾊﾆﾎﾍﾄﾁﾘﾇﾙｦﾜｶﾖﾀﾚｿﾂﾈﾅﾗﾑｳヰﾉｵｸﾔﾏｹﾌｺｴﾃｱｻｷﾕﾒﾐｼヱﾋﾓｾｽ';

/** 「イ」 → 1, 「ハ」 → 3 (half-width ｲﾛﾊ too); undefined for anything else. */
export function parseIroha(s: string): number | undefined {
  if ([...s].length !== 1) return undefined;
  const i = IROHA.indexOf(s);
  if (i >= 0) return i + 1;
  const j = HALFWIDTH_IROHA.indexOf(s);
  return j >= 0 ? j + 1 : undefined;
}

/** First year of each era (元年) as format.ts writes them; parseDate checks against formatDate. */
const ERA_FIRST_YEAR: Record<string, number> = { 令和: 2019, 平成: 1989, 昭和: 1926 };

const NUM = '[0-9０-９]+|[〇一二三四五六七八九十]+';
const WAREKI = new RegExp(
  `(令和|平成|昭和)\\s*(元|${NUM})\\s*年\\s*(${NUM})\\s*月\\s*(${NUM})\\s*日`,
);
const SEIREKI = new RegExp(`(${NUM})\\s*年\\s*(${NUM})\\s*月\\s*(${NUM})\\s*日`);

export interface ParsedDate {
  /** ISO date (YYYY-MM-DD). */
  iso: string;
  era: NumberStyle['era'];
  /** The digits' width as written; undefined when the date has no Arabic digits (漢数字, 元年). */
  digits?: NumberStyle['digits'];
  /** The date as it stands in the text. */
  text: string;
  /** Where it starts in the text. */
  index: number;
}

function iso(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function widthOf(text: string): NumberStyle['digits'] | undefined {
  if (/[０-９]/.test(text)) return 'fullwidth';
  if (/[0-9]/.test(text)) return 'halfwidth';
  return undefined;
}

/**
 * The first date in the text: 「令和８年４月１日」「令和元年5月1日」 (和暦) or 「2026年4月1日」
 * (西暦), the inverse of formatDate. A 和暦 date outside its era (「令和1年4月1日」) is no date.
 */
export function parseDate(text: string): ParsedDate | undefined {
  const w = WAREKI.exec(text);
  const s = SEIREKI.exec(text);
  // Whichever comes first; a 西暦 match inside a 和暦 one (「８年４月１日」) is the 和暦 date.
  if (w && (!s || w.index <= s.index)) {
    const [all, era, y, m, d] = w as unknown as [string, string, string, string, string];
    const year = y === '元' ? 1 : parseJapaneseNumber(y);
    const month = parseJapaneseNumber(m);
    const day = parseJapaneseNumber(d);
    if (year === undefined || month === undefined || day === undefined) return undefined;
    const out = iso(ERA_FIRST_YEAR[era]! + year - 1, month, day);
    if (!out) return undefined;
    // The era must be the one formatDate gives that day (令和 starts on 5月1日).
    if (!formatDate(out, { era: 'wareki', digits: 'halfwidth' }).startsWith(era)) return undefined;
    const digits = widthOf(all);
    return { iso: out, era: 'wareki', ...(digits ? { digits } : {}), text: all, index: w.index };
  }
  if (s) {
    const [all, y, m, d] = s as unknown as [string, string, string, string];
    const year = parseJapaneseNumber(y);
    const month = parseJapaneseNumber(m);
    const day = parseJapaneseNumber(d);
    if (year === undefined || month === undefined || day === undefined || year < 1000)
      return undefined;
    const out = iso(year, month, day);
    if (!out) return undefined;
    const digits = widthOf(all);
    return { iso: out, era: 'seireki', ...(digits ? { digits } : {}), text: all, index: s.index };
  }
  return undefined;
}
