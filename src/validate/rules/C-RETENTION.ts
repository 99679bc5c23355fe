import { defineRule } from '../rule.js';
import { article, articleText, paragraphMatching } from '../text.js';
import { parseJapaneseNumber } from '../../number/parse.js';

export default defineRule({
  id: 'C-RETENTION',
  severity: 'error',
  summary: '保存期間が正の数で、単位（年又はか月）とともに書かれていること',
  check({ doc }) {
    const a = article(doc, 'record-management') ?? article(doc, 'records');
    if (!a) return [];
    const text = articleText(a, doc);
    if (!/(保存|保管)/.test(text)) return []; // P-RETENTION reports a missing period
    const period = /([0-9]+|[一二三四五六七八九十百]+)\s*(年|か月|ヶ月|カ月|箇月)間?/.exec(text);
    const paragraph = paragraphMatching(a, doc, /(保存|保管)/);
    if (!period) {
      const bare = /([0-9]+)\s*(間|日)?.{0,4}(保存|保管)/.exec(text);
      return bare
        ? [
            {
              message: `保存期間「${bare[1]}」に単位（年又はか月）がありません`,
              article: a,
              ...(paragraph ? { paragraph } : {}),
              expected: '「５年間」のように単位を付けた期間',
            },
          ]
        : [];
    }
    const n = parseJapaneseNumber(period[1]!) ?? 0;
    if (n > 0) return [];
    return [
      {
        message: `保存期間が「${period[0]}」です`,
        article: a,
        ...(paragraph ? { paragraph } : {}),
        expected: '１以上の期間（例: ５年間）',
      },
    ];
  },
});
