import { provisionRule } from '../provision.js';

export default provisionRule({
  id: 'P-DAMAGES-COMPANY',
  summary: '損害賠償の条が、苦情が正当で製品等に欠陥等があり損害が生じたときは当社が賠償すること',
  articles: ['damages'],
  requires: [
    { what: '欠陥等', re: /欠陥|瑕疵|不適合|不具合/ },
    { what: '当社の賠償', re: /(賠償|補償|填補|てん補)/ },
  ],
  restore:
    '当社は、相談者の苦情が正当であり、製品等に契約の内容に適合しない点又は欠陥があった場合において、これにより相談者に損害が生じたときは、法令の定めるところにより、その損害を賠償するものとする。',
});
