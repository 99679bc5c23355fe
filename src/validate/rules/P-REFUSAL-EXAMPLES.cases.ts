import { BOTH, type RuleCases } from '../fixtures/edit.js';

const rule = 'P-REFUSAL-EXAMPLES';

export default {
  ok: [
    {
      name: 'the built-in examples and one of the company’s own',
      bases: ['full'],
      kind: 'as-generated',
      expect: [],
    },
  ],
  notOk: [
    {
      name: 'only two examples left',
      ref: 'EXAMPLES-two',
      bases: BOTH,
      kind: 'deleted',
      edit: (_, e) => {
        e.paragraph('intake-refusal', 'examples').items.splice(2);
      },
      expect: [
        {
          rule,
          article: 'intake-refusal',
          paragraph: 'examples',
          message: '拒絶する相談の具体例が2件しかありません（3件以上必要です）',
        },
      ],
    },
    {
      name: 'examples paragraph deleted',
      ref: 'EXAMPLES-del',
      bases: BOTH,
      kind: 'deleted',
      edit: (_, e) => e.removeParagraph('intake-refusal', 'examples'),
      expect: [
        {
          rule,
          article: 'intake-refusal',
          message: '拒絶する相談の具体例が0件しかありません（3件以上必要です）',
        },
      ],
    },
  ],
} satisfies RuleCases;
