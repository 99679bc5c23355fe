import type { RuleCases } from '../fixtures/edit.js';

export default {
  ok: [
    { name: 'no use of records at all', bases: ['email'], kind: 'as-generated', expect: [] },
    {
      name: 'statistics only (the option)',
      bases: ['sample', 'all'],
      kind: 'as-generated',
      expect: [],
    },
  ],
  notOk: [
    {
      name: 'use after deleting the name only',
      ref: 'ANON-name-only',
      bases: ['sample', 'all'],
      kind: 'reversed',
      edit: (_, e) =>
        e.setParagraph(
          'record-management',
          'anonymized-use',
          '当社は、相談記録から個人情報を削除した上で、営業活動に利用することができる。',
        ),
      expect: [
        {
          rule: 'P-ANON-USE',
          article: 'record-management',
          paragraph: 'anonymized-use',
          message:
            '個人情報を削除した上で相談記録を利用するとしていますが、特定の個人を識別できないようにする定めがありません（氏名の削除だけでは個人情報のままです）',
        },
      ],
    },
  ],
} satisfies RuleCases;
