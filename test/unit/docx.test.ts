// guideline.docx, unzipped and read as XML: styles, numbering, bookmarks, REF fields, fonts,
// properties, the revision table, escaping and byte-for-byte determinism.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildText, render } from '../../src/build.js';
import { buildTimestamp } from '../../src/build.js';
import { renderDocx } from '../../src/render/docx/render.js';
import { assertWellFormed, docxParts, prettyDocumentXml } from '../helpers/docx.js';
import { allOptional, build, configWith, minimal } from '../helpers/build.js';
import type { ConfigInput } from '../../src/config/schema.js';

const repo = path.resolve(import.meta.dirname, '../..');

function docx(config: ConfigInput | string): Record<string, string> {
  const text = typeof config === 'string' ? config : stringify(config);
  const file = build(text).files.find((f) => f.name === 'guideline.docx');
  if (!file || typeof file.data === 'string') throw new Error('no docx');
  return docxParts(file.data);
}

const all = (re: RegExp, s: string) => [...s.matchAll(re)];

describe('guideline.docx', () => {
  const sampleText = readFileSync(path.join(repo, 'examples/sample.yaml'), 'utf8');
  const sample = docx(sampleText);
  const doc = sample['word/document.xml'] ?? '';
  const styles = sample['word/styles.xml'] ?? '';
  const numbering = sample['word/numbering.xml'] ?? '';

  it('should be a complete package of well-formed parts', () => {
    expect(Object.keys(sample).sort()).toEqual(
      [
        '[Content_Types].xml',
        '_rels/.rels',
        'docProps/app.xml',
        'docProps/core.xml',
        'word/_rels/document.xml.rels',
        'word/document.xml',
        'word/fontTable.xml',
        'word/footer1.xml',
        'word/numbering.xml',
        'word/settings.xml',
        'word/styles.xml',
      ].sort(),
    );
    assertWellFormed(sample);
  });

  it('should use only styles that styles.xml defines, with Japanese names, and no direct run formatting', () => {
    const defined = new Set(all(/<w:style [^>]*w:styleId="([^"]+)"/g, styles).map((m) => m[1]));
    const used = new Set([
      ...all(/<w:pStyle w:val="([^"]+)"/g, doc + (sample['word/footer1.xml'] ?? '')).map(
        (m) => m[1],
      ),
      ...all(/<w:tblStyle w:val="([^"]+)"/g, doc).map((m) => m[1]),
    ]);
    expect(used.size).toBeGreaterThan(8);
    for (const s of used) expect(defined.has(s), `style ${s}`).toBe(true);
    for (const name of [
      '条見出し',
      '条文',
      '項',
      '号',
      '附則',
      '附則見出し',
      'ガイドライン表題',
      '改定履歴表',
    ]) {
      expect(styles).toContain(`<w:name w:val="${name}"/>`);
    }
    expect(doc).not.toMatch(/<w:rPr>/); // runs carry no formatting of their own
    expect(doc).not.toMatch(/w:color|w:sz /);
  });

  it('should number articles with Word numbering 「第%1条」 tied to the 条見出し style', () => {
    expect(numbering).toMatch(
      /<w:numFmt w:val="decimalFullWidth"\/><w:pStyle w:val="ArticleHeading"\/><w:suff w:val="nothing"\/><w:lvlText w:val="第%1条"\/>/,
    );
    expect(styles).toMatch(
      /w:styleId="ArticleHeading">.*?<w:pPr><w:keepNext\/><w:numPr><w:ilvl w:val="0"\/><w:numId w:val="1"\/><\/w:numPr>/,
    );
    const headings = all(/<w:pStyle w:val="ArticleHeading"\/>/g, doc);
    expect(headings).toHaveLength(16);
    // The number is not typed: the heading text is only the caption.
    expect(doc).toContain('（目的）');
    expect(doc).not.toMatch(/<w:t[^>]*>第[０-９0-9]+条（/);
  });

  it('should number later 項 from ２ in every article and 号 in 漢数字, with hanging indents in characters', () => {
    expect(numbering).toMatch(
      /<w:abstractNum w:abstractNumId="1">.*?<w:numFmt w:val="japaneseCounting"\/>/,
    );
    expect(numbering).toMatch(/<w:numFmt w:val="japaneseCounting"\/>/);
    expect(numbering).toMatch(/<w:numFmt w:val="irohaFullWidth"\/>/);
    expect(numbering).toContain(
      '<w:ind w:leftChars="200" w:left="420" w:hangingChars="100" w:hanging="210"/>',
    );
    // 項 are the second level of the article list, in the 項 style itself (so Enter after the
    // 条文 gives a numbered 項): the paragraphs carry no numbering of their own.
    expect(numbering).toMatch(
      /<w:abstractNum w:abstractNumId="0">.*?<w:lvl w:ilvl="1"><w:start w:val="2"\/><w:numFmt w:val="decimalFullWidth"\/><w:pStyle w:val="ArticleParagraph"\/>/,
    );
    expect(styles).toMatch(
      /w:styleId="ArticleParagraph">.*?<w:pPr><w:numPr><w:ilvl w:val="1"\/><w:numId w:val="1"\/><\/w:numPr>/,
    );
    expect(doc).not.toMatch(/<w:pStyle w:val="Article(Heading|Body|Paragraph)"\/><w:numPr>/);
    expect(all(/<w:pStyle w:val="ArticleParagraph"\/>/g, doc).length).toBeGreaterThan(20);
    expect(all(/<w:pStyle w:val="ArticleItem"\/><w:numPr>/g, doc).length).toBeGreaterThan(20);
  });

  it('should set East Asian fonts, Japanese language, 禁則 and justification', () => {
    expect(styles).toMatch(
      /<w:rPrDefault><w:rPr><w:rFonts w:ascii="游明朝" w:hAnsi="游明朝" w:eastAsia="游明朝" w:cs="游明朝"\/>/,
    );
    expect(styles).toContain('<w:lang w:val="en-US" w:eastAsia="ja-JP" w:bidi="ar-SA"/>');
    expect(styles).toContain('<w:sz w:val="21"/>');
    expect(styles).toContain('<w:kinsoku/>');
    expect(styles).toContain('<w:jc w:val="both"/>');
    expect(sample['word/settings.xml']).toContain(
      '<w:characterSpacingControl w:val="compressPunctuation"/>',
    );
    expect(sample['word/fontTable.xml']).toContain(
      '<w:font w:name="游明朝"><w:altName w:val="ＭＳ 明朝"/>',
    );
    expect(sample['word/fontTable.xml']).toContain('<w:font w:name="ＭＳ 明朝">');
    const custom = docx(configWith({ style: { font: 'ＭＳ 明朝', headingFont: 'ＭＳ ゴシック' } }));
    expect(custom['word/styles.xml']).toContain('w:eastAsia="ＭＳ 明朝"');
    expect(custom['word/styles.xml']).toContain('w:eastAsia="ＭＳ ゴシック"');
  });

  it('should lay out A4 with a 「- PAGE -」 footer', () => {
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"\/>/);
    expect(sample['word/footer1.xml']).toMatch(
      /- <\/w:t>.*<w:instrText xml:space="preserve"> PAGE <\/w:instrText>.* -<\/w:t>/,
    );
  });

  it('should put document properties, the 附則 and the revision table in place', () => {
    expect(sample['docProps/core.xml']).toContain('<dc:title>顧客相談ガイドライン</dc:title>');
    expect(sample['docProps/core.xml']).toContain('<dc:creator>株式会社サンプル商事</dc:creator>');
    expect(sample['docProps/core.xml']).toContain(
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-10-01T00:00:00Z</dcterms:modified>',
    );
    expect(sample['docProps/app.xml']).toContain('<Company>株式会社サンプル商事</Company>');
    expect(doc).toContain('附\u3000則（令和８年１０月１日改定）');
    const table = /<w:tbl>.*<\/w:tbl>/.exec(doc)?.[0] ?? '';
    expect(all(/<w:tr>/g, table)).toHaveLength(3);
    expect(table).toContain('受付方法に相談フォームを追加');
    expect(table).toContain('<w:tblHeader/>');
  });

  it('should bookmark every article and point every REF field at the right 「第N条」 in the 17-article variant', () => {
    const full = docx(configWith({ optional: allOptional }))['word/document.xml'] ?? '';
    // The article order as Word will number it: the N-th 条見出し paragraph is 第N条.
    const order = all(
      /<w:pStyle w:val="ArticleHeading"\/><\/w:pPr><w:bookmarkStart w:id="\d+" w:name="([^"]+)"\/>/g,
      full,
    ).map((m) => m[1]);
    expect(order).toHaveLength(17);
    expect(new Set(order).size).toBe(17);
    const fw = (n: number) =>
      String(n).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    const refs = all(
      /<w:instrText xml:space="preserve"> REF (art_[a-z_]+) \\r \\h <\/w:instrText><\/w:r><w:r><w:fldChar w:fldCharType="separate"\/><\/w:r><w:r><w:t xml:space="preserve">([^<]*)<\/w:t>/g,
      full,
    );
    // References to the article right before or after are 「前条」「次条」 text, not fields.
    expect(refs.length).toBeGreaterThanOrEqual(3);
    for (const [, name, cached] of refs) {
      expect(cached).toBe(`第${fw(order.indexOf(name!) + 1)}条`);
    }
    expect(full).toContain('<w:t xml:space="preserve">前条</w:t>');
    // 第１２条第２項: the 項 number is a REF to the labelled 項's bookmark.
    expect(full).toMatch(/<w:bookmarkStart w:id="\d+" w:name="p_records__recording"\/>/);
    expect(full).toMatch(
      /REF p_records__recording \\n \\h <\/w:instrText><\/w:r><w:r><w:fldChar w:fldCharType="separate"\/><\/w:r><w:r><w:t xml:space="preserve">２<\/w:t>/,
    );
    expect(full).not.toContain('<w:updateFields');
  });

  it('should write half-width digits and 西暦 when configured', () => {
    const half = docx(configWith({ style: { digits: 'halfwidth', era: 'seireki' } }));
    expect(half['word/numbering.xml']).toMatch(
      /<w:numFmt w:val="decimal"\/><w:pStyle w:val="ArticleHeading"\/>/,
    );
    expect(half['word/document.xml']).toContain('2026年4月1日');
  });

  it('should escape values so that markup in them stays text', () => {
    const parts = docx(configWith({ company: { name: '株式会社<w:p>&amp;' } }));
    assertWellFormed(parts);
    expect(parts['word/document.xml']).toContain('株式会社&lt;w:p&gt;&amp;amp;');
    expect(parts['docProps/app.xml']).toContain('<Company>株式会社&lt;w:p&gt;&amp;amp;</Company>');
  });

  it('should give byte-identical files for the same config, dated from SOURCE_DATE_EPOCH when set', async () => {
    const a = (await buildText(sampleText, ['docx'])).files[0]?.data;
    const b = (await buildText(sampleText, ['docx'])).files[0]?.data;
    expect(Buffer.from(a as Uint8Array).equals(Buffer.from(b as Uint8Array))).toBe(true);
    const document = build(sampleText).document;
    const stamp = buildTimestamp(document, { SOURCE_DATE_EPOCH: '1767225600' });
    expect(stamp.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    const parts = docxParts(renderDocx(document, { timestamp: stamp, generator: 'hinagata test' }));
    expect(parts['docProps/core.xml']).toContain('2026-01-01T00:00:00Z');
    expect((await render(document, ['docx']))[0]?.data).toEqual(a);
  });

  it('should match the reviewed golden document.xml (update with `npm run golden`)', () => {
    const golden = readFileSync(path.join(repo, 'test/golden/sample.document.xml'), 'utf8');
    expect(prettyDocumentXml(doc)).toBe(golden);
  });

  it('should build the minimal config too', () => {
    assertWellFormed(docx(minimal));
  });
});
