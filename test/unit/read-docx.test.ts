// The .docx reader against hinagata's own writer: every example and every option reads back as
// the document it was written from (on what a file can carry: test/helpers/read-project.ts), and
// so does the same file as Word and LibreOffice change it on save — style ids renamed, numbering
// moved onto the paragraphs and split into instances, older hinagata numbering, split runs and
// direct formatting, fields written other ways, bookmarks lost, tracked changes, content controls
// — and as other tools write it (styles that are not ours, known by their numbers).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildTimestamp } from '../../src/build.js';
import type { ConfigInput } from '../../src/config/schema.js';
import type { Document, Item } from '../../src/model/types.js';
import { formatDate } from '../../src/number/format.js';
import { parseDate, parseIroha, parseJapaneseNumber } from '../../src/number/parse.js';
import {
  decodeArticleBookmark,
  decodeParagraphBookmark,
  encodeArticleBookmark,
  encodeParagraphBookmark,
} from '../../src/read/bookmarks.js';
import { readDocx } from '../../src/read/docx.js';
import { knownArticleIds } from '../../src/read/lines.js';
import { readMarkdown } from '../../src/read/markdown.js';
import { Numbering } from '../../src/read/numbering.js';
import { StyleSheet } from '../../src/read/styles.js';
import { parseXml } from '../../src/read/xml.js';
import { articleBookmark, paragraphBookmark } from '../../src/render/docx/body.js';
import { renderDocx } from '../../src/render/docx/render.js';
import { resolveReferences } from '../../src/resolve/resolve.js';
import { loadClause } from '../../src/source/clauses.js';
import { allOptional, build, configWith, fileText } from '../helpers/build.js';
import { project } from '../helpers/read-project.js';

const repo = path.resolve(import.meta.dirname, '../..');
const example = (name: string) => readFileSync(path.join(repo, 'examples', `${name}.yaml`), 'utf8');

const configs: [string, ConfigInput | string][] = [
  ...['sample', 'email-only', 'full-options'].map((name): [string, string] => [
    name,
    example(name),
  ]),
  ['every optional article', configWith({ optional: allOptional })],
  ['half-width digits', configWith({ style: { digits: 'halfwidth' } })],
  ['西暦', configWith({ style: { era: 'seireki' } })],
  [
    'three revisions and an effective date, 西暦 and half-width',
    configWith({
      optional: allOptional,
      style: { era: 'seireki', digits: 'halfwidth' },
      dates: {
        enacted: '2026-04-01',
        effective: '2026-05-01',
        revisions: [
          { date: '2026-10-01', summary: '受付方法に相談フォームを追加' },
          { date: '2027-04-01', summary: '第5条の見直し' },
          { date: '2028-01-15', summary: '記録の保存期間を変更' },
        ],
      },
    }),
  ],
  [
    '令和元年 and two revisions',
    configWith({
      dates: {
        enacted: '2019-05-01',
        revisions: [
          { date: '2020-01-01', summary: '改定' },
          { date: '2021-02-03', summary: '再改定' },
        ],
      },
    }),
  ],
];

function built(config: ConfigInput | string): { doc: Document; data: Uint8Array; md: string } {
  const result = build(config);
  const file = result.files.find((f) => f.name === 'guideline.docx')!;
  return {
    doc: result.document,
    data: file.data as Uint8Array,
    md: fileText(result, 'guideline.md'),
  };
}

type Parts = Record<string, string>;

/** Rewrites the parts of a .docx (as text) and zips it again. */
function edit(data: Uint8Array, change: (parts: Parts) => void): Uint8Array {
  const files = unzipSync(data);
  const parts: Parts = Object.fromEntries(
    Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]),
  );
  change(parts);
  return zipSync(Object.fromEntries(Object.entries(parts).map(([n, t]) => [n, strToU8(t)])));
}

const paragraphs = (xml: string) => [...xml.matchAll(/<w:p>.*?<\/w:p>/g)].map((m) => m[0]);

function paragraphWith(xml: string, needle: string): string {
  const p = paragraphs(xml).find((x) => x.includes(needle));
  if (!p) throw new Error(`no paragraph with ${needle}`);
  return p;
}

const read = (data: Uint8Array) => readDocx(data, 'guideline.docx');

/** Checks that an edit did what it is meant to (each needle is in the part). */
function expectEdited(data: Uint8Array, part: string, ...needles: (string | RegExp)[]): Uint8Array {
  const text = strFromU8(unzipSync(data)[part]!);
  for (const n of needles)
    if (typeof n === 'string') expect(text, part).toContain(n);
    else expect(text, part).toMatch(n);
  return data;
}

const sample = built(example('sample'));

describe('reading hinagata guideline.docx back', () => {
  for (const [name, config] of configs) {
    it(`should read ${name} back as the document it was written from`, () => {
      const { doc, data } = built(config);
      expect(project(read(data))).toEqual(project(doc));
    });
  }

  it('should read 号 with イロハ and （１） sub-items, each restarting under its parent', () => {
    const doc = structuredClone(sample.doc);
    const sub = (n: number, depth: number, text: string, children: Item[] = []): Item => ({
      type: 'item',
      number: n,
      depth,
      content: [{ type: 'text', value: text }],
      children,
    });
    const items = doc.articles.find((a) => a.id === 'definitions')!.paragraphs[0]!.items;
    items[0]!.children = [
      sub(1, 2, '電話による問合せ', [sub(1, 3, '平日のもの'), sub(2, 3, '休日のもの')]),
      sub(2, 2, '電子メールによる問合せ'),
    ];
    items[1]!.children = [sub(1, 2, '本人'), sub(2, 2, '代理人', [sub(1, 3, '法定代理人')])];
    resolveReferences(doc);
    const data = renderDocx(doc, { timestamp: buildTimestamp(doc), generator: 'test' });
    expect(project(read(data))).toEqual(project(doc));
  });

  it('should name bookmarks as the writer does and read them back to ids and labels', () => {
    for (const id of knownArticleIds()) {
      expect(encodeArticleBookmark(id)).toBe(articleBookmark(id));
      expect(decodeArticleBookmark(articleBookmark(id), knownArticleIds())).toBe(id);
      expect(decodeArticleBookmark(articleBookmark(id))).toBe(id);
      const labels = [...loadClause(id).body.matchAll(/label "([^"]+)"/g)].map((m) => m[1]!);
      for (const label of labels) {
        expect(encodeParagraphBookmark(id, label)).toBe(paragraphBookmark(id, label));
        expect(decodeParagraphBookmark(paragraphBookmark(id, label), knownArticleIds())).toEqual({
          article: id,
          label,
        });
      }
    }
    // A name cut at 40 characters still names its article when the id is known.
    const long = 'a-very-long-article-id-that-does-not-fit-in-forty';
    expect(decodeArticleBookmark(encodeArticleBookmark(long), [long])).toBe(long);
    expect(decodeArticleBookmark('_GoBack')).toBeUndefined();
    expect(decodeParagraphBookmark('p_nolabel')).toBeUndefined();
  });

  it('should read the title page, 附則 and 改定履歴 from guideline.md too', () => {
    for (const config of [example('sample'), example('full-options'), example('email-only')]) {
      const { doc, md } = built(config);
      const back = project(readMarkdown(md, 'guideline.md'));
      const want = project(doc);
      expect(back.meta).toEqual({ ...want.meta, fonts: { body: '', heading: '' } });
      expect(back.supplementary).toEqual(want.supplementary);
      expect(back.revisions).toEqual(want.revisions);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// What LibreOffice and Word do to the file on save

/**
 * LibreOffice 7.4 on "save as .docx" (seen on the examples): style ids renamed to StyleN (names
 * kept), w:pStyle dropped from the list levels, the style's numbering repeated on each paragraph,
 * abstract lists renumbered, each 号 list split into one w:num per paragraph (the first with a
 * startOverride, the others continuing), japaneseCounting and irohaFullWidth written as
 * taiwaneseCountingThousand and iroha.
 */
function likeLibreOffice(parts: Parts): void {
  const ids = [
    ...parts['word/styles.xml']!.matchAll(
      /<w:style w:type="paragraph" w:customStyle="1" w:styleId="([^"]+)"/g,
    ),
  ].map((m) => m[1]!);
  const renamed = new Map(ids.map((id, i) => [id, `Style${15 + i}`]));
  const rename = (xml: string) =>
    xml.replace(
      /(w:styleId="|<w:basedOn w:val="|<w:next w:val="|<w:pStyle w:val=")([^"]+)"/g,
      (all, pre: string, id: string) => (renamed.has(id) ? `${pre}${renamed.get(id)}"` : all),
    );
  parts['word/styles.xml'] = rename(parts['word/styles.xml']!);
  let numbering = parts['word/numbering.xml']!.replace(/<w:pStyle w:val="[^"]+"\/>/g, '')
    .replace(/japaneseCounting/g, 'taiwaneseCountingThousand')
    .replace(/irohaFullWidth/g, 'iroha')
    .replace(/w:abstractNumId="(\d)"/g, (_, n: string) => `w:abstractNumId="${Number(n) + 5}"`)
    .replace(
      /<w:abstractNumId w:val="(\d)"\/>/g,
      (_, n: string) => `<w:abstractNumId w:val="${Number(n) + 5}"/>`,
    );
  // One instance per 号 paragraph.
  const instances: string[] = [];
  const seen = new Set<string>();
  let next = 40;
  let doc = rename(parts['word/document.xml']!).replace(
    /<w:numId w:val="(\d+)"\/>/g,
    (all, id: string) => {
      if (id === '1') return all;
      const n = next++;
      instances.push(
        `<w:num w:numId="${n}"><w:abstractNumId w:val="6"/>${seen.has(id) ? '' : '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'}</w:num>`,
      );
      seen.add(id);
      return `<w:numId w:val="${n}"/>`;
    },
  );
  numbering = numbering
    .replace(/<w:num w:numId="(?!1")\d+">.*?<\/w:num>/g, '')
    .replace('</w:numbering>', `${instances.join('')}</w:numbering>`);
  // The style's numbering on each 条 and 項 paragraph.
  const heading = renamed.get('ArticleHeading')!;
  const paragraph = renamed.get('ArticleParagraph')!;
  doc = doc
    .replace(
      new RegExp(`<w:pStyle w:val="${heading}"/>`, 'g'),
      `<w:pStyle w:val="${heading}"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>`,
    )
    .replace(
      new RegExp(`<w:pStyle w:val="${paragraph}"/>`, 'g'),
      `<w:pStyle w:val="${paragraph}"/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>`,
    );
  parts['word/document.xml'] = doc;
  parts['word/numbering.xml'] = numbering;
}

/**
 * hinagata before 条 and 項 shared one list (`git show fa2a0b2~1:src/render/docx/numbering.ts`):
 * a single-level 条 list on the 条見出し style, and per article a 項 list starting at ２ on the 項
 * paragraphs themselves.
 */
function olderHinagata(parts: Parts): void {
  parts['word/styles.xml'] = parts['word/styles.xml']!.replace(
    /(w:styleId="ArticleParagraph">.*?)<w:numPr>.*?<\/w:numPr>/,
    '$1',
  );
  const paragraphList =
    '<w:abstractNum w:abstractNumId="7"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="2"/><w:numFmt w:val="decimalFullWidth"/><w:suff w:val="tab"/><w:lvlText w:val="%1"/><w:lvlJc w:val="left"/><w:pPr/></w:lvl></w:abstractNum>';
  const instances: string[] = [];
  let article = 0;
  const doc = parts['word/document.xml']!.replace(
    /<w:pStyle w:val="(ArticleHeading|ArticleParagraph)"\/>/g,
    (all, style: string) => {
      if (style === 'ArticleHeading') {
        article++;
        instances.push(
          `<w:num w:numId="${100 + article}"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="2"/></w:lvlOverride></w:num>`,
        );
        return all;
      }
      return `${all}<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${100 + article}"/></w:numPr>`;
    },
  );
  parts['word/document.xml'] = doc;
  parts['word/numbering.xml'] = parts['word/numbering.xml']!.replace(
    /(<w:abstractNum w:abstractNumId="0">.*?)<w:lvl w:ilvl="1">.*?<\/w:lvl>/,
    '$1',
  )
    .replace(
      '<w:abstractNum w:abstractNumId="1">',
      `${paragraphList}<w:abstractNum w:abstractNumId="1">`,
    )
    .replace('</w:numbering>', `${instances.join('')}</w:numbering>`);
}

/**
 * Word after typing and proofing: runs split with direct formatting and proofing marks between,
 * field instructions over several runs, smart tags, hyperlinks, content controls and custom XML
 * around runs and paragraphs, bookmarks outside their paragraph.
 */
function likeWord(parts: Parts): void {
  let doc = parts['word/document.xml']!;
  const wrap = (needle: string, f: (p: string) => string) => {
    const p = paragraphWith(doc, needle);
    doc = doc.replace(p, f(p));
  };
  wrap(
    '（目的）',
    (p) =>
      `<w:sdt><w:sdtPr><w:alias w:val="条"/></w:sdtPr><w:sdtContent>${p}</w:sdtContent></w:sdt>`,
  );
  wrap('及び前三項の規定にかかわらず', (p) =>
    p.replace(
      /(<\/w:pPr>)(.*)(<\/w:p>)$/,
      '$1<w:smartTag w:uri="urn:x" w:element="y">$2</w:smartTag>$3',
    ),
  );
  wrap('相談者が相談を取り下げたとき', (p) =>
    p.replace(
      /(<\/w:pPr>)(.*)(<\/w:p>)$/,
      '$1<w:hyperlink w:anchor="art_purpose">$2</w:hyperlink>$3',
    ),
  );
  wrap('本ガイドラインは、日本法に準拠し', (p) =>
    p.replace(
      /(<\/w:pPr>)(.*)(<\/w:p>)$/,
      '$1<w:sdt><w:sdtPr/><w:sdtContent>$2</w:sdtContent></w:sdt>$3',
    ),
  );
  wrap('（損害賠償）', (p) => `<w:customXml w:element="article">${p}</w:customXml>`);
  doc = doc.replace(
    /<w:r><w:t xml:space="preserve">([^<]{6,})<\/w:t><\/w:r>/g,
    (_, t: string) =>
      `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">${t.slice(0, 3)}</w:t></w:r>` +
      `<w:proofErr w:type="gramStart"/><w:r><w:rPr><w:rFonts w:hint="eastAsia"/><w:b w:val="0"/></w:rPr><w:t>${t.slice(3)}</w:t></w:r><w:proofErr w:type="gramEnd"/>`,
  );
  doc = doc.replace(
    /<w:instrText xml:space="preserve"> REF ([a-z_]+) (\\[a-z]) \\h <\/w:instrText>/g,
    (_, name: string, sw: string) =>
      `<w:instrText xml:space="preserve"> REF ${name.slice(0, 5)}</w:instrText></w:r><w:r><w:instrText>${name.slice(5)}</w:instrText></w:r><w:r><w:instrText xml:space="preserve"> ${sw} \\h </w:instrText>`,
  );
  // Word may start a bookmark before its paragraph.
  doc = doc.replace(
    /<w:p><w:pPr><w:pStyle w:val="ArticleHeading"\/><\/w:pPr><w:bookmarkStart w:id="(\d+)" w:name="(art_records)"\/>/,
    '<w:bookmarkStart w:id="$1" w:name="$2"/><w:p><w:pPr><w:pStyle w:val="ArticleHeading"/></w:pPr>',
  );
  parts['word/document.xml'] = doc;
}

describe('reading a guideline.docx as Word and LibreOffice save it', () => {
  it('should read a file saved the way LibreOffice saves it as the original', () => {
    for (const config of [
      example('sample'),
      configWith({ style: { digits: 'halfwidth', era: 'seireki' } }),
    ]) {
      const { doc, data } = built(config);
      const saved = edit(data, likeLibreOffice);
      expectEdited(saved, 'word/styles.xml', '<w:name w:val="条見出し"/>');
      expect(strFromU8(unzipSync(saved)['word/styles.xml']!)).not.toContain('ArticleHeading');
      expectEdited(
        saved,
        'word/numbering.xml',
        'taiwaneseCountingThousand',
        '"iroha"',
        'w:numId="60"',
      );
      expectEdited(saved, 'word/document.xml', '<w:ilvl w:val="1"/><w:numId w:val="1"/>');
      expect(project(read(saved))).toEqual(project(doc));
    }
  });

  it('should read files from before 条 and 項 shared one list (a 項 list per article)', () => {
    const older = edit(sample.data, olderHinagata);
    expectEdited(older, 'word/document.xml', '<w:numId w:val="116"/>');
    expectEdited(older, 'word/numbering.xml', 'w:abstractNumId="7"');
    expect(project(read(older))).toEqual(project(sample.doc));
  });

  it('should look through split runs, formatting, proofing marks, smart tags, links and controls', () => {
    const saved = edit(sample.data, likeWord);
    expectEdited(
      saved,
      'word/document.xml',
      '<w:proofErr w:type="gramStart"/>',
      / REF [a-z_]{5}<\/w:instrText><\/w:r><w:r><w:instrText>/,
      '<w:smartTag',
      '<w:hyperlink',
      '<w:sdtContent><w:p>',
      '<w:sdtContent><w:r>',
      '<w:customXml',
      /<w:bookmarkStart w:id="\d+" w:name="art_records"\/><w:p>/,
    );
    expect(project(read(saved))).toEqual(project(sample.doc));
  });

  it('should know a style the client made from one of ours by what it is based on', () => {
    const data = edit(sample.data, (parts) => {
      parts['word/styles.xml'] = parts['word/styles.xml']!.replace(
        '</w:styles>',
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="a5"><w:name w:val="項（強調）"/><w:basedOn w:val="ArticleParagraph"/><w:rPr><w:b/></w:rPr></w:style>' +
          '<w:style w:type="paragraph" w:customStyle="1" w:styleId="a6"><w:name w:val="号（強調）"/><w:basedOn w:val="ArticleItem"/></w:style></w:styles>',
      );
      parts['word/document.xml'] = parts['word/document.xml']!.replace(
        /<w:pStyle w:val="ArticleParagraph"\/>/g,
        '<w:pStyle w:val="a5"/>',
      ).replace(/<w:pStyle w:val="ArticleItem"\/>/g, '<w:pStyle w:val="a6"/>');
    });
    expect(project(read(data))).toEqual(project(sample.doc));
  });

  it('should know 条, 項 and 号 by their Word numbers when the styles are not ours', () => {
    const data = edit(sample.data, (parts) => {
      let n = 0;
      parts['word/styles.xml'] = parts['word/styles.xml']!.replace(
        /(<w:style w:type="paragraph" w:customStyle="1" w:styleId="[^"]+"><w:name w:val=")[^"]+"/g,
        (_, pre: string) => `${pre}Custom ${++n}"`,
      );
    });
    const want = project(sample.doc);
    expect(project(read(data))).toEqual({
      ...want,
      meta: { ...want.meta, fonts: { ...want.meta.fonts, heading: '' } },
    });
  });

  it('should fall back to titles for ids when Word dropped the bookmarks', () => {
    const data = edit(sample.data, (parts) => {
      parts['word/document.xml'] = parts['word/document.xml']!.replace(
        /<w:bookmark(Start|End) [^>]*\/>/g,
        '',
      );
    });
    const want = project(sample.doc);
    const back = project(read(data));
    expect(back.articles.map((a) => a.id)).toEqual(want.articles.map((a) => a.id));
    // The 項 labels lived in the bookmarks; the text and the references' targets remain.
    const unlabelled = want.articles.map((a) => ({
      ...a,
      paragraphs: a.paragraphs.map((p) => ({ ...p, label: undefined })),
    }));
    expect(back.articles).toEqual(unlabelled);
  });

  it('should read simple fields, nested fields and fields other than REF by their results', () => {
    const data = edit(sample.data, (parts) => {
      let doc = parts['word/document.xml']!;
      // The first REF as a w:fldSimple.
      doc = doc.replace(
        /<w:r><w:fldChar w:fldCharType="begin"\/><\/w:r><w:r><w:instrText xml:space="preserve"> (REF art_demand_criteria \\r \\h) <\/w:instrText><\/w:r><w:r><w:fldChar w:fldCharType="separate"\/><\/w:r>(<w:r><w:t xml:space="preserve">[^<]*<\/w:t><\/w:r>)<w:r><w:fldChar w:fldCharType="end"\/><\/w:r>/,
        '<w:fldSimple w:instr=" $1 ">$2</w:fldSimple>',
      );
      // A REF inside the result of another field, and a PAGE field showing 「3」.
      const p = paragraphWith(doc, 'REF art_intake_refusal');
      doc = doc.replace(
        p,
        p
          .replace(
            /(<w:r><w:fldChar w:fldCharType="begin"\/><\/w:r><w:r><w:instrText xml:space="preserve"> REF art_intake_refusal)/,
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> QUOTE "x" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>$1',
          )
          .replace(
            /(REF art_intake_refusal.*?<w:fldChar w:fldCharType="end"\/><\/w:r>)/,
            '$1<w:r><w:fldChar w:fldCharType="end"/></w:r>',
          ),
      );
      const q = paragraphWith(doc, '相談者が相談を取り下げたとき');
      doc = doc.replace(
        q,
        q.replace(
          '</w:p>',
          '<w:r><w:t>（</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>）</w:t></w:r></w:p>',
        ),
      );
      parts['word/document.xml'] = doc;
    });
    expectEdited(
      data,
      'word/document.xml',
      '<w:fldSimple w:instr=" REF art_demand_criteria',
      ' QUOTE "x" ',
      ' PAGE ',
    );
    const back = read(data);
    const want = project(sample.doc);
    const got = project(back);
    const termination = (d: typeof want) => d.articles.find((a) => a.id === 'termination')!;
    expect(termination(got).paragraphs[0]!.items[1]!.content).toEqual([
      { text: '相談者が相談を取り下げたとき。（3）' },
    ]);
    const withoutPage = structuredClone(got);
    termination(withoutPage).paragraphs[0]!.items[1]!.content =
      termination(want).paragraphs[0]!.items[1]!.content;
    expect(withoutPage).toEqual(want);
  });
});

describe('reading tracked changes as they read once accepted', () => {
  it('should drop deleted text and rows, keep inserted and moved text, and join a paragraph whose mark is deleted', () => {
    const data = edit(sample.data, (parts) => {
      let doc = parts['word/document.xml']!;
      const del = (t: string) =>
        `<w:del w:id="91" w:author="client" w:date="2026-11-01T00:00:00Z"><w:r><w:delText xml:space="preserve">${t}</w:delText></w:r></w:del>`;
      const ins = (t: string) =>
        `<w:ins w:id="92" w:author="client" w:date="2026-11-01T00:00:00Z"><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:ins>`;
      doc = doc.replace(
        '相談の受付日時及び受付方法',
        `相談の</w:t></w:r>${del('受付日時')}${ins('受付の日時')}<w:r><w:t xml:space="preserve">及び受付方法`,
      );
      // A paragraph moved: moveFrom is gone, moveTo counts.
      doc = doc.replace(
        '相談者が相談を取り下げたとき。',
        '相談者が相談を</w:t></w:r><w:moveFrom w:id="93" w:author="c" w:date="2026-11-01T00:00:00Z"><w:r><w:t>撤回し、又は</w:t></w:r></w:moveFrom><w:moveTo w:id="94" w:author="c" w:date="2026-11-01T00:00:00Z"><w:r><w:t>取り下げたとき。</w:t></w:r></w:moveTo><w:r><w:t xml:space="preserve">',
      );
      // The mark of 第１６条's first paragraph deleted: it runs into the second.
      const p = paragraphWith(doc, '本ガイドラインは、日本法に準拠し');
      doc = doc.replace(
        p,
        p.replace(
          '<w:pStyle w:val="ArticleBody"/>',
          '<w:pStyle w:val="ArticleBody"/><w:rPr><w:del w:id="95" w:author="c" w:date="2026-11-01T00:00:00Z"/></w:rPr>',
        ),
      );
      // An old style kept in w:pPrChange is not the paragraph's style.
      const q = paragraphWith(
        doc,
        '前項の規定は、当社が法令に基づき負う責任を制限するものではない',
      );
      doc = doc.replace(
        q,
        q.replace(
          '<w:pStyle w:val="ArticleParagraph"/>',
          '<w:pStyle w:val="ArticleParagraph"/><w:pPrChange w:id="96" w:author="c" w:date="2026-11-01T00:00:00Z"><w:pPr><w:pStyle w:val="ArticleHeading"/></w:pPr></w:pPrChange>',
        ),
      );
      // The last row of the 改定履歴 deleted.
      doc = doc.replace(
        /(.*)<w:tr><w:trPr><w:cantSplit\/><\/w:trPr>/,
        '$1<w:tr><w:trPr><w:cantSplit/><w:del w:id="97" w:author="c" w:date="2026-11-01T00:00:00Z"/></w:trPr>',
      );
      parts['word/document.xml'] = doc;
    });
    expectEdited(
      data,
      'word/document.xml',
      '</w:moveFrom><w:moveTo ',
      '<w:pPrChange ',
      '<w:rPr><w:del w:id="95"',
      '<w:cantSplit/><w:del w:id="97"',
    );
    const back = read(data);
    const want = project(sample.doc);
    const got = project(back);
    const article = (d: typeof want, id: string) => d.articles.find((a) => a.id === id)!;
    expect(article(got, 'records').paragraphs[0]!.items[0]!.content).toEqual([
      { text: '相談の受付の日時及び受付方法' },
    ]);
    expect(article(got, 'termination').paragraphs[0]!.items[1]!.content).toEqual(
      article(want, 'termination').paragraphs[0]!.items[1]!.content,
    );
    const jurisdiction = article(got, 'jurisdiction');
    const before = article(want, 'jurisdiction');
    expect(jurisdiction.paragraphs).toHaveLength(before.paragraphs.length - 1);
    expect(jurisdiction.paragraphs[0]!.content).toEqual([
      {
        text:
          (before.paragraphs[0]!.content[0] as { text: string }).text +
          (before.paragraphs[1]!.content[0] as { text: string }).text,
      },
    ]);
    expect(article(got, 'damages')).toEqual(article(want, 'damages'));
    expect(got.revisions).toEqual(want.revisions.slice(0, -1));
  });
});

describe('numbers and dates read back', () => {
  it('should read every date formatDate writes back to the same date, era and width', () => {
    const dates = [
      '2019-04-30',
      '2019-05-01',
      '2020-01-01',
      '1989-01-07',
      '1989-01-08',
      '2026-04-01',
      '2026-12-31',
      '2028-02-29',
    ];
    for (const iso of dates)
      for (const era of ['wareki', 'seireki'] as const)
        for (const digits of ['fullwidth', 'halfwidth'] as const) {
          const text = formatDate(iso, { era, digits });
          expect(parseDate(`制定　${text}`), text).toMatchObject({ iso, era, digits, text });
        }
    expect(parseDate('令和1年4月1日')).toBeUndefined(); // 令和 began on 5月1日
    expect(parseDate('2026年2月30日')).toBeUndefined();
    expect(parseDate('令和八年四月一日')).toMatchObject({ iso: '2026-04-01', era: 'wareki' });
    expect(parseDate('日付なし')).toBeUndefined();
  });

  it('should read 算用数字, 漢数字 and イロハ', () => {
    expect(
      ['１２', '12', '十二', '二十三', '百', '一〇', '千二百'].map(parseJapaneseNumber),
    ).toEqual([12, 12, 12, 23, 100, 10, 1200]);
    expect(parseJapaneseNumber('第一')).toBeUndefined();
    expect(['イ', 'ロ', 'ハ', 'ｲ', 'ン'].map(parseIroha)).toEqual([1, 2, 3, 1, undefined]);
  });
});

describe('Word numbering counted as Word counts it', () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const lvl = (ilvl: number, fmt: string, text: string, extra = '') =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/>${extra}<w:lvlText w:val="${text}"/></w:lvl>`;
  const numbering = (body: string) =>
    new Numbering(parseXml(`<w:numbering ${W}>${body}</w:numbering>`), new StyleSheet(undefined));

  it('should share counters among instances of one list, restart on a startOverride and after a higher level', () => {
    const n = numbering(
      `<w:abstractNum w:abstractNumId="3">${lvl(0, 'decimal', '%1.')}${lvl(1, 'lowerLetter', '%1.%2)')}${lvl(2, 'decimal', '(%3)', '<w:lvlRestart w:val="0"/>')}</w:abstractNum>` +
        '<w:num w:numId="1"><w:abstractNumId w:val="3"/></w:num>' +
        '<w:num w:numId="2"><w:abstractNumId w:val="3"/></w:num>' +
        '<w:num w:numId="3"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>',
    );
    const seq: [number, number][] = [
      [1, 0],
      [1, 1],
      [1, 2],
      [2, 0], // another instance of the same list continues it
      [1, 1],
      [1, 2], // lvlRestart 0: never restarts
      [3, 0], // a startOverride restarts at its first use
      [3, 0],
    ];
    expect(seq.map(([id, l]) => n.next(id, l)?.text)).toEqual([
      '1.',
      '1.a)',
      '(1)',
      '2.',
      '2.a)',
      '(2)',
      '5.',
      '6.',
    ]);
  });

  it('should write Japanese formats as Word shows them, LibreOffice’s names included', () => {
    const n = numbering(
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'taiwaneseCountingThousand', '%1')}${lvl(1, 'iroha', '%2')}${lvl(2, 'decimalFullWidth', '（%3）')}</w:abstractNum>` +
        '<w:num w:numId="7"><w:abstractNumId w:val="0"/></w:num>',
    );
    const texts = [0, 0, 1, 1, 2, 0].map((l) => n.next(7, l)?.text);
    expect(texts).toEqual(['一', '二', 'イ', 'ロ', '（１）', '三']);
    expect(n.next(8, 0)).toBeUndefined(); // no such instance
  });
});
