import { BOTH, type RuleCases } from '../fixtures/edit.js';

const rule = 'P-PURPOSE';

export default {
  ok: [
    {
      name: '「品質を高める」',
      ref: 'L-takameru',
      bases: BOTH,
      kind: 'reworded',
      edit: (_, e) => e.replace('purpose', 1, '品質の向上を図る', '品質を高める'),
      expect: [],
    },
    {
      name: '「品質の改善に資する」',
      ref: 'L-kaizen',
      bases: BOTH,
      kind: 'reworded',
      edit: (_, e) => e.replace('purpose', 1, '品質の向上を図る', '品質の改善に資する'),
      expect: [],
    },
    {
      name: 'the purpose in the company’s own words',
      bases: ['sample'],
      kind: 'reworded',
      edit: (_, e) =>
        e.replace(
          'purpose',
          1,
          /が、製品等の購入者、.*$/,
          'が、お客様からの問い合わせ及び苦情に応じる方法を定め、もって製品及びサービスの品質を改善することを目的とする。',
        ),
      expect: [],
    },
  ],
  notOk: [
    {
      name: 'purpose without quality',
      ref: 'PURPOSE-break',
      bases: BOTH,
      kind: 'deleted',
      edit: (_, e) =>
        e.replace(
          'purpose',
          1,
          'もって製品等の品質の向上を図ること',
          'もって相談者の利益を保護すること',
        ),
      expect: [
        { rule, article: 'purpose', paragraph: 1, message: '「品質の向上」の定めが見当たりません' },
      ],
    },
    {
      name: 'purpose paragraph deleted',
      ref: 'PURPOSE-del',
      bases: BOTH,
      kind: 'deleted',
      edit: (_, e) => e.removeParagraph('purpose', 1),
      expect: [
        {
          rule,
          article: 'purpose',
          paragraph: 1,
          message: '「目的」、「品質の向上」の定めが見当たりません',
        },
      ],
    },
  ],
} satisfies RuleCases;
