import { BOTH, type Case, type RuleCases } from '../fixtures/edit.js';

const rule = 'P-RECORD-ITEMS';

const deleted = (item: string, what: string, ref: string): Case => ({
  name: `record item deleted: ${what}`,
  ref,
  bases: BOTH,
  kind: 'deleted',
  edit: (_, e) => e.removeItem('records', 1, item),
  expect: [{ rule, article: 'records', message: `「${what}」の定めが見当たりません` }],
});

export default {
  ok: [
    {
      name: 'record items in reverse order',
      ref: 'reorder-items',
      bases: BOTH,
      kind: 'reworded',
      edit: (_, e) => {
        e.paragraph('records', 1).items.reverse();
      },
      expect: [],
    },
    {
      name: 'the items in one sentence',
      bases: ['email'],
      kind: 'reworded',
      edit: (_, e) =>
        e.setParagraph(
          'records',
          1,
          '当社は、相談があったときは、相談の日時、相談者の氏名及び連絡先、相談の内容並びに応対の経過を記録するものとする。',
          [],
        ),
      expect: [],
    },
  ],
  notOk: [
    deleted('相談の内容', '相談の内容', 'ITEMS-del-naiyo'),
    deleted('受付日時', '日時', 'ITEMS-del-nichiji'),
    deleted('氏名', '相談者の氏名', 'ITEMS-del-shimei'),
    {
      name: 'record paragraph deleted',
      ref: 'ITEMS-del',
      bases: BOTH,
      kind: 'deleted',
      edit: (_, e) => e.removeParagraph('records', 1),
      expect: [
        {
          rule,
          article: 'records',
          message: '「記録」、「相談の内容」、「日時」、「相談者の氏名」の定めが見当たりません',
        },
      ],
    },
  ],
} satisfies RuleCases;
