// The fuzz invariant must fail when the library's own text breaks (code.md finding 3: the old
// fuzz test stayed green with a clause broken on purpose). The clause loader is wrapped so that
// one clause loses a provision, and the property is run the way the fuzz tests run it.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { arbitraryConfig } from '../helpers/arbitrary-config.js';
import type * as Clauses from '../../src/source/clauses.js';
import { SEED, checkConfig, type Tier } from './invariant.js';

const breakage = vi.hoisted(() => ({ clause: '', from: '', to: '' }));

vi.mock('../../src/source/clauses.js', async (importOriginal) => {
  const original = await importOriginal<typeof Clauses>();
  return {
    ...original,
    loadClause(id: string) {
      const clause = original.loadClause(id);
      if (id !== breakage.clause) return clause;
      if (!clause.body.includes(breakage.from)) throw new Error(`${id}: no 「${breakage.from}」`);
      return { ...clause, body: clause.body.replace(breakage.from, breakage.to) };
    },
  };
});

const tier: Tier = { formats: ['md'], docs: ['guideline'] };

function run() {
  return fc.check(
    fc.asyncProperty(arbitraryConfig, (config) => checkConfig(config, tier).then(() => true)),
    { numRuns: 30, seed: SEED, endOnFailure: true },
  );
}

async function failure(): Promise<string> {
  const out = await run();
  expect(out.failed, 'the fuzz property should fail on a broken clause').toBe(true);
  return String((out.errorInstance as Error | undefined)?.message);
}

describe('the fuzz invariant', () => {
  it('should hold on the same configs with the clauses intact (the control)', async () => {
    Object.assign(breakage, { clause: '', from: '', to: '' });
    const out = await run();
    expect(out.failed, String((out.errorInstance as Error | undefined)?.message)).toBe(false);
  });

  it('should fail when a clause loses a provision', async () => {
    // The refusal article's 第1項第2号 without 誹謗中傷: P-REFUSAL-GROUNDS fails in every guideline.
    Object.assign(breakage, { clause: 'intake-refusal', from: '誹謗中傷する', to: '批判する' });
    const message = await failure();
    expect(message).toContain('[P-REFUSAL-GROUNDS]');
    expect(message).toContain('--- config (YAML) ---');
  });

  it('should fail when a clause says its provision the other way round', async () => {
    // The damages article's 第1項 reversed: 「賠償する責任を負わない」 still holds 「賠償」, so only
    // a rule that reads the negation finds it.
    Object.assign(breakage, {
      clause: 'damages',
      from: 'その損害を賠償するものとする。',
      to: 'その損害を賠償する責任を負わないものとする。',
    });
    expect(await failure()).toContain('[P-DAMAGES-COMPANY]');
  });

  it('should fail when the records article no longer makes the company record its items', async () => {
    // The 柱書 of the record items without 「記録する」: the items are listed, but nothing says
    // they are recorded, so P-RECORD-ITEMS fails although every item word is still there.
    Object.assign(breakage, {
      clause: 'records',
      from: '次に掲げる事項を記録するものとする。',
      to: '次に掲げる事項を確認するものとする。',
    });
    expect(await failure()).toContain('[P-RECORD-ITEMS]');
  });
});
