// fast-check arbitraries derived from the zod config schema (src/config/schema.ts), for the fuzz
// tests in test/fuzz/.
//
// The generator walks the schema itself: every object key, array, enum, literal, boolean,
// integer bound, string length, regex and format found there becomes part of the arbitrary, so a
// field added to the schema is generated without touching this file. A zod construct the walker
// does not know throws here, naming the field, instead of silently going ungenerated.
//
// What the schema cannot tell the walker is added on top, and kept small:
//
// - realistic values per field (FIELD_SAMPLES), offered alongside the derived ones, so that
//   derived noise does not drown out what users actually write;
// - `refusal.removeExamples` draws from the built-in example ids and texts (its description:
//   「id 又は本文」、「少なくとも3例は残すこと」), and `overrides` is left out (an override names a
//   file; the fuzz tests build the library's own text);
// - `repair` mirrors the schema's superRefine (one channel per type; 施行日 on or after 制定日;
//   revisions after both, in order), which is a function the walker cannot read. It is applied to
//   most configs, not all, so the superRefine's refusals are exercised too;
// - `mutate` breaks a few configs on purpose (an unknown key, a missing required key, a value of
//   the wrong type), so the refusal path is exercised and the schema-valid share is a measurement.
//
// Whether a config is valid is never decided here: the fuzz tests ask `configSchema.safeParse`.
import fc from 'fast-check';
import { z } from 'zod';
import {
  HARASSMENT_MEASURES,
  PREFECTURES,
  configSchema,
  defaultRecordItems,
} from '../../src/config/schema.js';
import { listTemplates, loadClause } from '../../src/source/clauses.js';
import { PHONE_WORDING } from '../../src/validate/contacts.js';
import { PLACEHOLDER } from '../../src/validate/placeholder.js';
import { norm } from '../../src/validate/text.js';
import {
  BRACKETS,
  phoneNumberProblem,
  postalAddressProblem,
  valueProblems,
} from '../../src/config/value-checks.js';

type Arb = fc.Arbitrary<unknown>;
type Schema = z.core.$ZodType;
type Check = { _zod: { def: Record<string, unknown> & { check: string } } };

// ─── Odd and realistic text ──────────────────────────────────────────────────────────────────

const range = (from: number, to: number) =>
  fc.integer({ min: from, max: to }).map((c) => String.fromCodePoint(c));

/** One character a user might type or paste: mostly Japanese, with the odd ones mixed in. */
const printable: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: range(0x3041, 0x3096) }, // ひらがな
  { weight: 6, arbitrary: range(0x30a1, 0x30fa) }, // カタカナ
  { weight: 10, arbitrary: range(0x4e00, 0x9fff) }, // 漢字 (CJK Unified Ideographs)
  { weight: 1, arbitrary: range(0x20000, 0x2a6df) }, // 漢字 outside the BMP (𠮷): surrogate pairs
  { weight: 1, arbitrary: range(0xf900, 0xfaff) }, // CJK compatibility ideographs (﨑)
  { weight: 3, arbitrary: range(0xff01, 0xff5e) }, // 全角英数記号
  { weight: 1, arbitrary: range(0xff61, 0xff9f) }, // 半角カナ
  { weight: 5, arbitrary: range(0x20, 0x7e) }, // ASCII, markup characters included
  { weight: 1, arbitrary: range(0x1f300, 0x1faff) }, // emoji
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '　', // 全角スペース
      '、',
      '。',
      '「',
      '」',
      '（',
      '）',
      '・',
      'ー',
      '〜',
      '①',
      '㈱',
      '髙',
      '﨑',
      '𠮷',
      '葛\u{e0100}', // an ideographic variation sequence
      'か\u3099', // a combining voiced mark
      '🇯🇵',
      '\u00a0',
      '&',
      '<',
      '>',
      '"',
      "'",
      '\\',
      '*',
      '_',
      '#',
      '|',
      '[',
      ']',
      '{',
      '}',
    ),
  },
);

/**
 * Now and then (about one config in fifty) a character the schema refuses whatever the field:
 * a control character, a zero-width or bidi control, a private-use character.
 */
const char: fc.Arbitrary<string> = fc.oneof(
  { weight: 10_000, arbitrary: printable },
  {
    weight: 1,
    arbitrary: fc.constantFrom('\t', '\u0007', '\u200b', '\u200d', '\u202e', '\ufeff', '\ue000'),
  },
);

/** Cuts a string to at most `max` UTF-16 units without splitting a surrogate pair. */
function cut(s: string, max: number): string {
  let out = '';
  for (const c of s) {
    if (out.length + c.length > max) break;
    out += c;
  }
  return out;
}

/** Text of `min`…`max` UTF-16 units (what zod's min/max count), often short, sometimes maximal. */
function text(min: number, max: number): fc.Arbitrary<string> {
  const lo = Math.max(min, 1);
  const upTo = (n: number) => fc.string({ unit: char, minLength: lo, maxLength: n });
  const long = fc
    .tuple(upTo(Math.min(max, 40)), fc.integer({ min: Math.max(lo, max - 10), max }))
    .map(([s, n]) => {
      let out = s;
      while (out.length < n) out += s;
      return cut(out, n);
    });
  const options: fc.WeightedArbitrary<string>[] = [
    { weight: 30, arbitrary: upTo(Math.min(max, 12)).map((s) => cut(s, max)) },
    { weight: 9, arbitrary: upTo(Math.min(max, 60)).map((s) => cut(s, max)) },
  ];
  if (max > 60) options.push({ weight: 1, arbitrary: long });
  return fc.oneof(...options);
}

/** Realistic values for fields, offered alongside the derived ones (README-style paths). */
const prefecture = fc.constantFrom(...PREFECTURES);
const street = fc.constantFrom(
  '千代田区丸の内一丁目1番1号',
  '大阪市北区梅田1-1-1',
  '札幌市中央区北1条西2丁目',
  '岐阜市司町1番地',
  '那覇市泉崎１－２－２　ビル5F',
  '中央区銀座４丁目１２番１５号 歌舞伎座タワー',
);
const address = fc
  .tuple(
    fc.option(fc.constantFrom('〒100-0005 ', '〒530-0001　', '〒0600001 '), { nil: '' }),
    prefecture,
    street,
  )
  .map(([zip, pref, rest]) => `${zip}${pref}${rest}`);
export const FIELD_SAMPLES: Record<string, Arb> = {
  title: fc.constantFrom('顧客相談ガイドライン', 'お客様対応規程', '𠮷野家グループ顧客対応指針'),
  'company.name': fc.constantFrom(
    '株式会社サンプル商事',
    '合同会社メール堂',
    '合資会社テスト',
    '髙﨑製作所株式会社',
    '株式会社𠮷田商店',
    '一般社団法人テスト協会',
    'ACME株式会社',
    '株式会社🍣すし',
    'ｶﾌﾞｼｷｶﾞｲｼｬﾃｽﾄ',
    '株式会社' + '長'.repeat(496),
  ),
  'company.shortName': fc.constantFrom('当社', '弊社', 'サンプル商事グループ', 'Ａ社', '当法人'),
  'company.address': address,
  'desk.name': fc.constantFrom(
    'お客様相談室',
    'カスタマーサポートセンター',
    'お問合せ窓口',
    '消費者相談課',
  ),
  'intake.channels[type=phone].number': fc.constantFrom(
    '03-1234-5678',
    '0120-000-000',
    '0312345678',
    '050-1234-5678',
    '+81-3-1234-5678',
    '(03) 1234-5678',
    '０３－１２３４－５６７８',
  ),
  'intake.channels[type=phone].hours': fc.constantFrom(
    '平日午前9時から午後5時まで',
    '平日午前9時から午後5時まで（祝日及び年末年始を除く。）',
    '毎日10:00から18:00まで',
    '月曜日から金曜日までの午前９時から正午まで',
  ),
  'intake.channels[type=email].address': fc.constantFrom(
    'support@example.co.jp',
    'cs@example.com',
    "o'brien+tag@mail.example.jp",
    'a@b.cd',
  ),
  'intake.channels[type=webform].url': fc.constantFrom(
    'https://example.co.jp/contact',
    'http://example.jp/f',
    'https://例え.jp/お問合せ?x=1#top',
    'https://example.com/support/form?lang=ja&ref=%E3%81%82',
  ),
  'intake.channels[type=postal].address': address,
  'refusal.addExamples[]': fc.constantFrom(
    '当社の従業員等の私生活に関する相談',
    '深夜又は早朝に繰り返し行われる相談',
    '他の顧客の個人情報の開示を求める相談（法令に基づく場合を除く。）',
    '長時間の電話',
  ),
  // A whole list as users write it: the default items, some left out, some added.
  'records.items': fc
    .tuple(
      fc
        .boolean()
        .chain((anonymous) => fc.subarray(defaultRecordItems(anonymous), { minLength: 1 })),
      fc.subarray(['苦情の原因', '再発防止策', '関係部署への報告日'], { maxLength: 2 }),
    )
    .map(([base, extra]) => [...base, ...extra]),
  'records.items[]': fc.constantFrom(
    '相談の受付日時及び受付方法',
    '相談者の氏名及び連絡先',
    '相談の内容',
    '応対者及び応対の経過',
    '相談の対象となった製品等',
  ),
  'privacy.policyName': fc.constantFrom('個人情報保護方針', 'プライバシーポリシー'),
  'privacy.policyUrl': fc.constantFrom('https://example.co.jp/privacy', 'http://example.jp/p?a=1'),
  'jurisdiction.court': fc.oneof(
    fc.constantFrom(
      '東京地方裁判所',
      '大阪地方裁判所',
      '東京地方裁判所立川支部',
      '大阪簡易裁判所',
      '那覇地方裁判所沖縄支部',
    ),
    prefecture.map((p) => `${p.replace(/[都府県]$/, '')}地方裁判所`),
  ),
  'amendment.announcement': fc.constantFrom('当社のウェブサイトへの掲載', '社内掲示板への掲示'),
  'amendment.approvedBy': fc.constantFrom('取締役会の決議', '代表取締役の決定', '理事会の決議'),
  'harassment.employeeDesk': fc.constantFrom(
    '人事部',
    '人事部ハラスメント相談窓口',
    'コンプライアンス室',
  ),
  'dates.revisions[].summary': fc.constantFrom(
    'カスタマーハラスメントへの対応を追加',
    '改正労働施策総合推進法の施行に伴う改定',
  ),
  'style.font': fc.constantFrom('游明朝', 'MS 明朝', 'Noto Serif JP', 'ヒラギノ明朝 ProN'),
  'style.headingFont': fc.constantFrom('游ゴシック', 'MS ゴシック', 'Noto Sans JP'),
};

// ─── Fields whose valid values the schema does not know ──────────────────────────────────────

const builtInExamples = loadClause('intake-refusal').examples ?? [];

/** Replaces the derived arbitrary for these fields (see the header). */
const FIELD_REPLACEMENTS: Record<string, Arb> = {
  // Each built-in example, named by id or by its text; `repair` keeps three.
  'refusal.removeExamples': fc
    .subarray(builtInExamples)
    .chain((picked) =>
      fc
        .tuple(...picked.map((e) => fc.constantFrom(e.id, e.text)))
        .map((names) => names as string[]),
    ),
  overrides: fc.constant(undefined),
  // A set of the measures (its refinements: at least one besides police, none twice).
  'harassment.measures': fc.oneof(
    {
      weight: 9,
      arbitrary: fc
        .subarray([...HARASSMENT_MEASURES], { minLength: 1 })
        .map((m) => (m.every((x) => x === 'police') ? ['end', ...m] : m)),
    },
    { weight: 1, arbitrary: fc.constant(undefined) },
  ),
  // A pack id: one of the packs (or left out, the default), now and then one that does not exist.
  template: fc.oneof(
    { weight: 64, arbitrary: fc.constant(undefined) },
    { weight: 15, arbitrary: fc.constantFrom(...listTemplates()) },
    { weight: 1, arbitrary: fc.constant('no-such-pack') },
  ),
};

// ─── The walker ──────────────────────────────────────────────────────────────────────────────

const def = (s: Schema) => s._zod.def as unknown as Record<string, unknown> & { type: string };
const checksOf = (s: Schema) => ((def(s)['checks'] ?? []) as Check[]).map((c) => c._zod.def);

/** The schema inside optional/default/pipe wrappers, and whether a key of it may be left out. */
function unwrap(s: Schema): { inner: Schema; omittable: boolean } {
  let inner = s;
  let omittable = false;
  for (;;) {
    const d = def(inner);
    if (d.type === 'optional' || d.type === 'default' || d.type === 'prefault') {
      omittable = true;
      inner = d['innerType'] as Schema;
    } else if (d.type === 'pipe') {
      inner = d['in'] as Schema;
    } else {
      return { inner, omittable };
    }
  }
}

function literalOf(s: Schema): string | undefined {
  const d = def(unwrap(s).inner);
  if (d.type !== 'literal') return undefined;
  const values = d['values'] as unknown[];
  return values.length === 1 ? String(values[0]) : undefined;
}

/** The README's path for a branch of a discriminated union: `intake.channels[type=phone]`. */
function branchPath(path: string, discriminator: string | undefined, option: Schema): string {
  if (!discriminator) return path;
  const o = unwrap(option).inner as z.ZodObject;
  const value = literalOf(o.shape[discriminator] as Schema);
  return value === undefined ? path : path.replace(/\[\]$/, `[${discriminator}=${value}]`);
}

function stringArb(s: Schema, path: string): fc.Arbitrary<string> {
  const d = def(s);
  const checks = checksOf(s);
  let min = 0;
  let max = 1000;
  const patterns: RegExp[] = [];
  for (const c of checks) {
    if (c.check === 'min_length') min = Math.max(min, c['minimum'] as number);
    if (c.check === 'max_length') max = Math.min(max, c['maximum'] as number);
    if (c.check === 'length_equals') min = max = c['length'] as number;
    if (c.check === 'string_format' && c['format'] === 'regex')
      patterns.push(c['pattern'] as RegExp);
  }
  const format = (d['format'] as string | undefined) ?? z.globalRegistry.get(s)?.['format'];
  let arb: fc.Arbitrary<string>;
  if (format === 'email') {
    arb = fc.stringMatching(d['pattern'] as RegExp, { size: 'small' });
  } else if (format === 'url') {
    const protocol = d['protocol'] as RegExp | undefined;
    const schemes = ['http', 'https', 'ftp', 'mailto'].filter((p) => !protocol || protocol.test(p));
    arb = fc.webUrl({ validSchemes: schemes, withQueryParameters: true, withFragments: true });
  } else if (format === 'date') {
    arb = isoDate;
  } else if (format !== undefined && format !== 'regex') {
    throw new Error(`arbitrary-config: no derivation for string format "${format}" at ${path}`);
  } else if (patterns.length > 0) {
    // A pattern not anchored at the start allows any text before the match (「東京」地方裁判所).
    arb = fc.oneof(
      ...patterns.map((p) =>
        p.source.startsWith('^')
          ? fc.stringMatching(p, { size: 'small' })
          : fc
              .tuple(text(1, 20), fc.stringMatching(p, { size: 'small' }))
              .map(([before, m]) => before + m),
      ),
    );
    arb = arb.map((v) => cut(v, max));
  } else {
    arb = text(min, max);
  }
  // `.trim()` runs before the length checks: pad now and then to exercise it.
  if (checks.some((c) => c.check === 'overwrite')) {
    arb = fc
      .tuple(
        arb,
        fc.constantFrom('', '', '', '', ' ', '　', '  '),
        fc.constantFrom('', '', '', ' ', '　'),
      )
      .map(([v, a, b]) => a + v + b);
  }
  return arb;
}

function integerArb(s: Schema, path: string): fc.Arbitrary<number> {
  const d = def(s);
  if (d['format'] !== 'safeint' && d['format'] !== 'int32' && d['format'] !== 'uint32') {
    throw new Error(
      `arbitrary-config: only integers are derived, not "${String(d['format'])}" at ${path}`,
    );
  }
  let min = Number.MIN_SAFE_INTEGER;
  let max = Number.MAX_SAFE_INTEGER;
  for (const c of checksOf(s)) {
    const v = c['value'] as number;
    if (c.check === 'greater_than') min = Math.max(min, c['inclusive'] ? v : v + 1);
    if (c.check === 'less_than') max = Math.min(max, c['inclusive'] ? v : v - 1);
  }
  return fc.integer({ min, max });
}

/** Many list items now and then: most lists are short. */
function arrayArb(element: Arb, min: number, max: number): Arb {
  const few = fc.array(element, { minLength: min, maxLength: Math.min(max, Math.max(min, 4)) });
  if (max <= 4) return few;
  return fc.oneof(
    { weight: 19, arbitrary: few },
    {
      weight: 1,
      arbitrary: fc.array(element, { minLength: min, maxLength: Math.min(max, 30), size: 'max' }),
    },
  );
}

/** The arbitrary for the value at `path`; `undefined` from it means "leave the key out". */
export function derive(schema: Schema, path = ''): Arb {
  const replaced = FIELD_REPLACEMENTS[path];
  if (replaced) return replaced;
  const derived = deriveNode(schema, path);
  const samples = FIELD_SAMPLES[path];
  return samples ? fc.oneof(derived, samples) : derived;
}

function deriveNode(schema: Schema, path: string): Arb {
  const { inner } = unwrap(schema);
  const d = def(inner);
  switch (d.type) {
    case 'object': {
      const shape = (inner as z.ZodObject).shape as Record<string, Schema>;
      const model: Record<string, Arb> = {};
      const requiredKeys: string[] = [];
      for (const [key, child] of Object.entries(shape)) {
        const childPath = path === '' ? key : `${path}.${key}`;
        model[key] = derive(child, childPath);
        if (!unwrap(child).omittable) requiredKeys.push(key);
      }
      return fc
        .record(model, { requiredKeys })
        .map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)));
    }
    case 'array': {
      let min = 0;
      let max = 1000;
      for (const c of checksOf(inner)) {
        if (c.check === 'min_length') min = Math.max(min, c['minimum'] as number);
        if (c.check === 'max_length') max = Math.min(max, c['maximum'] as number);
      }
      return arrayArb(derive(d['element'] as Schema, `${path}[]`), min, max);
    }
    case 'union': {
      const discriminator = d['discriminator'] as string | undefined;
      const options = d['options'] as Schema[];
      return fc.oneof(...options.map((o) => derive(o, branchPath(path, discriminator, o))));
    }
    case 'string':
      return stringArb(inner, path);
    case 'number':
      return integerArb(inner, path);
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(d['entries'] as Record<string, string>));
    case 'literal':
      return fc.constantFrom(...(d['values'] as unknown[]));
    case 'record': {
      const key = deriveNode(d['keyType'] as Schema, `${path}.<key>`) as fc.Arbitrary<string>;
      return fc.dictionary(key, derive(d['valueType'] as Schema, `${path}.<value>`), {
        maxKeys: 3,
      });
    }
    default:
      throw new Error(
        `arbitrary-config: no derivation for zod type "${d.type}" at ${path || '(root)'}`,
      );
  }
}

// ─── Dates ───────────────────────────────────────────────────────────────────────────────────

const dateBetween = (min: string, max: string) =>
  fc
    .date({
      min: new Date(`${min}T00:00:00Z`),
      max: new Date(`${max}T00:00:00Z`),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

/** Mostly recent dates (across 平成 and 令和 and their boundary); now and then any year zod accepts. */
const isoDate: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: dateBetween('2018-01-01', '2032-12-31') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '2019-04-30',
      '2019-05-01',
      '1989-01-07',
      '1989-01-08',
      '2024-02-29',
    ),
  },
  { weight: 1, arbitrary: dateBetween('0100-01-01', '9999-12-31') },
);

// ─── Mirroring the superRefine, and breaking configs on purpose ──────────────────────────────

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The value without what the check refused (brackets, placeholder marks, phone wording), so the
 * field keeps its shape (a URL stays a URL, a court name a court name); a plain word if nothing
 * is left. The check itself is asked again by the schema: nothing is decided here.
 */
function cleaned(value: unknown, rule: string): string {
  const text = norm(String(value));
  const out =
    rule === 'unbalanced-brackets'
      ? [...text].filter((c) => !BRACKETS.has(c)).join('')
      : text.replace(
          new RegExp((rule === 'placeholder' ? PLACEHOLDER : PHONE_WORDING).source, 'g'),
          '',
        );
  return out.trim() === '' ? '本文' : out;
}

function getAt(root: Obj, path: readonly (string | number)[]): unknown {
  let node: unknown = root;
  for (const k of path) node = (node as Record<string | number, unknown>)[k];
  return node;
}

function setAt(root: Obj, path: readonly (string | number)[], value: string): void {
  let node: unknown = root;
  for (const k of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[k];
  (node as Record<string | number, unknown>)[path[path.length - 1]!] = value;
}

/**
 * Makes a generated config satisfy the schema's superRefine and the removeExamples contract:
 * one channel per type, dates in order, at least three refusal examples left.
 */
export function repair(config: Obj): Obj {
  const out = structuredClone(config);
  const intake = out['intake'];
  if (isObj(intake) && Array.isArray(intake['channels'])) {
    const seen = new Set<unknown>();
    intake['channels'] = intake['channels'].filter((c: unknown) => {
      const t = isObj(c) ? c['type'] : c;
      if (seen.has(t)) return false;
      seen.add(t);
      return true;
    });
  }
  const dates = out['dates'];
  if (isObj(dates)) {
    const revisions = Array.isArray(dates['revisions']) ? (dates['revisions'] as Obj[]) : [];
    const all = [
      ...new Set(
        [dates['enacted'], dates['effective'], ...revisions.map((r) => r['date'])].filter(
          (x): x is string => typeof x === 'string',
        ),
      ),
    ].sort();
    let i = 0;
    if (typeof dates['enacted'] === 'string') dates['enacted'] = all[i++];
    if (typeof dates['effective'] === 'string') dates['effective'] = all[i++] ?? dates['enacted'];
    if (Array.isArray(dates['revisions'])) {
      dates['revisions'] = revisions
        .slice(0, Math.max(0, all.length - i))
        .map((r) => ({ ...r, date: all[i++] }));
    }
  }
  // The value checks (src/config/value-checks.ts): a phone number of 10 or 11 digits, a postal
  // address with 〒 or 都道府県 and 市区町村, the three
  // record items the spec requires; placeholder marks and, in an email-only config, phone wording
  // are dropped from the value (the same functions decide, so no pattern is copied here).
  if (isObj(intake) && Array.isArray(intake['channels'])) {
    for (const c of intake['channels'])
      if (isObj(c) && c['type'] === 'phone' && typeof c['number'] === 'string')
        if (phoneNumberProblem(c['number'])) c['number'] = '03-1234-5678';
    for (const c of intake['channels'])
      if (isObj(c) && c['type'] === 'postal' && typeof c['address'] === 'string')
        if (postalAddressProblem(c['address']))
          c['address'] = `〒100-0005 ${c['address'].slice(0, 480)}`;
  }
  const records = out['records'];
  if (isObj(records) && Array.isArray(records['items'])) {
    if (valueProblems({ records: { items: records['items'] as string[] } }).length > 0)
      records['items'] = [
        ...(records['items'] as string[]),
        '相談の受付日時、相談者の氏名及び相談の内容',
      ];
  }
  // Cleaning one problem can leave another (a bracket inside a placeholder): ask again.
  for (let round = 0; round < 3; round++) {
    const problems = valueProblems(out as Parameters<typeof valueProblems>[0]).filter(
      (p) => p.rule !== 'record-items',
    );
    if (problems.length === 0) break;
    for (const { path, rule } of problems) setAt(out, path, cleaned(getAt(out, path), rule));
  }
  const refusal = out['refusal'];
  if (isObj(refusal) && Array.isArray(refusal['removeExamples'])) {
    const added = Array.isArray(refusal['addExamples']) ? refusal['addExamples'].length : 0;
    const keep = Math.max(0, builtInExamples.length + added - 3);
    refusal['removeExamples'] = refusal['removeExamples'].slice(0, keep);
  }
  return out;
}

/** Every object in the config with its path, for `mutate`. */
function objectsIn(v: unknown, path: string[] = []): { path: string[]; obj: Obj }[] {
  if (Array.isArray(v)) return v.flatMap((x, i) => objectsIn(x, [...path, String(i)]));
  if (!isObj(v)) return [];
  return [{ path, obj: v }, ...Object.entries(v).flatMap(([k, x]) => objectsIn(x, [...path, k]))];
}

/** Breaks a config in one place: a misspelt key, a missing key or a value of the wrong type. */
function mutate(config: Obj, pick: number, how: number): Obj {
  const out = structuredClone(config);
  const objects = objectsIn(out);
  const { obj } = objects[pick % objects.length]!;
  const keys = Object.keys(obj);
  const key = keys[pick % Math.max(1, keys.length)];
  switch (how % 4) {
    case 0:
      obj['adress'] = 'x';
      break;
    case 1:
      if (key === undefined) obj['adress'] = 'x';
      else delete obj[key];
      break;
    case 2:
      if (key === undefined) obj['adress'] = 'x';
      else obj[key] = typeof obj[key] === 'string' ? 42 : 'x';
      break;
    default:
      if (key === undefined) obj['adress'] = 'x';
      else obj[key] = typeof obj[key] === 'string' ? '　' : null;
  }
  return out;
}

/** The config as generated from the schema alone (no repair, no mutation). */
export const derivedConfig = derive(configSchema) as fc.Arbitrary<Obj>;

/**
 * Configs for the fuzz tests: derived from the schema, most of them repaired to pass its
 * superRefine, a few broken on purpose. Most, not all, pass `configSchema.safeParse`.
 */
export const arbitraryConfig: fc.Arbitrary<Obj> = fc.oneof(
  { weight: 38, arbitrary: derivedConfig.map(repair) },
  { weight: 1, arbitrary: derivedConfig },
  {
    weight: 1,
    arbitrary: fc
      .tuple(derivedConfig.map(repair), fc.nat(), fc.nat())
      .map(([c, pick, how]) => mutate(c, pick, how)),
  },
);

// ─── Coverage ────────────────────────────────────────────────────────────────────────────────

/** What a leaf of the schema can hold when the set is finite (enum, literal, boolean). */
export interface Leaf {
  path: string;
  values?: readonly unknown[];
}

/** Every leaf field of the schema, by README-style path (the walker's own paths). */
export function schemaLeaves(schema: Schema = configSchema, path = ''): Leaf[] {
  if (FIELD_REPLACEMENTS[path]) return [];
  const { inner } = unwrap(schema);
  const d = def(inner);
  switch (d.type) {
    case 'object':
      return Object.entries((inner as z.ZodObject).shape as Record<string, Schema>).flatMap(
        ([k, child]) => schemaLeaves(child, path === '' ? k : `${path}.${k}`),
      );
    case 'array':
      return schemaLeaves(d['element'] as Schema, `${path}[]`);
    case 'union': {
      const discriminator = d['discriminator'] as string | undefined;
      const leaves = (d['options'] as Schema[]).flatMap((o) =>
        schemaLeaves(o, branchPath(path, discriminator, o)),
      );
      return [...new Map(leaves.map((l) => [l.path, l])).values()];
    }
    case 'enum':
      return [{ path, values: Object.values(d['entries'] as Record<string, string>) }];
    case 'literal':
      return [{ path, values: d['values'] as unknown[] }];
    case 'boolean':
      return [{ path, values: [true, false] }];
    default:
      return [{ path }];
  }
}

/** The branch of a union a value is in (by its discriminator, else the first that accepts it). */
function unionOption(d: Record<string, unknown>, value: unknown): Schema {
  const discriminator = d['discriminator'] as string | undefined;
  const options = d['options'] as Schema[];
  return (
    options.find((o) =>
      discriminator
        ? isObj(value) &&
          literalOf((unwrap(o).inner as z.ZodObject).shape[discriminator] as Schema) ===
            value[discriminator]
        : z.safeParse(o, value).success,
    ) ?? options[0]!
  );
}

/** The leaf paths present in a config, each with its value, in `schemaLeaves`' notation. */
export function leafValues(
  value: unknown,
  schema: Schema = configSchema,
  path = '',
): [string, unknown][] {
  const { inner } = unwrap(schema);
  const d = def(inner);
  if (d.type === 'object' && isObj(value)) {
    const shape = (inner as z.ZodObject).shape as Record<string, Schema>;
    return Object.entries(value).flatMap(([k, v]) =>
      shape[k] ? leafValues(v, shape[k], path === '' ? k : `${path}.${k}`) : [],
    );
  }
  if (d.type === 'array' && Array.isArray(value)) {
    return value.flatMap((v) => leafValues(v, d['element'] as Schema, `${path}[]`));
  }
  if (d.type === 'union') {
    const option = unionOption(d, value);
    return leafValues(
      value,
      option,
      branchPath(path, d['discriminator'] as string | undefined, option),
    );
  }
  return [[path, value]];
}

/** The config with each leaf replaced by `fn(path, value)` (paths as in `schemaLeaves`). */
export function mapLeaves(
  value: unknown,
  fn: (path: string, value: unknown) => unknown,
  schema: Schema = configSchema,
  path = '',
): unknown {
  const { inner } = unwrap(schema);
  const d = def(inner);
  if (d.type === 'object' && isObj(value)) {
    const shape = (inner as z.ZodObject).shape as Record<string, Schema>;
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        shape[k] ? mapLeaves(v, fn, shape[k], path === '' ? k : `${path}.${k}`) : v,
      ]),
    );
  }
  if (d.type === 'array' && Array.isArray(value)) {
    return value.map((v) => mapLeaves(v, fn, d['element'] as Schema, `${path}[]`));
  }
  if (d.type === 'union') {
    const option = unionOption(d, value);
    return mapLeaves(
      value,
      fn,
      option,
      branchPath(path, d['discriminator'] as string | undefined, option),
    );
  }
  if (d.type === 'record') return value;
  return fn(path, value);
}
