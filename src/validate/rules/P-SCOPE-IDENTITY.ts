import { provisionRule } from '../provision.js';

export default provisionRule({
  id: 'P-SCOPE-IDENTITY',
  summary:
    '相談受付の範囲の条が、相談者に氏名及び連絡先を明らかにさせること（匿名の相談を受け付ける場合はその旨）',
  articles: ['intake-scope'],
  requires: [
    {
      what: '氏名及び連絡先の明示（又は匿名の相談の扱い）',
      re: /((氏名|名前).{0,10}(連絡先|住所|電話番号|メールアドレス).{0,20}(明らか|明示|開示|申告|告げ|示し)|匿名|明らかにしない相談)/,
    },
  ],
  restore: '当社は、相談者が氏名及び連絡先を明らかにした場合に限り、相談を受け付けるものとする。',
});
