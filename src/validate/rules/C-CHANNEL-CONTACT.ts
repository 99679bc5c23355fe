import type { Finding } from '../rule.js';
import { defineRule } from '../rule.js';
import { article, documentText, paragraphText } from '../text.js';

const DETAILS: Record<string, { what: string; re: RegExp }> = {
  電話: { what: '電話番号', re: /\d{2,4}-\d{2,4}-\d{3,4}|0\d{9,10}/ },
  電子メール: { what: '電子メールアドレス', re: /[\w.+-]+@[\w-]+\.[\w.-]+/ },
  フォーム: { what: 'フォームのURL', re: /https?:\/\/\S+/ },
  郵便: { what: '送付先の住所', re: /〒|[都道府県].{1,8}[市区町村]/ },
};

export default defineRule({
  id: 'C-CHANNEL-CONTACT',
  severity: 'error',
  summary: '受け付ける方法にはそれぞれ連絡先があり、受け付けない方法の連絡先は書かれていないこと',
  check({ doc, facts }) {
    const a = article(doc, 'intake-method');
    if (!a) return [];
    const out: Finding[] = [];
    const listed = a.paragraphs[0] ? paragraphText(a.paragraphs[0], doc) : '';
    for (const channel of facts.channels) {
      const d = DETAILS[channel];
      if (d && !d.re.test(listed)) {
        out.push({
          message: `受付方法「${channel}」に${d.what}がありません`,
          article: a,
          ...(a.paragraphs[0] ? { paragraph: a.paragraphs[0] } : {}),
          expected: `${channel}（${d.what}）`,
        });
      }
    }
    const all = documentText(doc);
    if (!facts.channels.has('電話') && DETAILS['電話']!.re.test(all)) {
      out.push({
        message: '電話で受け付けないのに電話番号が書かれています',
        expected: '受付方法に電話を加えるか、電話番号を削る',
      });
    }
    if (!facts.channels.has('電子メール') && DETAILS['電子メール']!.re.test(all)) {
      out.push({
        message: '電子メールで受け付けないのに電子メールアドレスが書かれています',
        expected: '受付方法に電子メールを加えるか、アドレスを削る',
      });
    }
    return out;
  },
});
