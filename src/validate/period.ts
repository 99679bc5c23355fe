// Periods as the text writes them: 「５年間」「３６か月間」「三年」「-3年間」 (the sign is kept, so a
// negative period is seen as negative, not as its digits).
import { parseJapaneseNumber } from '../number/parse.js';

const SIGN = '([-−‐‑–—―ー－▲△]|マイナス)?';
const NUMBER = '([0-9]+(?:\\.[0-9]+)?|[〇一二三四五六七八九十百千]+)';
const UNIT = '(年|か月|ヶ月|カ月|ヵ月|ケ月|箇月|個月)';

export const PERIOD = new RegExp(`${SIGN}\\s*${NUMBER}\\s*${UNIT}(間)?`, 'g');

export interface Period {
  text: string;
  /** Signed amount (NaN when unreadable). */
  amount: number;
  unit: 'years' | 'months';
}

export function periodsIn(text: string): Period[] {
  return [...text.matchAll(PERIOD)].map((m) => {
    const n = m[2]!.includes('.') ? Number(m[2]) : (parseJapaneseNumber(m[2]!) ?? NaN);
    return { text: m[0], amount: m[1] ? -n : n, unit: m[3] === '年' ? 'years' : 'months' };
  });
}
