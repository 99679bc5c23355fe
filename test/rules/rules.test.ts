// Every validator rule against its ok and not-ok fixtures (test/rules/fixtures.ts), on real
// generated guidelines read back from Markdown.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildText } from '../../src/build.js';
import { readMarkdown } from '../../src/read/markdown.js';
import { RULES } from '../../src/validate/catalog.js';
import { validateDocument } from '../../src/validate/validate.js';
import { FIXTURES, type Base } from './fixtures.js';

const repo = path.resolve(import.meta.dirname, '../..');
const bases = {} as Record<Base, string>;

beforeAll(async () => {
  for (const [base, file] of [
    ['sample', 'examples/sample.yaml'],
    ['email', 'examples/email-only.yaml'],
  ] as const) {
    const result = await buildText(readFileSync(path.join(repo, file), 'utf8'), ['md']);
    bases[base] = String(result.files[0]?.data);
  }
});

function findings(md: string, rule: string) {
  return validateDocument(readMarkdown(md, 'guideline.md'), 'guideline.md').filter(
    (d) => d.rule === rule,
  );
}

describe('validator rules', () => {
  it('should have ok and not-ok fixtures for every rule, and a rule for every fixture', () => {
    expect(Object.keys(FIXTURES).sort()).toEqual(RULES.map((r) => r.id).sort());
    for (const { ok, notOk } of Object.values(FIXTURES)) {
      expect(ok.length).toBeGreaterThan(0);
      expect(notOk.length).toBeGreaterThan(0);
    }
  });

  for (const rule of RULES) {
    const fixtures = FIXTURES[rule.id];
    if (!fixtures) continue;
    describe(`${rule.id}: ${rule.summary}`, () => {
      for (const f of fixtures.ok) {
        it(`should pass: ${f.name}`, () => {
          expect(findings(f.edit(bases[f.base]), rule.id)).toEqual([]);
        });
      }
      for (const f of fixtures.notOk) {
        it(`should flag: ${f.name}`, () => {
          const found = findings(f.edit(bases[f.base]), rule.id);
          expect(found.length).toBeGreaterThan(0);
          for (const d of found) expect(d.message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
          if (f.message !== undefined) expect(found.map((d) => d.message)).toEqual([f.message]);
        });
      }
    });
  }
});
