import { provisionRule } from '../provision.js';

export default provisionRule({
  id: 'P-CONFIDENTIAL',
  summary:
    '機密情報及び個人情報の保護の条が、相談者が機密と指定した情報及び個人情報を適正に管理し保護すること',
  articles: ['confidentiality'],
  requires: [
    { what: '機密情報', re: /機密|秘密/ },
    { what: '個人情報', re: /個人情報/ },
    { what: '適正な管理・保護', re: /(適正|適切|厳重).{0,20}(管理|取り扱|取扱)|保護する/ },
  ],
  restore:
    '当社は、相談者が機密である旨を明示して当社に開示した情報を適正に管理するものとする。／当社は、相談に関して取得した個人情報を、個人情報の保護に関する法律その他の関係法令に従い適正に取り扱い、保護するものとする。',
});
