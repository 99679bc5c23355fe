// npm run bench [-- N]: builds N generated client configs (varied options) and prints, per stage
// and per format, the median ms per document, the batch's clients per second, peak RSS, the cold
// CLI time, and — when soffice is installed — LibreOffice's time to convert the same guideline and
// commentary .docx to PDF. Prints figures only; nothing here asserts a time.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { assemble } from '../src/assemble/assemble.js';
import { runTasks } from '../src/batch/pool.js';
import type { BuildTask } from '../src/batch/one.js';
import { buildTimestamp } from '../src/build.js';
import { assembleCommentary } from '../src/commentary/assemble.js';
import { parseConfigText } from '../src/config/load.js';
import { recordForm } from '../src/record-form/form.js';
import { renderCommentaryDocx } from '../src/render/commentary/docx.js';
import { renderCommentaryPdf } from '../src/render/commentary/pdf.js';
import { renderDocx } from '../src/render/docx/render.js';
import { renderPdf } from '../src/render/pdf/render.js';
import { renderRecordFormDocx } from '../src/render/record-form/docx.js';
import { renderRecordFormPdf } from '../src/render/record-form/pdf.js';
import { packageRoot } from '../src/source/paths.js';
import { validateDocument } from '../src/validate/validate.js';

const N = Number(process.argv[2] ?? process.env['BENCH_CLIENTS'] ?? 60);
const root = packageRoot();
const work = mkdtempSync(path.join(tmpdir(), 'hinagata-bench-'));

function config(i: number): string {
  const channels = [
    { type: 'phone', number: `03-${1000 + i}-5678`, hours: '平日午前9時から午後5時まで' },
    { type: 'email', address: `support${i}@example.co.jp` },
    { type: 'webform', url: `https://example${i}.co.jp/contact` },
    { type: 'postal', address: '〒100-0005 東京都千代田区丸の内一丁目1番1号' },
  ].filter((_, k) => k === 1 || (i >> k) % 2 === 1);
  return stringify({
    company: { name: `株式会社ベンチ${i}`, shortName: i % 5 === 0 ? '弊社' : '当社' },
    desk: { name: i % 2 ? 'お客様相談室' : 'カスタマーサポート' },
    intake: { channels, anonymous: i % 7 === 0 },
    records: {
      callRecording: i % 3 !== 0,
      anonymizedUse: i % 2 === 0,
      retention: i % 4 === 0 ? { months: 18 } : { years: 1 + (i % 7) },
    },
    jurisdiction: { court: i % 2 ? '東京地方裁判所' : '大阪地方裁判所', exclusive: i % 3 !== 1 },
    optional: {
      demandCriteria: i % 2 === 0,
      writtenStatements: i % 3 === 0,
      customerHarassment: i % 2 === 1,
      antisocialForces: i % 4 === 0,
    },
    dates: {
      enacted: '2026-04-01',
      revisions: i % 2 ? [{ date: '2026-10-01', summary: '受付方法の追加' }] : [],
    },
    style: { era: i % 2 ? 'wareki' : 'seireki', digits: i % 3 ? 'fullwidth' : 'halfwidth' },
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
async function time<T>(f: () => T | Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const r = await f();
  return [r, performance.now() - t];
}

const files = Array.from({ length: N }, (_, i) => {
  const file = path.join(work, 'clients', `client-${String(i + 1).padStart(4, '0')}.yaml`);
  return file;
});
mkdirSync(path.join(work, 'clients'), { recursive: true });
files.forEach((f, i) => writeFileSync(f, config(i + 1)));

// 1. Stages in this process, per document and format (after one warm-up build).
const stages: Record<string, number[]> = {};
const add = (k: string, ms: number) => (stages[k] ??= []).push(ms);
const sampleSize = Math.min(N, 20);
for (let i = 0; i <= sampleSize; i++) {
  const text = readFileSync(files[i % N]!, 'utf8');
  const [assembled, tAssemble] = await time(() => assemble(parseConfigText(text, 'c.yaml', work)));
  const doc = assembled.document;
  const [, tValidate] = await time(() => validateDocument(doc, 'c.yaml'));
  const [commentary, tCommentary] = await time(
    () => assembleCommentary(doc, assembled.context).commentary,
  );
  const ctx = { timestamp: buildTimestamp(doc), generator: 'bench' };
  const measures: [string, () => unknown][] = [
    ['guideline docx', () => renderDocx(doc, ctx)],
    ['guideline pdf', () => renderPdf(doc, ctx)],
    ['commentary docx', () => renderCommentaryDocx(commentary, ctx)],
    ['commentary pdf', () => renderCommentaryPdf(commentary, ctx)],
    ['record-form docx', () => renderRecordFormDocx(recordForm(doc), doc.meta, ctx)],
    ['record-form pdf', () => renderRecordFormPdf(recordForm(doc), doc.meta, ctx)],
  ];
  const results: [string, number][] = [];
  for (const [name, f] of measures) results.push([name, (await time(f))[1]]);
  if (i === 0) continue; // warm-up: fonts parsed, sources read
  add('assemble (config → model)', tAssemble);
  add('validate', tValidate);
  add('commentary (model)', tCommentary);
  for (const [name, ms] of results) add(`render ${name}`, ms);
}
const perClient = Object.entries(stages).reduce((s, [, xs]) => s + median(xs), 0);

// 2. The batch on worker threads: full deliverable set (guideline, commentary, record form × docx, pdf).
const jobs = availableParallelism();
const tasks: BuildTask[] = files.map((config) => ({
  config,
  dir: path.join(work, 'out', path.basename(config, '.yaml')),
  formats: ['docx', 'pdf'],
  docs: ['guideline', 'commentary', 'record-form'],
  force: false,
}));
const [outcomes, batchMs] = await time(() => runTasks(tasks, jobs, () => undefined));
const failed = outcomes.filter((o) => !o.ok).length;
const rssMb = process.resourceUsage().maxRSS / 1024;

// 3. Cold CLI for the sample, all six files (the first run warms the OS file cache).
const cli = (out: string) =>
  spawnSync(process.execPath, [
    path.join(root, 'bin', 'hinagata.js'),
    'build',
    path.join(root, 'examples', 'sample.yaml'),
    '-o',
    out,
    '--format',
    'docx,pdf',
    '--quiet',
  ]);
cli(path.join(work, 'cold-warmup'));
const [, coldMs] = await time(() => cli(path.join(work, 'cold')));

// 4. LibreOffice on the same guideline and commentary (the usual route), when installed; the
// first conversion starts LibreOffice's profile and is not counted.
let office: { guideline: number; commentary: number } | undefined;
if (spawnSync('soffice', ['--version']).status === 0) {
  const sampleOut = path.join(work, 'cold', 'sample');
  const convert = (file: string, out: string) =>
    spawnSync('soffice', [
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      path.join(work, out),
      path.join(sampleOut, file),
    ]);
  convert('guideline.docx', 'lo-warmup');
  const [, g] = await time(() => convert('guideline.docx', 'lo'));
  const [, c] = await time(() => convert('commentary.docx', 'lo'));
  office = { guideline: g, commentary: c };
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
console.log(
  `hinagata bench — ${N} clients, ${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}, Node ${process.version}`,
);
console.log('\nPer document, in one process (median of', sampleSize, 'clients):');
for (const [k, xs] of Object.entries(stages)) console.log(`  ${k.padEnd(28)} ${fmt(median(xs))}`);
console.log(`  ${'one client, all stages'.padEnd(28)} ${fmt(perClient)}`);
console.log(
  `\nBatch of ${N} clients × 6 files on ${jobs} workers: ${(batchMs / 1000).toFixed(2)} s, ${(N / (batchMs / 1000)).toFixed(1)} clients/s, ${fmt(batchMs / N)} wall per client${failed ? `, ${failed} failed` : ''}`,
);
console.log(`Peak RSS: ${rssMb.toFixed(0)} MB`);
console.log(`Cold CLI, sample, 6 files: ${fmt(coldMs)}`);
if (office) {
  console.log(
    `LibreOffice (soffice --convert-to pdf): guideline ${fmt(office.guideline)}, commentary ${fmt(office.commentary)}`,
  );
  console.log(
    `  hinagata per client (batch wall) vs LibreOffice for those two: ${((office.guideline + office.commentary) / (batchMs / N)).toFixed(1)}× faster`,
  );
} else console.log('LibreOffice: not installed (apt-get install libreoffice-writer to compare)');
rmSync(work, { recursive: true, force: true });
