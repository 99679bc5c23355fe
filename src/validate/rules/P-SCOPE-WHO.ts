import { provisionRule } from '../provision.js';

export default provisionRule({
  id: 'P-SCOPE-WHO',
  summary: '相談受付の範囲の条が、製品等の購入者又は購入予定者からの相談に限って受け付けること',
  articles: ['intake-scope'],
  requires: [
    { what: '購入者又は購入予定者', re: /(購入者|購入予定者|買主|利用者|顧客)/ },
    { what: '受付をそれに限る旨', re: /(限り|限る|のみ|に該当しない者からの相談は)/ },
  ],
  restore:
    '当社は、製品等の購入者又は購入予定者が行う製品等に関する相談に限り、これを受け付けるものとする。',
});
