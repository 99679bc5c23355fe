import { PHONE, type RuleCases } from '../fixtures/edit.js';

export default {
  ok: [
    {
      name: 'reworded notice',
      bases: PHONE,
      kind: 'reworded',
      edit: (_, e) =>
        e.replace(
          'records',
          'recording',
          '録音する旨及びその目的を相談者に告知するものとする',
          '録音していることを相談者に知らせるものとする',
        ),
      expect: [],
    },
  ],
  notOk: [
    {
      name: 'notice removed',
      ref: 'NOTICE-del',
      bases: PHONE,
      kind: 'deleted',
      edit: (_, e) =>
        e.replace('records', 'recording', /この場合において、.*告知するものとする。/, ''),
      expect: [
        {
          rule: 'C-RECORDING-NOTICE',
          article: 'records',
          paragraph: 'recording',
          message: '通話を録音するとしていますが、相談者への録音の告知の定めがありません',
        },
      ],
    },
  ],
} satisfies RuleCases;
