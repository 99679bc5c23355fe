// Property-based fuzzing over the config (issue 16, item 3): every config the schema accepts
// builds the guideline and passes its own validator; every config it refuses is refused with
// config/* diagnostics. Configs are derived from the zod schema (test/helpers/arbitrary-config.ts);
// the invariant is in ./invariant.ts. This file runs the large,
// cheap tier (the guideline in Markdown and HTML) and checks that the generator reached every
// field and option; documents.fuzz.test.ts runs every document in Word, Markdown, HTML and PDF
// (two files, so vitest runs them on two workers).
//
// HINAGATA_FUZZ_RUNS=20000 draws ten times as many configs in every tier (default 2000);
// HINAGATA_FUZZ_SEED picks another seed.
import { describe, expect, it } from 'vitest';
import { configSchema, channelTypes } from '../../src/config/schema.js';
import { leafValues, schemaLeaves } from '../helpers/arbitrary-config.js';
import { RUNS, expectInvariant, runTier } from './invariant.js';

describe('config fuzzing', () => {
  it(`should build and validate every schema-valid config (guideline; md, html; ${RUNS} configs)`, async () => {
    const seen = new Map<string, Set<unknown>>();
    const optionalSets = new Set<string>();
    const channelSets = new Set<string>();
    const counts = await runTier(
      'guideline [md, html]',
      { formats: ['md', 'html'], docs: ['guideline'] },
      RUNS,
      {
        onValid(config) {
          for (const [path, value] of leafValues(config)) {
            const s = seen.get(path) ?? new Set();
            s.add(value);
            seen.set(path, s);
          }
          const parsed = configSchema.parse(config);
          optionalSets.add(JSON.stringify(parsed.optional));
          channelSets.add(
            parsed.intake.channels
              .map((c) => c.type)
              .sort()
              .join(','),
          );
        },
      },
    );
    expectInvariant(counts);

    // The generator reached every field of the schema, and every value of each enum and switch.
    if (RUNS >= 1000) {
      const missing: string[] = [];
      for (const leaf of schemaLeaves()) {
        const values = seen.get(leaf.path);
        if (!values) missing.push(leaf.path);
        else
          for (const v of leaf.values ?? [])
            if (!values.has(v)) missing.push(`${leaf.path}=${String(v)}`);
      }
      expect(missing, 'fields or values never generated').toEqual([]);
      // Every combination of the optional articles, and every non-empty set of channels.
      const switches = schemaLeaves().filter((l) => l.path.startsWith('optional.'));
      expect(optionalSets.size).toBe(2 ** switches.length);
      expect(channelSets.size).toBe(2 ** channelTypes.length - 1);
    }
  }, 600_000);
});
