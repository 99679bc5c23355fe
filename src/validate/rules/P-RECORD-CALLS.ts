import { provisionRule } from '../provision.js';

/** The company records calls: 「録音することができる」, not the customer's 「録音し、又は」. */
export const RECORDS_CALLS =
  /(通話|電話)[^。]*?録音(すること(が|も)できる|する(ものとする|ことがある|場合がある)?(。|$)|を行う|します|しております|している|させていただ)/;

export default provisionRule({
  id: 'P-RECORD-CALLS',
  title: '相談の記録',
  summary:
    '通話を録音する場合に、相談の記録の条がその旨を定めること（電話で受け付けるときに限る。）',
  articles: ['records'],
  // Recording is an option: required once the guideline speaks of recording calls at all.
  applies: (facts) => facts.channels.has('電話') && facts.recording,
  requires: [{ what: '当社が通話を録音する旨', says: RECORDS_CALLS }],
  restore:
    '当社は、相談の内容を正確に記録し、及び適切な応対を確保するため、電話による相談の通話の内容を録音することができる。この場合において、当社は、通話の開始に当たり、録音する旨及びその目的を相談者に告知するものとする。',
});
