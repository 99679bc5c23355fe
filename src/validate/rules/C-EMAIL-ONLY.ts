import type { Finding } from '../rule.js';
import { defineRule } from '../rule.js';
import { paragraphText } from '../text.js';

const PHONE = /電話|通話|録音|架電|受話|\d{2,4}-\d{2,4}-\d{3,4}/;

export default defineRule({
  id: 'C-EMAIL-ONLY',
  severity: 'error',
  summary:
    '電子メールだけで受け付ける場合は、電話番号、受付時間、録音及び電話の文言がどこにもないこと',
  check({ doc, facts }) {
    if (!facts.emailOnly) return [];
    const out: Finding[] = [];
    for (const a of doc.articles) {
      for (const p of a.paragraphs) {
        const m = PHONE.exec(paragraphText(p, doc));
        if (m) {
          out.push({
            message: `電子メールだけで受け付けるガイドラインに「${m[0]}」があります`,
            article: a,
            paragraph: p,
            expected:
              '電話、通話又は録音に触れない文言（受付方法を変えるときは相談受付の方法の条に電話を加える）',
          });
        }
      }
    }
    return out;
  },
});
