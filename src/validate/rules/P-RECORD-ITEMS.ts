import { provisionRule } from '../provision.js';
import { RECORD_ITEM_WORDS } from '../record-items.js';

/** The 柱書 of the record items (or the sentence itself) makes the company record them. */
const RECORDS = /記録(する|しておく|しなければならない|を作成する|を残す|します)/;

export default provisionRule({
  id: 'P-RECORD-ITEMS',
  title: '相談の記録',
  summary: '相談の記録の条が、相談の内容、日時及び相談者の氏名その他の記録事項を定めること',
  articles: ['records'],
  requires: [
    { what: '記録', says: RECORDS },
    ...RECORD_ITEM_WORDS.map((w) => ({ ...w, context: RECORDS })),
  ],
  restore:
    '当社は、相談があったときは、次に掲げる事項を記録するものとする。一　相談の内容　二　相談の日時　三　相談者の氏名及び連絡先　四　応対者　五　応対の内容及び結果',
});
