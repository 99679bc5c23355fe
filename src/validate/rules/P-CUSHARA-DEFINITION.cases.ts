import type { RuleCases } from '../fixtures/edit.js';

const rule = 'P-CUSHARA-DEFINITION';
const duty = {
  rule: 'C-CUSHARA-DUTY',
  severity: 'warning' as const,
  message:
    'カスタマーハラスメントへの対応の条がありません。令和8年10月1日から、労働施策総合推進法第33条により全ての事業主にカスタマーハラスメントへの措置（方針の明確化及び周知、従業員からの相談に応ずる体制、事後の対応、抑止の措置、プライバシーの保護等）が義務付けられています',
};

export default {
  ok: [
    {
      name: 'article switched off: the C-CUSHARA-DUTY warning speaks instead',
      bases: ['sample'],
      kind: 'deleted',
      edit: (_, e) => e.removeArticle('customer-harassment'),
      expect: [duty],
    },
    {
      name: 'definition reworded',
      bases: ['sample', 'email'],
      kind: 'reworded',
      edit: (_, e) =>
        e.setParagraph(
          'customer-harassment',
          'definition',
          '本ガイドラインにおいて「カスタマーハラスメント」とは、顧客、取引先、施設の利用者その他当社の事業に関係する者の言動のうち、社会通念上相当な範囲を超え、これにより従業員等の就業環境を害するものをいう。',
        ),
      expect: [],
    },
  ],
  notOk: [
    {
      name: 'the pre-2025 manual definition (customers only)',
      ref: 'CUSHARA-DEF-old',
      bases: ['sample', 'email'],
      kind: 'deleted',
      edit: (_, e) =>
        e.setParagraph(
          'customer-harassment',
          'definition',
          '本ガイドラインにおいて「カスタマーハラスメント」とは、相談者その他の顧客等の言動のうち、要求の内容の妥当性に照らして、当該要求を実現するための手段又は態様が社会通念上不相当なものであって、当該手段又は態様により従業員の就業環境が害されるものをいう。',
        ),
      expect: [
        {
          rule,
          article: 'customer-harassment',
          paragraph: 1,
          message: '「取引の相手方及び施設の利用者」の定めが見当たりません',
        },
      ],
    },
    {
      name: 'definition deleted',
      ref: 'CUSHARA-DEF-del',
      bases: ['email', 'all'],
      kind: 'deleted',
      edit: (_, e) => e.removeParagraph('customer-harassment', 'definition'),
      expect: [
        {
          rule,
          article: 'customer-harassment',
          message:
            '「顧客等の言動」、「取引の相手方及び施設の利用者」、「社会通念上許容される範囲を超えたもの」、「就業環境が害されるもの」の定めが見当たりません',
        },
      ],
    },
  ],
} satisfies RuleCases;
