import { provisionRule } from '../provision.js';

export default provisionRule({
  id: 'P-RECORD-NO-PUBLISH',
  summary: '相談の記録の条が、相談者が録音又は記録をインターネット等で公開することを許諾しないこと',
  articles: ['records'],
  requires: [
    {
      what: '公開を許諾しない旨',
      re: /(公開|掲載|投稿|公表|アップロード).{0,30}(許諾しない|認めない|禁止|禁ずる|しないこと|してはならない|許可しない)/,
    },
  ],
  restore:
    '当社は、相談者が相談の内容を録音し、又は記録した場合であっても、当該録音又は記録をインターネット上に掲載することその他の方法により公開することを許諾しないものとする。',
});
