import { defineNoticeRule, requireInSection } from '../notice-rule.js';

// The policy ends with a request to customers, and carries its date and the company's name.
export default defineNoticeRule({
  id: 'P-CUSHARA-POLICY-REQUEST',
  severity: 'error',
  summary: 'カスタマーハラスメントに対する基本方針が、お客様へのお願い、制定日及び会社名を示すこと',
  documents: ['cushara-policy'],
  check: ({ notice }) => {
    const found = requireInSection(notice, 'request', 'お客様へのお願い', [
      { what: 'お客様へのお願い', re: /お願い/ },
    ]);
    if (notice.closing.issuer.trim() === '')
      found.push({ message: `${notice.title}に会社名がありません`, expected: '会社名' });
    if (!notice.closing.dates.some((d) => d.startsWith('制定')))
      found.push({ message: `${notice.title}に制定日がありません`, expected: '制定日' });
    return found;
  },
});
