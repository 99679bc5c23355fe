import { defineNoticeRule, requireInSection } from '../notice-rule.js';

// 労働施策総合推進法第33条第2項 (不利益取扱いの禁止) and the 指針's privacy measures, made known.
export default defineNoticeRule({
  id: 'P-CUSHARA-NOTICE-PROTECTION',
  severity: 'error',
  summary:
    '従業員への周知文が、相談者のプライバシーを保護する旨と、相談をし、又は事実を述べたことを理由として解雇その他不利益な取扱いをしない旨を示すこと（労働施策総合推進法第33条第2項）',
  documents: ['employee-notice'],
  check: ({ notice }) =>
    requireInSection(notice, 'protection', 'プライバシーの保護と不利益な取扱いの禁止', [
      { what: 'プライバシーの保護', re: /プライバシー/ },
      {
        what: '相談をしたことを理由とする不利益な取扱いをしない旨',
        re: /相談をしたこと[^。]*不利益な?取扱いを(する|受ける)ことはありません|不利益な?取扱いをしません/,
      },
      { what: '事実を述べたこと', re: /事実を述べたこと/ },
    ]),
});
