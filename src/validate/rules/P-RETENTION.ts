import { provisionRule } from '../provision.js';

export default provisionRule({
  id: 'P-RETENTION',
  summary: '相談記録の管理の条が、相談記録の保存期間及び厳重な管理を定めること',
  articles: ['record-management', 'records'],
  requires: [
    {
      what: '保存期間',
      re: /(保存|保管).{0,40}(\d+|[一二三四五六七八九十]+)\s*(年|か月|ヶ月|カ月|箇月)|(\d+|[一二三四五六七八九十]+)\s*(年|か月|ヶ月|カ月|箇月)間?.{0,10}(保存|保管)/,
    },
    { what: '厳重な管理', re: /(厳重|適切|安全).{0,6}(管理|保管)|安全管理/ },
  ],
  restore:
    '当社は、相談記録を、当該相談に係る相談応対を終了した日の翌日から起算して５年間保存するものとする。／当社は、相談記録を厳重に管理するものとする。',
});
