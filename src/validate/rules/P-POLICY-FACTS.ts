import { provisionRule } from '../provision.js';

export default provisionRule({
  id: 'P-POLICY-FACTS',
  summary: '相談応対ポリシーの条が、事実関係を確認する前に回答しないこと',
  articles: ['response-policy'],
  requires: [
    {
      what: '事実確認の前には回答しない旨',
      re: /事実.{0,8}(確認|把握|調査).{0,12}(前|まで|なく|ないまま).{0,40}(回答|返答|約束|判断|結論).{0,12}(しない|行わない|控え|しません)|確認なくして回答なし/,
    },
  ],
  restore:
    '当社は、相談に係る事実関係を確認する前に、当社の責任の有無、当社が講ずる措置の内容その他の相談に対する回答をしないものとする。',
});
