import { inlineText } from '../../model/text.js';
import { defineRule } from '../rule.js';
import { norm } from '../text.js';

export default defineRule({
  id: 'P-EFFECTIVE-DATE',
  severity: 'error',
  summary: '附則が制定日又は施行日（及び各改定日）を定めること',
  check({ doc }) {
    // The first block is the enactment: 「本ガイドラインは、…から施行する。」
    const first = doc.supplementary[0];
    const text = first ? norm(inlineText(first.content, doc.meta.style)) : '';
    const date = /(\d{4}|令和|平成)(\d+|元)?年\d+月\d+日/;
    if (/施行/.test(text) && date.test(text)) return [];
    return [
      {
        message: '附則に施行日（制定日）の定めが見当たりません',
        expected: '附則に「本ガイドラインは、○年○月○日から施行する。」の定め',
        restore: '附則　本ガイドラインは、令和８年４月１日から施行する。',
      },
    ];
  },
});
