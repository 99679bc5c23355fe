import type { Finding } from '../rule.js';
import { defineRule } from '../rule.js';
import { loadCommentary } from '../../source/commentary.js';

export default defineRule({
  id: 'C-COMMENTARY',
  severity: 'warning',
  summary: 'どの条にも逐条解説があること（雛形にない条には解説がないため、解説書を補う必要がある）',
  check({ doc }) {
    const out: Finding[] = [];
    for (const a of doc.articles) {
      if (!loadCommentary(a.id)) {
        out.push({
          message: `「${a.title}」に対応する逐条解説がありません`,
          article: a,
          expected: '解説書にこの条の解説を加える',
        });
      }
    }
    return out;
  },
});
