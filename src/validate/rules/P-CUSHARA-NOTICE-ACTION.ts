import { defineNoticeRule, requireInSection } from '../notice-rule.js';

// What to do in the moment: safety and the police first, not alone, report, keep a record.
export default defineNoticeRule({
  id: 'P-CUSHARA-NOTICE-ACTION',
  severity: 'error',
  summary:
    '従業員への周知文が、その場での対応（身の安全の確保及び警察への通報、一人で対応しないこと、上長への報告、記録）を示すこと',
  documents: ['employee-notice'],
  check: ({ notice }) =>
    requireInSection(notice, 'action', 'カスタマーハラスメントを受けたときは', [
      { what: '身の安全の確保及び警察への通報', re: /安全を確保[^。]*警察/ },
      { what: '一人で対応しないこと', re: /一人で対応/ },
      { what: '上長への報告', re: /(上長|上司|管理者)(（[^）]*）)?に報告/ },
      { what: '記録', re: /記録/ },
    ]),
});
