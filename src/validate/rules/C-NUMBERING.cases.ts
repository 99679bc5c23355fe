import { numberOf, type RuleCases } from '../fixtures/edit.js';

const rule = 'C-NUMBERING';

export default {
  ok: [{ name: 'as generated', bases: ['sample', 'all'], kind: 'as-generated', expect: [] }],
  notOk: [
    {
      name: 'an article number typed twice',
      ref: 'NUM-dup-art',
      bases: ['email', 'all'],
      kind: 'numbering',
      md: (text) =>
        text.replace(/## 第([0-9０-９]+)条（相談受付の範囲）/, (_, n: string) => {
          const fw = /[０-９]/.test(n);
          const v = Number(n.normalize('NFKC')) - 1;
          const s = fw
            ? String(v).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))
            : String(v);
          return `## 第${s}条（相談受付の範囲）`;
        }),
      expect: (doc) => {
        const n = numberOf(doc, 'intake-scope') - 1;
        return [
          {
            rule,
            article: `第${n}条（相談受付の範囲）`,
            message: `第${n}条が重複しています（第${n}条の次が再び第${n}条です）`,
          },
          {
            rule,
            article: 'intake-refusal',
            message: `第${n + 1}条がありません（第${n}条の次が第${n + 2}条です）`,
          },
        ];
      },
    },
    {
      name: 'an article number skipped',
      ref: 'NUM-gap',
      bases: ['email', 'all'],
      kind: 'numbering',
      renumber: false,
      edit: (doc) => {
        const at = doc.articles.findIndex((a) => a.id === 'amendment');
        doc.articles.slice(at).forEach((a) => (a.number += 1));
      },
      expect: (doc) => {
        const n = numberOf(doc, 'amendment');
        return [
          {
            rule,
            article: 'amendment',
            message: `第${n - 1}条がありません（第${n - 2}条の次が第${n}条です）`,
          },
        ];
      },
    },
    {
      name: 'a 項 number typed twice',
      ref: 'NUM-dup-para',
      bases: ['email', 'all'],
      kind: 'numbering',
      renumber: false,
      edit: (doc) => {
        doc.articles.find((a) => a.id === 'jurisdiction')!.paragraphs[2]!.number = 2;
      },
      expect: [{ rule, article: 'jurisdiction', paragraph: 2, message: '第2項が重複しています' }],
    },
    {
      name: 'a 号 number typed twice (「三　製品等」 → 「二」)',
      ref: 'NUM-dup-item',
      bases: ['email', 'all'],
      kind: 'numbering',
      renumber: false,
      edit: (doc) => {
        doc.articles.find((a) => a.id === 'definitions')!.paragraphs[0]!.items[2]!.number = 2;
      },
      expect: [
        { rule, article: 'definitions', message: '号「二」が重複しています' },
        { rule, article: 'definitions', message: '号「三」がありません（「二」の次が「四」です）' },
      ],
    },
    {
      name: 'a 号 number skipped',
      ref: 'NUM-gap-item',
      bases: ['email', 'all'],
      kind: 'numbering',
      renumber: false,
      edit: (doc) => {
        doc.articles
          .find((a) => a.id === 'definitions')!
          .paragraphs[0]!.items.slice(2)
          .forEach((i) => (i.number += 1));
      },
      expect: [
        { rule, article: 'definitions', message: '号「三」がありません（「二」の次が「四」です）' },
      ],
    },
    {
      name: 'Word numbering restarted at the fourth heading: 「第3条」 twice',
      ref: 'NUM-docx-restart',
      bases: ['email', 'all'],
      kind: 'numbering',
      docx: (parts) => {
        const numbering = parts['word/numbering.xml']!;
        parts['word/numbering.xml'] = numbering.replace(
          '</w:numbering>',
          '<w:num w:numId="990"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num></w:numbering>',
        );
        const xml = parts['word/document.xml']!;
        const at = xml.indexOf('w:name="art_intake_scope"');
        const start = xml.lastIndexOf('<w:pPr><w:pStyle w:val="ArticleHeading"/></w:pPr>', at);
        if (at < 0 || start < 0) throw new Error('no heading art_intake_scope');
        parts['word/document.xml'] =
          xml.slice(0, start) +
          '<w:pPr><w:pStyle w:val="ArticleHeading"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="990"/></w:numPr></w:pPr>' +
          xml.slice(start + '<w:pPr><w:pStyle w:val="ArticleHeading"/></w:pPr>'.length);
      },
      // Word shows the numbers the restart gives; the fields, not updated, still show the old
      // numbers (LibreOffice updates them on opening: the docx reader only).
      readers: ['docx'],
      expect: (doc, base) => {
        const fw = (n: number) =>
          base === 'all'
            ? String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))
            : String(n);
        const scope = numberOf(doc, 'intake-scope');
        const shown = (id: string) => {
          const a = doc.articles.find((x) => x.id === id)!;
          return `第${a.number >= scope ? a.number - 1 : a.number}条（${a.title}）`;
        };
        const stale = (at: string, paragraph: number | undefined, target: string) => {
          const n = numberOf(doc, target);
          return {
            rule: 'C-XREF',
            article: shown(at),
            ...(paragraph !== undefined ? { paragraph } : {}),
            message: `「第${fw(n)}条」と表示されていますが、参照先（${target}）はいまは第${fw(n - 1)}条です`,
          };
        };
        return [
          {
            rule,
            article: '第3条（相談受付の範囲）',
            message: '第3条が重複しています（第3条の次が再び第3条です）',
          },
          stale('termination', 1, 'intake-refusal'),
          ...(base === 'all'
            ? [
                stale('termination', 3, 'antisocial-forces'),
                stale('definitions', undefined, 'demand-criteria'),
                stale('intake-method', 6, 'records'),
              ]
            : []),
        ];
      },
    },
  ],
} satisfies RuleCases;
