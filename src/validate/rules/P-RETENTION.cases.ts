import { BOTH, type RuleCases } from '../fixtures/edit.js';
import type { Document } from '../../model/types.js';
import type { Editor } from '../fixtures/edit.js';

const rule = 'P-RETENTION';

/** The period as the base writes it (「５年間」, 「5年間」, 「３年間」). */
export function period(e: Editor): string {
  const text = e.text(e.paragraph('record-management', 'retention'));
  return /[0-9０-９]+(年|か月)間/.exec(text)![0];
}

const everywhere = (doc: Document, e: Editor, from: RegExp, to: string) => {
  for (const p of e.article('record-management').paragraphs)
    for (const c of [p.content, ...p.items.map((i) => i.content)])
      for (const n of c) if (n.type === 'text') n.value = n.value.replace(from, to);
  void doc;
};

export default {
  ok: [
    {
      name: '「保存」→「保管」 throughout the article',
      ref: 'hozon-hokan',
      bases: BOTH,
      kind: 'reworded',
      edit: (doc, e) => everywhere(doc, e, /保存/g, '保管'),
      expect: [],
    },
    {
      name: '「厳重に管理」→「適正に管理」',
      ref: 'L-tekisei-kanri',
      bases: BOTH,
      kind: 'reworded',
      edit: (_, e) => e.replace('record-management', 'security', '厳重に管理', '適正に管理'),
      expect: [],
    },
    {
      name: 'the period in months (5年間 → 60か月間, 3年間 → 36箇月間)',
      ref: 'L-kagetsu',
      bases: BOTH,
      kind: 'reworded',
      edit: (_, e) => {
        const p = period(e);
        const years = Number(p.normalize('NFKC').replace(/\D/g, ''));
        e.replace('record-management', 'retention', p, `${years * 12}箇月間`);
      },
      expect: [],
    },
    {
      name: 'the period in kanji (五年間, 三年間)',
      ref: 'L-kanji-years',
      bases: BOTH,
      kind: 'reworded',
      edit: (_, e) => {
        const p = period(e);
        const n = Number(p.normalize('NFKC').replace(/\D/g, ''));
        e.replace('record-management', 'retention', p, `${'〇一二三四五六七八九'[n]}年間`);
      },
      expect: [],
    },
    {
      name: '「…の保存期間は、…起算してN年とする」',
      ref: 'L-hozonkikan',
      bases: ['email'],
      kind: 'reworded',
      edit: (_, e) =>
        e.replace(
          'record-management',
          'retention',
          /を、当該相談に係る相談応対を終了した日の翌日から起算して(.+)間保存するものとする。/,
          'の保存期間は、当該相談に係る相談応対を終了した日の翌日から起算して$1とする。',
        ),
      expect: [],
    },
  ],
  notOk: [
    {
      name: 'retention paragraph deleted',
      ref: 'RETENTION-del',
      bases: BOTH,
      kind: 'deleted',
      edit: (_, e) => e.removeParagraph('record-management', 'retention'),
      expect: [
        { rule, article: 'record-management', message: '「保存期間」の定めが見当たりません' },
      ],
    },
    {
      name: 'the period removed (「5年間」 deleted)',
      ref: 'RETENTION-no-period',
      bases: BOTH,
      kind: 'deleted',
      edit: (_, e) => e.replace('record-management', 'retention', period(e), ''),
      expect: [
        { rule, article: 'record-management', message: '「保存期間」の定めが見当たりません' },
      ],
    },
    {
      name: 'strict management deleted',
      ref: 'RETENTION-del-kanri',
      bases: BOTH,
      kind: 'deleted',
      edit: (_, e) => e.removeParagraph('record-management', 'security'),
      expect: [
        { rule, article: 'record-management', message: '「厳重な管理」の定めが見当たりません' },
      ],
    },
  ],
} satisfies RuleCases;
