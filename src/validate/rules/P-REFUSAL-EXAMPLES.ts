import { judge } from '../provision.js';
import { defineRule } from '../rule.js';
import { article } from '../text.js';
import { spec as grounds } from './P-REFUSAL-GROUNDS.js';

export const MIN_EXAMPLES = 3;

export default defineRule({
  id: 'P-REFUSAL-EXAMPLES',
  severity: 'error',
  summary: `相談受付の拒絶の条が、拒絶する相談の具体例を${MIN_EXAMPLES}件以上掲げること`,
  check({ doc, view }) {
    const a = article(doc, 'intake-refusal');
    if (!a) return [];
    // The grounds are the 項 that states most of P-REFUSAL-GROUNDS; the examples are the 号 of
    // the other 項 of the article.
    const statements = view.statements(a);
    const score = (p: (typeof a.paragraphs)[number]) =>
      grounds.requires.filter((r) => statements.some((s) => s.paragraph === p && judge(r, s).said))
        .length;
    const scores = a.paragraphs.map(score);
    const best = scores.indexOf(Math.max(0, ...scores));
    const others = a.paragraphs.filter((p, i) => i !== best && p.items.length > 0);
    const examples = others.reduce((n, p) => n + p.items.length, 0);
    if (examples >= MIN_EXAMPLES) return [];
    return [
      {
        message: `拒絶する相談の具体例が${examples}件しかありません（${MIN_EXAMPLES}件以上必要です）`,
        article: a,
        ...(others[0] ? { paragraph: others[0] } : {}),
        expected: `前項の相談に該当するものの例を号として${MIN_EXAMPLES}件以上`,
        restore:
          '次に掲げる相談は、前項各号のいずれかに該当するものとする。一　暴行、脅迫その他の威圧的な言動を伴う相談　二　暴言、侮辱その他の従業員の尊厳を傷つける言動を伴う相談　三　合理的な理由なく同一の内容を繰り返し申し出る相談',
      },
    ];
  },
});
