import { provisionRule } from '../provision.js';

export default provisionRule({
  id: 'P-PURPOSE',
  summary:
    '目的の条が、顧客等からの相談に応対する方法を定め、製品等の品質の向上を図ることを目的とすること',
  articles: ['purpose'],
  requires: [
    { what: '目的', re: /目的/ },
    { what: '相談への応対', re: /(相談|問合せ|問い合わせ|苦情)/ },
    { what: '品質の向上', re: /(品質|サービス).{0,12}(向上|改善)/ },
  ],
  restore:
    '本ガイドラインは、当社が、製品等の購入者、購入予定者その他の顧客からの相談に応対する方法を定めることにより、相談への適正かつ迅速な応対を確保し、もって製品等の品質の向上を図ることを目的とする。',
});
