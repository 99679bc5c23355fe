import { BOTH, type Case, type RuleCases } from '../fixtures/edit.js';

const rule = 'P-POLICY-PRINCIPLES';

const deleted = (item: string, what: string, ref: string): Case => ({
  name: `principle deleted: ${what}`,
  ref,
  bases: BOTH,
  kind: 'deleted',
  edit: (_, e) => e.removeItem('response-policy', 1, item),
  expect: [{ rule, article: 'response-policy', message: `「${what}」の定めが見当たりません` }],
});

export default {
  ok: [
    {
      name: 'principles in reverse order',
      ref: 'reorder-items',
      bases: BOTH,
      kind: 'reworded',
      edit: (_, e) => {
        e.paragraph('response-policy', 1).items.reverse();
      },
      expect: [],
    },
    {
      name: '「懇切丁寧」「守秘を徹底」',
      ref: 'L-konsetsu',
      bases: BOTH,
      kind: 'reworded',
      edit: (_, e) => {
        e.replace('response-policy', 1, '親切丁寧', '懇切丁寧');
        e.replace('response-policy', 1, '秘密保持を徹底', '守秘を徹底');
      },
      expect: [],
    },
    {
      name: '「分け隔てなく応対し」',
      ref: 'L-wakehedate',
      bases: BOTH,
      kind: 'reworded',
      edit: (_, e) => e.replace('response-policy', 1, '公平に応対し', '分け隔てなく応対し'),
      expect: [],
    },
  ],
  notOk: [
    deleted('公平', '公平', 'PRINCIPLES-del-kohei'),
    deleted('秘密保持', '秘密保持', 'PRINCIPLES-del-himitsu'),
    deleted('事実確認', '事実確認', 'PRINCIPLES-del-jijitsu'),
    {
      name: 'courtesy principle deleted',
      ref: 'PRINCIPLES-del-teinei',
      bases: ['email'],
      kind: 'deleted',
      edit: (_, e) => e.removeItem('response-policy', 1, '親切丁寧'),
      expect: [{ rule, article: 'response-policy', message: '「親切丁寧」の定めが見当たりません' }],
    },
  ],
} satisfies RuleCases;
