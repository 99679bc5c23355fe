import { defineRule } from '../rule.js';
import { article } from '../text.js';

export const MIN_EXAMPLES = 3;

export default defineRule({
  id: 'P-REFUSAL-EXAMPLES',
  severity: 'error',
  summary: `相談受付の拒絶の条が、拒絶する相談の具体例を${MIN_EXAMPLES}件以上掲げること`,
  check({ doc }) {
    const a = article(doc, 'intake-refusal');
    if (!a) return [];
    // The grounds are the first list; the examples are any later list of the article.
    const lists = a.paragraphs.filter((p) => p.items.length > 0);
    const examples = lists.length > 1 ? lists.slice(1).reduce((n, p) => n + p.items.length, 0) : 0;
    if (examples >= MIN_EXAMPLES) return [];
    return [
      {
        message: `拒絶する相談の具体例が${examples}件しかありません（${MIN_EXAMPLES}件以上必要です）`,
        article: a,
        expected: `前項の相談に該当するものの例を号として${MIN_EXAMPLES}件以上`,
        restore:
          '次に掲げる相談は、前項各号のいずれかに該当するものとする。一　暴行、脅迫その他の威圧的な言動を伴う相談　二　暴言、侮辱その他の従業員の尊厳を傷つける言動を伴う相談　三　合理的な理由なく同一の内容を繰り返し申し出る相談',
      },
    ];
  },
});
