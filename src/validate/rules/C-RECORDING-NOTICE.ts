import type { Finding } from '../rule.js';
import { defineRule } from '../rule.js';
import { article, articleText, paragraphMatching } from '../text.js';

export default defineRule({
  id: 'C-RECORDING-NOTICE',
  severity: 'error',
  summary:
    '通話を録音するときは相談受付の方法又は相談の記録の条に録音の告知があり、電話で受け付けないときは録音の文言がないこと',
  check({ doc, facts }) {
    const intake = article(doc, 'intake-method');
    const records = article(doc, 'records');
    const text = `${articleText(intake, doc)}\n${articleText(records, doc)}`;
    const out: Finding[] = [];
    if (!facts.recording) return out;
    if (!facts.channels.has('電話')) {
      const a = [intake, records].find((x) => /録音/.test(articleText(x, doc)));
      out.push({
        message: '電話で受け付けないのに録音の定めがあります',
        ...(a ? { article: a } : {}),
        expected: '録音の定めを削る（又は受付方法に電話を加える）',
      });
      return out;
    }
    const notice =
      /録音.{0,40}(告知|知らせ|通知|案内|アナウンス|伝え)|(告知|知らせ|通知|案内|アナウンス).{0,40}録音/;
    if (!notice.test(text)) {
      const p = paragraphMatching(records, doc, /録音/) ?? paragraphMatching(intake, doc, /録音/);
      out.push({
        message: '通話を録音するとしていますが、相談者への録音の告知の定めがありません',
        ...(records ? { article: records } : {}),
        ...(p ? { paragraph: p } : {}),
        expected: '通話の開始に当たり録音する旨（及びその目的）を相談者に告知する定め',
        restore:
          'この場合において、当社は、通話の開始に当たり、録音する旨及びその目的を相談者に告知するものとする。',
      });
    }
    return out;
  },
});
