import { BOTH, type Case, type RuleCases } from '../fixtures/edit.js';

const rule = 'P-END-GROUNDS';

const deleted = (item: string, what: string, ref: string): Case => ({
  name: `ground deleted: ${what}`,
  ref,
  bases: BOTH,
  kind: 'deleted',
  edit: (_, e) => e.removeItem('termination', 1, item),
  expect: [{ rule, article: 'termination', message: `「${what}」の定めが見当たりません` }],
});

export default {
  ok: [
    {
      name: '「撤回したとき」',
      ref: 'torisage-tekkai',
      bases: BOTH,
      kind: 'reworded',
      edit: (_, e) => e.replace('termination', 1, '取り下げたとき', '撤回したとき'),
      expect: [],
    },
    {
      name: '「相談者の理解を得る見込みがないと判断したとき」',
      ref: 'L-mikomi',
      bases: BOTH,
      kind: 'reworded',
      edit: (_, e) =>
        e.replace(
          'termination',
          1,
          'それ以上の説明又は説得を行うことが困難であると判断したとき',
          '相談者の理解を得る見込みがないと判断したとき',
        ),
      expect: [],
    },
    {
      name: '「相談応対を終えるものとする」',
      ref: 'L-oeru',
      bases: BOTH,
      kind: 'reworded',
      edit: (_, e) =>
        e.replace('termination', 1, '相談応対を終了するものとする', '相談応対を終えるものとする'),
      expect: [],
    },
  ],
  notOk: [
    deleted('納得したとき', '相談者が納得したとき', 'END-del-nattoku'),
    deleted('取り下げた', '相談を取り下げたとき', 'END-del-torisage'),
    deleted('困難である', '説得が困難と判断したとき', 'END-del-konnan'),
  ],
} satisfies RuleCases;
