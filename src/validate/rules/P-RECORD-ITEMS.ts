import { provisionRule } from '../provision.js';

export default provisionRule({
  id: 'P-RECORD-ITEMS',
  summary: '相談の記録の条が、相談の内容、日時及び相談者の氏名その他の記録事項を定めること',
  articles: ['records'],
  requires: [
    { what: '記録', re: /記録/ },
    { what: '相談の内容', re: /内容/ },
    { what: '日時', re: /日時|日付|年月日/ },
    { what: '相談者の氏名', re: /氏名|名前|名称/ },
  ],
  restore:
    '当社は、相談があったときは、次に掲げる事項を記録するものとする。一　相談の内容　二　相談の日時　三　相談者の氏名及び連絡先　四　応対者　五　応対の内容及び結果',
});
