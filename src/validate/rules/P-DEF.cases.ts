import type { Inline } from '../../model/types.js';
import { BOTH, type Case, type RuleCases } from '../fixtures/edit.js';

const rule = 'P-DEF';

const deleted = (term: string, what: string): Case => ({
  name: `${term} not defined`,
  ref: `DEF-del-${term}`,
  bases: BOTH,
  kind: 'deleted',
  edit: (_, e) => e.removeItem('definitions', 1, `${term}\u3000`),
  expect: [{ rule, article: 'definitions', message: `「${what}」の定めが見当たりません` }],
});

export default {
  ok: [
    {
      name: 'definitions in reverse order',
      ref: 'reorder-items',
      bases: BOTH,
      kind: 'reworded',
      edit: (_, e) => {
        e.paragraph('definitions', 1).items.reverse();
      },
      expect: [],
    },
    {
      name: 'each term defined in a sentence 「「相談」とは、…をいう。」',
      ref: 'L-kakko-def',
      bases: BOTH,
      kind: 'reworded',
      edit: (_, e) => {
        const a = e.article('definitions');
        const p = a.paragraphs[0]!;
        a.paragraphs = p.items.map((it) => {
          const [first, ...rest] = it.content;
          const head: Inline[] =
            first?.type === 'text'
              ? [{ type: 'text', value: first.value.replace(/^(\S+?)\u3000/, '「$1」とは、') }]
              : first
                ? [first]
                : [];
          return { type: 'paragraph', number: 0, content: [...head, ...rest], items: [] };
        });
      },
      expect: [],
    },
  ],
  notOk: [
    deleted('相談窓口', '相談窓口の定義'),
    deleted('製品等', '製品等の定義'),
    deleted('相談者', '相談者の定義'),
  ],
} satisfies RuleCases;
