import type { Finding } from '../rule.js';
import { defineRule } from '../rule.js';
import type { Item } from '../../model/types.js';

export default defineRule({
  id: 'C-NUMBERING',
  severity: 'error',
  summary: '条が第1条から欠番及び重複なく番号付けされ、項及び号が順に並ぶこと',
  check({ doc }) {
    const out: Finding[] = [];
    doc.articles.forEach((a, i) => {
      if (a.number !== i + 1) {
        out.push({
          message: `第${i + 1}条の位置にある条が第${a.number}条となっています（欠番又は重複）`,
          article: a,
          expected: `第${i + 1}条`,
        });
      }
      a.paragraphs.forEach((p, j) => {
        if (p.number !== j + 1)
          out.push({
            message: `第${j + 1}項の位置にある項が第${p.number}項となっています`,
            article: a,
            paragraph: p,
            expected: `第${j + 1}項`,
          });
        const items = (list: readonly Item[]) =>
          list.forEach((it, k) => {
            if (it.number !== k + 1)
              out.push({
                message: `号の番号が順になっていません（${k + 1}番目が${it.number}）`,
                article: a,
                paragraph: p,
              });
            items(it.children);
          });
        items(p.items);
      });
    });
    return out;
  },
});
