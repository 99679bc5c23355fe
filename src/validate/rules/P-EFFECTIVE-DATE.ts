import { formatDate } from '../../number/format.js';
import { defineRule, type Finding } from '../rule.js';

// A date as the 附則 may write it: 和暦 (元年, 漢数字) or 西暦, any digits (「令和七年四月一日」
// 「二〇二六年十二月一日」 「2026年4月1日」).
const N = '(\\d+|[〇一二三四五六七八九十百千]+)';
const DATE = new RegExp(
  `((令和|平成|昭和|大正|明治)\\s*(元|${N})|${N})\\s*年\\s*${N}\\s*月\\s*${N}\\s*日`,
);
/** The block puts the text (or the revision) in force: 施行する, 適用する, 効力を生ずる. */
const IN_FORCE = /施行|適用|効力を(生|有)|実施する/;

export default defineRule({
  id: 'P-EFFECTIVE-DATE',
  severity: 'error',
  summary: '附則が制定日又は施行日（及び各改定日）を定めること',
  check({ doc, view }) {
    const out: Finding[] = [];
    const says = (i: number) => {
      const text = view.inline(doc.supplementary[i]!.content);
      return (
        IN_FORCE.test(text) && (DATE.test(text) || (/制定の日/.test(text) && !!doc.meta.enacted))
      );
    };
    const enactment = doc.supplementary.findIndex((b) => b.kind === 'enactment');
    if (enactment < 0 || !says(enactment)) {
      out.push({
        message: '附則に施行日（制定日）の定めが見当たりません',
        expected: '附則に「本ガイドラインは、○年○月○日から施行する。」の定め',
        restore: '附則　本ガイドラインは、令和８年４月１日から施行する。',
      });
    }
    // Each revision in the 改定履歴 has its own 附則 that puts it in force.
    const blocks = doc.supplementary
      .map((b, i) => ({ b, i }))
      .filter(({ b, i }) => b.kind === 'revision' && says(i));
    const unmatched = [...blocks];
    for (const r of doc.revisions.filter((x) => x.version > 1)) {
      const at = unmatched.findIndex(
        ({ b }) => r.date === '' || b.date === '' || b.date === r.date || b.effective === r.date,
      );
      if (at >= 0) {
        unmatched.splice(at, 1);
        continue;
      }
      const when = r.date ? `（${formatDate(r.date, doc.meta.style)}）` : '';
      out.push({
        message: `改定履歴の第${r.version}版${when}の改定を施行する附則が見当たりません`,
        expected: '改定ごとに「附則（○年○月○日改定）　この改定は、○年○月○日から施行する。」',
        restore: `附　則${when ? when.replace('）', '改定）') : ''}　この改定は、${r.date ? formatDate(r.date, doc.meta.style) : '○年○月○日'}から施行する。`,
      });
    }
    return out;
  },
});
