import type { Case, RuleCases } from '../fixtures/edit.js';

const rule = 'C-EMAIL-ONLY';

/** Phone wording typed into the email-only guideline's records article. */
const typed = (
  name: string,
  ref: string,
  add: string,
  shown: string,
  extra: Case['expect'] = [],
): Case => ({
  name,
  ref,
  bases: ['email'],
  kind: 'inserted',
  edit: (_, e) =>
    e.replace(
      'records',
      1,
      '次に掲げる事項を記録するものとする。',
      `次に掲げる事項を記録するものとする。${add}`,
    ),
  expect: (doc, base) => [
    {
      rule,
      article: 'records',
      paragraph: 1,
      message: `電子メールだけで受け付けるガイドラインに「${shown}」があります`,
    },
    ...(typeof extra === 'function' ? extra(doc, base) : extra),
  ],
});

const strayPhone = {
  rule: 'C-CHANNEL-CONTACT',
  message: '電話で受け付けないのに電話番号が書かれています',
};

export default {
  ok: [
    { name: 'email only as generated', bases: ['email'], kind: 'as-generated', expect: [] },
    {
      name: 'not email only: phone wording is fine',
      bases: ['sample'],
      kind: 'as-generated',
      expect: [],
    },
  ],
  notOk: [
    typed('phone recording inserted', 'EMAIL-rokuon', '通話は録音することがある。', '通話', [
      {
        rule: 'C-RECORDING-NOTICE',
        article: 'records',
        message: '電話で受け付けないのに録音の定めがあります',
      },
    ]),
    typed('電話 inserted', 'EMAIL-denwa', 'お急ぎの場合は電話でも相談に応じる。', '電話'),
    typed('架電 inserted', 'EMAIL-kaden', '当社から相談者に架電することがある。', '架電'),
    typed(
      'a phone number with hyphens',
      'EMAIL-number',
      '（緊急時は03-1111-2222）',
      '03-1111-2222',
      [strayPhone],
    ),
    typed(
      'a phone number in full-width digits and 「ー」',
      'EMAIL-number-choon',
      '（緊急時は０５７３ー００ー００００）',
      '0573-00-0000',
      [strayPhone],
    ),
    typed(
      'a phone number in full-width digits and 「−」 (U+2212)',
      'EMAIL-number-fw-minus',
      '（緊急時は０５７３−００−００００）',
      '0573-00-0000',
      [strayPhone],
    ),
    {
      name: 'phone hours added to the intake article',
      ref: 'EMAIL-hours',
      bases: ['email'],
      kind: 'inserted',
      edit: (_, e) =>
        e.insertParagraph(
          'intake-method',
          'other-methods',
          '相談窓口における電話による相談の受付時間は、平日午前9時から午後5時までとする。',
        ),
      expect: [
        {
          rule,
          article: 'intake-method',
          paragraph: 3,
          message: '電子メールだけで受け付けるガイドラインに「電話」があります',
        },
      ],
    },
  ],
} satisfies RuleCases;
