import type { Inline } from '../../model/types.js';
import { formatDate } from '../../number/format.js';
import { kanjiNumber } from '../../number/format.js';
import type { RuleCases } from '../fixtures/edit.js';

const rule = 'P-EFFECTIVE-DATE';

const retext = (content: Inline[], f: (s: string) => string) => {
  for (const n of content) if (n.type === 'text') n.value = f(n.value);
};

/** 「令和七年四月一日」 / 「二〇二六年七月一日」. */
function kanjiDate(iso: string, era: 'wareki' | 'seireki'): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (era === 'seireki')
    return `${[...String(y)].map((c) => '〇一二三四五六七八九'[Number(c)]).join('')}年${kanjiNumber(m)}月${kanjiNumber(d)}日`;
  const w = formatDate(iso, { era: 'wareki', digits: 'halfwidth' });
  return w.replace(/\d+/g, (n) => kanjiNumber(Number(n)));
}

export default {
  ok: [
    {
      name: '「から適用する」',
      ref: 'L-tekiyou',
      bases: ['email', 'all'],
      kind: 'reworded',
      edit: (doc) =>
        doc.supplementary.forEach((b) =>
          retext(b.content, (s) => s.replace('から施行する', 'から適用する')),
        ),
      expect: [],
    },
    {
      name: 'dates in kanji (令和七年四月一日, 二〇二六年七月一日)',
      ref: 'L-kanji-date',
      bases: ['email', 'all'],
      kind: 'reworded',
      edit: (doc) =>
        doc.supplementary.forEach((b) =>
          retext(b.content, (s) =>
            s.replace(
              /(令和|平成)?[0-9０-９]+年[0-9０-９]+月[0-9０-９]+日/,
              kanjiDate(b.effective, doc.meta.style.era),
            ),
          ),
        ),
      expect: [],
    },
  ],
  notOk: [
    {
      name: '附則 without a date',
      ref: 'EFF-nodate',
      bases: ['email', 'all'],
      kind: 'deleted',
      edit: (doc) => {
        doc.supplementary[0]!.content = [
          { type: 'text', value: '本ガイドラインは、別に定める日から施行する。' },
        ];
      },
      expect: [{ rule, message: '附則に施行日（制定日）の定めが見当たりません' }],
    },
    {
      name: 'the enactment 附則 deleted (a revision 附則 remains)',
      ref: 'EFF-del',
      bases: ['all', 'full'],
      kind: 'deleted',
      edit: (doc) => {
        doc.supplementary.splice(0, 1);
      },
      expect: [{ rule, message: '附則に施行日（制定日）の定めが見当たりません' }],
    },
    {
      name: 'a revision’s 附則 deleted (the 改定履歴 still lists it)',
      ref: 'EFF-del-revision',
      bases: ['all', 'sample'],
      kind: 'deleted',
      edit: (doc) => {
        doc.supplementary.splice(1, 1);
      },
      expect: (doc) => {
        const r = doc.revisions.find((x) => x.version === 2)!;
        return [
          {
            rule,
            message: `改定履歴の第2版（${formatDate(r.date, doc.meta.style)}）の改定を施行する附則が見当たりません`,
          },
        ];
      },
    },
  ],
} satisfies RuleCases;
