// Prefectural ordinances the commentary cites for the company's prefecture: the customer-harassment
// ordinance where there is one, and the 暴力団排除条例. Data only; filled from verified sources.
//
// Research as of 2026-12-02. Rules followed:
// - No ordinance number, article number or date is entered unless it was seen in a source; where it
//   was not, the field is null (numbers, articles) or the entry is left out (customer-harassment
//   ordinances not confirmed as enacted).
// - 暴力団排除条例 names not confirmed in a source keep the generic pattern 「○○暴力団排除条例」 with
//   `confirmed: false`; the commentary must then refer to the ordinance generically
//   (「○○の暴力団排除に関する条例」), never by the pattern name.
// Sources for every entry are recorded in the research notes (facts.md) kept outside the repository.
import type { Prefecture } from '../config/schema.js';

export interface CustomerHarassmentOrdinance {
  /** 例: 東京都カスタマー・ハラスメント防止条例 */
  name: string;
  /** 例: 令和6年東京都条例第140号 (null where the number could not be confirmed). */
  number: string | null;
  /** ISO date the ordinance took effect (or takes effect). */
  effective: string;
  /** What it asks of 事業者, in one sentence of the commentary's style. */
  duties: string;
  /** The same, as the short requirement cell of the 法令対応表 (no article numbers of its own). */
  measure: string;
  /** Whether the ordinance carries penalties for customer harassment. */
  penalties: boolean;
  /** Where the name, number and 施行日 were confirmed. */
  source: string;
}

export interface AntisocialOrdinance {
  /**
   * 例: 大阪府暴力団排除条例. Where `confirmed` is false this is only the generic pattern
   * 「○○暴力団排除条例」 and must not be quoted as the ordinance's title.
   */
  name: string;
  /** 例: 平成22年神奈川県条例第75号 (null where not confirmed). */
  number: string | null;
  /** Name followed by the number where known, e.g. 暴力団排除条例（平成22年兵庫県条例第35号）. */
  citation: string;
  /** True when the official name was confirmed in a source. */
  confirmed: boolean;
  /** Article prohibiting 事業者 from giving benefits (利益供与) to 暴力団員等, e.g. 第24条; null if not confirmed. */
  benefitArticle: string | null;
}

export interface LocalLaw {
  prefecture: Prefecture;
  customerHarassment: CustomerHarassmentOrdinance | null;
  /** 例: 大阪府暴力団排除条例 */
  antisocial: AntisocialOrdinance;
}

/**
 * Prefectural customer-harassment ordinances enacted by 2026-12 (confirmed: enacted, 施行日 known).
 * Not entered: 栃木県 (条例案 was to be submitted to the February 2026 session; enactment not
 * confirmed), 三重県 (罰則付き条例案 planned; not confirmed as enacted), and all municipal ordinances.
 */
export const CUSTOMER_HARASSMENT_ORDINANCES: Readonly<
  Partial<Record<Prefecture, CustomerHarassmentOrdinance>>
> = {
  東京都: {
    name: '東京都カスタマー・ハラスメント防止条例',
    number: '令和6年東京都条例第140号',
    effective: '2025-04-01',
    duties:
      '事業者に対し、カスタマー・ハラスメントの防止に主体的かつ積極的に取り組むこと、顧客等からカスタマー・ハラスメントを受けた場合に就業者の安全を確保するとともに当該顧客等に対し行為の中止の申入れその他の必要かつ適切な措置を講ずること（第9条）、及び指針に基づき手引の作成その他の措置を講ずること（第14条）を求めているが、いずれも努力義務であり、罰則は定められていない。',
    measure:
      '就業者の安全の確保、行為者への中止の申入れその他の必要な措置及び手引の作成等（努力義務）',
    penalties: false,
    source: 'https://www.nocushara.metro.tokyo.lg.jp/ordinance/',
  },
  北海道: {
    name: '北海道カスタマーハラスメント防止条例',
    number: null,
    effective: '2025-04-01',
    duties:
      '事業者に対し、道が実施するカスタマーハラスメント対策に協力するとともに、カスタマーハラスメントの防止に係る取組を主体的に行うことを求めているが（第6条）、罰則は定められていない。',
    measure: 'カスタマーハラスメントの防止に係る主体的な取組及び道の施策への協力',
    penalties: false,
    source: 'https://www.rilg.or.jp/htdocs/img/reiki/162_customer_harassment.htm',
  },
  群馬県: {
    name: '群馬県カスタマーハラスメント防止条例',
    number: null,
    effective: '2025-04-01',
    duties:
      '事業者に対し、顧客の権利を尊重した上で、カスタマーハラスメントの防止に向けた取組を積極的に推進し、就業者の権利と尊厳を守ることを求めているが（前文参照）、罰則は定められていない。',
    measure: 'カスタマーハラスメントの防止に向けた取組の推進及び就業者の権利と尊厳の保護',
    penalties: false,
    source: 'https://www.pref.gunma.jp/page/688104.html',
  },
  愛知県: {
    name: '愛知県カスタマーハラスメント防止条例',
    number: '令和7年愛知県条例第34号',
    effective: '2025-10-01',
    duties:
      '事業者の責務として、カスタマーハラスメントを行った顧客等に対し行為の中止を求めることその他就業者をカスタマーハラスメントから守るための適切な対応を行うことを求めているが、罰則は定められていない。',
    measure: '行為者への中止の求めその他就業者を守るための適切な対応',
    penalties: false,
    source: 'https://www.pref.aichi.jp/press-release/kasuhara-jigyousyashien.html',
  },
  静岡県: {
    name: '静岡県カスタマーハラスメント防止条例',
    number: null,
    effective: '2026-04-01',
    duties:
      'カスタマーハラスメントの防止に関する基本理念及び関係者の責務を定める理念条例であり、事業者にはカスタマーハラスメントの防止に向けた取組が求められるが、罰則は定められていない。',
    measure: 'カスタマーハラスメントの防止に向けた取組',
    penalties: false,
    source: 'https://www.rilg.or.jp/htdocs/img/reiki/162_customer_harassment.htm',
  },
  埼玉県: {
    name: '埼玉県カスタマーハラスメント防止条例',
    number: null,
    effective: '2026-07-01',
    duties:
      '事業者に対し、就業者をカスタマーハラスメントから守るための基本方針を定めることその他カスタマーハラスメントの防止に向けた取組を行うよう努めることを求めているが、罰則は定められていない。',
    measure: '就業者を守るための基本方針の策定その他の防止の取組（努力義務）',
    penalties: false,
    source: 'https://www.pref.saitama.lg.jp/a0809/customerharassment/bousitaisaku.html',
  },
};

interface AntisocialEntry {
  /** Full name; omitted when it is the pattern `${prefecture}暴力団排除条例`. */
  name?: string;
  number?: string;
  confirmed: boolean;
  benefitArticle?: string;
}

/** 暴力団排除条例 per prefecture (all 47). */
const ANTISOCIAL: Readonly<Record<Prefecture, AntisocialEntry>> = {
  北海道: {
    name: '北海道暴力団の排除の推進に関する条例',
    confirmed: true,
    benefitArticle: '第15条',
  },
  青森県: { confirmed: true },
  岩手県: { confirmed: false },
  宮城県: { confirmed: false },
  秋田県: { confirmed: false },
  山形県: { confirmed: true },
  福島県: { number: '平成23年福島県条例第51号', confirmed: true },
  茨城県: { confirmed: true },
  栃木県: { confirmed: true },
  群馬県: { confirmed: true },
  埼玉県: { confirmed: true },
  千葉県: { number: '平成23年千葉県条例第4号', confirmed: true },
  東京都: { confirmed: true, benefitArticle: '第24条' },
  神奈川県: { number: '平成22年神奈川県条例第75号', confirmed: true },
  新潟県: { confirmed: true },
  富山県: { confirmed: true },
  石川県: { number: '平成23年石川県条例第20号', confirmed: true },
  福井県: { confirmed: true },
  山梨県: { number: '平成22年山梨県条例第35号', confirmed: true },
  長野県: { confirmed: false },
  岐阜県: { number: '平成22年岐阜県条例第54号', confirmed: true },
  静岡県: { confirmed: true },
  愛知県: { number: '平成22年愛知県条例第34号', confirmed: true },
  三重県: { confirmed: true },
  滋賀県: { confirmed: false },
  京都府: { confirmed: true },
  大阪府: { confirmed: true, benefitArticle: '第14条' },
  // The official title carries no prefecture name.
  兵庫県: { name: '暴力団排除条例', number: '平成22年兵庫県条例第35号', confirmed: true },
  奈良県: { confirmed: false },
  和歌山県: { number: '平成23年和歌山県条例第23号', confirmed: true },
  鳥取県: { confirmed: true },
  島根県: { confirmed: true, benefitArticle: '第14条' },
  岡山県: { confirmed: false },
  広島県: { confirmed: true },
  山口県: { confirmed: true },
  徳島県: { confirmed: false },
  香川県: { confirmed: false },
  愛媛県: { confirmed: true },
  高知県: { confirmed: true },
  福岡県: { number: '平成21年福岡県条例第59号', confirmed: true },
  佐賀県: { confirmed: true },
  長崎県: { confirmed: false },
  熊本県: { confirmed: true },
  大分県: { confirmed: false },
  宮崎県: { confirmed: true },
  // 平成26年に全部改正（旧「鹿児島県暴力団排除活動の推進に関する条例」）。
  鹿児島県: { confirmed: true },
  沖縄県: { confirmed: true, benefitArticle: '第13条' },
};

function antisocialOrdinance(prefecture: Prefecture): AntisocialOrdinance {
  const entry = ANTISOCIAL[prefecture];
  const name = entry.name ?? `${prefecture}暴力団排除条例`;
  const number = entry.number ?? null;
  return {
    name,
    number,
    citation: number === null ? name : `${name}（${number}）`,
    confirmed: entry.confirmed,
    benefitArticle: entry.benefitArticle ?? null,
  };
}

export function localLaw(prefecture: Prefecture | null): LocalLaw | null {
  if (prefecture === null) return null;
  return {
    prefecture,
    customerHarassment: CUSTOMER_HARASSMENT_ORDINANCES[prefecture] ?? null,
    antisocial: antisocialOrdinance(prefecture),
  };
}
