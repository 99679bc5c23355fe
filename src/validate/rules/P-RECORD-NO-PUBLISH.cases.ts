import { BOTH, type RuleCases } from '../fixtures/edit.js';

const rule = 'P-RECORD-NO-PUBLISH';
const message = '「公開を許諾しない旨」の定めが見当たりません';

export default {
  ok: [
    {
      name: '「公開することを承諾しない」',
      ref: 'L-shodaku',
      bases: BOTH,
      kind: 'reworded',
      edit: (_, e) => e.replace('records', 'no-publish', '許諾しない', '承諾しない'),
      expect: [],
    },
    {
      name: '「公開することを認めない」',
      bases: ['sample'],
      kind: 'reworded',
      edit: (_, e) =>
        e.replace('records', 'no-publish', '許諾しないものとする', '認めないものとする'),
      expect: [],
    },
  ],
  notOk: [
    {
      name: 'paragraph deleted',
      ref: 'NOPUBLISH-del',
      bases: BOTH,
      kind: 'deleted',
      edit: (_, e) => e.removeParagraph('records', 'no-publish'),
      expect: [{ rule, article: 'records', message }],
    },
    {
      name: 'publication permitted',
      ref: 'NOPUBLISH-reverse',
      bases: BOTH,
      kind: 'reversed',
      edit: (_, e) =>
        e.replace('records', 'no-publish', '許諾しないものとする', '許諾するものとする'),
      expect: [{ rule, article: 'records', message }],
    },
  ],
} satisfies RuleCases;
