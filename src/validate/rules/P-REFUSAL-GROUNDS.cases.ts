import { BOTH, type Case, type RuleCases } from '../fixtures/edit.js';

const rule = 'P-REFUSAL-GROUNDS';

const deleted = (item: string, what: string, ref: string): Case => ({
  name: `ground deleted: ${what}`,
  ref,
  bases: BOTH,
  kind: 'deleted',
  edit: (_, e) => e.removeItem('intake-refusal', 'grounds', item),
  expect: [
    { rule, article: 'intake-refusal', paragraph: 1, message: `「${what}」の定めが見当たりません` },
  ],
});

export default {
  ok: [
    {
      name: '「社会通念上相当と認められない相談」',
      ref: 'L-shakaitsunen',
      bases: BOTH,
      kind: 'reworded',
      edit: (_, e) =>
        e.replace(
          'intake-refusal',
          'grounds',
          '社会通念上合理性を欠く相談',
          '社会通念上相当と認められない相談',
        ),
      expect: [],
    },
    {
      name: '「その受付に応じないことができる」',
      ref: 'L-ojinai',
      bases: BOTH,
      kind: 'reworded',
      edit: (_, e) =>
        e.replace(
          'intake-refusal',
          'grounds',
          'その受付を拒絶することができる',
          'その受付に応じないことができる',
        ),
      expect: [],
    },
    {
      name: '「誹謗し、又は中傷する相談」',
      ref: 'L-hibou-matawa',
      bases: BOTH,
      kind: 'reworded',
      edit: (_, e) =>
        e.replace('intake-refusal', 'grounds', 'を誹謗中傷する相談', 'を誹謗し、又は中傷する相談'),
      expect: [],
    },
  ],
  notOk: [
    deleted('社会通念上', '社会通念上合理性を欠く相談', 'REFUSAL-del-shakai'),
    deleted('誹謗中傷', '誹謗中傷', 'REFUSAL-del-hibou'),
    deleted('業務の遂行', '業務に支障を及ぼす相談', 'REFUSAL-del-gyomu'),
    {
      name: 'refusal turned into acceptance',
      ref: 'REFUSAL-reverse',
      bases: BOTH,
      kind: 'reversed',
      edit: (_, e) =>
        e.replace(
          'intake-refusal',
          'grounds',
          'その受付を拒絶することができる',
          'これを受け付けるものとする',
        ),
      expect: [
        {
          rule,
          article: 'intake-refusal',
          paragraph: 1,
          message: '「拒絶」の定めが見当たりません',
        },
      ],
    },
  ],
} satisfies RuleCases;
