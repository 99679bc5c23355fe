import { PHONE_WORDING as PHONE } from '../contacts.js';
import type { Finding } from '../rule.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'C-EMAIL-ONLY',
  severity: 'error',
  summary:
    '電子メールだけで受け付ける場合は、電話番号、受付時間、録音及び電話の文言がどこにもないこと',
  check({ doc, facts, view }) {
    if (!facts.emailOnly) return [];
    const out: Finding[] = [];
    for (const a of doc.articles) {
      for (const p of a.paragraphs) {
        // Every word the reader sees, config values included.
        const m = PHONE.exec(view.paragraphText(p, true));
        if (m) {
          out.push({
            message: `電子メールだけで受け付けるガイドラインに「${m[0].trim()}」があります`,
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
