// The fuzz invariant (./invariant.ts) over every document (guideline, commentary, record form)
// in every format it has. config.fuzz.test.ts runs the large guideline tier and explains the
// environment variables. Each tier has its own seed, so the tiers draw different configs; the
// PDF tier is pdf.fuzz.test.ts (a file of its own, so vitest runs it beside this one).
import { describe, it } from 'vitest';
import { DOCS } from '../../src/build.js';
import { SEED, expectInvariant, runTier, runsFor } from './invariant.js';

describe('config fuzzing, every document', () => {
  it('should build every schema-valid config (guideline, commentary, record form; docx, md, html)', async () => {
    const counts = await runTier(
      'all documents [docx, md, html]',
      { formats: ['docx', 'md', 'html'], docs: DOCS },
      runsFor(0.1),
      { seed: SEED + 1 },
    );
    expectInvariant(counts);
  }, 600_000);
});
