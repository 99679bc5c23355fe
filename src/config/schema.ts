// The config shape. This zod schema is the source of truth: the JSON Schema in schema/, the
// README's config reference and the starter config are all derived from it.
import { z } from 'zod';

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

/** A single line of text that ends up in the document. */
const line = (what: string) =>
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
    );

const phoneChannel = z
  .object({
    type: z.literal('phone'),
    number: line('電話番号')
      .regex(/^[0-9０-９()（）+＋\-－‐ 　]+$/, {
        error: '電話番号には数字、ハイフン及び括弧だけを使ってください（例: 03-1234-5678）',
      })
      .describe('電話番号（例: 03-1234-5678）'),
    hours: line('受付時間')
      .optional()
      .describe('受付時間。「…まで」で終わる文で（例: 平日午前9時から午後5時まで）'),
  })
  .strict()
  .describe('電話');

const emailChannel = z
  .object({
    type: z.literal('email'),
    address: z
      .email({ error: '電子メールアドレスの形式ではありません（例: support@example.co.jp）' })
      .describe('宛先の電子メールアドレス'),
  })
  .strict()
  .describe('電子メール');

const webformChannel = z
  .object({
    type: z.literal('webform'),
    url: z
      .url({ protocol: /^https?$/, error: 'http:// 又は https:// で始まるURLを書いてください' })
      .describe('相談フォームのURL'),
  })
  .strict()
  .describe('ウェブサイト上の相談フォーム');

const postalChannel = z
  .object({
    type: z.literal('postal'),
    address: line('送付先住所').describe(
      '郵便の送付先（例: 〒100-0005 東京都千代田区丸の内一丁目1番1号）',
    ),
  })
  .strict()
  .describe('郵便');

export const channelTypes = ['phone', 'email', 'webform', 'postal'] as const;
export type ChannelType = (typeof channelTypes)[number];

const channel = z.discriminatedUnion('type', [
  phoneChannel,
  emailChannel,
  webformChannel,
  postalChannel,
]);

const retention = z.union([
  z
    .object({
      years: z
        .int({ error: '保存期間は整数で書いてください' })
        .positive({ error: '保存期間は1以上にしてください' })
        .max(100),
    })
    .strict(),
  z
    .object({
      months: z
        .int({ error: '保存期間は整数で書いてください' })
        .positive({ error: '保存期間は1以上にしてください' })
        .max(1200),
    })
    .strict(),
]);

export const defaultRecordItems = [
  '相談の内容',
  '相談の日時',
  '相談者の氏名及び連絡先',
  '応対者',
  '応対の内容及び結果',
];

export const configSchema = z
  .object({
    $schema: z
      .string()
      .optional()
      .describe('エディタの補完用（JSON Schema の場所）。出力には影響しない'),
    template: z
      .literal('consultation-guideline')
      .default('consultation-guideline')
      .describe('テンプレート。現在は consultation-guideline（顧客相談ガイドライン）のみ'),
    title: line('表題').default('顧客相談ガイドライン').describe('文書の表題'),
    company: z
      .object({
        name: line('商号').describe('商号（例: 株式会社サンプル商事）。表紙と第1条に使う'),
        shortName: line('略称').default('当社').describe('本文での会社の呼び方（例: 当社）'),
        address: line('所在地').optional().describe('本店所在地（表紙に使う）'),
      })
      .strict()
      .describe('会社'),
    desk: z
      .object({
        name: line('相談窓口の名称').describe('相談窓口の名称（例: お客様相談室）'),
      })
      .strict()
      .describe('相談窓口'),
    intake: z
      .object({
        channels: z
          .array(channel)
          .min(1, { error: '受付方法を少なくとも一つ書いてください' })
          .max(4)
          .describe(
            '受け付ける方法。ここに書いた方法だけが本文に現れる。電子メールだけにすれば電話の文言は一切出ない',
          ),
        anonymous: z
          .boolean()
          .default(false)
          .describe('true: 匿名の相談も受け付ける（第4条の本人確認の定めが変わる）'),
      })
      .strict()
      .describe('相談の受付'),
    refusal: z
      .object({
        addExamples: z
          .array(line('拒絶する相談の例'))
          .default([])
          .describe('組込みの例に加える「受付を拒絶する相談」の例（体言止め、句点なし）'),
        removeExamples: z
          .array(line('削除する例'))
          .default([])
          .describe('組込みの例から外すもの（id 又は本文）。少なくとも3例は残すこと'),
      })
      .strict()
      .default({ addExamples: [], removeExamples: [] })
      .describe('相談受付の拒絶'),
    records: z
      .object({
        items: z
          .array(line('記録事項'))
          .min(1, { error: '記録事項を少なくとも一つ書いてください' })
          .default(defaultRecordItems)
          .describe('記録する事項'),
        callRecording: z
          .boolean()
          .default(true)
          .describe('true: 電話の通話を録音する（電話窓口があるときだけ本文に現れる）'),
        retention: retention
          .default({ years: 5 })
          .describe('相談記録の保存期間（years 又は months）'),
        anonymizedUse: z
          .boolean()
          .default(false)
          .describe('true: 特定の個人を識別できないように加工した記録を業務に利用する'),
      })
      .strict()
      .default({
        items: defaultRecordItems,
        callRecording: true,
        retention: { years: 5 },
        anonymizedUse: false,
      })
      .describe('相談の記録'),
    privacy: z
      .object({
        policyUrl: z
          .url({ protocol: /^https?$/, error: 'http:// 又は https:// で始まるURLを書いてください' })
          .optional()
          .describe(
            '個人情報保護方針（プライバシーポリシー）のURL。省略すると利用目的を本文に書く',
          ),
        policyName: line('方針の名称')
          .default('個人情報保護方針')
          .describe('個人情報保護方針の名称'),
      })
      .strict()
      .default({ policyName: '個人情報保護方針' })
      .describe('個人情報'),
    jurisdiction: z
      .object({
        court: line('裁判所')
          .regex(/(地方|簡易)裁判所(.*支部)?$/, {
            error: '第一審の裁判所名を書いてください（例: 東京地方裁判所）',
          })
          .describe('第一審の合意管轄裁判所（例: 東京地方裁判所）'),
        exclusive: z
          .boolean()
          .default(true)
          .describe('true: 専属的合意管轄、false: 付加的合意管轄'),
      })
      .strict()
      .describe('準拠法及び合意管轄'),
    amendment: z
      .object({
        announcement: line('周知の方法')
          .optional()
          .describe(
            '変更を周知する方法（省略すると「<company.shortName>のウェブサイトへの掲載」）',
          ),
      })
      .strict()
      .default({})
      .describe('本ガイドラインの変更'),
    optional: z
      .object({
        demandCriteria: z
          .boolean()
          .default(false)
          .describe('要求に対する判断基準（相談応対ポリシーの後）'),
        writtenStatements: z
          .boolean()
          .default(false)
          .describe('書面の交付（相談応対ポリシーの後）'),
        customerHarassment: z
          .boolean()
          .default(false)
          .describe('カスタマーハラスメントへの対応（相談応対ポリシーの後）'),
        antisocialForces: z
          .boolean()
          .default(false)
          .describe('反社会的勢力の排除（相談受付の拒絶の後）'),
      })
      .strict()
      .default({
        demandCriteria: false,
        writtenStatements: false,
        customerHarassment: false,
        antisocialForces: false,
      })
      .describe('任意の条'),
    dates: z
      .object({
        enacted: isoDate.describe('制定日（YYYY-MM-DD）'),
        effective: isoDate.optional().describe('施行日（省略すると制定日）'),
        revisions: z
          .array(
            z
              .object({
                date: isoDate.describe('改定日（YYYY-MM-DD）'),
                summary: line('改定の内容').describe('改定の内容（改定履歴に載る）'),
              })
              .strict(),
          )
          .default([])
          .describe('改定の履歴（古い順）'),
      })
      .strict()
      .describe('日付'),
    style: z
      .object({
        era: z
          .enum(['wareki', 'seireki'])
          .default('wareki')
          .describe('wareki: 令和8年4月1日、seireki: 2026年4月1日'),
        digits: z
          .enum(['fullwidth', 'halfwidth'])
          .default('fullwidth')
          .describe('条番号及び本文の数字: fullwidth（全角）又は halfwidth（半角）'),
        paper: z.literal('A4').default('A4').describe('用紙'),
        font: line('本文のフォント')
          .default('游明朝')
          .describe('本文の和文フォント（Word 出力。既定 游明朝、代替 MS 明朝）'),
        headingFont: line('見出しのフォント')
          .default('游ゴシック')
          .describe('表題及び条見出しのフォント（Word 出力。既定 游ゴシック、代替 MS ゴシック）'),
      })
      .strict()
      .default({
        era: 'wareki',
        digits: 'fullwidth',
        paper: 'A4',
        font: '游明朝',
        headingFont: '游ゴシック',
      })
      .describe('体裁'),
    overrides: z
      .record(z.string(), z.string().min(1))
      .default({})
      .describe(
        '条の文言を会社独自のものに差し替える（条の id: Markdown ファイルのパス、設定ファイルからの相対パス）',
      ),
  })
  .strict()
  .superRefine((cfg, ctx) => {
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
  .describe('hinagata の設定（顧客相談ガイドライン）');

/** The config as written (before defaults). */
export type ConfigInput = z.input<typeof configSchema>;
/** The config with every default filled in. */
export type Config = z.output<typeof configSchema>;
export type Channel = Config['intake']['channels'][number];
