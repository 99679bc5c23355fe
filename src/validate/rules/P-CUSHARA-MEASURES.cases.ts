import type { RuleCases } from '../fixtures/edit.js';

const rule = 'P-CUSHARA-MEASURES';

export default {
  ok: [
    {
      name: 'article switched off',
      bases: ['minimal'],
      kind: 'as-generated',
      expect: [],
    },
  ],
  notOk: [
    {
      name: 'no employee desk (only a reporting line to a superior)',
      ref: 'CUSHARA-desk',
      bases: ['sample', 'email'],
      kind: 'deleted',
      edit: (_, e) =>
        e.setItem(
          'customer-harassment',
          'measures',
          '従業員等からの相談',
          'カスタマーハラスメントを受けた従業員等が速やかに上長に報告し、その指示を受けることができるようにすること。',
        ),
      expect: [
        {
          rule,
          article: 'customer-harassment',
          message: '「従業員からの相談に応ずる窓口」の定めが見当たりません',
        },
      ],
    },
    {
      name: 'no privacy and no-retaliation paragraph',
      ref: 'CUSHARA-privacy',
      bases: ['sample', 'all'],
      kind: 'deleted',
      edit: (_, e) => e.removeParagraph('customer-harassment', 'privacy'),
      expect: [
        {
          rule,
          article: 'customer-harassment',
          message: '「プライバシーの保護」、「不利益な取扱いをしない旨」の定めが見当たりません',
        },
      ],
    },
    {
      name: 'no recurrence prevention',
      ref: 'CUSHARA-recurrence',
      bases: ['sample', 'email'],
      kind: 'deleted',
      edit: (_, e) => e.removeItem('customer-harassment', 'measures', '再発の防止'),
      expect: [
        { rule, article: 'customer-harassment', message: '「再発の防止」の定めが見当たりません' },
      ],
    },
    {
      name: 'no policy statement',
      ref: 'CUSHARA-policy',
      bases: ['email'],
      kind: 'deleted',
      edit: (_, e) => e.removeParagraph('customer-harassment', 'policy'),
      expect: [
        {
          rule,
          article: 'customer-harassment',
          message: '「基本方針の明確化及び周知」の定めが見当たりません',
        },
      ],
    },
    {
      name: 'no request to stop',
      ref: 'CUSHARA-stop',
      bases: ['all'],
      kind: 'deleted',
      edit: (_, e) => e.removeParagraph('customer-harassment', 'deterrence'),
      expect: [
        {
          rule,
          article: 'customer-harassment',
          message: '「行為の中止の求め」の定めが見当たりません',
        },
      ],
    },
  ],
} satisfies RuleCases;
