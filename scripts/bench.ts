// npm run bench [-- --clients N] [-- --quick]: the table of issue 18 in one run, measured as a
// user runs hinagata (whole processes, `node bin/hinagata.js`), for the sample and for an
// all-options config:
//   hinagata --help; a cold build --format docx; a cold build --format docx,pdf (6 files);
//   24 all-options clients --jobs 2 docx+pdf (clients/s, CPU per client); the peak RSS of an
//   N-client batch --jobs 2 (default 1,000); LibreOffice converting the same guideline and
//   commentary .docx to PDF when soffice is installed (with the ratio to hinagata per client).
// CPU and peak RSS of a child come from a preload that reports process.cpuUsage() (every thread)
// and resourceUsage().maxRSS at exit. Prints figures only; nothing here asserts a time.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { packageRoot } from '../src/source/paths.js';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const quick = args.includes('--quick');
const N = Number(flag('--clients') ?? process.env['BENCH_CLIENTS'] ?? (quick ? 100 : 1000));
const BATCH = 24;
const JOBS = 2;
const root = packageRoot();
const bin = path.join(root, 'bin', 'hinagata.js');
const work = mkdtempSync(path.join(tmpdir(), 'hinagata-bench-'));
const preload = path.join(work, 'report.mjs');
writeFileSync(
  preload,
  `import { writeFileSync } from 'node:fs';
process.on('exit', () => {
  const out = process.env.HINAGATA_BENCH_REPORT;
  if (!out) return;
  const u = process.cpuUsage();
  writeFileSync(out, JSON.stringify({ cpuMs: (u.user + u.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
});
`,
);

interface Run {
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
  status: number | null;
}

function run(argv: string[]): Run {
  const report = path.join(work, `report-${process.hrtime.bigint()}.json`);
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--import', preload, bin, ...argv], {
    env: { ...process.env, HINAGATA_BENCH_REPORT: report },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const wallMs = performance.now() - t;
  if (r.status !== 0) process.stderr.write(r.stderr);
  const data = JSON.parse(readFileSync(report, 'utf8')) as { cpuMs: number; maxRssMb: number };
  return { wallMs, ...data, status: r.status };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
/** Median of `n` runs after one warm-up (the OS file cache, not the process, is warm). */
function cold(argv: () => string[], n = quick ? 3 : 5): Run {
  run(argv());
  const runs = Array.from({ length: n }, () => run(argv()));
  return {
    wallMs: median(runs.map((r) => r.wallMs)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    maxRssMb: Math.max(...runs.map((r) => r.maxRssMb)),
    status: runs.find((r) => r.status !== 0)?.status ?? 0,
  };
}

// Configs: the sample, and all-options clients (examples/full-options.yaml, each its own company).
const sample = path.join(root, 'examples', 'sample.yaml');
const full = parse(readFileSync(path.join(root, 'examples', 'full-options.yaml'), 'utf8')) as {
  company: { name: string };
};
function clients(dir: string, n: number): string {
  mkdirSync(dir, { recursive: true });
  for (let i = 1; i <= n; i++) {
    const c = structuredClone(full);
    c.company.name = `株式会社ベンチ${i}`;
    writeFileSync(path.join(dir, `client-${String(i).padStart(4, '0')}.yaml`), stringify(c));
  }
  return dir;
}
const allOptions = path.join(clients(path.join(work, 'one'), 1), 'client-0001.yaml');
let outN = 0;
const out = () => path.join(work, 'out', String(outN++));
const build =
  (config: string, formats: string, extra: string[] = []) =>
  () => ['build', config, '-o', out(), '--format', formats, '--quiet', ...extra];

const load0 = loadavg()[0] ?? 0;
const help = cold(() => ['--help']);
const coldRuns = {
  sample: {
    docx: cold(build(sample, 'docx')),
    pdf: cold(build(sample, 'docx,pdf')),
  },
  allOptions: {
    docx: cold(build(allOptions, 'docx')),
    pdf: cold(build(allOptions, 'docx,pdf')),
  },
};
const batchDir = clients(path.join(work, 'batch'), BATCH);
const batch = cold(build(batchDir, 'docx,pdf', ['--jobs', String(JOBS)]), quick ? 1 : 3);
const bigDir = clients(path.join(work, 'big'), N);
const big = run(build(bigDir, 'docx,pdf', ['--jobs', String(JOBS)])());

// LibreOffice on the guideline and commentary .docx of each config (the usual route); the first
// conversion starts LibreOffice's profile and is not counted.
const office: Record<string, number> = {};
if (spawnSync('soffice', ['--version']).status === 0) {
  const convert = (file: string) => {
    const t = performance.now();
    spawnSync('soffice', [
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      path.join(work, 'lo'),
      file,
    ]);
    return performance.now() - t;
  };
  for (const [name, config] of [
    ['sample', sample],
    ['allOptions', allOptions],
  ] as const) {
    const dir = out();
    spawnSync(process.execPath, [bin, 'build', config, '-o', dir, '--format', 'docx', '--quiet']);
    const folder = path.join(dir, path.basename(config).replace(/\.yaml$/, ''));
    convert(path.join(folder, 'guideline.docx'));
    office[name] =
      convert(path.join(folder, 'guideline.docx')) + convert(path.join(folder, 'commentary.docx'));
  }
}
const load1 = loadavg()[0] ?? 0;

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const perClientMs = batch.wallMs / BATCH;
const cpuPerClient = batch.cpuMs / BATCH;
const rows: [string, string, string, boolean | undefined][] = [
  ['`hinagata --help`', s(help.wallMs), '< 0.15 s', help.wallMs < 150],
  [
    'cold `build sample.yaml --format docx`',
    s(coldRuns.sample.docx.wallMs),
    '< 0.3 s',
    coldRuns.sample.docx.wallMs < 300,
  ],
  [
    'cold `build sample.yaml --format docx,pdf` (6 files)',
    s(coldRuns.sample.pdf.wallMs),
    '< 0.5 s',
    coldRuns.sample.pdf.wallMs < 500,
  ],
  [
    'cold all-options `--format docx`',
    s(coldRuns.allOptions.docx.wallMs),
    '< 0.3 s',
    coldRuns.allOptions.docx.wallMs < 300,
  ],
  [
    'cold all-options `--format docx,pdf` (6 files)',
    s(coldRuns.allOptions.pdf.wallMs),
    '< 0.5 s',
    coldRuns.allOptions.pdf.wallMs < 500,
  ],
  [
    `${BATCH} all-options clients, \`--jobs ${JOBS}\`, docx+pdf`,
    `${s(batch.wallMs)} wall, ${(BATCH / (batch.wallMs / 1000)).toFixed(1)} clients/s, ${cpuPerClient.toFixed(0)} ms CPU per client`,
    '≥ 20 clients/s (≤ 100 ms CPU per client)',
    BATCH / (batch.wallMs / 1000) >= 20,
  ],
  [
    `peak RSS of a ${N}-client batch, \`--jobs ${JOBS}\` (whole process)`,
    `${big.maxRssMb.toFixed(0)} MB (${s(big.wallMs)}, ${(N / (big.wallMs / 1000)).toFixed(1)} clients/s${big.status === 0 ? '' : `, exit ${big.status}`})`,
    '< 400 MB',
    big.maxRssMb < 400,
  ],
];
for (const [name, ms] of Object.entries(office)) {
  rows.push([
    `LibreOffice, ${name} guideline + commentary .docx → PDF`,
    `${s(ms)}: ${(ms / perClientMs).toFixed(1)}× hinagata's batch wall per client (${perClientMs.toFixed(0)} ms, six files)`,
    '≥ 30×',
    ms / perClientMs >= 30,
  ]);
}
if (Object.keys(office).length === 0)
  rows.push(['LibreOffice', 'not installed (soffice)', '≥ 30×', undefined]);

console.log(
  `hinagata bench: ${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${load0.toFixed(2)} → ${load1.toFixed(2)}\n`,
);
console.log('| what | hinagata | target | met |\n|---|---|---|---|');
for (const [what, figure, target, met] of rows)
  console.log(
    `| ${what} | ${figure} | ${target} | ${met === undefined ? '—' : met ? 'yes' : 'no'} |`,
  );
console.log(
  `\nCPU (all threads) of the cold builds: sample docx ${coldRuns.sample.docx.cpuMs.toFixed(0)} ms, docx+pdf ${coldRuns.sample.pdf.cpuMs.toFixed(0)} ms; all-options docx ${coldRuns.allOptions.docx.cpuMs.toFixed(0)} ms, docx+pdf ${coldRuns.allOptions.pdf.cpuMs.toFixed(0)} ms. Peak RSS of the ${BATCH}-client batch: ${batch.maxRssMb.toFixed(0)} MB.`,
);
rmSync(work, { recursive: true, force: true });
