import { provisionRule } from '../provision.js';

export default provisionRule({
  id: 'P-SCOPE-WHO',
  title: '相談受付の範囲',
  summary: '相談受付の範囲の条が、製品等の購入者又は購入予定者からの相談に限って受け付けること',
  articles: ['intake-scope'],
  together: 'statement',
  requires: [
    {
      what: '購入者又は購入予定者',
      says: /購入者|購入予定者|購入(し|した|しようとする|を検討|を予定)[^。]{0,12}者|買主|利用者|使用者|顧客/,
    },
    {
      what: '受付をそれに限る旨',
      says: [
        /に限り|に限って|に限る|に限定|のみ(を|から|が|について)/,
        /(以外の者|該当しない者)[^。]*?(受け付けない|応じない|受け付けず|応じず)/,
      ],
    },
  ],
  restore:
    '当社は、製品等の購入者又は購入予定者が行う製品等に関する相談に限り、これを受け付けるものとする。',
});
