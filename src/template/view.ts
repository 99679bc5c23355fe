// Builds the Handlebars view from the config: every text value becomes a token (data, never
// markup), booleans and numbers stay as they are. docs/authoring-clauses.md documents this shape.
import { defaultRecordItems, type Channel, type Config } from '../config/schema.js';
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
  // Prose values (hours, examples, record items) follow the document's digit width so one document
  // never mixes 「午前9時」 with 「第１条」; identifiers (numbers, addresses, URLs) stay as written.
  const prose = (value: string, field: string) => v(proseDigits(value, config.style.digits), field);

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
          detail: v(ch.address, `${at}.address`),
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
      v(t.replace(/。$/, ''), `refusal.addExamples[${i}]`),
    ),
  ];
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
  const recordItems = config.records.items ?? defaultRecordItems(config.intake.anonymous);
  const role = config.company.productRole;
  const exclusive = config.jurisdiction.exclusive ?? config.company.customers === 'businesses';
  const prefecture = prefectureOf(config.company);

  const view = {
    company: {
      name: v(config.company.name, 'company.name'),
      short: v(config.company.shortName, 'company.shortName'),
      address:
        config.company.address === undefined ? null : v(config.company.address, 'company.address'),
      prefecture,
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
        config.records.items === undefined ? v(proseDigits(t, config.style.digits), `clause:records#item-${i + 1}`) : prose(t, `records.items[${i}]`),
      ),
      defaultItems: config.records.items === undefined,
      callRecording: hasPhone && config.records.callRecording,
      retention: {
        amount,
        text: `${digits(amount, config.style)}${unit}`,
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
          : v(config.amendment.announcement, 'amendment.announcement'),
      approvedBy:
        config.amendment.approvedBy === undefined
          ? null
          : v(config.amendment.approvedBy, 'amendment.approvedBy'),
    },
    harassment: {
      employeeDesk:
        config.harassment.employeeDesk === undefined
          ? null
          : v(config.harassment.employeeDesk, 'harassment.employeeDesk'),
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

/** Digits in prose follow the document's width. */
/**
 * Digits in prose follow the document's width, except inside Latin designations such as
 * 「JIS Q 10002」「ISO 10002:2018」「7.9」, which a typesetter keeps half-width.
 */
export function proseDigits(s: string, width: 'fullwidth' | 'halfwidth'): string {
  if (width === 'halfwidth') return toHalfwidthDigits(s);
  return s.replace(/(?<![A-Za-z0-9.:/ -])[0-9]+(?![A-Za-z0-9.:/-])/g, (d) =>
    digits(d, { digits: 'fullwidth' }),
  );
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
