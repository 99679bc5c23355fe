// The bad-input survey: every input a user could get wrong gives diagnostics, never a crash, a
// stack trace, a polluted prototype or invalid XML.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildText } from '../../src/build.js';
import { UserError, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { configWith, minimal } from '../helpers/build.js';
import { assertWellFormed, docxParts } from '../helpers/docx.js';
import { tempDir } from '../helpers/cli.js';

async function diagnostics(text: string, baseDir?: string): Promise<Diagnostic[]> {
  try {
    await buildText(text, ['md'], ['guideline'], 'config.yaml', baseDir);
  } catch (err) {
    if (err instanceof UserError) return err.diagnostics;
    throw err;
  }
  return [];
}

describe('bad input survey', () => {
  it('should refuse control characters and lone surrogates by field', async () => {
    const control = await diagnostics(
      JSON.stringify(configWith({ desk: { name: '相談\u0007室' } })),
    );
    expect(control.map((d) => d.path)).toContain('desk.name');
    const surrogate = await diagnostics(
      // JSON.stringify writes the lone surrogate as the escape \ud800; the parser restores it.
      JSON.stringify(configWith({ company: { name: '株式会社\ud800テスト' } })),
    );
    expect(surrogate.map((d) => d.path)).toContain('company.name');
  });

  it('should treat __proto__ and constructor as unknown keys without polluting any prototype', async () => {
    const text = `${stringify(minimal)}__proto__:\n  polluted: true\nconstructor:\n  prototype:\n    polluted: true\n`;
    const ds = await diagnostics(text);
    expect(ds.map((d) => d.rule)).toContain('config/unrecognized_keys');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('should report an override path that is a folder', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'records'));
    const ds = await diagnostics(
      stringify(configWith({ overrides: { records: './records' } })),
      dir,
    );
    expect(ds.map((d) => d.rule)).toContain('config/override-unreadable');
  });

  it('should build a 2 MB config (long comments) like a small one', async () => {
    const padding = `# ${'あ'.repeat(200)}\n`.repeat(3500);
    expect(padding.length * 3).toBeGreaterThan(2_000_000);
    const result = await buildText(`${padding}${stringify(minimal)}`, ['md']);
    expect(result.document.articles).toHaveLength(13);
  });

  it('should build 5,000 refusal examples, with valid Word XML', async () => {
    const addExamples = Array.from({ length: 5000 }, (_, i) => `例${i + 1}の相談<w:p>&amp;`);
    const result = await buildText(stringify(configWith({ refusal: { addExamples } })), [
      'docx',
      'md',
    ]);
    const refusal = result.document.articles.find((a) => a.id === 'intake-refusal');
    expect(refusal?.paragraphs[1]?.items.length).toBe(5010);
    const parts = docxParts(result.files[0]!.data as Uint8Array);
    assertWellFormed(parts);
    // Counts in a prose value follow the document's digit style (full-width by default).
    expect(parts['word/document.xml']).toContain('例５０００の相談&lt;w:p&gt;&amp;amp;');
  });

  it('should never give a stack trace for a bad config on the command line', async () => {
    const { runCli } = await import('../helpers/cli.js');
    const dir = tempDir();
    for (const [name, text] of [
      ['empty.yaml', ''],
      ['array.json', '[1, 2]'],
      ['syntax.yaml', 'company:\n  name: "x\n'],
      ['types.yaml', 'company: 3\n'],
    ] as const) {
      writeFileSync(path.join(dir, name), text);
      const run = await runCli(['build', path.join(dir, name), '-o', tempDir()]);
      expect(run.code, name).toBe(1);
      expect(run.stderr, name).not.toMatch(/\n\s+at /);
    }
  });
});
