import { provisionRule } from '../provision.js';

export default provisionRule({
  id: 'P-DAMAGES-COMPANY',
  title: '損害賠償',
  summary: '損害賠償の条が、苦情が正当で製品等に欠陥等があり損害が生じたときは当社が賠償すること',
  articles: ['damages'],
  together: 'statement',
  requires: [
    { what: '欠陥等', says: /欠陥|瑕疵|不適合|不具合|責めに帰すべき事由|過失/ },
    {
      what: '当社の賠償',
      says: [
        /(損害|これ)を(賠償|補償|填補|てん補)する/,
        /(賠償|補償)(する|の)(ものとする|責任を負う)/,
        /(賠償|補償)(いた)?します/,
      ],
      unless: /免責|一切の責任を負わない/,
    },
  ],
  restore:
    '当社は、相談者の苦情が正当であり、製品等に契約の内容に適合しない点又は欠陥があった場合において、これにより相談者に損害が生じたときは、法令の定めるところにより、その損害を賠償するものとする。',
});
