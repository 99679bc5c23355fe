import { BOTH, type RuleCases } from '../fixtures/edit.js';

const rule = 'P-DAMAGES-COMPANY';

export default {
  ok: [
    {
      name: '「その損害を補償する」',
      ref: 'L-hosho',
      bases: BOTH,
      kind: 'reworded',
      edit: (_, e) => e.replace('damages', 1, 'その損害を賠償する', 'その損害を補償する'),
      expect: [],
    },
    {
      name: '第1項 and 第2項 in one sentence',
      ref: 'merge-damages',
      bases: BOTH,
      kind: 'reworded',
      edit: (_, e) => {
        e.replace(
          'damages',
          1,
          'その損害を賠償するものとする。',
          'その損害を賠償するものとし、これにより法令に基づき負う責任を制限しない。',
        );
        e.removeParagraph('damages', 2);
      },
      expect: [],
    },
  ],
  notOk: [
    {
      name: 'company liability deleted',
      ref: 'DMG-del',
      bases: BOTH,
      kind: 'deleted',
      edit: (_, e) => e.removeParagraph('damages', 1),
      expect: [
        { rule, article: 'damages', message: '「欠陥等」、「当社の賠償」の定めが見当たりません' },
      ],
    },
    {
      name: '「賠償する責任を負わない」',
      ref: 'DMG-negate',
      bases: BOTH,
      kind: 'reversed',
      edit: (_, e) =>
        e.replace('damages', 1, 'その損害を賠償するものとする', 'その損害を賠償する責任を負わない'),
      expect: [
        {
          rule,
          article: 'damages',
          paragraph: 1,
          message:
            '「当社の賠償」の定めが反対の趣旨になっています（「損害を賠償する責任を負わない」）',
        },
      ],
    },
  ],
} satisfies RuleCases;
