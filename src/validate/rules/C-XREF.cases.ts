import { numberOf, type RuleCases } from '../fixtures/edit.js';

const rule = 'C-XREF';

export default {
  ok: [
    {
      name: '前条 written as the number of the preceding article',
      bases: ['email'],
      kind: 'reworded',
      edit: (doc, e) =>
        e.typeOver('record-management', 'records', `第${numberOf(doc, 'records')}条`),
      expect: [],
    },
    {
      name: 'a reference with the title of its article 「第N条（相談の記録）」',
      bases: ['email'],
      kind: 'reworded',
      edit: (doc, e) =>
        e.typeOver('record-management', 'records', `第${numberOf(doc, 'records')}条（相談の記録）`),
      expect: [],
    },
    {
      name: 'an article of the company’s own inserted after 第1条, numbers and references updated',
      ref: 'extra-article-mid',
      bases: ['email', 'all'],
      kind: 'reworded',
      edit: (_, e) =>
        e.insertArticle('purpose', 'basic-policy', '基本方針', [
          '当社は、顧客の声を経営の改善に生かすため、全ての相談に誠実に応対するものとする。',
        ]),
      expect: [
        {
          rule: 'C-COMMENTARY',
          severity: 'warning',
          article: 'basic-policy',
          message: '「基本方針」に対応する逐条解説がありません',
        },
      ],
    },
  ],
  notOk: [
    {
      name: '「前条の規定により記録した事項」 pointing at an existing but wrong article',
      ref: 'XREF-wrong-art',
      bases: ['email'],
      kind: 'xref',
      edit: (_, e) => e.retarget('record-management', 'records', 'termination'),
      expect: (doc) => {
        const t = numberOf(doc, 'termination');
        return [
          {
            rule,
            article: 'record-management',
            paragraph: 'retention',
            message: `「第${t}条の規定により記録した」とありますが、第${t}条（相談応対の終了）は相談の記録の条ではありません`,
          },
        ];
      },
    },
    {
      name: '「次条の規定により相談応対を終了」 pointing at the records article',
      ref: 'XREF-wrong-art-end',
      bases: ['email', 'all'],
      kind: 'xref',
      edit: (_, e) => e.retarget('customer-harassment', 'termination', 'records'),
      expect: (doc) => {
        const r = numberOf(doc, 'records');
        return [
          {
            rule,
            article: 'customer-harassment',
            paragraph: 'deterrence',
            message: `「第${r}条の規定により相談応対を終了」とありますが、第${r}条（相談の記録）は相談応対の終了を定める条ではありません`,
          },
        ];
      },
    },
    {
      name: 'the refusal grounds pointing at the facts-first 項',
      ref: 'XREF-wrong-para',
      bases: ['email', 'all'],
      kind: 'xref',
      edit: (_, e) => e.retarget('termination', 'intake-refusal', 'response-policy', 'facts-first'),
      expect: (doc) => {
        const p = numberOf(doc, 'response-policy');
        return [
          {
            rule,
            article: 'termination',
            paragraph: 1,
            message: `「第${p}条第2項各号のいずれかに該当し」とありますが、第${p}条（相談応対ポリシー）第2項は受付を拒絶する相談を定める項ではありません`,
          },
        ];
      },
    },
    {
      name: 'the demand criteria pointing at another 項',
      ref: 'XREF-wrong-criteria',
      bases: ['all'],
      kind: 'xref',
      edit: (_, e) =>
        e.retarget('definitions', 'demand-criteria', 'written-statements', 'approval'),
      expect: (doc) => {
        const w = numberOf(doc, 'written-statements');
        return [
          {
            rule,
            article: 'definitions',
            message: `「第${w}条第3項各号に掲げる基準」とありますが、第${w}条（書面の交付）第3項は要求に対する判断基準の項ではありません`,
          },
        ];
      },
    },
    {
      name: 'the scope article pointed at the intake method',
      ref: 'XREF-wrong-scope',
      bases: ['email', 'all'],
      kind: 'xref',
      edit: (_, e) => e.retarget('intake-refusal', 'intake-scope', 'intake-method'),
      expect: (doc) => {
        const m = numberOf(doc, 'intake-method');
        return [
          {
            rule,
            article: 'intake-refusal',
            paragraph: 'safety',
            message: `「第${m}条及び前三項の規定にかかわらず」とありますが、第${m}条（相談受付の方法）は相談受付の範囲の条ではありません`,
          },
        ];
      },
    },
    {
      name: 'a typed 「第N条」 (existing but wrong) instead of the field',
      ref: 'XREF-docx-plain-wrong',
      bases: ['all'],
      kind: 'xref',
      edit: (doc, e) =>
        e.typeOver('customer-harassment', 'termination', `第${numberOf(doc, 'damages')}条`),
      expect: (doc) => {
        const d = numberOf(doc, 'damages');
        return [
          {
            rule,
            article: 'customer-harassment',
            paragraph: 'deterrence',
            message: `「第${d}条の規定により相談応対を終了」とありますが、第${d}条（損害賠償）は相談応対の終了を定める条ではありません`,
          },
        ];
      },
    },
    {
      name: 'reference to a missing article',
      ref: 'XREF-missing-art',
      bases: ['all'],
      kind: 'xref',
      edit: (_, e) => e.typeOver('intake-method', 'records', '第29条第2項'),
      expect: [
        {
          rule,
          article: 'intake-method',
          paragraph: 'recording-notice',
          message: '「第29条第2項」を指していますが、第29条はありません',
        },
      ],
    },
    {
      name: 'reference to a missing paragraph',
      ref: 'XREF-missing-para',
      bases: ['all'],
      kind: 'xref',
      edit: (doc, e) =>
        e.typeOver('intake-method', 'records', `第${numberOf(doc, 'records')}条第9項`),
      expect: (doc) => {
        const r = numberOf(doc, 'records');
        return [
          {
            rule,
            article: 'intake-method',
            paragraph: 'recording-notice',
            message: `「第${r}条第9項」を指していますが、第${r}条には第9項がありません`,
          },
        ];
      },
    },
    {
      name: '前条 with a 項 the preceding article does not have',
      ref: 'XREF-prev-para',
      bases: ['email'],
      kind: 'xref',
      edit: (_, e) => e.typeOver('record-management', 'records', '前条第9項'),
      expect: (doc) => [
        {
          rule,
          article: 'record-management',
          paragraph: 'retention',
          message: `「前条第9項」を指していますが、前条（第${numberOf(doc, 'records')}条）には第9項がありません`,
        },
      ],
    },
    {
      name: 'a Word field showing another article than it points at',
      ref: 'XREF-docx-stale',
      bases: ['all'],
      kind: 'xref',
      // LibreOffice updates the field on opening, which mends it.
      readers: ['docx'],
      docx: (parts) => {
        const xml = parts['word/document.xml']!;
        const re =
          /(REF art_records \\r \\h <\/w:instrText><\/w:r><w:r><w:fldChar w:fldCharType="separate"\/><\/w:r><w:r><w:t xml:space="preserve">)第[０-９]+条/;
        if (!re.test(xml)) throw new Error('no REF art_records field');
        parts['word/document.xml'] = xml.replace(re, '$1第５条');
      },
      expect: (doc) => {
        const r = numberOf(doc, 'records');
        const fw = (n: number) =>
          String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
        return [
          {
            rule,
            article: 'intake-method',
            paragraph: 'recording-notice',
            message: `「第５条」と表示されていますが、参照先（records）はいまは第${fw(r)}条です`,
          },
        ];
      },
    },
  ],
} satisfies RuleCases;
