import type { RuleCases } from '../fixtures/edit.js';

const rule = 'P-SCOPE-IDENTITY';

export default {
  ok: [
    {
      name: '「氏名及び連絡先を申し出た場合に限り」',
      ref: 'L-moshideta',
      bases: ['email', 'all'],
      kind: 'reworded',
      edit: (_, e) => e.replace('intake-scope', 2, '明らかにした場合に限り', '申し出た場合に限り'),
      expect: [],
    },
    {
      name: 'anonymous consultations accepted (the option)',
      bases: ['full', 'services'],
      kind: 'as-generated',
      expect: [],
    },
  ],
  notOk: [
    {
      name: 'identity paragraph deleted',
      ref: 'IDENTITY-del',
      bases: ['email', 'all', 'full'],
      kind: 'deleted',
      edit: (_, e) => e.removeParagraph('intake-scope', 2),
      expect: [
        {
          rule,
          article: 'intake-scope',
          message: '「氏名及び連絡先の明示（又は匿名の相談の扱い）」の定めが見当たりません',
        },
      ],
    },
  ],
} satisfies RuleCases;
