// Every folder under test/fixtures/configs/bad is a broken config with the diagnostics it must give.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../src/assemble/assemble.js';
import { loadConfigFile } from '../../src/config/load.js';
import { UserError, type Diagnostic } from '../../src/diagnostics/diagnostic.js';

const dir = path.resolve(import.meta.dirname, '../fixtures/configs/bad');

interface Expected {
  path?: string;
  line?: number;
  rule: string;
  hint?: string;
}

async function diagnosticsFor(file: string): Promise<Diagnostic[]> {
  try {
    assemble(await loadConfigFile(file));
  } catch (err) {
    if (err instanceof UserError) return err.diagnostics;
    throw err;
  }
  return [];
}

describe('bad configs', () => {
  for (const name of readdirSync(dir)) {
    it(`should report ${name} with its field path and line`, async () => {
      const file = path.join(dir, name, 'config.yaml');
      const expected = JSON.parse(
        readFileSync(path.join(dir, name, 'expect.json'), 'utf8'),
      ) as Expected[];
      const got = await diagnosticsFor(file);
      expect(got.length).toBeGreaterThanOrEqual(expected.length);
      for (const e of expected) {
        const match = got.find(
          (d) => d.rule === e.rule && (e.path === undefined || d.path === e.path),
        );
        expect(match, `${e.rule} ${e.path ?? ''} in ${JSON.stringify(got, null, 1)}`).toBeDefined();
        if (e.line !== undefined) expect(match?.position?.line).toBe(e.line);
        if (e.hint !== undefined) expect(match?.hint).toContain(e.hint);
        expect(match?.file).toBe(file);
        expect(match?.message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/); // Japanese message
      }
    });
  }
});
