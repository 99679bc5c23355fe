// The config shape. This zod schema is the source of truth: the JSON Schema in schema/, the
// README's config reference and the starter config are all derived from it.
import { z } from 'zod';
import { hasTemplate, listTemplates } from '../source/clauses.js';
import { phoneNumberProblem, postalAddressProblem, valueProblems } from './value-checks.js';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'YYYY-MM-DD の形式で書いてください（例: 2026-04-01）' })
  .refine((s) => isRealDate(s), { error: '存在しない日付です' })
  .meta({ format: 'date' });

function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Characters a reader cannot see that change what text shows or how it compares: bidirectional
 * embeddings, overrides, isolates and marks (a company name can be made to read backwards, the
 * "Trojan Source" trick), zero-width spaces and joiners, the word joiner and a BOM inside text.
 */
const INVISIBLE: Record<number, string> = {
  0x061c: 'アラビア文字の書字方向記号',
  0x200b: 'ゼロ幅スペース',
  0x200c: 'ゼロ幅非接合子',
  0x200d: 'ゼロ幅接合子',
  0x200e: '左から右への書字方向記号',
  0x200f: '右から左への書字方向記号',
  0x202a: '左から右への埋め込み',
  0x202b: '右から左への埋め込み',
  0x202c: '書字方向の書式の終了',
  0x202d: '左から右への上書き',
  0x202e: '右から左への上書き',
  0x2060: '単語結合子',
  0x2061: '見えない関数適用',
  0x2062: '見えない乗算記号',
  0x2063: '見えない区切り',
  0x2064: '見えない加算記号',
  0x2066: '左から右への分離',
  0x2067: '右から左への分離',
  0x2068: '最初の強い書字方向による分離',
  0x2069: '書字方向の分離の終了',
  0xfeff: 'ゼロ幅ノーブレークスペース（BOM）',
};
const INVISIBLE_RE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

/** 「商号に見えない文字 U+202E（右から左への上書き）があります（3文字目）…」, or undefined. */
export function invisibleCharacterMessage(what: string, s: string): string | undefined {
  const m = INVISIBLE_RE.exec(s);
  if (!m) return undefined;
  const cp = m[0].codePointAt(0)!;
  const at = [...s.slice(0, m.index)].length + 1;
  const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return `${what}に見えない文字 ${code}（${INVISIBLE[cp] ?? '書式制御文字'}）があります（${at}文字目）。表示と中身が食い違うため使えません。この文字を消して書き直してください`;
}

/** Adds the invisible-character check to a string schema, naming the field. */
const visible = <T extends z.ZodType<string>>(what: string, schema: T): T =>
  schema.superRefine((s, ctx) => {
    const message = invisibleCharacterMessage(what, s);
    if (message)
      ctx.addIssue({ code: 'custom', message, input: s, params: { rule: 'invisible-character' } });
  }) as unknown as T;

/** A single line of text that ends up in the document. */
const line = (what: string) =>
  visible(
    what,
    z
      .string()
      .trim()
      .min(1, { error: `${what}が空です` })
      .max(500, { error: `${what}は500文字以内で書いてください` })
      .refine(
        (s) =>
          // eslint-disable-next-line no-control-regex -- control characters are what this rejects
          !/[\u0000-\u001f\u007f\ue000-\uf8ff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(
            s,
          ),
        {
          error: `${what}に改行、タブその他の制御文字、私用領域の文字又は壊れた文字（対のないサロゲート）を含めないでください`,
        },
      ),
  );

/** A list of at most `max` entries, the limit said in the field's own words. */
const list = <T extends z.ZodType>(what: string, item: T, max: number) =>
  z.array(item).max(max, { error: `${what}は${max}件以内にしてください` });

/** An http(s) URL. */
const httpUrl = (what: string) =>
  visible(
    what,
    z
      .url({ protocol: /^https?$/, error: 'http:// 又は https:// で始まるURLを書いてください' })
      .max(2000, { error: `${what}は2000文字以内で書いてください` }),
  );

/** A whole number from 1 to `max` (`unit`: 年, か月). */
const count = (what: string, max: number, unit: string) => {
  const range = `${what}は1${unit}から${max}${unit}までの整数で書いてください`;
  return z
    .int({ error: (iss) => (iss.code === 'too_big' ? range : `${what}は整数で書いてください`) })
    .min(1, { error: range })
    .max(max, { error: range });
};

/** The most entries a list may hold: far above any real guideline, low enough to build in seconds. */
export const LIMITS = {
  refusalExamples: 100,
  recordItems: 50,
  revisions: 200,
  overrides: 100,
  /** Characters of an override (a path, or the clause text itself in the web app; as a file, 32 KB). */
  overrideChars: 10_000,
} as const;

const phoneChannel = z
  .object({
    type: z.literal('phone'),
    number: line('電話番号')
      .regex(/^[0-9０-９()（）+＋\-－‐ 　]+$/, {
        error: '電話番号には数字、ハイフン及び括弧だけを使ってください（例: 03-1234-5678）',
      })
      .superRefine((n, ctx) => {
        const message = phoneNumberProblem(n);
        if (message)
          ctx.addIssue({ code: 'custom', message, input: n, params: { rule: 'phone-number' } });
      })
      .describe('電話番号（例: 03-1234-5678）')
      .meta({
        title: '電話番号',
        help: '市外局番から10桁又は11桁で書きます（例: 03-1234-5678）。',
      }),
    hours: line('受付時間')
      .optional()
      .describe('受付時間。「…まで」で終わる文で（例: 平日午前9時から午後5時まで）')
      .meta({
        title: '受付時間',
        help: '「…まで」で終わる文で書きます（例: 平日午前9時から午後5時まで）。',
      }),
  })
  .strict()
  .describe('電話')
  .meta({ title: '電話' });

const emailChannel = z
  .object({
    type: z.literal('email'),
    address: visible(
      '電子メールアドレス',
      z
        .email({ error: '電子メールアドレスの形式ではありません（例: support@example.co.jp）' })
        .max(254, { error: '電子メールアドレスは254文字以内で書いてください' }),
    )
      .describe('宛先の電子メールアドレス')
      .meta({ title: '電子メールアドレス', help: '例: support@example.co.jp' }),
  })
  .strict()
  .describe('電子メール')
  .meta({ title: '電子メール' });

const webformChannel = z
  .object({
    type: z.literal('webform'),
    url: httpUrl('相談フォームのURL')
      .describe('相談フォームのURL')
      .meta({ title: '相談フォームのURL', help: 'https:// から書きます。' }),
  })
  .strict()
  .describe('ウェブサイト上の相談フォーム')
  .meta({ title: 'ウェブサイト上の相談フォーム' });

const postalChannel = z
  .object({
    type: z.literal('postal'),
    address: line('送付先住所')
      .superRefine((a, ctx) => {
        const message = postalAddressProblem(a);
        if (message)
          ctx.addIssue({ code: 'custom', message, input: a, params: { rule: 'postal-address' } });
      })
      .describe('郵便の送付先（例: 〒100-0005 東京都千代田区丸の内一丁目1番1号）')
      .meta({
        title: '郵便の送付先',
        help: '郵便番号又は都道府県名から書きます（例: 〒100-0005 東京都千代田区丸の内一丁目1番1号）。',
      }),
  })
  .strict()
  .describe('郵便')
  .meta({ title: '郵便' });

export const channelTypes = ['phone', 'email', 'webform', 'postal'] as const;
export type ChannelType = (typeof channelTypes)[number];

const channel = z.discriminatedUnion('type', [
  phoneChannel,
  emailChannel,
  webformChannel,
  postalChannel,
]);

const retention = z.union([
  z.object({ years: count('保存期間', 100, '年') }).strict(),
  z.object({ months: count('保存期間', 1200, 'か月') }).strict(),
]);

/**
 * The default record items: the four elements, the judgement and who made it, the day and reason
 * the response ended and who was informed (the record form has a field for each). The identity
 * item depends on `intake.anonymous`, so the default is chosen in the view, not here.
 */
export function defaultRecordItems(anonymous: boolean): string[] {
  return [
    '相談の受付日時及び受付方法',
    anonymous
      ? '相談者の氏名及び連絡先（明らかにされたものに限る。代理人によるときは、代理人の氏名及び代理権の確認の方法を含む。）'
      : '相談者の氏名及び連絡先（代理人によるときは、代理人の氏名及び代理権の確認の方法を含む。）',
    '相談の対象となった製品等（製品名、型番、購入日及び購入先を含む。）',
    '相談の内容（事実、不満、意見及び要求の別）',
    '応対者及び応対の経過',
    '要求に対する判断の結果及び判断者',
    '相談応対を終了した日及び終了の理由',
    '社内での共有先',
  ];
}

/** The record items in force: the config's own, or the default for its identity rule. */
export function recordItemsOf(config: {
  records: { items?: string[] | undefined };
  intake: { anonymous: boolean };
}): string[] {
  return config.records.items ?? defaultRecordItems(config.intake.anonymous);
}

export const PREFECTURES = [
  '北海道',
  '青森県',
  '岩手県',
  '宮城県',
  '秋田県',
  '山形県',
  '福島県',
  '茨城県',
  '栃木県',
  '群馬県',
  '埼玉県',
  '千葉県',
  '東京都',
  '神奈川県',
  '新潟県',
  '富山県',
  '石川県',
  '福井県',
  '山梨県',
  '長野県',
  '岐阜県',
  '静岡県',
  '愛知県',
  '三重県',
  '滋賀県',
  '京都府',
  '大阪府',
  '兵庫県',
  '奈良県',
  '和歌山県',
  '鳥取県',
  '島根県',
  '岡山県',
  '広島県',
  '山口県',
  '徳島県',
  '香川県',
  '愛媛県',
  '高知県',
  '福岡県',
  '佐賀県',
  '長崎県',
  '熊本県',
  '大分県',
  '宮崎県',
  '鹿児島県',
  '沖縄県',
] as const;
export type Prefecture = (typeof PREFECTURES)[number];

/**
 * What the company does against customer harassment: the guideline's deterrence list (warning,
 * ending the response, limiting the channel, refusing further consultations, stopping service) and
 * consulting the police; the public 基本方針 names only these. Legal action is not switchable: the
 * damages article provides for it (P-DAMAGES-LEGAL-ACTION).
 */
export const HARASSMENT_MEASURES = [
  'warning',
  'end',
  'restrict',
  'refuse',
  'suspend',
  'police',
] as const;
export type HarassmentMeasure = (typeof HARASSMENT_MEASURES)[number];

/** The customer-harassment fields a pack's documents share (definition, desk, measures). */
export const harassmentFields = {
  addParties: list('顧客等の例', line('顧客等の例'), 8)
    .default([])
    .describe(
      'カスタマーハラスメントの定義で「顧客等」として法律の例示（顧客、取引の相手方、施設の利用者）の後に加える者（例: 患者及びその家族）。ガイドライン、基本方針及び従業員への周知文の定義が同時に替わる',
    )
    .meta({
      title: '顧客等に加える者',
      help: '定義の「顧客、取引の相手方、施設の利用者」の後に加える者を一行に一つずつ書きます（例: 患者及びその家族）。',
    }),
  measures: z
    .array(z.enum(HARASSMENT_MEASURES))
    .min(1, { error: '措置を少なくとも一つ選んでください（例: [end]）' })
    .refine((m) => m.some((x) => x !== 'police'), {
      error:
        '警察への相談（police）のほかに、行為の中止後の措置を少なくとも一つ選んでください（例: end）',
    })
    .refine((m) => new Set(m).size === m.length, { error: '同じ措置が二度書かれています' })
    .default([...HARASSMENT_MEASURES])
    .describe(
      'カスタマーハラスメントが中止されないときに講ずる措置: warning（書面等による警告）、end（相談応対の終了）、restrict（応対の方法の限定）、refuse（一定期間の受付の拒絶）、suspend（製品等の提供の停止及び立入りの拒否）、police（犯罪のおそれがあるときの警察への相談）。ガイドラインと基本方針に同時に現れる',
    )
    .meta({
      title: '行為が中止されないときの措置',
      help: 'ガイドラインと基本方針に同時に現れます。',
      optionLabels: {
        warning: '書面又は電子メールによる警告',
        end: '相談応対の終了',
        restrict: '応対の方法、時間又は担当者の限定',
        refuse: '一定の期間の受付の拒絶',
        suspend: '製品等の提供の停止及び立入りの拒否',
        police: '犯罪のおそれがあるときの警察への相談',
      },
    }),
  employeeContact: line('従業員相談窓口の連絡先')
    .optional()
    .describe(
      '従業員相談窓口の連絡先（例: 内線1234、soudan@example.co.jp）。従業員への周知文に載る',
    )
    .meta({
      title: '従業員の相談窓口の連絡先',
      help: '従業員への周知文に載ります（例: 内線1234、soudan@example.co.jp）。',
    }),
};

export const configSchema = z
  .object({
    $schema: z
      .string()
      .optional()
      .describe('エディタの補完用（JSON Schema の場所）。出力には影響しない')
      .meta({ title: 'エディタの補完用の指定' }),
    template: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/, {
        error: 'テンプレートの id（templates/ のフォルダ名）を書いてください',
      })
      .superRefine((id, ctx) => {
        if (!hasTemplate(id))
          ctx.addIssue({
            code: 'custom',
            input: id,
            params: { rule: 'unknown-template' },
            message: `テンプレート「${id}」はありません（使えるテンプレート: ${listTemplates().join('、')}）`,
          });
      })
      .optional()
      .describe('テンプレート（templates/<id>/ のパック）。省略すると既定のパック')
      .meta({ title: 'テンプレート' }),
    title: line('表題')
      .default('顧客相談ガイドライン')
      .describe('文書の表題')
      .meta({ title: '表題', help: '既定は「顧客相談ガイドライン」です。' }),
    company: z
      .object({
        name: line('商号')
          .describe('商号（例: 株式会社サンプル商事）。表紙と第1条に使う')
          .meta({ title: '商号', help: '例: 株式会社サンプル商事。表紙と第1条に使います。' }),
        shortName: line('略称')
          .default('当社')
          .describe('本文での会社の呼び方（例: 当社）')
          .meta({ title: '本文での呼び方', help: '例: 当社' }),
        address: line('所在地')
          .optional()
          .describe(
            '本店所在地（表紙に使う。都道府県名から始めると、逐条解説書がその都道府県の条例に触れる）',
          )
          .meta({
            title: '本店所在地',
            help: '表紙に使います。都道府県名から書くと、逐条解説書がその都道府県の条例に触れます。',
          }),
        prefecture: z
          .enum(PREFECTURES)
          .optional()
          .describe(
            '主たる事業所の都道府県（例: 東京都）。省略すると所在地の先頭から読み取る。逐条解説書のカスタマーハラスメント防止条例及び暴力団排除条例の記述に使う',
          )
          .meta({
            title: '主たる事業所の都道府県',
            help: '選ばないときは、本店所在地の先頭から読み取ります。逐条解説書の条例の記述に使います。',
            emptyLabel: '本店所在地から読み取る',
          }),
        productRole: z
          .enum(['manufacturer', 'seller', 'both', 'services'])
          .default('both')
          .describe(
            '製品等との関わり: manufacturer（製品を製造又は輸入する）、seller（製品を販売するが製造及び輸入はしない）、both（製造又は輸入した製品と他社の製品の両方を扱う。既定）、services（製品を扱わず役務だけを提供する）。製品事故の報告及び通知の定め（消費生活用製品安全法第34条・第35条）が替わる',
          )
          .meta({
            title: '製品等との関わり',
            help: '製品事故の報告及び通知の定めが替わります。',
            optionLabels: {
              manufacturer: '製品を製造し、又は輸入する',
              seller: '製品を販売する（製造及び輸入はしない）',
              both: '自社の製品と他社の製品の両方を扱う',
              services: '製品を扱わず、役務だけを提供する',
            },
          }),
        customers: z
          .enum(['consumers', 'businesses', 'both'])
          .default('both')
          .describe(
            '相談者となる顧客: consumers（消費者）、businesses（事業者だけ。B2B）、both（両方。既定）。管轄の合意の既定及び逐条解説の消費者契約法・商法の記述が替わる',
          )
          .meta({
            title: '相談者となる顧客',
            help: '合意管轄の既定及び逐条解説の記述が替わります。',
            optionLabels: {
              consumers: '消費者',
              businesses: '事業者だけ',
              both: '消費者及び事業者',
            },
          }),
      })
      .strict()
      .describe('会社')
      .meta({ title: '会社' }),
    desk: z
      .object({
        name: line('相談窓口の名称')
          .describe('相談窓口の名称（例: お客様相談室）')
          .meta({ title: '相談窓口の名称', help: '例: お客様相談室' }),
      })
      .strict()
      .describe('相談窓口')
      .meta({ title: '相談窓口' }),
    intake: z
      .object({
        channels: z
          .array(channel)
          .min(1, { error: '受付方法を少なくとも一つ書いてください' })
          .max(4)
          .describe(
            '受け付ける方法。ここに書いた方法だけが本文に現れる。電子メールだけにすれば電話の文言は一切出ない',
          )
          .meta({
            title: '受付の方法',
            help: 'ここに加えた方法だけが本文に現れます。電子メールだけにすれば、電話の文言は出ません。',
          }),
        anonymous: z
          .boolean()
          .default(false)
          .describe('true: 匿名の相談も受け付ける（第4条の本人確認の定めが変わる）')
          .meta({ title: '匿名の相談も受け付ける', help: '第4条の本人確認の定めが変わります。' }),
      })
      .strict()
      .describe('相談の受付')
      .meta({ title: '相談の受付' }),
    refusal: z
      .object({
        addExamples: list('拒絶する相談の例', line('拒絶する相談の例'), LIMITS.refusalExamples)
          .default([])
          .describe('組込みの例に加える「受付を拒絶する相談」の例（体言止め、句点なし）')
          .meta({
            title: '拒絶する相談の例（加えるもの）',
            help: '組込みの例に加える例を、1行に一つずつ書きます（体言止め、句点なし）。',
          }),
        removeExamples: list('削除する例', line('削除する例'), LIMITS.refusalExamples)
          .default([])
          .describe('組込みの例から外すもの（id 又は本文）。少なくとも3例は残すこと')
          .meta({
            title: '組込みの例から外すもの',
            help: '外す例の本文を、1行に一つずつ書きます。少なくとも3例は残してください。',
          }),
      })
      .strict()
      .default({ addExamples: [], removeExamples: [] })
      .describe('相談受付の拒絶')
      .meta({ title: '相談受付の拒絶' }),
    records: z
      .object({
        items: list('記録事項', line('記録事項'), LIMITS.recordItems)
          .min(1, { error: '記録事項を少なくとも一つ書いてください' })
          .optional()
          .describe(
            '記録する事項。省略すると既定の8項目（受付日時及び受付方法、相談者の氏名及び連絡先、対象の製品等、四つの要素に分けた相談の内容、応対者及び経過、判断の結果及び判断者、終了日及び終了の理由、社内での共有先）。相談記録票はこの事項に合わせて作られる',
          )
          .meta({
            title: '記録する事項',
            help: '1行に一つずつ書きます。空欄にすると既定の8項目になります。相談記録票もこの事項に合わせて作られます。',
          }),
        callRecording: z
          .boolean()
          .default(true)
          .describe('true: 電話の通話を録音する（電話窓口があるときだけ本文に現れる）')
          .meta({
            title: '電話の通話を録音する',
            help: '電話の窓口があるときだけ本文に現れます。',
          }),
        retention: retention
          .default({ years: 5 })
          .describe('相談記録の保存期間（years 又は months）')
          .meta({ title: '相談記録の保存期間', optionLabels: { years: '年', months: 'か月' } }),
        anonymizedUse: z
          .boolean()
          .default(false)
          .describe('true: 特定の個人を識別できないように加工した記録を業務に利用する')
          .meta({ title: '個人を識別できないように加工した記録を業務に利用する' }),
      })
      .strict()
      .default({
        callRecording: true,
        retention: { years: 5 },
        anonymizedUse: false,
      })
      .describe('相談の記録')
      .meta({ title: '相談の記録' }),
    privacy: z
      .object({
        policyUrl: httpUrl('個人情報保護方針のURL')
          .optional()
          .describe('個人情報保護方針（プライバシーポリシー）のURL。省略すると利用目的を本文に書く')
          .meta({
            title: '個人情報保護方針を掲載したURL',
            help: 'https:// から書きます。書かないときは、利用目的を本文に書きます。',
          }),
        policyName: line('方針の名称')
          .default('個人情報保護方針')
          .describe('個人情報保護方針の名称')
          .meta({ title: '個人情報保護方針の名称', help: '既定は「個人情報保護方針」です。' }),
      })
      .strict()
      .default({ policyName: '個人情報保護方針' })
      .describe('個人情報')
      .meta({ title: '個人情報' }),
    jurisdiction: z
      .object({
        court: line('裁判所')
          .regex(/(地方|簡易)裁判所(.*支部)?$/, {
            error: '第一審の裁判所名を書いてください（例: 東京地方裁判所）',
          })
          .describe('第一審の合意管轄裁判所（例: 東京地方裁判所）')
          .meta({
            title: '合意管轄裁判所',
            help: '第一審の裁判所を書きます（例: 東京地方裁判所）。',
          }),
        exclusive: z
          .boolean()
          .optional()
          .describe(
            'true: 専属的合意管轄、false: 付加的合意管轄。省略すると、company.customers が businesses（事業者だけ）のとき専属的、それ以外は付加的（消費者契約法第10条の観点から）',
          )
          .meta({
            title: '合意管轄の種類',
            help: '選ばないときは、相談者が事業者だけなら専属的合意管轄、それ以外は付加的合意管轄になります（消費者契約法第10条の観点から）。',
            emptyLabel: '相談者となる顧客から決める',
            optionLabels: { true: '専属的合意管轄', false: '付加的合意管轄' },
          }),
      })
      .strict()
      .describe('準拠法及び合意管轄')
      .meta({ title: '準拠法及び合意管轄' }),
    amendment: z
      .object({
        announcement: line('周知の方法')
          .optional()
          .describe('改定を周知する方法（省略すると「<company.shortName>のウェブサイトへの掲載」）')
          .meta({
            title: '改定を周知する方法',
            help: '書かないときは「（本文での呼び方）のウェブサイトへの掲載」になります。',
          }),
        approvedBy: line('改定を決める機関')
          .optional()
          .describe(
            '改定を決める機関と手続（「本ガイドラインの改定は、…により行う」に入る。例: 取締役会の決議。省略すると商号から定める（株式会社は「取締役会の決議（取締役会を置かない場合にあっては、代表取締役の決定）」、合同会社・合名会社・合資会社は「業務を執行する社員の過半数による決定」、その他は「代表者の決定」））',
          )
          .meta({
            title: '改定を決める機関及び手続',
            help: '例: 取締役会の決議。書かないときは商号から定めます（株式会社は取締役会の決議、合同会社等は業務を執行する社員の過半数による決定、その他は代表者の決定）。',
          }),
      })
      .strict()
      .default({})
      .describe('本ガイドラインの改定')
      .meta({ title: '本ガイドラインの改定' }),
    harassment: z
      .object({
        employeeDesk: line('従業員相談窓口')
          .optional()
          .describe(
            'カスタマーハラスメントについて従業員が相談する窓口（例: 人事部）。省略すると本文は窓口を定める旨だけを書く',
          )
          .meta({
            title: '従業員が相談する窓口',
            help: 'カスタマーハラスメントについて従業員が相談する窓口です（例: 人事部）。書かないときは、窓口を定める旨だけを書きます。',
          }),
        ...harassmentFields,
      })
      .strict()
      .default({ addParties: [], measures: [...HARASSMENT_MEASURES] })
      .describe('カスタマーハラスメント（改正労働施策総合推進法第33条の措置）')
      .meta({ title: 'カスタマーハラスメント' }),
    optional: z
      .object({
        demandCriteria: z
          .boolean()
          .default(false)
          .describe('要求に対する判断基準（相談応対ポリシーの後）')
          .meta({ title: '要求に対する判断基準', help: '相談応対ポリシーの後に置きます。' }),
        writtenStatements: z
          .boolean()
          .default(false)
          .describe('書面の交付（相談応対ポリシーの後）')
          .meta({ title: '書面の交付', help: '相談応対ポリシーの後に置きます。' }),
        customerHarassment: z
          .boolean()
          .default(true)
          .describe(
            'カスタマーハラスメントへの対応（相談応対ポリシーの後）。既定 true: 令和8年10月1日から全ての事業主に措置義務がある（改正労働施策総合推進法第33条）。false にすると検証で警告が出る',
          )
          .meta({
            title: 'カスタマーハラスメントへの対応',
            help: '令和8年10月1日から全ての事業主に措置義務があります（改正労働施策総合推進法第33条）。外すと検査で注意が出ます。',
          }),
        antisocialForces: z
          .boolean()
          .default(false)
          .describe('反社会的勢力の排除（相談受付の拒絶の後）')
          .meta({ title: '反社会的勢力の排除', help: '相談受付の拒絶の後に置きます。' }),
      })
      .strict()
      .default({
        demandCriteria: false,
        writtenStatements: false,
        customerHarassment: true,
        antisocialForces: false,
      })
      .describe('任意の条')
      .meta({ title: '任意の条' }),
    dates: z
      .object({
        enacted: isoDate.describe('制定日（YYYY-MM-DD）').meta({ title: '制定日' }),
        effective: isoDate
          .optional()
          .describe('施行日（省略すると制定日）')
          .meta({ title: '施行日', help: '書かないときは制定日です。' }),
        revisions: list(
          '改定の履歴',
          z
            .object({
              date: isoDate.describe('改定日（YYYY-MM-DD）').meta({ title: '改定日' }),
              summary: line('改定の内容')
                .describe('改定の内容（改定履歴に載る）')
                .meta({ title: '改定の内容', help: '改定履歴に載ります。' }),
            })
            .strict(),
          LIMITS.revisions,
        )
          .default([])
          .describe('改定の履歴（古い順）')
          .meta({ title: '改定の履歴', help: '古い順に並べます。' }),
      })
      .strict()
      .describe('日付')
      .meta({ title: '日付' }),
    style: z
      .object({
        era: z
          .enum(['wareki', 'seireki'])
          .default('wareki')
          .describe('wareki: 令和8年4月1日、seireki: 2026年4月1日')
          .meta({
            title: '日付の書き方',
            optionLabels: { wareki: '和暦（令和8年4月1日）', seireki: '西暦（2026年4月1日）' },
          }),
        digits: z
          .enum(['fullwidth', 'halfwidth'])
          .default('fullwidth')
          .describe('条番号及び本文の数字: fullwidth（全角）又は halfwidth（半角）')
          .meta({
            title: '数字の書き方',
            optionLabels: { fullwidth: '全角（第１条、５年）', halfwidth: '半角（第1条、5年）' },
          }),
        paper: z.literal('A4').default('A4').describe('用紙').meta({ title: '用紙' }),
        font: line('本文のフォント')
          .default('游明朝')
          .describe('本文の和文フォント（Word 出力。既定 游明朝、代替 MS 明朝）')
          .meta({ title: '本文のフォント', help: 'Word の出力に使います（既定: 游明朝）。' }),
        headingFont: line('見出しのフォント')
          .default('游ゴシック')
          .describe('表題及び条見出しのフォント（Word 出力。既定 游ゴシック、代替 MS ゴシック）')
          .meta({ title: '見出しのフォント', help: 'Word の出力に使います（既定: 游ゴシック）。' }),
      })
      .strict()
      .default({
        era: 'wareki',
        digits: 'fullwidth',
        paper: 'A4',
        font: '游明朝',
        headingFont: '游ゴシック',
      })
      .describe('体裁')
      .meta({ title: '体裁' }),
    overrides: z
      .record(
        z.string(),
        visible(
          '差替え',
          z
            .string()
            .min(1, { error: '差替えファイルのパスが空です' })
            .max(LIMITS.overrideChars, {
              error: `差替えは${LIMITS.overrideChars.toLocaleString('en-US')}文字以内にしてください`,
            }),
        ),
      )
      .refine((o) => Object.keys(o).length <= LIMITS.overrides, {
        error: `差替えは${LIMITS.overrides}条までにしてください`,
      })
      .default({})
      .describe(
        '条の文言を会社独自のものに差し替える（条の id: Markdown ファイルのパス、設定ファイルからの相対パス）',
      )
      .meta({ title: '条の文言の差替え' }),
  })
  .strict()
  .superRefine((cfg, ctx) => {
    for (const { path, message, rule } of valueProblems(cfg))
      ctx.addIssue({ code: 'custom', path, message, params: { rule } });
    const seen = new Set<string>();
    cfg.intake.channels.forEach((ch, i) => {
      if (seen.has(ch.type)) {
        ctx.addIssue({
          code: 'custom',
          path: ['intake', 'channels', i, 'type'],
          message: `受付方法「${ch.type}」が重複しています。一つにまとめてください`,
        });
      }
      seen.add(ch.type);
    });
    const enacted = cfg.dates.enacted;
    if (cfg.dates.effective !== undefined && cfg.dates.effective < enacted) {
      ctx.addIssue({
        code: 'custom',
        path: ['dates', 'effective'],
        message: '施行日が制定日より前です',
      });
    }
    let prev = cfg.dates.effective ?? enacted;
    cfg.dates.revisions.forEach((rev, i) => {
      if (rev.date <= prev) {
        ctx.addIssue({
          code: 'custom',
          path: ['dates', 'revisions', i, 'date'],
          message: `改定日は施行日及びそれ以前の改定日より後の日付にしてください（直前: ${prev}）`,
        });
      }
      prev = rev.date > prev ? rev.date : prev;
    });
  })
  .describe('hinagata の設定（顧客相談ガイドライン）')
  .meta({ title: '顧客相談ガイドラインの設定' });

/** The config as written (before defaults). */
export type ConfigInput = z.input<typeof configSchema>;
/** The config with every default filled in. */
export type Config = z.output<typeof configSchema>;
export type Channel = Config['intake']['channels'][number];
