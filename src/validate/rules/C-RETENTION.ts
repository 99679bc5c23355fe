import { defineRule, type Finding } from '../rule.js';
import { periodsIn } from '../period.js';
import { article } from '../text.js';

/** Longer than this is no retention period (the config allows at most 100 years). */
const MAX_MONTHS = 1200;

export default defineRule({
  id: 'C-RETENTION',
  severity: 'error',
  summary: '保存期間が正の数で、単位（年又はか月）とともに書かれていること',
  check({ doc, view }) {
    const a = article(doc, 'record-management') ?? article(doc, 'records');
    if (!a) return [];
    // The statements that keep the records for a period (P-RETENTION reports a missing one).
    const keeping = view.statements(a).filter((s) => /(保存|保管)/.test(s.text));
    for (const s of keeping) {
      for (const p of periodsIn(s.text)) {
        const months = p.unit === 'years' ? p.amount * 12 : p.amount;
        if (Number.isInteger(p.amount) && months > 0 && months <= MAX_MONTHS) continue;
        const f: Finding = {
          message: `保存期間が「${p.text}」です`,
          article: a,
          paragraph: s.paragraph,
          expected: '１以上の期間（例: ５年間）',
        };
        return [f];
      }
    }
    for (const s of keeping) {
      if (periodsIn(s.text).length > 0) return [];
      const bare = /([0-9]+|[〇一二三四五六七八九十百]+)\s*(間|日)?[^。、]{0,4}(保存|保管)/.exec(
        s.text,
      );
      if (bare)
        return [
          {
            message: `保存期間「${bare[1]}」に単位（年又はか月）がありません`,
            article: a,
            paragraph: s.paragraph,
            expected: '「５年間」のように単位を付けた期間',
          },
        ];
    }
    return [];
  },
});
