// The company's prefecture: from `company.prefecture`, or read from the start of `company.address`
// (「東京都千代田区…」, 「〒100-0005 東京都…」). The commentary cites that prefecture's ordinances.
import { PREFECTURES, type Config, type Prefecture } from '../config/schema.js';

export function prefectureOf(company: Config['company']): Prefecture | null {
  if (company.prefecture !== undefined) return company.prefecture;
  const address = (company.address ?? '')
    .replace(/^〒?\s*[0-9０-９]{3}[-－‐ー]?[0-9０-９]{4}\s*/, '')
    .trim();
  return PREFECTURES.find((p) => address.startsWith(p)) ?? null;
}
