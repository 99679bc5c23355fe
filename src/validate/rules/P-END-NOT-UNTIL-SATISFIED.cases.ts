import { BOTH, type RuleCases } from '../fixtures/edit.js';

const rule = 'P-END-NOT-UNTIL-SATISFIED';
const message = '「納得するまで応対を続けるものではない旨」の定めが見当たりません';
const sentence = '相談者が納得するまで相談応対を継続するものではない';

export default {
  ok: [
    {
      name: '「継続する義務を負わない」',
      ref: 'L-gimu',
      bases: BOTH,
      kind: 'reworded',
      edit: (_, e) =>
        e.replace('termination', sentence, '継続するものではない', '継続する義務を負わない'),
      expect: [],
    },
    {
      name: '「納得されるまで応対を続けるとは限らない」',
      bases: ['sample'],
      kind: 'reworded',
      edit: (_, e) =>
        e.replace(
          'termination',
          sentence,
          sentence,
          '相談者が納得されるまで応対を続けるとは限らない',
        ),
      expect: [],
    },
  ],
  notOk: [
    {
      name: 'paragraph deleted',
      ref: 'NOTUNTIL-del',
      bases: BOTH,
      kind: 'deleted',
      edit: (_, e) => e.removeParagraph('termination', sentence),
      expect: [{ rule, article: 'termination', message }],
    },
    {
      name: 'the response continues until the person is satisfied',
      ref: 'NOTUNTIL-reverse',
      bases: BOTH,
      kind: 'reversed',
      edit: (_, e) =>
        e.replace('termination', sentence, '継続するものではない', '継続するものとする'),
      expect: [{ rule, article: 'termination', message }],
    },
  ],
} satisfies RuleCases;
