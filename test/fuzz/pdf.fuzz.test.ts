// The fuzz invariant (./invariant.ts) over every document as PDF: the slowest tier, 100 configs
// by default (a twentieth of HINAGATA_FUZZ_RUNS), each laid out and then opened with pdf.js.
import { describe, it } from 'vitest';
import { DOCS } from '../../src/build.js';
import { SEED, expectInvariant, runTier, runsFor } from './invariant.js';

describe('config fuzzing, every document as PDF', () => {
  it('should build every schema-valid config as PDF (guideline, commentary, record form)', async () => {
    const counts = await runTier(
      'all documents [pdf]',
      { formats: ['pdf'], docs: DOCS },
      runsFor(0.05),
      { seed: SEED + 2 },
    );
    expectInvariant(counts);
  }, 900_000);
});
