import { provisionRule } from '../provision.js';

export default provisionRule({
  id: 'P-END-NOT-UNTIL-SATISFIED',
  summary: '相談応対の終了の条が、相談者が納得するまで応対を続けるものではないこと',
  articles: ['termination'],
  requires: [
    {
      what: '納得するまで応対を続けるものではない旨',
      re: /納得(する|される)?まで.{0,30}(ものではない|ものではありません|とは限らない|しない|行わない)/,
    },
  ],
  restore: '当社は、相談者が納得するまで相談応対を継続するものではない。',
});
