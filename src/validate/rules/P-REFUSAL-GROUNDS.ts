import { provisionRule } from '../provision.js';

export default provisionRule({
  id: 'P-REFUSAL-GROUNDS',
  summary:
    '相談受付の拒絶の条が、社会通念上合理性を欠く相談、誹謗中傷及び業務に支障を及ぼす相談を拒絶できること',
  articles: ['intake-refusal'],
  oneParagraph: true,
  requires: [
    { what: '拒絶', re: /(拒絶|拒否|お断り|断る|受け付けない)/ },
    {
      what: '社会通念上合理性を欠く相談',
      re: /社会通念.{0,6}(合理性|相当性|妥当性)|常識.{0,4}(外れ|欠)/,
    },
    { what: '誹謗中傷', re: /誹謗|中傷/ },
    { what: '業務に支障を及ぼす相談', re: /業務.{0,8}(支障|妨害|妨げ)|業務妨害/ },
  ],
  restore:
    '当社は、次の各号のいずれかに該当する相談については、その受付を拒絶することができる。一　社会通念上合理性を欠く相談　二　当社又はその役員、従業員その他の関係者を誹謗中傷する相談　三　当社の業務の遂行に支障を及ぼし、又は及ぼすおそれのある相談',
});
