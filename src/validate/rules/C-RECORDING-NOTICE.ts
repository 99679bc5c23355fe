import { judge, says } from '../provision.js';
import { RECORDS_CALLS } from './P-RECORD-CALLS.js';
import type { Finding } from '../rule.js';
import { defineRule } from '../rule.js';
import { article } from '../text.js';

const NOTICE = {
  what: '録音の告知',
  says: [
    /録音[^。]*?((告知|通知|案内|アナウンス|説明|明示)(する|し|します)|(知らせ|伝え)(る|て|ます))/,
    /(告知|知らせ|通知|案内|アナウンス|伝え)[^。]*?録音(する|して|している|中)/,
  ],
};
const CALLS = { what: '録音', says: RECORDS_CALLS };

export default defineRule({
  id: 'C-RECORDING-NOTICE',
  severity: 'error',
  summary:
    '通話を録音するときは相談受付の方法又は相談の記録の条に録音の告知があり、電話で受け付けないときは録音の文言がないこと',
  check({ doc, facts, view }) {
    const intake = article(doc, 'intake-method');
    const records = article(doc, 'records');
    const out: Finding[] = [];
    if (!facts.recording) return out;
    const both = [intake, records].filter((a) => a !== undefined);
    if (!facts.channels.has('電話')) {
      const a = both.find((x) => /録音/.test(view.articleText(x)));
      out.push({
        message: '電話で受け付けないのに録音の定めがあります',
        ...(a ? { article: a } : {}),
        expected: '録音の定めを削る（又は受付方法に電話を加える）',
      });
      return out;
    }
    if (
      !says(
        NOTICE,
        both.flatMap((a) => view.statements(a)),
      )
    ) {
      // Pointed at the 項 that records calls (the records article's, else the intake's).
      const recording = [records, intake]
        .filter((a) => a !== undefined)
        .flatMap((a) => view.statements(a))
        .find((s) => judge(CALLS, s).said);
      const at = recording?.article ?? records;
      out.push({
        message: '通話を録音するとしていますが、相談者への録音の告知の定めがありません',
        ...(at ? { article: at } : {}),
        ...(recording ? { paragraph: recording.paragraph } : {}),
        expected: '通話の開始に当たり録音する旨（及びその目的）を相談者に告知する定め',
        restore:
          'この場合において、当社は、通話の開始に当たり、録音する旨及びその目的を相談者に告知するものとする。',
      });
    }
    return out;
  },
});
