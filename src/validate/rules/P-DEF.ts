import { provisionRule } from '../provision.js';

// A defined term: the 号 「相談　…をいう。」, the sentence 「「相談」とは、…をいう。」, or
// 「（以下「相談者」という。）」 inside the definitions article.
const term = (t: string) =>
  new RegExp(
    `(^|「)${t}(」とは|」は|\\s|:|：)[^。]*?(をいう|をいい|を指す|とする|のことである)|以下「${t}」という`,
  );

export default provisionRule({
  id: 'P-DEF',
  title: '定義',
  summary: '定義の条が、相談、相談者、製品等及び相談窓口の意義を定めること',
  articles: ['definitions'],
  requires: [
    { what: '相談の定義', says: term('相談') },
    { what: '相談者の定義', says: term('相談者') },
    { what: '製品等の定義', says: term('製品等') },
    { what: '相談窓口の定義', says: term('相談窓口') },
  ],
  restore:
    '本ガイドラインにおいて、次の各号に掲げる用語の意義は、当該各号に定めるところによる。（一　相談、二　相談者、三　製品等、四　相談窓口）',
});
