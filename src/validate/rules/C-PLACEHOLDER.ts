import type { Finding } from '../rule.js';
import { defineRule } from '../rule.js';
import { PLACEHOLDER } from '../placeholder.js';
import { UNTITLED_HEADING as UNTITLED } from '../text.js';

export default defineRule({
  id: 'C-PLACEHOLDER',
  severity: 'error',
  summary:
    '埋められていない箇所（{{…}}、○○、●●、【会社名】等）、本文のない条及び見出しのない条がないこと',
  check({ doc, view }) {
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
        const text = view.paragraphText(p, true);
        if (UNTITLED.test(view.inline(p.content, true).trim())) {
          out.push({
            message: `見出しのない条があります（「${view.inline(p.content, true).trim()}」）`,
            article: a,
            paragraph: p,
            expected: '「第N条（見出し）」',
          });
          continue;
        }
        const m = PLACEHOLDER.exec(text);
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
      const m = PLACEHOLDER.exec(view.inline(b.content, true));
      if (m)
        out.push({
          message: `附則に埋められていない箇所「${m[0]}」があります`,
          expected: '実際の日付',
        });
    }
    return out;
  },
});
