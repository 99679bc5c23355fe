// schema/hinagata.schema.json and the README's config reference are generated from the zod schema.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderGeneratedDocs } from '../../src/docs/generated.js';

const root = path.resolve(import.meta.dirname, '../..');
const read = (f: string) => readFileSync(path.join(root, f), 'utf8');

describe('generated docs', () => {
  for (const { file, content } of renderGeneratedDocs(read)) {
    it(`should keep ${file} current (run \`npm run docs\`)`, () => {
      expect(read(file)).toBe(content);
    });
  }

  it('should document every top-level field in the README', () => {
    const readme = read('README.md');
    for (const key of [
      'company.name',
      'intake.channels',
      'records.retention',
      'style.digits',
      'optional.customerHarassment',
    ]) {
      expect(readme).toContain(`\`${key}\``);
    }
  });

  it('should list every validator rule in the README', async () => {
    const { RULES } = await import('../../src/validate/catalog.js');
    const readme = read('README.md');
    for (const r of RULES) expect(readme).toContain(`| \`${r.id}\` |`);
  });

  it('should point every example at the JSON Schema', () => {
    for (const f of [
      'examples/sample.yaml',
      'examples/email-only.yaml',
      'examples/full-options.yaml',
    ]) {
      expect(read(f).split('\n')[0]).toBe(
        '# yaml-language-server: $schema=../schema/hinagata.schema.json',
      );
    }
  });
});
