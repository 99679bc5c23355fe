import { BOTH, type RuleCases } from '../fixtures/edit.js';

const rule = 'P-CONFIDENTIAL';

export default {
  ok: [{ name: 'as generated', bases: ['full'], kind: 'as-generated', expect: [] }],
  notOk: [
    {
      name: 'confidential information paragraph deleted',
      ref: 'CONF-del-kimitsu',
      bases: BOTH,
      kind: 'deleted',
      edit: (_, e) => e.removeParagraph('confidentiality', 1),
      expect: [
        { rule, article: 'confidentiality', message: '「機密情報の管理」の定めが見当たりません' },
      ],
    },
    {
      name: 'personal information paragraph deleted (個人情報 still named elsewhere)',
      ref: 'CONF-del-kojin',
      bases: BOTH,
      kind: 'deleted',
      edit: (_, e) => e.removeParagraph('confidentiality', 2),
      expect: [
        {
          rule,
          article: 'confidentiality',
          message: '「個人情報の適正な取扱い及び保護」の定めが見当たりません',
        },
      ],
    },
  ],
} satisfies RuleCases;
