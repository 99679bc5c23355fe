import { defineRule } from '../rule.js';
import { article } from '../text.js';

// The option itself is free; what must never happen is use "after deleting personal information"
// worded as name removal only: under 個人情報保護法 that is still personal information (容易照合性).
const USE = /(個人情報|氏名|個人を識別)[^。]*?(削除|除去|消去|加工)[^。]*?(利用|活用)/;
const SAFE = /識別することができない|識別できない|統計|仮名加工|匿名加工|対応関係が排斥/;

export default defineRule({
  id: 'P-ANON-USE',
  severity: 'error',
  summary:
    '相談記録を業務に利用する定めを置くときは、特定の個人を識別できない形（統計情報等）に限ること（氏名の削除だけでは足りない）',
  check({ doc, view }) {
    const a = article(doc, 'record-management') ?? article(doc, 'records');
    if (!a) return [];
    const use = view.statements(a).find((s) => USE.test(s.text));
    if (!use || SAFE.test(view.paragraphText(use.paragraph))) return [];
    return [
      {
        message:
          '個人情報を削除した上で相談記録を利用するとしていますが、特定の個人を識別できないようにする定めがありません（氏名の削除だけでは個人情報のままです）',
        article: a,
        paragraph: use.paragraph,
        expected: '統計情報その他の特定の個人を識別することができない情報に限って利用する旨',
        restore:
          '当社は、相談記録を基に統計情報（特定の個人との対応関係が排斥されたものに限る。）を作成し、製品等の品質の向上その他の当社の事業活動に利用することができる。',
      },
    ];
  },
});
