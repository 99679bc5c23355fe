import type { RuleCases } from '../fixtures/edit.js';

export default {
  ok: [
    {
      name: 'every article of the template',
      bases: ['sample', 'all'],
      kind: 'as-generated',
      expect: [],
    },
  ],
  notOk: [
    {
      name: 'an article of the company’s own after the last article',
      ref: 'extra-article-end',
      bases: ['email', 'all'],
      kind: 'inserted',
      edit: (_, e) =>
        e.insertArticle('jurisdiction', 'desk-manager', '相談窓口の責任者', [
          '当社は、相談窓口の業務を統括する責任者を置くものとする。',
        ]),
      expect: [
        {
          rule: 'C-COMMENTARY',
          severity: 'warning',
          article: 'desk-manager',
          message: '「相談窓口の責任者」に対応する逐条解説がありません',
        },
      ],
    },
  ],
} satisfies RuleCases;
