import type { RuleCases } from '../fixtures/edit.js';

export default {
  ok: [
    { name: 'purposes listed', bases: ['email', 'all'], kind: 'as-generated', expect: [] },
    { name: 'privacy policy referenced', bases: ['sample'], kind: 'as-generated', expect: [] },
  ],
  notOk: [
    {
      name: 'purposes (or the policy) deleted; 「前項の利用目的」 left',
      ref: 'PRIV-del-policy',
      bases: ['email', 'all', 'sample'],
      kind: 'deleted',
      edit: (_, e) => e.removeParagraph('confidentiality', 3),
      expect: [
        {
          rule: 'P-PRIVACY-PURPOSE',
          article: 'confidentiality',
          message: '「利用目的又は個人情報保護方針」の定めが見当たりません',
        },
      ],
    },
  ],
} satisfies RuleCases;
