import { provisionRule } from '../provision.js';

// 労働施策総合推進法第33条第1項: the conduct of 顧客等 (customers, business partners, facility users
// and others connected with the business), beyond what is socially acceptable in the light of the
// work, that harms the working environment. No demand is needed, so no 「要求」 is required here.
export default provisionRule({
  id: 'P-CUSHARA-DEFINITION',
  title: 'カスタマーハラスメントへの対応',
  summary:
    'カスタマーハラスメントへの対応の条が、顧客等（取引の相手方、施設の利用者等を含む。）の言動であって社会通念上許容される範囲を超え、就業環境を害するものとしてカスタマーハラスメントを定義すること（労働施策総合推進法第33条第1項）',
  articles: ['customer-harassment'],
  optionalArticle: true,
  together: 'statement',
  requires: [
    { what: '顧客等の言動', says: /(顧客|取引の相手方|取引先|利用者)[^。]*?言動/ },
    {
      what: '取引の相手方及び施設の利用者',
      says: /取引(の相手方|先)[^。]*?利用者|利用者[^。]*?取引(の相手方|先)/,
    },
    { what: '社会通念上許容される範囲を超えたもの', says: /社会通念上[^。、]{0,6}(許容|相当)/ },
    { what: '就業環境が害されるもの', says: /就業環境(が|を)害/ },
  ],
  restore:
    '本ガイドラインにおいて「カスタマーハラスメント」とは、顧客等（顧客、取引の相手方、施設の利用者その他の当社の行う事業に関係を有する者をいい、相談者を含む。）の言動であって、従業員等が従事する業務の性質その他の事情に照らして社会通念上許容される範囲を超えたものにより、従業員等の就業環境が害されるものをいう。',
});
