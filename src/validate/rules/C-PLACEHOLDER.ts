import type { Finding } from '../rule.js';
import { defineRule } from '../rule.js';
import { inlineText } from '../../model/text.js';
import { paragraphText } from '../text.js';

const PLACEHOLDER =
  /\{\{[^}]*\}\}|[○〇●◯]{2,}|[×✕]{2,}|【[^】]{0,12}(名|名称|住所|日付|番号)】|XX+|＿{2,}|_{3,}/;

export default defineRule({
  id: 'C-PLACEHOLDER',
  severity: 'error',
  summary:
    '埋められていない箇所（{{…}}、○○、●●、【会社名】等）、本文のない条及び見出しのない条がないこと',
  check({ doc }) {
    const out: Finding[] = [];
    for (const where of [doc.meta.title, doc.meta.company]) {
      const m = PLACEHOLDER.exec(where);
      if (m)
        out.push({
          message: `表紙に埋められていない箇所「${m[0]}」があります`,
          expected: '実際の名称',
        });
    }
    for (const a of doc.articles) {
      if (!a.title.trim())
        out.push({
          message: '見出しのない条があります',
          article: a,
          expected: '「第N条（見出し）」',
        });
      if (a.paragraphs.length === 0)
        out.push({
          message: '本文のない条があります',
          article: a,
          expected: '条文を書くか、条を削除する',
        });
      for (const p of a.paragraphs) {
        const m = PLACEHOLDER.exec(paragraphText(p, doc));
        if (m)
          out.push({
            message: `埋められていない箇所「${m[0]}」があります`,
            article: a,
            paragraph: p,
            expected: '実際の文言',
          });
      }
    }
    for (const b of doc.supplementary) {
      const m = PLACEHOLDER.exec(inlineText(b.content, doc.meta.style));
      if (m)
        out.push({
          message: `附則に埋められていない箇所「${m[0]}」があります`,
          expected: '実際の日付',
        });
    }
    return out;
  },
});
