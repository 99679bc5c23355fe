// The invariant the fuzz tests check, for one generated config:
//
//   a config the schema accepts builds every document asked for, in every format it has, and
//   passes its own validator; a config the schema refuses is refused with config/* diagnostics.
//
// A violation throws an Error holding the config as YAML and the findings, so fast-check's
// report ("Counterexample … Got error …") shows the shrunk config and why it failed.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { expect } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { parse, stringify } from 'yaml';
import {
  DOCS,
  FORMATS,
  buildLoaded,
  type BuildResult,
  type DocKind,
  type Format,
} from '../../src/build.js';
import { missingFields } from '../../src/assemble/notice.js';
import { templateOf } from '../../src/assemble/assemble.js';
import { parseConfigText } from '../../src/config/load.js';
import { configSchema } from '../../src/config/schema.js';
import { UserError, formatDiagnostic, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { validateDocument } from '../../src/validate/validate.js';
import { fileName, writerFor } from '../../src/writers.js';
import { arbitraryConfig } from '../helpers/arbitrary-config.js';
import { assertWellFormed, docxParts } from '../helpers/docx.js';

export interface Tier {
  formats: readonly Format[];
  docs: readonly DocKind[];
}

// ─── Building and checking ───────────────────────────────────────────────────────────────────

export class InvariantViolation extends Error {
  override name = 'InvariantViolation';
}

function violation(what: string, config: unknown, findings: readonly Diagnostic[] = []): never {
  const lines = [
    what,
    '--- config (YAML) ---',
    stringify(config).trimEnd(),
    ...(findings.length > 0 ? ['--- findings ---', ...findings.map(formatDiagnostic)] : []),
  ];
  throw new InvariantViolation(lines.join('\n'));
}

const errorsIn = (ds: readonly Diagnostic[]) => ds.filter((d) => d.severity === 'error');

/** Every file the writers' table has for these documents and formats. */
export function expectedFiles(tier: Tier): string[] {
  return DOCS.filter((d) => tier.docs.includes(d)).flatMap((doc) =>
    FORMATS.filter((f) => tier.formats.includes(f) && writerFor(doc, f)).map((format) =>
      fileName({ doc, format }),
    ),
  );
}

async function checkFiles(
  files: readonly { name: string; data: string | Uint8Array }[],
  tier: Tier,
  yaml: string,
  config: unknown,
): Promise<void> {
  const names = files.map((f) => f.name).sort();
  const want = expectedFiles(tier).sort();
  if (!isDeepStrictEqual(names, want)) {
    violation(`wrote ${names.join(', ')} instead of ${want.join(', ')}`, config);
  }
  for (const f of files) {
    if (typeof f.data === 'string') {
      if (f.data.includes('（参照先不明）'))
        violation(`${f.name}: an unresolved reference`, config);
      if (/[\uE000-\uE005]/.test(f.data)) violation(`${f.name}: a template token leaked`, config);
      for (const junk of ['[object Object]', 'undefined', 'NaN']) {
        if (f.data.includes(junk) && !yaml.includes(junk)) {
          violation(`${f.name}: 「${junk}」 in the output`, config);
        }
      }
    } else if (f.name.endsWith('.docx')) {
      try {
        const parts = docxParts(f.data);
        if (!parts['word/document.xml']) throw new Error('no word/document.xml');
        assertWellFormed(parts);
      } catch (err) {
        violation(`${f.name}: ${(err as Error).message}`, config);
      }
    } else if (f.name.endsWith('.pdf')) {
      try {
        const pdf = await getDocument({ data: new Uint8Array(f.data), verbosity: 0 }).promise;
        if (pdf.numPages < 1) throw new Error('no pages');
        await pdf.destroy();
      } catch (err) {
        violation(`${f.name}: pdf.js cannot open it (${(err as Error).message})`, config);
      }
    }
  }
}

export type Outcome = { kind: 'schema-invalid' } | { kind: 'built' };

/** Checks the invariant for one config; throws InvariantViolation when it does not hold. */
export async function checkConfig(config: unknown, tier: Tier): Promise<Outcome> {
  const yaml = stringify(config);
  // What the library reads is the YAML text: it must be the value the schema was asked about.
  if (!isDeepStrictEqual(parse(yaml), config)) violation('the YAML does not round-trip', config);
  const accepted = configSchema.safeParse(config).success;
  let loaded;
  try {
    loaded = parseConfigText(yaml, 'fuzz.yaml', process.cwd());
  } catch (err) {
    if (!(err instanceof UserError)) violation(`crash while loading: ${String(err)}`, config);
    const errors = errorsIn(err.diagnostics);
    if (accepted)
      violation('the schema accepts this config but loading refuses it', config, errors);
    const other = err.diagnostics.filter((d) => !d.rule.startsWith('config/'));
    if (errors.length === 0 || other.length > 0) {
      violation('refused without config/* diagnostics only', config, err.diagnostics);
    }
    return { kind: 'schema-invalid' };
  }
  if (!accepted) violation('the schema refuses this config but loading accepts it', config);

  // A document that needs a field the config leaves out (the employees' notice without
  // harassment.employeeDesk) is refused by design, naming the field (tested on its own in
  // test/unit/cushara-documents.test.ts): it is not asked for here.
  const pack = templateOf(loaded);
  const docs = tier.docs.filter((id) => {
    const doc = pack.documents.find((d) => d.id === id);
    return doc !== undefined && missingFields(pack, doc, loaded.config).length === 0;
  });
  // Built as `hinagata build` builds (no --force): a validator error on the library's own text,
  // or on what a schema-valid value makes of it, refuses the build and fails the property.
  let result: BuildResult;
  try {
    result = await buildLoaded(loaded, tier.formats, docs);
  } catch (err) {
    if (err instanceof InvariantViolation) throw err;
    if (!(err instanceof UserError)) {
      violation(`crash: ${(err as Error).stack ?? String(err)}`, config);
    }
    violation('the schema accepts this config but the build refuses it', config, err.diagnostics);
  }
  // The build's own findings and the validator's, read again from the model it rendered.
  const errors = [
    ...errorsIn(result.diagnostics),
    ...errorsIn(validateDocument(result.document, 'fuzz.yaml')),
  ];
  if (errors.length > 0)
    violation('the build wrote files but its guideline fails the validator', config, errors);
  await checkFiles(result.files, { ...tier, docs }, yaml, config);
  return { kind: 'built' };
}

// ─── Running a tier ──────────────────────────────────────────────────────────────────────────

/**
 * HINAGATA_FUZZ_RUNS: how many configs the large (guideline, md/html) tier draws; the other tiers
 * draw a fixed share of it. HINAGATA_FUZZ_SEED: another seed (the default is fixed, so CI runs
 * are reproducible; fast-check prints the seed and path of a failure for replay).
 */
export const RUNS = Math.max(1, Number(process.env['HINAGATA_FUZZ_RUNS'] ?? 2000));
export const SEED = Number(process.env['HINAGATA_FUZZ_SEED'] ?? 20261123);
export const runsFor = (share: number) => Math.max(1, Math.round(RUNS * share));

export interface Counts {
  label: string;
  runs: number;
  /** Accepted by configSchema.safeParse. */
  valid: number;
  /** …and built every document asked for with no error, validator included. */
  built: number;
  /** Refused by the schema, and by the build with config/* diagnostics. */
  invalid: number;
  seed: number;
  seconds: number;
  /** CPU time of this process (user + system), a measure that does not depend on the load. */
  cpuSeconds: number;
}

export function summary(c: Counts): string {
  const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;
  return (
    `fuzz ${c.label}: ${c.runs} configs in ${c.seconds.toFixed(1)} s, cpu ${c.cpuSeconds.toFixed(1)} s (seed ${c.seed}) — ` +
    `${c.valid} schema-valid (${pct(c.valid, c.runs)}): ${c.built} built every document and passed the validator (${pct(c.built, c.valid)}); ` +
    `${c.invalid} schema-invalid, all refused with config/* diagnostics`
  );
}

/** Runs the invariant over `runs` generated configs; throws fast-check's report on a violation. */
export async function runTier(
  label: string,
  tier: Tier,
  runs: number,
  options: { seed?: number; onValid?: (config: unknown) => void } = {},
): Promise<Counts> {
  const counts: Counts = {
    label,
    runs: 0,
    valid: 0,
    built: 0,
    invalid: 0,
    seed: options.seed ?? SEED,
    seconds: 0,
    cpuSeconds: 0,
  };
  const started = performance.now();
  const cpu = process.cpuUsage();
  await fc.assert(
    fc.asyncProperty(arbitraryConfig, async (config) => {
      const outcome = await checkConfig(config, tier);
      counts.runs++;
      if (outcome.kind === 'schema-invalid') {
        counts.invalid++;
        return;
      }
      counts.valid++;
      options.onValid?.(config);
      counts.built++;
    }),
    { numRuns: runs, seed: counts.seed },
  );
  counts.seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  counts.cpuSeconds = (used.user + used.system) / 1e6;
  console.log(summary(counts));
  return counts;
}

/**
 * At least this share of generated configs must pass the schema (else the generator drifted).
 * A tier of a few dozen configs is held to a looser bound: its share is a small sample.
 */
export const MIN_VALID_SHARE = 0.9;
const MIN_VALID_SHARE_SMALL = 0.75;

/** The tier's counts satisfy the invariant: enough schema-valid configs, and all of them built. */
export function expectInvariant(c: Counts): void {
  expect(c.runs).toBeGreaterThan(0);
  expect(c.valid / c.runs, 'share of generated configs the schema accepts').toBeGreaterThanOrEqual(
    c.runs >= 100 ? MIN_VALID_SHARE : MIN_VALID_SHARE_SMALL,
  );
  // Every schema-valid config built clean (a violation already threw; this checks the counting).
  expect(c.built, 'schema-valid configs that built every document clean').toBe(c.valid);
}
