import { defineNoticeRule, requireInSection, sectionItems } from '../notice-rule.js';

// What the company does: asks that the conduct stop, then the measures the config enables, the
// police where life or body is in danger, and the carve-out for statutory duties and safety.
export default defineNoticeRule({
  id: 'P-CUSHARA-POLICY-RESPONSE',
  severity: 'error',
  summary:
    'カスタマーハラスメントに対する基本方針が、行為の中止の求め、中止されないときにとる対応（一つ以上）、警察への通報及び法令上の責任を果たす旨を示すこと',
  documents: ['cushara-policy'],
  check: ({ notice }) => {
    const found = requireInSection(notice, 'response', 'カスタマーハラスメントへの対応', [
      { what: '行為の中止の求め', re: /やめるよう求め|中止を求め/ },
      { what: '警察への通報', re: /警察に通報/ },
      { what: '法令に基づき負う責任を果たす旨', re: /法令に基づき負う責任/ },
    ]);
    if (found.length > 0) return found;
    const section = notice.sections.find((s) => s.id === 'response')!;
    return sectionItems(notice, section).length === 0
      ? [
          {
            message: `${notice.title}の「${section.heading}」に、中止されないときにとる対応が一つもありません`,
            section: 'response',
            expected: '中止されないときにとる対応（harassment.measures）',
          },
        ]
      : [];
  },
});
