import { BOTH, type RuleCases } from '../fixtures/edit.js';
import { period } from './P-RETENTION.cases.js';

const rule = 'C-RETENTION';

export default {
  ok: [
    { name: 'the period in months', bases: ['full', 'services'], kind: 'as-generated', expect: [] },
  ],
  notOk: [
    {
      name: 'zero years',
      ref: 'CRET-zero',
      bases: BOTH,
      kind: 'reversed',
      edit: (_, e) => e.replace('record-management', 'retention', period(e), '０年間'),
      expect: [
        {
          rule,
          article: 'record-management',
          paragraph: 'retention',
          message: '保存期間が「0年間」です',
        },
      ],
    },
    {
      name: 'a negative period (「－３年間」)',
      ref: 'CRET-negative',
      bases: BOTH,
      kind: 'reversed',
      edit: (_, e) => e.replace('record-management', 'retention', period(e), `－${period(e)}`),
      expect: (_, base) => [
        {
          rule,
          article: 'record-management',
          paragraph: 'retention',
          message: `保存期間が「-${base === 'email' ? 5 : 3}年間」です`,
        },
      ],
    },
    {
      name: 'an absurd period (1000年間)',
      ref: 'CRET-absurd',
      bases: BOTH,
      kind: 'reversed',
      edit: (_, e) => e.replace('record-management', 'retention', period(e), '1000年間'),
      expect: [
        {
          rule,
          article: 'record-management',
          paragraph: 'retention',
          message: '保存期間が「1000年間」です',
        },
      ],
    },
    {
      name: 'no unit (「5間保存」)',
      ref: 'CRET-unit',
      bases: BOTH,
      kind: 'reversed',
      edit: (_, e) => e.replace('record-management', 'retention', /(年|か月)間保存/, '間保存'),
      expect: (_, base) => [
        {
          rule: 'P-RETENTION',
          article: 'record-management',
          message: '「保存期間」の定めが見当たりません',
        },
        {
          rule,
          article: 'record-management',
          paragraph: 'retention',
          message: `保存期間「${base === 'email' ? 5 : 3}」に単位（年又はか月）がありません`,
        },
      ],
    },
  ],
} satisfies RuleCases;
