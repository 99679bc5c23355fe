// The 逐条解説書 and the 相談記録票, read back from real outputs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../src/assemble/assemble.js';
import { buildText } from '../../src/build.js';
import { assembleCommentary, COMMENTARY_SECTIONS } from '../../src/commentary/assemble.js';
import { parseConfigText } from '../../src/config/load.js';
import type { ConfigInput } from '../../src/config/schema.js';
import { articleHeading, inlineText } from '../../src/model/text.js';
import type { CommentaryDocument } from '../../src/model/types.js';
import { proseInlines } from '../../src/model/visit.js';
import { loadTemplate } from '../../src/source/clauses.js';
import { loadCommentary } from '../../src/source/commentary.js';
import { articleBody } from '../../src/render/markdown/render.js';
import { toMarkdown } from 'mdast-util-to-markdown';
import { allOptional, configWith, minimal } from '../helpers/build.js';
import { assertWellFormed, docxParts } from '../helpers/docx.js';
import { readPdf } from '../helpers/pdf.js';

const repo = path.resolve(import.meta.dirname, '../..');

function commentaryOf(config: ConfigInput): CommentaryDocument {
  const { document, context } = assemble(parseConfigText(stringify(config), 'c.yaml', repo));
  const { commentary, diagnostics } = assembleCommentary(document, context);
  expect(diagnostics).toEqual([]);
  return commentary;
}

function sectionText(c: CommentaryDocument, id: string): string {
  const s = c.sections.find((x) => x.article.id === id);
  return (s?.blocks ?? [])
    .map((b) =>
      proseInlines(b)
        .map((i) => inlineText(i, c.meta.style))
        .join('\n'),
    )
    .join('\n');
}

const proseLength = (c: CommentaryDocument, id: string) =>
  (c.sections.find((x) => x.article.id === id)?.blocks ?? [])
    .filter((b) => b.type === 'prose')
    .map((b) => (b.type === 'prose' ? inlineText(b.content, c.meta.style) : ''))
    .join('').length;

describe('逐条解説書', () => {
  it('should have a commentary file with the five sections for every article of the template', () => {
    for (const a of loadTemplate('consultation-guideline').articles) {
      const source = loadCommentary(a.id);
      expect(source, `commentary/${a.id}.md`).toBeDefined();
      const headings = [...(source?.body ?? '').matchAll(/^## (.+)$/gm)].map((m) => m[1]);
      expect(headings).toEqual([...COMMENTARY_SECTIONS]);
    }
  });

  it('should fail with C-COMMENTARY when an article has no commentary', () => {
    const { document, context } = assemble(parseConfigText(stringify(minimal), 'c.yaml', repo));
    const article = document.articles[0]!;
    const fake = { ...document, articles: [{ ...article, id: 'no-such-article' }] };
    const { diagnostics } = assembleCommentary(fake, context);
    expect(diagnostics.map((d) => d.rule)).toContain('C-COMMENTARY');
  });

  for (const [name, config, count] of [
    ['13-article', minimal, 13],
    ['17-article', configWith({ optional: allOptional }), 17],
  ] as const) {
    it(`should give one section per article, headed as in the guideline, quoting its text (${name})`, () => {
      const c = commentaryOf(config);
      expect(c.sections).toHaveLength(count);
      c.sections.forEach((s, i) => {
        expect(s.article).toBe(c.guideline.articles[i]); // the very article of the guideline, not a copy
        expect(articleHeading(s.article, c.meta.style)).toBe(
          articleHeading(c.guideline.articles[i]!, c.meta.style),
        );
      });
    });
  }

  it('should quote each article in commentary.md exactly as guideline.md prints it', async () => {
    const sample = readFileSync(path.join(repo, 'examples/sample.yaml'), 'utf8');
    const result = await buildText(sample, ['md'], ['guideline', 'commentary']);
    const guideline = String(result.files.find((f) => f.name === 'guideline.md')?.data);
    const commentary = String(result.files.find((f) => f.name === 'commentary.md')?.data);
    for (const article of result.document.articles) {
      const heading = `## ${articleHeading(article, result.document.meta.style)}`;
      expect(guideline).toContain(heading);
      expect(commentary).toContain(heading);
      const body = toMarkdown({
        type: 'root',
        children: articleBody(article, result.document.meta.style),
      }).trim();
      const quoted = body
        .split('\n')
        .map((l) => (l === '' ? '>' : `> ${l}`))
        .join('\n');
      expect(commentary).toContain(quoted);
      expect(guideline).toContain(body);
    }
  });

  it('should speak of the options the client chose', () => {
    const email = commentaryOf(
      configWith({
        intake: { channels: [{ type: 'email', address: 'a@example.jp' }], anonymous: false },
      }),
    );
    const phone = commentaryOf(minimal);
    expect(sectionText(email, 'intake-method')).not.toEqual(sectionText(phone, 'intake-method'));
    expect(sectionText(phone, 'records')).toMatch(/録音/);
    const anonymous = commentaryOf(configWith({ intake: { anonymous: true } }));
    expect(sectionText(anonymous, 'intake-scope')).not.toEqual(sectionText(phone, 'intake-scope'));
    const anonymised = commentaryOf(configWith({ records: { anonymizedUse: true } }));
    expect(sectionText(anonymised, 'record-management')).not.toEqual(
      sectionText(phone, 'record-management'),
    );
    // Numbers follow the renumbering: the records article is cited by its number in each variant.
    expect(
      sectionText(commentaryOf(configWith({ optional: allOptional })), 'record-management'),
    ).not.toMatch(/第８条/);
  });

  it('should give every article at least 400 characters of prose and 800 on average', () => {
    const c = commentaryOf(configWith({ optional: allOptional }));
    const lengths = c.sections.map((s) => proseLength(c, s.article.id));
    for (const [i, n] of lengths.entries())
      expect(n, c.sections[i]!.article.id).toBeGreaterThanOrEqual(400);
    expect(lengths.reduce((a, b) => a + b, 0) / lengths.length).toBeGreaterThanOrEqual(800);
    expect(c.introduction.blocks.length).toBeGreaterThan(10);
  });

  it('should write commentary.docx with valid XML in the guideline styles, and commentary.pdf with embedded fonts and an outline', async () => {
    const result = await buildText(
      stringify(configWith({ optional: allOptional })),
      ['docx', 'pdf'],
      ['commentary'],
    );
    const docx = result.files.find((f) => f.name === 'commentary.docx')?.data as Uint8Array;
    const parts = docxParts(docx);
    assertWellFormed(parts);
    expect(parts['word/document.xml']).toContain('ArticleBox');
    expect(parts['word/document.xml']).toMatch(/ PAGEREF _Toc_introduction \\h /);
    expect(parts['word/styles.xml']).toContain('<w:name w:val="解説見出し１"/>');
    const pdf = result.files.find((f) => f.name === 'commentary.pdf')?.data as Uint8Array;
    expect(Buffer.from(pdf).toString('latin1')).toMatch(/\/FontFile2/);
    const read = await readPdf(pdf);
    expect(read.outline).toEqual([
      '本ガイドラインの考え方',
      '法令対応表',
      ...result.document.articles.map((a) => articleHeading(a, result.document.meta.style)),
      '付録\u3000文例',
    ]);
    expect(read.pages.flatMap((p) => p.lines).join('')).not.toContain('〓');
  });
});

describe('相談記録票', () => {
  it('should carry the four elements, the five criteria, the client channels and record items, on one A4 page', async () => {
    const config = configWith({
      intake: {
        channels: [
          { type: 'email', address: 'a@example.jp' },
          { type: 'postal', address: '〒100-0001 東京都千代田区千代田1番1号' },
        ],
        anonymous: true,
      },
      records: { items: ['相談の内容', '相談の日時', '相談者の氏名及び連絡先', '相談者の年齢層'] },
    });
    const result = await buildText(stringify(config), ['docx', 'pdf'], ['record-form']);
    expect(result.files.map((f) => f.name)).toEqual(['record-form.docx', 'record-form.pdf']);
    const read = await readPdf(result.files[1]!.data as Uint8Array);
    // Page 1 is the case sheet, page 2 the 経過記録 by design.
    expect(read.pages).toHaveLength(2);
    const text = read.pages[0]!.lines.join('\n');
    for (const w of [
      '事実',
      '不満',
      '意見',
      '要求',
      '責任の有無',
      '損害（不利益）との因果関係',
      '要求行為の正当性',
      '要求内容の対価性',
      '要求内容と原因の関連性',
      '認められる',
      '認められない',
      '要確認',
      '相談者の年齢層',
      '応対者',
      '共有先',
      '受付番号',
    ]) {
      expect(text).toContain(w);
    }
    expect(text).toContain('電子メール');
    expect(text).toContain('郵便');
    expect(text).not.toMatch(/電話|録音/);
    expect(text).toContain('匿名');
    expect(text).not.toContain('〓');
    const xml = docxParts(result.files[0]!.data as Uint8Array)['word/document.xml'] ?? '';
    assertWellFormed(docxParts(result.files[0]!.data as Uint8Array));
    expect(xml).toContain('相談者の年齢層');
    expect(xml).toContain('要求内容と原因の関連性');
  });

  it('should offer the phone and recording fields only when the client takes calls and records them', async () => {
    const result = await buildText(stringify(minimal), ['pdf'], ['record-form']);
    const text = (await readPdf(result.files[0]!.data as Uint8Array)).pages[0]!.lines.join('\n');
    expect(text).toContain('電話');
    expect(text).toContain('通話の録音');
    expect(text).not.toContain('匿名');
  });
});
