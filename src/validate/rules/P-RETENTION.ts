import { provisionRule } from '../provision.js';

const PERIOD =
  '([-−‐ー－▲△]|マイナス)?\\s*([0-9]+(\\.[0-9]+)?|[〇一二三四五六七八九十百千]+)\\s*(年|か月|ヶ月|カ月|ヵ月|ケ月|箇月|個月)';

export default provisionRule({
  id: 'P-RETENTION',
  title: '相談記録の管理',
  summary: '相談記録の管理の条が、相談記録の保存期間及び厳重な管理を定めること',
  articles: ['record-management', 'records'],
  requires: [
    {
      what: '保存期間',
      says: [
        new RegExp(`(保存|保管)[^。]*?${PERIOD}`),
        new RegExp(`${PERIOD}間?[^。]*?(保存|保管)`),
      ],
    },
    {
      what: '厳重な管理',
      says: /(厳重|適切|適正|安全)に?(管理|保管)|安全管理/,
    },
  ],
  restore:
    '当社は、相談記録を、当該相談に係る相談応対を終了した日の翌日から起算して５年間保存するものとする。／当社は、相談記録を厳重に管理するものとする。',
});
