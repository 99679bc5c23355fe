import { provisionRule } from '../provision.js';

export const spec = {
  id: 'P-PURPOSE',
  title: '目的',
  summary:
    '目的の条が、顧客等からの相談に応対する方法を定め、製品等の品質の向上を図ることを目的とすること',
  articles: ['purpose'],
  together: 'statement' as const,
  requires: [
    { what: '目的', says: /目的とする|目的とし|を目的と|ことを目的|目的である|ために定める/ },
    {
      what: '相談への応対',
      says: /(相談|問合せ|問い合わせ|苦情|申出)[^。]*?(応対|対応|応じ|受け付け|取り扱|処理)/,
    },
    {
      what: '品質の向上',
      says: /(品質|サービス)[^。]*?(向上|改善|改良|高め|高める|良く)/,
    },
  ],
  restore:
    '本ガイドラインは、当社が、製品等の購入者、購入予定者その他の顧客からの相談に応対する方法を定めることにより、相談への適正かつ迅速な応対を確保し、もって製品等の品質の向上を図ることを目的とする。',
};

export default provisionRule(spec);
