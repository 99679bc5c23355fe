import type { Finding } from '../rule.js';
import { defineRule } from '../rule.js';
import type { Article, Item, Paragraph } from '../../model/types.js';
import { itemLabel } from '../../number/format.js';

/**
 * The numbers as a reader sees them (typed, or counted by Word's numbering as Word shows it):
 * each one the previous plus one. One finding per break, not one for every number after it.
 */
function breaks(
  numbers: readonly number[],
): { at: number; kind: 'repeat' | 'gap' | 'back'; previous: number }[] {
  const out: { at: number; kind: 'repeat' | 'gap' | 'back'; previous: number }[] = [];
  let previous = 0;
  numbers.forEach((n, i) => {
    if (n === previous) out.push({ at: i, kind: 'repeat', previous });
    else if (n > previous + 1) out.push({ at: i, kind: 'gap', previous });
    else if (n < previous) out.push({ at: i, kind: 'back', previous });
    previous = n;
  });
  return out;
}

export default defineRule({
  id: 'C-NUMBERING',
  severity: 'error',
  summary: '条が第1条から欠番及び重複なく番号付けされ、項及び号が順に並ぶこと',
  check({ doc }) {
    const out: Finding[] = [];
    const style = doc.meta.style;
    for (const b of breaks(doc.articles.map((a) => a.number))) {
      const a = doc.articles[b.at]!;
      out.push({
        message:
          b.kind === 'repeat'
            ? `第${a.number}条が重複しています（第${a.number}条の次が再び第${a.number}条です）`
            : b.kind === 'gap'
              ? `第${b.previous + 1}条がありません（第${b.previous}条の次が第${a.number}条です）`
              : `第${a.number}条が第${b.previous}条の後にあります`,
        article: a,
        expected: `第${b.previous + 1}条`,
      });
    }
    const items = (a: Article, p: Paragraph, list: readonly Item[]) => {
      for (const b of breaks(list.map((i) => i.number))) {
        const it = list[b.at]!;
        const shown = itemLabel(it.number, it.depth, style);
        const before = b.previous > 0 ? itemLabel(b.previous, it.depth, style) : '';
        out.push({
          message:
            b.kind === 'repeat'
              ? `号「${shown}」が重複しています`
              : b.kind === 'gap'
                ? `号「${itemLabel(b.previous + 1, it.depth, style)}」がありません（${before ? `「${before}」の次が` : '最初が'}「${shown}」です）`
                : `号「${shown}」が「${before}」の後にあります`,
          article: a,
          paragraph: p,
          expected: `「${itemLabel(b.previous + 1, it.depth, style)}」`,
        });
      }
      for (const it of list) items(a, p, it.children);
    };
    for (const a of doc.articles) {
      for (const b of breaks(a.paragraphs.map((p) => p.number))) {
        const p = a.paragraphs[b.at]!;
        out.push({
          message:
            b.kind === 'repeat'
              ? `第${p.number}項が重複しています`
              : b.kind === 'gap'
                ? `第${b.previous + 1}項がありません（第${b.previous}項の次が第${p.number}項です）`
                : `第${p.number}項が第${b.previous}項の後にあります`,
          article: a,
          paragraph: p,
          expected: `第${b.previous + 1}項`,
        });
      }
      for (const p of a.paragraphs) items(a, p, p.items);
    }
    return out;
  },
});
