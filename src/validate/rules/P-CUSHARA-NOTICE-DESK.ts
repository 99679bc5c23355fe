import { defineNoticeRule, requireInSection } from '../notice-rule.js';

// 労働施策総合推進法第33条第1項: a system to consult; the 指針 asks that the desk be made known.
export default defineNoticeRule({
  id: 'P-CUSHARA-NOTICE-DESK',
  severity: 'error',
  summary:
    '従業員への周知文が、カスタマーハラスメントについて相談する窓口の名称を示し、該当するか明らかでない場合も相談できる旨を示すこと（労働施策総合推進法第33条第1項、指針）',
  documents: ['employee-notice'],
  check: ({ notice }) =>
    requireInSection(notice, 'desk', '相談の窓口', [
      { what: '窓口の名称', re: /窓口[\u3000 ]\S+/ },
      { what: '該当するか明らかでない場合も相談できる旨', re: /はっきりしない|明らかでない/ },
    ]),
});
