// 前条・次条: a reference from an article of the guideline to the article right before or after it
// prints 「前条」「次条」, decided from the numbered model (so options that insert an article between
// the two turn it back into 「第N条」); the commentary keeps absolute numbers; every writer, reader
// and the validator agree.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Article, Document, Inline, RefNode } from '../../src/model/types.js';
import { inlineText } from '../../src/model/text.js';
import { refsOf } from '../../src/model/visit.js';
import { compareDocuments } from '../../src/diff/compare.js';
import { refLabel } from '../../src/number/format.js';
import { readDocx } from '../../src/read/docx.js';
import { readMarkdown } from '../../src/read/markdown.js';
import { resolveInlines, resolveReferences } from '../../src/resolve/resolve.js';
import { validateDocument } from '../../src/validate/validate.js';
import { assertWellFormed, docxParts } from '../helpers/docx.js';
import { build, configWith, documentText, fileText } from '../helpers/build.js';

const full = { era: 'wareki', digits: 'fullwidth' } as const;
const half = { era: 'seireki', digits: 'halfwidth' } as const;

describe('refLabel with relative targets', () => {
  it('should print 前条 and 次条, with the 項 after them, and 第N条 otherwise', () => {
    const ok = { status: 'ok', article: 8, paragraphCount: 3 } as const;
    expect(refLabel({ ...ok, relative: 'previous' }, full)).toBe('前条');
    expect(refLabel({ ...ok, relative: 'next' }, full)).toBe('次条');
    expect(refLabel({ ...ok, paragraph: 2, relative: 'previous' }, full)).toBe('前条第２項');
    expect(refLabel({ ...ok, paragraph: 2, relative: 'next' }, half)).toBe('次条第2項');
    expect(refLabel(ok, full)).toBe('第８条');
    // A single-項 article: no 項 after 前条 either.
    expect(
      refLabel(
        { status: 'ok', article: 8, paragraph: 1, paragraphCount: 1, relative: 'previous' },
        half,
      ),
    ).toBe('前条');
    // 「同条第２項」 and a Word 項 field print only the 項, whatever the article is called.
    expect(refLabel({ ...ok, paragraph: 2, relative: 'previous' }, full, 'paragraph')).toBe(
      '第２項',
    );
    expect(refLabel({ ...ok, paragraph: 2, relative: 'previous' }, full, 'paragraph-number')).toBe(
      '２',
    );
  });
});

/** A bare document: articles a1…aN, each with one 項 holding the given inlines. */
function synthetic(contents: Inline[][]): Document {
  const articles: Article[] = contents.map((content, i) => ({
    type: 'article',
    id: `a${i + 1}`,
    title: `条${i + 1}`,
    number: i + 1,
    provisions: [],
    optional: false,
    paragraphs: [
      { type: 'paragraph', number: 1, content, items: [] },
      {
        type: 'paragraph',
        number: 2,
        label: 'second',
        content: [{ type: 'text', value: '二' }],
        items: [],
      },
    ],
    origin: {},
  }));
  return {
    type: 'document',
    meta: { style: full } as Document['meta'],
    articles,
    supplementary: [],
    revisions: [],
  };
}

const ref = (article: string, paragraph?: string): RefNode => ({
  type: 'ref',
  target: { article, ...(paragraph ? { paragraph } : {}) },
});

describe('resolveReferences', () => {
  it('should mark the article right before as previous, right after as next, and no other', () => {
    const doc = synthetic([
      [ref('a2'), { type: 'text', value: '、' }, ref('a1')],
      [ref('a1', 'second'), ref('a3'), ref('a4')],
      [ref('a1')],
      [ref('a3', 'second')],
    ]);
    expect(resolveReferences(doc)).toEqual([]);
    const text = doc.articles.map((a) => inlineText(a.paragraphs[0]!.content, full));
    // A reference to the article itself stays 「第N条」 (clauses write 前項・本条 themselves).
    expect(text).toEqual(['次条、第１条', '前条第２項次条第４条', '第１条', '前条第２項']);
  });

  it('should turn 前条 into 第N条 once an article is inserted between the two (renumbering)', () => {
    const doc = synthetic([[], [ref('a1')]]);
    resolveReferences(doc);
    expect(inlineText(doc.articles[1]!.paragraphs[0]!.content, full)).toBe('前条');
    // An optional article switched on before the referring one: everything after it renumbers.
    const inserted: Article = { ...doc.articles[0]!, id: 'new', number: 2 };
    doc.articles.splice(1, 0, inserted);
    doc.articles[2]!.number = 3;
    resolveReferences(doc);
    expect(inlineText(doc.articles[2]!.paragraphs[0]!.content, full)).toBe('第１条');
  });

  it('should keep absolute numbers for references from outside the articles (the commentary)', () => {
    const doc = synthetic([[], [ref('a1')]]);
    resolveReferences(doc);
    const fromCommentary: Inline[] = [ref('a1'), ref('a2', 'second')];
    expect(resolveInlines(fromCommentary, doc, '解説', 'commentary/x.md')).toEqual([]);
    expect(inlineText(fromCommentary, full)).toBe('第１条第２条第２項');
  });
});

// A company's override of the response-policy article that refers back to the refusal article:
// the two are adjacent unless the 反社 article (optional, between them) is switched on.
const dir = mkdtempSync(path.join(tmpdir(), 'hinagata-relative-'));
const overrideFile = path.join(dir, 'response-policy.md');
writeFileSync(
  overrideFile,
  '{{company.short}}は、{{ref "intake-refusal" para="grounds"}}各号又は{{ref "intake-refusal" para="examples"}}に掲げる相談についても、事実関係を確認した上で応対するものとする。\n',
);
const withOverride = (antisocialForces: boolean) =>
  build(
    configWith({
      overrides: { 'response-policy': './response-policy.md' },
      optional: { antisocialForces },
    }),
    dir,
  );

function articleText(doc: Document, id: string): string {
  const a = doc.articles.find((x) => x.id === id);
  if (!a) throw new Error(`no article ${id}`);
  return a.paragraphs.map((p) => inlineText(p.content, doc.meta.style)).join('\n');
}

describe('前条・次条 in the built guideline', () => {
  it('should write 前条 in the records-management article (legal review finding 18), with 同条 after it', () => {
    const text = documentText(build(configWith({})).document);
    expect(text).toMatch(/前条の規定により記録した事項及び同条第２項の規定により録音した/);
  });

  it('should print 前条 while the articles are adjacent and 第５条 once an optional article sits between', () => {
    const off = withOverride(false).document;
    expect(articleText(off, 'response-policy')).toBe(
      '当社は、前条第１項各号又は前条第２項に掲げる相談についても、事実関係を確認した上で応対するものとする。',
    );
    const on = withOverride(true).document;
    expect(on.articles.map((a) => a.id).indexOf('antisocial-forces')).toBe(5);
    expect(articleText(on, 'response-policy')).toBe(
      '当社は、第５条第１項各号又は第５条第２項に掲げる相談についても、事実関係を確認した上で応対するものとする。',
    );
    const resolved = refsOf(on.articles.find((a) => a.id === 'response-policy')!).map(
      (r) => r.resolved,
    );
    for (const r of resolved) expect(r).not.toHaveProperty('relative');
  });

  it('should show 前条 → 第５条 as a change in the 新旧対照表 when the optional article is switched on', () => {
    const diff = compareDocuments(
      withOverride(false).document,
      withOverride(true).document,
      '2026-10-01',
    );
    const policy = diff.articles.find((a) => a.id === 'response-policy')!;
    expect(policy.status).toBe('changed');
    const line = policy.lines[0]!;
    expect(
      line.old
        .filter((s) => s.change === 'removed')
        .map((s) => s.text)
        .join(''),
    ).toContain('前条');
    expect(
      line.new
        .filter((s) => s.change === 'added')
        .map((s) => s.text)
        .join(''),
    ).toContain('第５条');
  });

  it('should write 前条 as text in Word and keep the 項 number a REF field; Markdown and HTML say the same', () => {
    const result = withOverride(false);
    const parts = docxParts(
      result.files.find((f) => f.name === 'guideline.docx')!.data as Uint8Array,
    );
    assertWellFormed(parts);
    const xml = parts['word/document.xml']!;
    const paragraph = [...xml.matchAll(/<w:p>.*?<\/w:p>/g)]
      .map((m) => m[0])
      .find((p) => p.includes('事実関係を確認した上で応対する'))!;
    expect(paragraph).not.toContain('REF art_intake_refusal');
    expect(paragraph).toContain('<w:t xml:space="preserve">前条</w:t>');
    // 第１項 is text (the first 項 has no number in Word); 第２項's number is a field.
    expect(paragraph).toContain('<w:t xml:space="preserve">第１項</w:t>');
    expect(paragraph).toMatch(
      /REF p_intake_refusal__examples \\n \\h <\/w:instrText><\/w:r><w:r><w:fldChar w:fldCharType="separate"\/><\/w:r><w:r><w:t xml:space="preserve">２<\/w:t>/,
    );
    expect(fileText(result, 'guideline.md')).toContain(
      '当社は、前条第１項各号又は前条第２項に掲げる相談',
    );
    expect(fileText(result, 'guideline.html')).toMatch(
      /<a class="ref" href="#intake-refusal" data-ref="intake-refusal">前条第１項<\/a>各号又は<a class="ref" href="#intake-refusal" data-ref="intake-refusal">前条第２項<\/a>/,
    );
  });

  it('should read back from .docx and .md with no C-XREF finding, and the same text', () => {
    const result = withOverride(false);
    const data = result.files.find((f) => f.name === 'guideline.docx')!.data as Uint8Array;
    const fromDocx = readDocx(data, 'guideline.docx');
    const fromMd = readMarkdown(fileText(result, 'guideline.md'), 'guideline.md');
    for (const doc of [fromDocx, fromMd]) {
      expect(validateDocument(doc, 'x').filter((d) => d.rule === 'C-XREF')).toEqual([]);
      expect(articleText(doc, 'response-policy')).toContain(
        '前条第１項各号又は前条第２項に掲げる相談',
      );
    }
    expect(validateDocument(result.document, 'x').filter((d) => d.rule === 'C-XREF')).toEqual([]);
  });

  it('should flag 「前条第N項」 in Word once an article is inserted before the referring one', () => {
    const result = withOverride(false);
    const files = unzipSync(
      result.files.find((f) => f.name === 'guideline.docx')!.data as Uint8Array,
    );
    const xml = strFromU8(files['word/document.xml']!);
    const heading = [...xml.matchAll(/<w:p>.*?<\/w:p>/g)]
      .map((m) => m[0])
      .find((p) => p.includes('（相談応対ポリシー）'))!;
    const inserted =
      '<w:p><w:pPr><w:pStyle w:val="ArticleHeading"/></w:pPr><w:r><w:t xml:space="preserve">（追加した条）</w:t></w:r></w:p>' +
      '<w:p><w:pPr><w:pStyle w:val="ArticleBody"/></w:pPr><w:r><w:t xml:space="preserve">当社は、相談に誠実に応対するものとする。</w:t></w:r></w:p>';
    files['word/document.xml'] = strToU8(xml.replace(heading, inserted + heading));
    const doc = readDocx(zipSync(files), 'edited.docx');
    const findings = validateDocument(doc, 'edited.docx').filter((d) => d.rule === 'C-XREF');
    expect(findings.map((d) => d.message)).toContain(
      '「前条第２項」とありますが、項の参照先（intake-refusal）は前条ではありません',
    );
  });

  it('should flag a typed 前条 with no article before it or a 項 the previous article lacks', () => {
    const md = fileText(withOverride(false), 'guideline.md')
      .replace('前条第２項に掲げる相談', '前条第９項に掲げる相談')
      .replace(/(## 第１条（目的）\n\n)/, '$1前条の規定にかかわらず、');
    const messages = validateDocument(readMarkdown(md, 'guideline.md'), 'guideline.md')
      .filter((d) => d.rule === 'C-XREF')
      .map((d) => d.message);
    expect(messages).toContain('「前条」とありますが、この条の前に条はありません');
    expect(messages).toContain('「前条第9項」を指していますが、前条（第5条）には第9項がありません');
  });
});
