// guideline.pdf read back with pdf.js: order, text, page size, fonts, outline, line breaking,
// determinism and the missing-glyph warning.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildText } from '../../src/build.js';
import type { ConfigInput } from '../../src/config/schema.js';
import { allOptional, configWith, minimal } from '../helpers/build.js';
import { readPdf } from '../helpers/pdf.js';

const repo = path.resolve(import.meta.dirname, '../..');

async function pdfOf(config: ConfigInput | string) {
  const result = await buildText(typeof config === 'string' ? config : stringify(config), ['pdf']);
  const data = result.files[0]?.data;
  if (!(data instanceof Uint8Array)) throw new Error('no pdf');
  return { data, read: await readPdf(data), result };
}

const NO_LINE_START = /^[、。，．）」』】〕ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ]/;
const NO_LINE_END = /[（「『【〔]$/;

describe('guideline.pdf', () => {
  it('should hold the 13 articles in order, then the 附則, on A4 pages, with one outline entry per article', async () => {
    const { read, data } = await pdfOf(minimal);
    const text = read.pages.flatMap((p) => p.lines);
    const headings = text.filter((l) => /^第[０-９]+条（/.test(l));
    expect(headings).toHaveLength(13);
    expect(headings[0]).toBe('第１条（目的）');
    expect(headings[12]).toBe('第１３条（準拠法及び合意管轄）');
    // pdf.js reads the ideographic space as a plain one.
    expect(text.findIndex((l) => /^附\s則$/.test(l))).toBeGreaterThan(text.indexOf(headings[12]!));
    for (const p of read.pages) {
      expect(p.width).toBeCloseTo(595.28, 1);
      expect(p.height).toBeCloseTo(841.89, 1);
    }
    expect(read.outline.slice(0, 13)).toEqual(headings);
    expect(read.outline.slice(13)).toEqual(['附\u3000則', '改定履歴']);
    const raw = Buffer.from(data).toString('latin1');
    expect(raw).toMatch(/\/FontFile2/);
    expect(raw).not.toMatch(/\/BaseFont \/Helvetica/);
    expect(raw).toMatch(/\/Lang \(ja\)/);
    expect(read.info['Title']).toBe('顧客相談ガイドライン');
    expect(read.info['Author']).toBe('株式会社テスト');
  });

  it('should renumber the 17-article variant and number every page 「- n -」', async () => {
    const { read } = await pdfOf(configWith({ optional: allOptional }));
    const headings = read.pages.flatMap((p) => p.lines).filter((l) => /^第[０-９]+条（/.test(l));
    expect(headings).toHaveLength(17);
    expect(headings[11]).toBe('第１２条（相談の記録）');
    expect(read.pages.flatMap((p) => p.lines).join('\n')).toContain(
      '第１２条第２項に定めるところにより',
    );
    read.pages.forEach((p, i) => expect(p.lines.at(-1)).toBe(`- ${i + 1} -`));
  });

  it('should keep rare kanji such as 髙 and 﨑 intact', async () => {
    const { read, result } = await pdfOf(configWith({ company: { name: '株式会社髙﨑商事' } }));
    expect(read.pages[0]?.lines).toContain('株式会社髙﨑商事');
    expect(result.diagnostics.filter((d) => d.rule === 'pdf/missing-glyph')).toEqual([]);
  });

  it('should never start a line with closing punctuation or small kana, nor end one with an opening bracket', async () => {
    const sample = readFileSync(path.join(repo, 'examples/full-options.yaml'), 'utf8');
    const { read } = await pdfOf(sample);
    const lines = read.pages.flatMap((p) => p.lines);
    expect(lines.length).toBeGreaterThan(150);
    for (const l of lines) {
      expect(l, l).not.toMatch(NO_LINE_START);
      expect(l, l).not.toMatch(NO_LINE_END);
    }
  });

  it('should not split a URL or an e-mail address that fits on a line', async () => {
    const { read } = await pdfOf(readFileSync(path.join(repo, 'examples/sample.yaml'), 'utf8'));
    const text = read.pages.flatMap((p) => p.lines);
    expect(text.some((l) => l.includes('support@example.co.jp'))).toBe(true);
    expect(text.some((l) => l.includes('https://example.co.jp/contact'))).toBe(true);
  });

  it('should warn about a character the font lacks, naming the field, and draw 〓 for it', async () => {
    const { read, result } = await pdfOf(configWith({ desk: { name: 'お客様相談室😀' } }));
    const warning = result.diagnostics.find((d) => d.rule === 'pdf/missing-glyph');
    expect(warning?.severity).toBe('warning');
    expect(warning?.path).toBe('desk.name');
    expect(warning?.message).toContain('U+1F600');
    expect(read.pages.flatMap((p) => p.lines).join('')).toContain('お客様相談室〓');
  });

  it('should name an override file whose text the font cannot draw', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(path.join(tmpdir(), 'hinagata-glyph-'));
    const clause = readFileSync(path.join(repo, 'clauses/amendment.md'), 'utf8')
      .replace(/^---[\s\S]*?---\n/, '')
      .replace('周知するものとする。', '周知するものとする🙂。');
    writeFileSync(path.join(dir, 'amendment.md'), clause);
    const text = stringify(configWith({ overrides: { amendment: './amendment.md' } }));
    const result = await buildText(text, ['pdf'], ['guideline'], 'c.yaml', dir);
    const warning = result.diagnostics.find((d) => d.rule === 'pdf/missing-glyph');
    expect(warning?.file).toBe('./amendment.md');
    expect(warning?.message).toContain('U+1F642');
  });

  it('should be byte-identical when built twice', async () => {
    const sample = readFileSync(path.join(repo, 'examples/sample.yaml'), 'utf8');
    const a = (await pdfOf(sample)).data;
    const b = (await pdfOf(sample)).data;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
