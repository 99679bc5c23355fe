import { provisionRule } from '../provision.js';

export default provisionRule({
  id: 'P-POLICY-PRINCIPLES',
  summary: '相談応対ポリシーの条が、公平、親切丁寧、秘密保持及び事実確認の原則を定めること',
  articles: ['response-policy'],
  requires: [
    { what: '公平', re: /公平|公正|平等/ },
    { what: '親切丁寧', re: /親切|丁寧|誠実/ },
    { what: '秘密保持', re: /秘密|守秘|機密/ },
    { what: '事実確認', re: /事実.{0,4}確認|事実関係/ },
  ],
  restore:
    '当社は、相談に応対するに当たっては、公平、親切丁寧、秘密保持及び事実確認の原則に従うものとする。',
});
