import { provisionRule } from '../provision.js';

export default provisionRule({
  id: 'P-JURISDICTION',
  title: '準拠法及び合意管轄',
  summary: '準拠法及び合意管轄の条が、日本法を準拠法とし、第一審の管轄裁判所を定めること',
  articles: ['jurisdiction'],
  requires: [
    {
      what: '日本法',
      says: /(日本法|日本国法|日本(国)?の法(令|律)|日本国内の法令)[^。]*?(準拠|従|適用|よる)/,
    },
    {
      what: '第一審の裁判所',
      says: [
        /(〈裁判所〉|裁判所)[^。]*?(第一審|第1審|管轄)/,
        /(第一審|第1審|管轄)[^。]*?(〈裁判所〉|(地方|簡易)裁判所)/,
      ],
    },
  ],
  restore:
    '本ガイドラインは、日本法に準拠し、日本法に従って解釈されるものとする。／…東京地方裁判所を第一審の専属的合意管轄裁判所とする旨を合意するものとする。',
});
