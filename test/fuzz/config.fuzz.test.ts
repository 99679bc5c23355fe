// Property-based fuzzing over the config: for every generated config the build either succeeds
// with a document that passes the validator, or fails with diagnostics — never a crash, never
// invalid XML, never an unresolved reference.
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildText, type Format } from '../../src/build.js';
import { UserError } from '../../src/diagnostics/diagnostic.js';
import { validateDocument } from '../../src/validate/validate.js';
import { assertWellFormed, docxParts } from '../helpers/docx.js';

const text = fc.oneof(
  fc.string({ minLength: 0, maxLength: 20, unit: 'grapheme' }),
  fc.constantFrom(
    '株式会社テスト',
    '髙﨑商事',
    '{{company.name}}',
    '<w:p>&amp;',
    '<script>x</script>',
    '当社',
    '',
  ),
);
const isoDate = fc
  .date({
    min: new Date('2019-01-01T00:00:00Z'),
    max: new Date('2030-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const channel = fc.oneof(
  fc.record({
    type: fc.constant('phone'),
    number: fc.constantFrom('03-1234-5678', '0120-000-000', 'abc'),
    hours: fc.option(text, { nil: undefined }),
  }),
  fc.record({
    type: fc.constant('email'),
    address: fc.constantFrom('a@example.jp', 'not-an-email'),
  }),
  fc.record({
    type: fc.constant('webform'),
    url: fc.constantFrom('https://example.jp/f', 'ftp://x'),
  }),
  fc.record({ type: fc.constant('postal'), address: text }),
  fc.record({ type: fc.constant('fax'), number: fc.constant('03') }),
);
const config = fc.record(
  {
    company: fc.record(
      { name: text, shortName: fc.option(text, { nil: undefined }) },
      { requiredKeys: ['name'] },
    ),
    desk: fc.record({ name: text }),
    intake: fc.record({
      channels: fc.array(channel, { minLength: 0, maxLength: 4 }),
      anonymous: fc.boolean(),
    }),
    refusal: fc.record({
      addExamples: fc.array(text, { maxLength: 4 }),
      removeExamples: fc.subarray([
        'violence',
        'abusive-language',
        'forced-apology',
        'sit-in',
        'no-such-id',
        'repeated-contacts',
        'staff-defamation',
        'excessive-demands',
      ]),
    }),
    records: fc.record({
      callRecording: fc.boolean(),
      anonymizedUse: fc.boolean(),
      retention: fc.oneof(
        fc.record({ years: fc.integer({ min: -1, max: 30 }) }),
        fc.record({ months: fc.integer({ min: 0, max: 240 }) }),
      ),
    }),
    jurisdiction: fc.record({
      court: fc.constantFrom('東京地方裁判所', '大阪簡易裁判所', '裁判所'),
      exclusive: fc.boolean(),
    }),
    optional: fc.record({
      demandCriteria: fc.boolean(),
      writtenStatements: fc.boolean(),
      customerHarassment: fc.boolean(),
      antisocialForces: fc.boolean(),
    }),
    dates: fc.record({
      enacted: isoDate,
      revisions: fc.array(fc.record({ date: isoDate, summary: text }), { maxLength: 2 }),
    }),
    style: fc.record({
      era: fc.constantFrom('wareki', 'seireki'),
      digits: fc.constantFrom('fullwidth', 'halfwidth'),
    }),
  },
  { requiredKeys: ['company', 'desk', 'intake', 'jurisdiction', 'dates'] },
);

const outcomes = { built: 0, explained: 0 };

async function property(cfg: unknown, formats: Format[]): Promise<void> {
  let result;
  try {
    result = await buildText(stringify(cfg), formats);
  } catch (err) {
    if (err instanceof UserError) {
      expect(err.diagnostics.length).toBeGreaterThan(0);
      outcomes.explained++;
      return;
    }
    throw err; // anything else is a crash
  }
  expect(
    validateDocument(result.document, 'fuzz.yaml').filter((d) => d.severity === 'error'),
  ).toEqual([]);
  for (const f of result.files) {
    if (f.name.endsWith('.docx')) assertWellFormed(docxParts(f.data as Uint8Array));
    if (typeof f.data === 'string') {
      expect(f.data).not.toContain('（参照先不明）');
      expect(f.data).not.toMatch(/[\uE000-\uE005]/);
    }
  }
}

describe('config fuzzing', () => {
  it('should build or explain every generated config (docx, md, html)', async () => {
    await fc.assert(
      fc.asyncProperty(config, (cfg) => property(cfg, ['docx', 'md', 'html'])),
      { numRuns: 300, seed: 20261123 },
    );
  }, 120_000);

  it('should build or explain generated configs as PDF too', async () => {
    await fc.assert(
      fc.asyncProperty(config, (cfg) => property(cfg, ['pdf'])),
      { numRuns: 25, seed: 7 },
    );
  }, 120_000);
});
