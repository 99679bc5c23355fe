// The measured targets (scripts/measure-validator.ts prints the full table): recall of at least
// 99% on the not-ok cases (each removes or breaks one provision or consistency rule), and not
// one false error on the rewordings, on the guidelines as generated from every base config, and
// on the guidelines written by hand (test/fixtures/validator/from-scratch*.md) as Markdown and
// as .docx.
import { describe, expect, it } from 'vitest';
import {
  allCases,
  baseFindings,
  CONFIGS,
  findingsOf,
  handWritten,
  handWrittenDocx,
  prepare,
  read,
} from '../../scripts/measure-validator.js';
import { readDocx } from '../../src/read/docx.js';
import { readMarkdown } from '../../src/read/markdown.js';
import { RULES } from '../../src/validate/catalog.js';
import type { Base } from '../../src/validate/fixtures/edit.js';

const severity = (id: string) => RULES.find((r) => r.id === id)?.severity ?? 'error';
const errors = (fs: { severity: string; rule: string; message: string }[]) =>
  fs.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.message}`);

describe('validator targets', () => {
  it('should find at least 99% of single-provision removals (model and Markdown)', () => {
    let files = 0;
    let found = 0;
    const missed: string[] = [];
    for (const { rule, ok, case: c } of allCases()) {
      if (ok) continue;
      for (const base of c.bases) {
        const p = prepare(c, base);
        for (const reader of p.readers.filter((r) => r === 'model' || r === 'md' || r === 'docx')) {
          files++;
          if (read(p, reader).some((f) => f.rule === rule && f.severity === severity(rule)))
            found++;
          else missed.push(`${rule}: ${c.name} [${base}/${reader}]`);
        }
      }
    }
    expect(files).toBeGreaterThan(400);
    expect(found / files, missed.join('\n')).toBeGreaterThanOrEqual(0.99);
  });

  it('should raise no error on the guidelines as generated from every base config', () => {
    for (const base of Object.keys(CONFIGS) as Base[])
      expect(errors(baseFindings(base)), base).toEqual([]);
  });

  it('should raise no error on the rewordings', () => {
    for (const { ok, case: c } of allCases()) {
      if (!ok || c.kind !== 'reworded') continue;
      for (const base of c.bases) {
        const p = prepare(c, base);
        for (const reader of p.readers.filter((r) => r !== 'libreoffice'))
          expect(errors(read(p, reader)), `${c.ref ?? ''} ${c.name} [${base}/${reader}]`).toEqual(
            [],
          );
      }
    }
  });

  const hand = handWritten();
  it('should hold the hand-written guidelines', () => {
    expect(hand.map((h) => h.name)).toContain('from-scratch.md');
  });
  for (const h of hand) {
    it(`should raise no error on ${h.name}, as Markdown and as .docx`, () => {
      expect(errors(findingsOf(readMarkdown(h.md, h.name)))).toEqual([]);
      expect(errors(findingsOf(readDocx(handWrittenDocx(h.md), 'x.docx')))).toEqual([]);
    });
  }
});
