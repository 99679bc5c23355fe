// The PDF's text as an extractor gives it (issue 15, item 6): poppler's pdftotext — what PDF
// viewers' search and copy see — reads 「附則」 for the spaced heading 「附　則」 and each 項 or 号
// with its label as written (「２　当社は、…」), from the /ActualText the composer puts on ideographic
// spaces; pdf.js, which reads glyphs only, still finds each label on its text's line. pdftotext
// comes with poppler-utils: skipped on a developer machine without it; under CI a missing
// pdftotext is a failure, so the check cannot go silently missing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildText } from '../../src/build.js';
import type { ConfigInput } from '../../src/config/schema.js';
import { BODY, PdfComposer } from '../../src/render/pdf/composer.js';
import { articleHeading } from '../../src/model/text.js';
import { configWith } from '../helpers/build.js';
import { readPdf } from '../helpers/pdf.js';

const repo = path.resolve(import.meta.dirname, '../..');
const pdftotext = spawnSync('sh', ['-c', 'command -v pdftotext'], {
  encoding: 'utf8',
}).stdout.trim();
const dir = mkdtempSync(path.join(tmpdir(), 'hinagata-pdftext-'));
const sample = readFileSync(path.join(repo, 'examples/sample.yaml'), 'utf8');

async function guidelinePdf(config: ConfigInput | string) {
  const text = typeof config === 'string' ? config : stringify(config);
  const result = await buildText(text, ['pdf'], ['guideline'], 'c.yaml', repo);
  const data = result.files[0]?.data;
  if (!(data instanceof Uint8Array)) throw new Error('no pdf');
  return { data, document: result.document, meta: result.document.meta };
}

let n = 0;
/** pdftotext's lines of a PDF (its default reading order; `-raw` for content-stream order). */
function extract(data: Uint8Array, ...options: string[]): string[] {
  const file = path.join(dir, `${++n}.pdf`);
  writeFileSync(file, data);
  const run = spawnSync(pdftotext, [...options, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout.split('\n');
}

/** pdf.js's lines (it reads an ideographic space as a plain one). */
async function pdfjsLines(data: Uint8Array): Promise<string[]> {
  return (await readPdf(data)).pages.flatMap((p) => p.lines);
}

const LONE_LABEL = /^(?:[０-９0-9]+|[一二三四五六七八九十]+|[イロハニホヘトチリヌルヲ])$/;

describe.skipIf(!pdftotext && !process.env['CI'])('guideline.pdf through pdftotext', () => {
  it('should find pdftotext (CI installs poppler-utils)', () => {
    expect(pdftotext, 'pdftotext is not on the PATH').not.toBe('');
  });

  it('should give 附則, the article headings and each 項 and 号 with its label as written', async () => {
    const { data, document } = await guidelinePdf(sample);
    const headings = document.articles.map((a) => articleHeading(a, document.meta.style));
    expect(headings[0]).toBe('第１条（目的）');
    for (const mode of [[], ['-raw']]) {
      const lines = extract(data, ...mode);
      const where = `pdftotext ${mode.join(' ')}`;
      expect(lines, where).toContain('附則');
      expect(lines, where).toContain('附則（令和８年１０月１日改定）');
      expect(lines.join('\n'), where).not.toMatch(/附\s+則/);
      for (const h of headings) expect(lines, where).toContain(h);
      // 第１条第２項, and 第２条第１号 with its term and the term's meaning.
      expect(
        lines.some((l) => l.startsWith('２\u3000当社は、正当な相談には誠実に応対し')),
        where,
      ).toBe(true);
      expect(
        lines.some((l) => l.startsWith('一\u3000相談\u3000当社に対して行われる問合せ')),
        where,
      ).toBe(true);
      expect(lines, where).toContain('制定\u3000令和８年４月１日');
      // No label is left on a line of its own, away from its text.
      expect(
        lines.filter((l) => LONE_LABEL.test(l)),
        where,
      ).toEqual([]);
    }
  });

  it('should give 「2　」 followed by the text with half-width digits', async () => {
    const { data } = await guidelinePdf(configWith({ style: { digits: 'halfwidth' } }));
    const lines = extract(data);
    expect(lines).toContain('第1条（目的）');
    expect(lines.some((l) => l.startsWith('2\u3000当社は、正当な相談には誠実に応対し'))).toBe(true);
    expect(lines.filter((l) => LONE_LABEL.test(l))).toEqual([]);
  });

  it('should keep an ideographic space with the character beside it wherever a line has one', async () => {
    const { meta } = await guidelinePdf(sample);
    const pdf = new PdfComposer(meta, { timestamp: new Date(0), generator: 'test' });
    const { regular, bold } = pdf.faces;
    const block = (text: string, face = regular) =>
      pdf.block({ text, face, size: BODY, align: 'justify', first: 2, rest: 3 });
    block('イ\u3000いろはの号');
    block('\u3000字下げで始まる行');
    block('末尾の全角空白\u3000');
    block('目\u3000次', bold);
    // A spaced heading is bold; a regular 号 of one kanji keeps its space.
    block('一\u3000甲');
    const lines = extract(await pdf.finish(false), '-raw');
    expect(lines).toEqual(
      expect.arrayContaining([
        'イ\u3000いろはの号',
        '\u3000字下げで始まる行',
        '末尾の全角空白\u3000',
        '目次',
        '一\u3000甲',
      ]),
    );
  });
});

describe('guideline.pdf through pdf.js', () => {
  it('should read each label on its text’s line, the article headings as written', async () => {
    const lines = await pdfjsLines((await guidelinePdf(sample)).data);
    expect(lines).toContain('第１条（目的）');
    expect(lines.some((l) => /^２\s当社は、正当な相談には誠実に応対し/.test(l))).toBe(true);
    expect(lines.some((l) => /^一\s相談\s当社に対して行われる問合せ/.test(l))).toBe(true);
    // pdf.js ignores /ActualText: the spaced heading reads as drawn.
    expect(lines.some((l) => /^附\s則$/.test(l))).toBe(true);
  });

  it('should read 「2 」 and the text on one line with half-width digits', async () => {
    const lines = await pdfjsLines(
      (await guidelinePdf(configWith({ style: { digits: 'halfwidth' } }))).data,
    );
    expect(lines.some((l) => /^2\s当社は、正当な相談には誠実に応対し/.test(l))).toBe(true);
  });
});
