import type { RuleCases } from '../fixtures/edit.js';

export const DUTY =
  'カスタマーハラスメントへの対応の条がありません。令和8年10月1日から、労働施策総合推進法第33条により全ての事業主にカスタマーハラスメントへの措置（方針の明確化及び周知、従業員からの相談に応ずる体制、事後の対応、抑止の措置、プライバシーの保護等）が義務付けられています';

export default {
  ok: [
    { name: 'the article is there', bases: ['sample', 'email'], kind: 'as-generated', expect: [] },
  ],
  notOk: [
    {
      name: 'article deleted',
      ref: 'DUTY-del',
      bases: ['sample', 'email'],
      kind: 'deleted',
      edit: (_, e) => e.removeArticle('customer-harassment'),
      expect: [{ rule: 'C-CUSHARA-DUTY', severity: 'warning', message: DUTY }],
    },
  ],
} satisfies RuleCases;
