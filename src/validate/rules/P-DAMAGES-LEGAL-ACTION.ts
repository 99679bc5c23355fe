import { provisionRule } from '../provision.js';

export default provisionRule({
  id: 'P-DAMAGES-LEGAL-ACTION',
  summary:
    '損害賠償の条が、悪質な不当要求に対し刑事告訴及び民事上の損害賠償請求等の法的措置を講じ得ること',
  articles: ['damages'],
  requires: [
    { what: '刑事上の措置（告訴等）', re: /告訴|告発|刑事/ },
    {
      what: '民事上の措置（損害賠償請求等）',
      re: /(損害賠償|賠償).{0,4}請求|民事|法的措置|仮処分/,
    },
  ],
  restore:
    '当社は、相談者が脅迫、強要、業務妨害その他の違法な行為により当社の業務を妨害し、又は当社若しくはその従業員に損害を与えたときは、告訴、告発、民事上の損害賠償請求その他の法的措置を講ずることができる。',
});
