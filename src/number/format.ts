// Number styles: turn numbering data into 「第３条」「２」「一」「イ」 and dates into 令和/西暦 text.
// Every renderer and the assembler's helpers use these, so `style.digits` and `style.era` apply
// everywhere in one document.
import type { NumberStyle, Resolution } from '../model/types.js';

const FULLWIDTH_OFFSET = 0xff10 - 0x30;

/** Arabic digits in the document's width. */
export function digits(n: number | string, style: Pick<NumberStyle, 'digits'>): string {
  const s = String(n);
  return style.digits === 'fullwidth'
    ? s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + FULLWIDTH_OFFSET))
    : s;
}

/** Full-width digits back to ASCII (for reading text back). */
export function toHalfwidthDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - FULLWIDTH_OFFSET));
}

const KANJI_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 漢数字 as used for 号 numbers: 一、十、十一、二十三、百… */
export function kanjiNumber(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n >= 10000) return String(n);
  const units: [number, string][] = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
  ];
  let rest = n;
  let out = '';
  for (const [value, name] of units) {
    const q = Math.floor(rest / value);
    if (q > 0) out += (q === 1 ? '' : KANJI_DIGITS[q]) + name;
    rest %= value;
  }
  if (rest > 0) out += KANJI_DIGITS[rest];
  return out;
}

const IROHA =
  'イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス';

export function articleLabel(n: number, style: NumberStyle): string {
  return `第${digits(n, style)}条`;
}

/** The 項 number as printed before the text; the first 項 has none. */
export function paragraphLabel(n: number, style: NumberStyle): string {
  return n <= 1 ? '' : digits(n, style);
}

/** 号 (depth 1) 一、二; sub-items (depth 2) イ、ロ; depth 3 (１)(２). */
export function itemLabel(n: number, depth: number, style: NumberStyle): string {
  if (depth <= 1) return kanjiNumber(n);
  if (depth === 2) return IROHA[(n - 1) % IROHA.length] ?? String(n);
  return style.digits === 'fullwidth' ? `（${digits(n, style)}）` : `(${n})`;
}

/** 「前条」「次条」 for an adjacent target (see Resolution.relative), else 「第８条」. */
export function refArticleLabel(
  resolution: Extract<Resolution, { status: 'ok' }>,
  style: NumberStyle,
): string {
  if (resolution.relative === 'previous') return '前条';
  if (resolution.relative === 'next') return '次条';
  return articleLabel(resolution.article, style);
}

/**
 * 「第８条」 or 「第８条第２項」; 第N項 only when the target article has more than one 項. An
 * adjacent target is 「前条」「前条第２項」 or 「次条」 (`resolution.relative`, set only for the
 * guideline's own articles). With form `paragraph`, only 「第２項」 (the clause writes 「同条」
 * before it); with `paragraph-number`, only 「２」.
 */
export function refLabel(
  resolution: Resolution,
  style: NumberStyle,
  form?: 'paragraph' | 'paragraph-number',
): string {
  if (resolution.status === 'broken') return '（参照先不明）';
  if (form === 'paragraph-number') return digits(resolution.paragraph ?? 1, style);
  if (form === 'paragraph' && resolution.paragraph !== undefined)
    return `第${digits(resolution.paragraph, style)}項`;
  const art = refArticleLabel(resolution, style);
  if (resolution.paragraph !== undefined && resolution.paragraphCount > 1) {
    return `${art}第${digits(resolution.paragraph, style)}項`;
  }
  return art;
}

interface Era {
  name: string;
  start: string; // ISO date of the first day
}

// 元号法 (昭和54年法律第43号); earlier eras are not needed for documents dated today.
const ERAS: Era[] = [
  { name: '令和', start: '2019-05-01' },
  { name: '平成', start: '1989-01-08' },
  { name: '昭和', start: '1926-12-25' },
];

/** 「令和８年４月１日」 (元年 for the first year) or 「2026年4月1日」. */
export function formatDate(iso: string, style: NumberStyle): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const md = `${digits(m, style)}月${digits(d, style)}日`;
  if (style.era === 'seireki') return `${digits(y, style)}年${md}`;
  const era = ERAS.find((e) => iso >= e.start);
  if (!era) return `${digits(y, style)}年${md}`;
  const year = y - Number(era.start.slice(0, 4)) + 1;
  return `${era.name}${year === 1 ? '元' : digits(year, style)}年${md}`;
}
