// Builds the Handlebars view from the config: every text value becomes a token (data, never
// markup), booleans and numbers stay as they are. docs/authoring-clauses.md documents this shape.
import { HARASSMENT_MEASURES, recordItemsOf, type Channel, type Config } from '../config/schema.js';
import { prefectureOf } from '../law/prefecture.js';
import { localLaw } from '../law/ordinances.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { digits, toHalfwidthDigits } from '../number/format.js';
import { suggest } from '../config/issues.js';
import type { TokenTable } from './tokens.js';
import { stripTokenChars } from './tokens.js';

export const CHANNEL_LABELS: Record<Channel['type'], string> = {
  phone: '電話',
  email: '電子メール',
  webform: 'ウェブサイト上の相談フォーム',
  postal: '郵便',
};

/** The examples of 顧客等 in 労働施策総合推進法第33条第1項, in its order. */
export const STATUTORY_PARTIES = ['顧客', '取引の相手方', '施設の利用者'] as const;

export interface ChannelView {
  type: Channel['type'];
  label: string;
  detail: string;
  hours: string | null;
}

export interface BuiltInExample {
  id: string;
  text: string;
}

export const MIN_REFUSAL_EXAMPLES = 3;

export function buildView(
  config: Config,
  tokens: TokenTable,
  builtInExamples: readonly BuiltInExample[],
): { view: Record<string, unknown>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const v = (value: string, field: string) => tokens.value(stripTokenChars(value), field);
  // Prose values (hours, examples, record items, addresses…) follow the document's digit style so
  // one document never mixes 「午前9時」 with 「第１条」; names and codes (phone numbers, postal
  // codes, URLs, e-mail addresses) stay as written. The rule is at proseValue below.
  const prose = (value: string, field: string) => v(proseValue(value, config.style.digits), field);

  const channels: ChannelView[] = config.intake.channels.map((ch, i) => {
    const at = `intake.channels[${i}]`;
    switch (ch.type) {
      case 'phone':
        return {
          type: ch.type,
          label: CHANNEL_LABELS.phone,
          detail: v(ch.number, `${at}.number`),
          hours: ch.hours === undefined ? null : prose(ch.hours, `${at}.hours`),
        };
      case 'email':
        return {
          type: ch.type,
          label: CHANNEL_LABELS.email,
          detail: v(ch.address, `${at}.address`),
          hours: null,
        };
      case 'webform':
        return {
          type: ch.type,
          label: CHANNEL_LABELS.webform,
          detail: v(ch.url, `${at}.url`),
          hours: null,
        };
      case 'postal':
        return {
          type: ch.type,
          label: CHANNEL_LABELS.postal,
          // An address: the 〒 code stays ASCII, the 番地 follow the digit style.
          detail: prose(ch.address, `${at}.address`),
          hours: null,
        };
    }
  });
  const byType = (t: Channel['type']) => channels.find((c) => c.type === t) ?? null;
  const hasPhone = byType('phone') !== null;

  // Refusal examples: built-in minus removed (by id or by text), plus added.
  const remove = config.refusal.removeExamples;
  const removed = new Set<string>();
  remove.forEach((r, i) => {
    const hit = builtInExamples.find((e) => e.id === r || e.text === r);
    if (hit) {
      removed.add(hit.id);
    } else {
      const guess = suggest(
        r,
        builtInExamples.map((e) => e.id),
      );
      diagnostics.push({
        rule: 'config/unknown-example',
        severity: 'error',
        path: `refusal.removeExamples[${i}]`,
        message: `組込みの例に「${r}」はありません`,
        hint: guess
          ? `「${guess}」の誤りではありませんか`
          : `組込みの例の id: ${builtInExamples.map((e) => e.id).join(', ')}`,
      });
    }
  });
  const examples = [
    ...builtInExamples
      .filter((e) => !removed.has(e.id))
      .map((e) => v(e.text, `clause:intake-refusal#${e.id}`)),
    ...config.refusal.addExamples.map((t, i) =>
      prose(t.replace(/。$/, ''), `refusal.addExamples[${i}]`),
    ),
  ];
  config.refusal.addExamples.forEach((t, i) => {
    const d = refusalExampleEnding(t, i);
    if (d) diagnostics.push(d);
  });
  if (examples.length < MIN_REFUSAL_EXAMPLES) {
    diagnostics.push({
      rule: 'config/too-few-examples',
      severity: 'error',
      path: 'refusal.removeExamples',
      message: `受付を拒絶する相談の例が${examples.length}件しか残りません（少なくとも${MIN_REFUSAL_EXAMPLES}件必要です）`,
      hint: 'removeExamples から外すか、addExamples に自社の例を加えてください',
    });
  }

  const { amount, unit } = retentionPeriod(config.records.retention);
  const recordItems = recordItemsOf(config);
  const role = config.company.productRole;
  const exclusive = config.jurisdiction.exclusive ?? config.company.customers === 'businesses';
  const prefecture = prefectureOf(config.company);

  const view = {
    company: {
      name: v(config.company.name, 'company.name'),
      short: v(config.company.shortName, 'company.shortName'),
      address:
        config.company.address === undefined
          ? null
          : prose(config.company.address, 'company.address'),
      prefecture,
      /** The kind of company by its 商号, for the body that decides (会社法第362条, 第590条・第591条). */
      kabushiki: /株式会社/.test(config.company.name),
      mochibun: /合同会社|合名会社|合資会社/.test(config.company.name),
      /** 製品等との関わり: the 消費生活用製品安全法 duties that apply. */
      makesProducts: role === 'manufacturer' || role === 'both',
      sellsProducts: role === 'seller' || role === 'both',
      hasProducts: role !== 'services',
      productRole: role,
      consumers: config.company.customers !== 'businesses',
      businesses: config.company.customers !== 'consumers',
      b2bOnly: config.company.customers === 'businesses',
    },
    desk: { name: v(config.desk.name, 'desk.name') },
    intake: {
      channels,
      phone: byType('phone'),
      email: byType('email'),
      webform: byType('webform'),
      postal: byType('postal'),
      hasPhone,
      emailOnly: channels.length === 1 && channels[0]?.type === 'email',
      single: channels.length === 1,
      anonymous: config.intake.anonymous,
    },
    refusal: { examples },
    records: {
      items: recordItems.map((t, i) =>
        prose(
          t,
          config.records.items === undefined
            ? `clause:records#item-${i + 1}`
            : `records.items[${i}]`,
        ),
      ),
      defaultItems: config.records.items === undefined,
      callRecording: hasPhone && config.records.callRecording,
      retention: {
        amount,
        text: retentionText(config.records.retention, config.style),
        months: unit === '年' ? amount * 12 : amount,
        /** Shorter than the 5-year prescription of 民法第166条第1項第1号. */
        belowPrescription: (unit === '年' ? amount * 12 : amount) < 60,
        /** At least the 10 years of 製造物責任法第5条第1項第2号. */
        coversProductLiability: (unit === '年' ? amount * 12 : amount) >= 120,
      },
      anonymizedUse: config.records.anonymizedUse,
    },
    privacy: {
      policyUrl:
        config.privacy.policyUrl === undefined
          ? null
          : v(config.privacy.policyUrl, 'privacy.policyUrl'),
      policyName: v(config.privacy.policyName, 'privacy.policyName'),
    },
    jurisdiction: {
      court: v(config.jurisdiction.court, 'jurisdiction.court'),
      exclusive,
    },
    amendment: {
      announcement:
        config.amendment.announcement === undefined
          ? tokens.value(
              `${stripTokenChars(config.company.shortName)}のウェブサイトへの掲載`,
              'amendment.announcement',
            )
          : prose(config.amendment.announcement, 'amendment.announcement'),
      approvedBy:
        config.amendment.approvedBy === undefined
          ? null
          : prose(config.amendment.approvedBy, 'amendment.approvedBy'),
    },
    harassment: {
      employeeDesk:
        config.harassment.employeeDesk === undefined
          ? null
          : v(config.harassment.employeeDesk, 'harassment.employeeDesk'),
      employeeContact:
        config.harassment.employeeContact === undefined
          ? null
          : v(config.harassment.employeeContact, 'harassment.employeeContact'),
      /** 「顧客、取引の相手方、施設の利用者」: the statute's examples, then the company's. */
      parties: [
        ...STATUTORY_PARTIES,
        ...config.harassment.addParties.map((p, i) => prose(p, `harassment.addParties[${i}]`)),
      ].join('、'),
      /** measure.end etc.: true for each measure the config enables. */
      measure: Object.fromEntries(
        HARASSMENT_MEASURES.map((m) => [m, config.harassment.measures.includes(m)]),
      ),
      /**
       * More than one listed measure (police is a sentence of its own, not an item): 「次に掲げる
       * 措置の全部又は一部」 reads right only then; with one item the lead-in names no choice.
       */
      severalMeasures: config.harassment.measures.filter((m) => m !== 'police').length > 1,
    },
    optional: { ...config.optional },
    /** The prefecture's ordinances (null when the prefecture is unknown). */
    law: localLaw(prefecture),
    dates: {
      enacted: config.dates.enacted,
      effective: config.dates.effective ?? config.dates.enacted,
    },
  };
  return { view, diagnostics };
}

// ─── Config values in the document's digit style ─────────────────────────────────────────────
//
// The one rule (docs/authoring-clauses.md, "Config values in the text"):
//
// - Counts, dates, times, amounts and the 番地 of addresses are prose: their digits follow
//   `style.digits` (「１日に５回」「梅田三丁目１番１号」「１０，０００円」 or 「1日に5回」…), and so
//   do the 「,」「:」「/」「-」 between two digits (「９：００」「１－１－１」).
// - Codes stay as written: phone numbers (a 0 or + followed by 10 to 12 digits, with hyphens or
//   parentheses: 03-1234-5678, 0120-000-000), postal codes (〒530-0001, always printed in ASCII
//   and without a space after 〒), URLs, e-mail addresses, Latin designations, i.e. anything
//   that starts with or touches a Latin letter (JIS Q 10002, ISO 10002:2018, 5F, A4), and dotted
//   numbers, which are clause numbers of a standard (7.9, 8.2.1). In a half-width document
//   full-width digits are made ASCII everywhere outside codes, 「７．９」 included.
// - Spaces: in a full-width document a half-width space between Japanese text, or after a postal
//   code, becomes one full-width space 「　」 (「〒530-0001　大阪府…」); one next to a Latin
//   designation, URL, e-mail address or phone number stays one half-width space (和欧間), and so
//   do the spaces inside a designation (JIS Q 10002). In a half-width document runs of spaces
//   become one half-width space. Full-width spaces are kept in both. (proseValue only: the
//   commentary's own text, through proseDigits, keeps its spaces.)
// - Names (商号, 略称, 相談窓口 and 従業員相談窓口の名称, 裁判所, 方針の名称, the title) are proper
//   names and stay exactly as written; so do the contact details of the channels (phone number,
//   e-mail address, URL), which are codes. The postal channel's address and company.address are
//   addresses: prose with a postal code.

const FULLWIDTH_PUNCT: Record<string, string> = {
  ',': '，',
  ':': '：',
  '/': '／',
  '-': '－',
};
const HALFWIDTH_PUNCT: Record<string, string> = {
  ...Object.fromEntries(Object.entries(FULLWIDTH_PUNCT).map(([a, f]) => [f, a])),
  '．': '.',
};

// Codes, tried left to right at each position: URL, e-mail, postal code, phone-number candidate
// (checked for its digit count below), Latin designation, dotted number.
const CODE = new RegExp(
  [
    String.raw`(?<url>(?:https?|ftp):\/\/[^\s\u3000、。，「」『』（）()<>]+|www\.[^\s\u3000、。，「」『』（）()<>]+)`,
    String.raw`(?<mail>[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)`,
    String.raw`(?<postal>〒[ \u3000]?[0-9０-９]{3}[-－‐−ー][0-9０-９]{4}|(?<![0-9０-９-])[0-9]{3}-[0-9]{4}(?![0-9０-９-]))`,
    String.raw`(?<phone>(?<![0-9０-９])(?:\+|\(?0)[0-9()-]*[0-9])`,
    String.raw`(?<latin>[0-9]*[A-Za-z][A-Za-z0-9]*(?:[ .:/_-]+[A-Za-z0-9]+)*)`,
    String.raw`(?<dotted>(?<![0-9])[0-9]+(?:\.[0-9]+)+)`,
  ].join('|'),
  'g',
);

function fullwidthNumbers(s: string): string {
  return s.replace(/[0-9]+(?:[,:/-][0-9]+)*/g, (n) =>
    digits(
      n.replace(/[,:/-]/g, (c) => FULLWIDTH_PUNCT[c] ?? c),
      { digits: 'fullwidth' },
    ),
  );
}

function halfwidthNumbers(s: string): string {
  return s.replace(/[0-9０-９]+(?:[，．：／－][0-9０-９]+)*/g, (n) =>
    toHalfwidthDigits(n.replace(/[，．：／－]/g, (c) => HALFWIDTH_PUNCT[c] ?? c)),
  );
}

type Piece = { text: string; code?: 'postal' | 'other' };

/** Splits text into codes (kept as written; postal codes in ASCII) and prose, per the rule above. */
function pieces(s: string): Piece[] {
  const out: Piece[] = [];
  let last = 0;
  for (const m of s.matchAll(CODE)) {
    const g = m.groups ?? {};
    const phoneDigits = g['phone']?.replace(/[^0-9]/g, '').length ?? 0;
    // A phone-number candidate with too few or too many digits is a count or 番地 after all.
    if (g['phone'] !== undefined && (phoneDigits < 10 || phoneDigits > 12)) continue;
    if (m.index > last) out.push({ text: s.slice(last, m.index) });
    out.push(
      g['postal'] !== undefined
        ? {
            text: toHalfwidthDigits(m[0])
              .replace(/[ \u3000]/g, '')
              .replace(/[－‐−ー]/g, '-'),
            code: 'postal',
          }
        : { text: m[0], code: 'other' },
    );
    last = m.index + m[0].length;
  }
  if (last < s.length) out.push({ text: s.slice(last) });
  return out;
}

function numbers(t: string, width: 'fullwidth' | 'halfwidth'): string {
  return width === 'fullwidth' ? fullwidthNumbers(t) : halfwidthNumbers(t);
}

/**
 * Digits in prose follow the document's width; codes (phone numbers, postal codes, URLs, e-mail
 * addresses, Latin designations such as 「JIS Q 10002」「ISO 10002:2018」) stay as written. Used
 * for config values (through proseValue) and for the commentary's own text.
 */
export function proseDigits(s: string, width: 'fullwidth' | 'halfwidth'): string {
  return pieces(s)
    .map((p) => (p.code ? p.text : numbers(p.text, width)))
    .join('');
}

/**
 * A prose config value (hours, refusal examples, record items, addresses, the amendment's
 * announcement and approver, revision summaries) in the document's style: proseDigits, and
 * half-width spaces as the document writes them. In a full-width document a space between two
 * Japanese characters (or full-width digits) and a space after a postal code become one 「　」
 * (「〒530-0001　大阪府…」); a space next to a Latin designation, URL, e-mail address or phone
 * number stays one half-width space (和欧間: 「JIS Q 10002 に」). In a half-width document runs of
 * half-width spaces become one. Full-width spaces are kept in both.
 */
export function proseValue(s: string, width: 'fullwidth' | 'halfwidth'): string {
  const list = pieces(s);
  return list
    .map((p, i) => {
      if (p.code) return p.text;
      const text = numbers(p.text, width);
      if (width === 'halfwidth') return text.replace(/ {2,}/g, ' ');
      const prev = list[i - 1]?.code;
      const next = list[i + 1]?.code;
      return text.replace(/ +/g, (sp: string, at: number, whole: string) => {
        const leading = at === 0;
        const trailing = at + sp.length === whole.length;
        if (leading && prev === 'postal') return '\u3000';
        if ((leading && prev === 'other') || (trailing && next !== undefined)) return ' ';
        return '\u3000';
      });
    })
    .join('');
}

/** The retention period as the text states it: 「５年」, 「１８か月」. */
export function retentionText(
  ret: { years: number } | { months: number },
  style: Pick<Config['style'], 'digits'>,
): string {
  const { amount, unit } = retentionPeriod(ret);
  return `${digits(amount, style)}${unit}`;
}

/** 36 months is stated as 3年: a period is written in the largest whole unit. */
export function retentionPeriod(ret: { years: number } | { months: number }): {
  amount: number;
  unit: '年' | 'か月';
} {
  if ('years' in ret) return { amount: ret.years, unit: '年' };
  return ret.months % 12 === 0
    ? { amount: ret.months / 12, unit: '年' }
    : { amount: ret.months, unit: 'か月' };
}

/**
 * The built-in refusal examples all end in 「相談」 (体言止め: they are 号 of 「次に掲げるもの」);
 * an added one that does not reads unlike its neighbours. A warning with a suggested rewording:
 * the build goes on. A closing parenthetical 「（…を除く。）」 is not part of the ending.
 */
export function refusalExampleEnding(text: string, index: number): Diagnostic | undefined {
  const body = text.replace(/。$/, '').trim();
  let core = body;
  for (let prev = ''; prev !== core;) {
    prev = core;
    core = core.replace(/[（(][^（()）]*[）)]$/, '');
  }
  if (core.endsWith('相談')) return undefined;
  return {
    rule: 'config/refusal-example-ending',
    severity: 'warning',
    path: `refusal.addExamples[${index}]`,
    message: `受付を拒絶する相談の例「${body}」が「相談」で終わっていません（組込みの例はいずれも「…相談」と体言で終えています）`,
    hint: `「${suggestRefusalExample(body, core)}」のように「相談」で終えてください`,
  };
}

/** A rewording that ends in 「相談」, keeping a closing parenthetical after it. */
function suggestRefusalExample(body: string, core: string): string {
  const tail = body.slice(core.length);
  const stem = core.replace(/[、，,\s\u3000]+$/, '');
  // 「…繰り返すもの」「…する場合」 → 「…繰り返す相談」: the noun that stands for the case.
  const replaced = /^(.*?)(?:もの|こと|事項|場合|とき|者|行為)$/.exec(stem);
  if (replaced?.[1] && /[\p{Script=Hiragana}]$/u.test(replaced[1]))
    return `${replaced[1]}相談${tail}`;
  // A verb or adjective ending (「…を要求する」「…ない」): the 相談 it describes.
  if (/(?:[うくぐすつぬぶむる]|ない|たい|しい)$/.test(stem)) return `${stem}相談${tail}`;
  // A noun (「長時間の電話」): the 相談 that comes with it.
  return `${stem}を伴う相談${tail}`;
}
