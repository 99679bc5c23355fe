import { provisionRule } from '../provision.js';

export default provisionRule({
  id: 'P-PRIVACY-PURPOSE',
  summary:
    '機密情報及び個人情報の保護の条が、個人情報の利用目的を示し、又は個人情報保護方針を参照すること',
  articles: ['confidentiality'],
  requires: [
    {
      what: '利用目的又は個人情報保護方針',
      re: /利用目的|目的の達成に必要な範囲|プライバシーポリシー|個人情報保護方針|プライバシー・ポリシー/,
    },
  ],
  restore:
    '当社が相談に関して取得した個人情報の利用目的は、当社が公表する個人情報保護方針に定めるところによる。',
});
