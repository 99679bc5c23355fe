import type { RuleCases } from '../fixtures/edit.js';

const rule = 'C-CHANNEL-CONTACT';

export default {
  ok: [
    {
      name: 'every channel with its contact',
      bases: ['sample', 'full', 'all', 'services'],
      kind: 'as-generated',
      expect: [],
    },
    {
      name: 'a phone number written 「(0573) 00-0000」',
      bases: ['all'],
      kind: 'reworded',
      edit: (_, e) => e.replace('intake-method', 1, '0573-00-0000', '(0573) 00-0000'),
      expect: [],
    },
  ],
  notOk: [
    {
      name: 'channel without its address',
      ref: 'CONTACT-no-email',
      bases: ['all', 'sample'],
      kind: 'deleted',
      edit: (_, e) => e.replace('intake-method', 1, /電子メール（[^）]*）/, '電子メール'),
      expect: [
        {
          rule,
          article: 'intake-method',
          paragraph: 1,
          message: '受付方法「電子メール」に電子メールアドレスがありません',
        },
      ],
    },
    {
      name: 'postal channel without its address',
      ref: 'CONTACT-no-postal',
      bases: ['all'],
      kind: 'deleted',
      edit: (_, e) => e.replace('intake-method', 1, /郵便（[^）]*）/, '郵便'),
      expect: [
        {
          rule,
          article: 'intake-method',
          paragraph: 1,
          message: '受付方法「郵便」に送付先の住所がありません',
        },
      ],
    },
    {
      name: 'the only channel without its address (email only)',
      ref: 'CONTACT-email-only',
      bases: ['email'],
      kind: 'deleted',
      edit: (_, e) => e.replace('intake-method', 1, /電子メール（[^）]*）/, '電子メール'),
      expect: [
        {
          rule: 'P-INTAKE-CHANNELS',
          article: 'intake-method',
          message: '「受付の方法と連絡先」の定めが見当たりません',
        },
        {
          rule,
          article: 'intake-method',
          paragraph: 1,
          message: '受付方法「電子メール」に電子メールアドレスがありません',
        },
      ],
    },
    {
      name: 'a phone number left in an email-only guideline',
      ref: 'CONTACT-stray-phone',
      bases: ['email'],
      kind: 'inserted',
      edit: (_, e) =>
        e.replace(
          'intake-method',
          1,
          /（info@example\.jp）/,
          '（info@example.jp。お急ぎの方は03-1111-2222）',
        ),
      expect: [
        {
          rule: 'C-EMAIL-ONLY',
          article: 'intake-method',
          paragraph: 1,
          message: '電子メールだけで受け付けるガイドラインに「03-1111-2222」があります',
        },
        { rule, message: '電話で受け付けないのに電話番号が書かれています' },
      ],
    },
    {
      name: 'a postal address for a channel not accepted',
      ref: 'CONTACT-extra-postal',
      bases: ['email', 'sample'],
      kind: 'inserted',
      edit: (_, e) =>
        e.replace(
          'intake-method',
          'other-methods',
          'による相談は、受け付けないものとする。',
          'による相談（〒500-8570 岐阜県岐阜市司町1番地への郵便によるものを含む。）は、受け付けないものとする。',
        ),
      expect: [{ rule, message: '郵便で受け付けないのに郵便の送付先が書かれています' }],
    },
  ],
} satisfies RuleCases;
