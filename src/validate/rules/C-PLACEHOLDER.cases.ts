import { numberOf, type Case, type RuleCases } from '../fixtures/edit.js';

const rule = 'C-PLACEHOLDER';

const court = (mark: string, ref: string): Case => ({
  name: `「${mark}」 left in the court`,
  ref,
  bases: ['email', 'all'],
  kind: 'placeholder',
  edit: (_, e) => e.replace('jurisdiction', 3, /[^、]+地方裁判所(?=を第一審)/, `${mark}地方裁判所`),
  expect: [
    {
      rule,
      article: 'jurisdiction',
      paragraph: 3,
      message: `埋められていない箇所「${mark}」があります`,
    },
  ],
});

const company = (mark: string, shown: string, ref: string): Case => ({
  name: `「${mark}」 left for the company`,
  ref,
  bases: ['email', 'all'],
  kind: 'placeholder',
  edit: (_, e) => e.replace('purpose', 1, /^.+?(?=（以下)/, mark),
  expect: [
    {
      rule,
      article: 'purpose',
      paragraph: 1,
      message: `埋められていない箇所「${shown}」があります`,
    },
  ],
});

export default {
  ok: [
    { name: 'as generated', bases: ['sample', 'email', 'all'], kind: 'as-generated', expect: [] },
  ],
  notOk: [
    court('○○', 'PH-maru'),
    court('●●', 'PH-kuro'),
    court('□□', 'PH-shikaku'),
    company('【会社名】', '【会社名】', 'PH-kakko'),
    company('株式会社○', '株式会社○', 'PH-kabu-maru'),
    company('［会社名］', '［会社名］', 'PH-kaku-kakko'),
    {
      name: 'template syntax left in',
      ref: 'PH-handlebars',
      bases: ['email', 'all'],
      kind: 'placeholder',
      edit: (_, e) =>
        e.replace('definitions', 1, /窓口（[^）]*）をいう/, '窓口（{{desk.name}}）をいう'),
      expect: [
        {
          rule,
          article: 'definitions',
          message: '埋められていない箇所「{{desk.name}}」があります',
        },
      ],
    },
    {
      name: 'an article without a body',
      ref: 'PH-empty',
      bases: ['email', 'all'],
      kind: 'placeholder',
      edit: (doc) => {
        doc.articles.find((a) => a.id === 'amendment')!.paragraphs = [];
      },
      expect: [
        {
          rule: 'P-AMENDMENT',
          article: 'amendment',
          message: '「改定できる旨」、「周知の方法」の定めが見当たりません',
        },
        { rule, article: 'amendment', message: '本文のない条があります' },
      ],
    },
    {
      name: 'an article without a title',
      ref: 'PH-no-title',
      bases: ['email', 'all'],
      kind: 'placeholder',
      readers: ['model', 'docx', 'libreoffice'],
      edit: (_, e) => e.setTitle('amendment', ''),
      expect: [{ rule, article: 'amendment', message: '見出しのない条があります' }],
    },
    {
      name: 'a heading typed without its title 「## 第N条」',
      ref: 'PH-no-title-md',
      bases: ['email', 'all'],
      kind: 'placeholder',
      md: (text) => text.replace(/(## 第[0-9０-９]+条)（本ガイドラインの改定）/, '$1'),
      // The heading is read as a 項 of the article before it, whose 項 then run on.
      expect: (doc) => {
        const d = numberOf(doc, 'damages');
        const n = numberOf(doc, 'amendment');
        return [
          {
            rule: 'C-NUMBERING',
            article: 'damages',
            paragraph: 2,
            message: '第2項が第6項の後にあります',
          },
          {
            rule: 'C-NUMBERING',
            article: 'jurisdiction',
            message: `第${n}条がありません（第${d}条の次が第${n + 1}条です）`,
          },
          {
            rule,
            article: 'damages',
            paragraph: 5,
            message: `見出しのない条があります（「第${n}条」）`,
          },
          { rule: 'P-AMENDMENT', message: '「本ガイドラインの改定」の条がありません' },
        ];
      },
    },
  ],
} satisfies RuleCases;
