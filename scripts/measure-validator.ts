// npm run measure:validator [-- --libreoffice] [-- --json FILE]: the validator's recall and
// precision, measured on the rules' own cases (src/validate/rules/*.cases.ts).
//
// Recall: every not-ok case removes or breaks exactly one provision or consistency rule of
// guideline-spec.md in a guideline generated from one of the configs below (the examples, an
// all-optional one, one with a long company short name, a services company), and is validated
// through each reader: the edited model itself (as a config with that override would give it),
// its Markdown (src/read/markdown.ts), its .docx (src/read/docx.ts on a file rendered by
// src/render/docx), and with --libreoffice that .docx saved again by LibreOffice. A case counts
// as found when the rule it targets reports an error (a warning for a warning rule).
// Precision: the ok cases (the reviewer's rewordings, reliability.md §2.1–2.2, and more), the
// guidelines as generated, and test/fixtures/validator/from-scratch*.md (guidelines written by
// hand), counting documents with any error that the case does not expect.
//
// The same functions run the cases in test/rules/cases.test.ts, which checks the exact findings.
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { stringify } from 'yaml';
import { assemble } from '../src/assemble/assemble.js';
import { parseConfigText } from '../src/config/load.js';
import type { Document } from '../src/model/types.js';
import { articleHeading } from '../src/model/text.js';
import { readDocx } from '../src/read/docx.js';
import { readMarkdown } from '../src/read/markdown.js';
import { renderDocx } from '../src/render/docx/render.js';
import { renderMarkdown } from '../src/render/markdown/render.js';
import { resolveReferences } from '../src/resolve/resolve.js';
import { packageRoot } from '../src/source/paths.js';
import { RULES } from '../src/validate/catalog.js';
import {
  Editor,
  renumber,
  type Base,
  type Case,
  type Expected,
  type Reader,
} from '../src/validate/fixtures/edit.js';
import { CASES } from '../src/validate/fixtures/index.js';
import { validateDocument } from '../src/validate/validate.js';

const root = packageRoot();

// ─── The configs ───────────────────────────────────────────────────────────────────────────

const example = (name: string) => readFileSync(path.join(root, 'examples', `${name}.yaml`), 'utf8');

const minimal = {
  company: { name: '株式会社テスト' },
  desk: { name: 'お客様相談室' },
  intake: {
    channels: [
      { type: 'phone', number: '03-1234-5678', hours: '平日午前9時から午後5時まで' },
      { type: 'email', address: 'support@example.jp' },
    ],
  },
  jurisdiction: { court: '東京地方裁判所' },
  dates: { enacted: '2026-04-01' },
  optional: { customerHarassment: false },
};

/** Every optional article, every channel, purposes listed (no policy URL), a revision. */
const allOptional = {
  company: { name: '株式会社オールオプション', address: '愛知県名古屋市中区三の丸一丁目1番1号' },
  desk: { name: 'お客様相談センター' },
  intake: {
    channels: [
      { type: 'phone', number: '0573-00-0000', hours: '平日午前9時30分から午後5時30分まで' },
      { type: 'email', address: 'soudan@example.jp' },
      { type: 'webform', url: 'https://example.jp/soudan' },
      { type: 'postal', address: '〒460-0001 愛知県名古屋市中区三の丸一丁目1番1号' },
    ],
  },
  records: { callRecording: true, retention: { years: 3 }, anonymizedUse: true },
  jurisdiction: { court: '名古屋地方裁判所', exclusive: true },
  optional: {
    demandCriteria: true,
    writtenStatements: true,
    customerHarassment: true,
    antisocialForces: true,
  },
  dates: {
    enacted: '2025-04-01',
    revisions: [{ date: '2025-10-01', summary: '反社会的勢力の排除の条を追加' }],
  },
  style: { era: 'wareki', digits: 'fullwidth' },
};

/** code.md finding 4: a 10-character short name used throughout. */
const group = example('sample').replace('shortName: 当社', 'shortName: サンプル商事グループ');

/** Services only, anonymous consultations, months, no recording. */
const services = {
  company: { name: '有限会社サービス工房', shortName: '弊社', productRole: 'services' },
  desk: { name: 'ご相談窓口' },
  intake: {
    channels: [
      { type: 'phone', number: '06-6000-0000' },
      { type: 'webform', url: 'https://example.net/form' },
    ],
    anonymous: true,
  },
  records: { callRecording: false, retention: { months: 18 } },
  jurisdiction: { court: '大阪地方裁判所' },
  dates: { enacted: '2026-01-05' },
  style: { era: 'seireki', digits: 'halfwidth' },
};

export const CONFIGS: Record<Base, string> = {
  sample: example('sample'),
  email: example('email-only'),
  full: example('full-options'),
  all: stringify(allOptional),
  minimal: stringify(minimal),
  group,
  services: stringify(services),
};

const assembled = new Map<Base, Document>();

/** The guideline the base config assembles to (a fresh copy each call). */
export function baseDocument(base: Base): Document {
  let doc = assembled.get(base);
  if (!doc) {
    doc = assemble(parseConfigText(CONFIGS[base], `${base}.yaml`, root)).document;
    assembled.set(base, doc);
  }
  return structuredClone(doc);
}

// ─── Findings ──────────────────────────────────────────────────────────────────────────────

/** A finding as a case states it: rule, severity, 「第N条（見出し）」, 項, message. */
export interface Simple {
  rule: string;
  severity: string;
  article?: string;
  paragraph?: number;
  message: string;
}

const PLACE = '\u0000';

export function findingsOf(doc: Document): Simple[] {
  return validateDocument(doc, 'x', () => PLACE).map((d) => {
    const out: Simple = { rule: d.rule, severity: d.severity, message: d.message };
    if (d.article) {
      const heading = d.article.replace(`（${PLACE}）`, '').normalize('NFKC');
      const m = /^(第.+?条\(.*?\))(?:第(\d+)項)?$/.exec(heading);
      if (m) {
        out.article = m[1]!;
        if (m[2]) out.paragraph = Number(m[2]);
      } else out.article = heading;
    }
    return out;
  });
}

export function key(f: Simple): string {
  return `${f.rule} ${f.severity} ${f.article ?? '-'} ${f.paragraph ?? '-'} ${f.message.normalize('NFKC')}`;
}

/** The exact findings a case expects: the base's own, then the case's. */
export function expectedOf(c: Case, base: Base, edited: Document, reader?: Reader): Simple[] {
  const e = (reader && c.expectFor?.[reader]) ?? c.expect;
  const own = typeof e === 'function' ? e(edited, base) : e;
  return [...baseFindings(base), ...own.map((e) => simpleOf(e, edited))];
}

const baseCache = new Map<Base, Simple[]>();
export function baseFindings(base: Base): Simple[] {
  let f = baseCache.get(base);
  if (!f) {
    f = findingsOf(baseDocument(base));
    baseCache.set(base, f);
  }
  return f;
}

function simpleOf(e: Expected, doc: Document): Simple {
  const out: Simple = { rule: e.rule, severity: e.severity ?? 'error', message: e.message };
  if (e.article) {
    const a = doc.articles.find((x) => x.id === e.article);
    out.article = (a ? articleHeading(a, doc.meta.style) : e.article).normalize('NFKC');
    if (e.paragraph !== undefined) {
      const n =
        typeof e.paragraph === 'number'
          ? e.paragraph
          : (a?.paragraphs.find((p) => p.label === e.paragraph)?.number ?? NaN);
      // Like the validator, 第M項 only in an article of several 項.
      if (!a || a.paragraphs.length > 1) out.paragraph = n;
    }
  }
  return out;
}

// ─── Running a case ────────────────────────────────────────────────────────────────────────

export interface Prepared {
  case: Case;
  base: Base;
  /** The edited model (renumbered and resolved again unless the case says not). */
  doc: Document;
  readers: Reader[];
  md?: string;
  docx?: Uint8Array;
}

const ALL: Reader[] = ['model', 'md', 'docx', 'libreoffice'];

export function readersOf(c: Case): Reader[] {
  let readers = c.readers ? [...c.readers] : ALL;
  if (c.md) readers = readers.filter((r) => r === 'md');
  if (c.docx) readers = readers.filter((r) => r === 'docx' || r === 'libreoffice');
  // A number typed wrong in the model is typed text in Markdown; Word numbering counts again.
  if (c.renumber === false && !c.docx && !c.readers)
    readers = readers.filter((r) => r === 'model' || r === 'md');
  return readers;
}

export function prepare(c: Case, base: Base): Prepared {
  const doc = baseDocument(base);
  if (c.edit) c.edit(doc, new Editor(doc));
  if (c.renumber !== false) {
    renumber(doc);
    if (c.resolve !== false) resolveReferences(doc);
  }
  const readers = readersOf(c);
  const out: Prepared = { case: c, base, doc, readers };
  if (readers.includes('md')) out.md = c.md ? c.md(renderMarkdown(doc)) : renderMarkdown(doc);
  if (readers.includes('docx') || readers.includes('libreoffice')) {
    let data = renderDocx(doc, {
      timestamp: new Date(`${doc.meta.lastRevised}T00:00:00Z`),
      generator: 'hinagata measure',
    });
    if (c.docx) data = editDocx(data, c.docx);
    out.docx = data;
  }
  return out;
}

function editDocx(data: Uint8Array, edit: (parts: Record<string, string>) => void): Uint8Array {
  const files = unzipSync(data);
  const parts: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(files))
    if (name.endsWith('.xml') || name.endsWith('.rels')) parts[name] = strFromU8(bytes);
  const before = JSON.stringify(parts);
  edit(parts);
  if (JSON.stringify(parts) === before) throw new Error('case docx edit changed nothing');
  for (const [name, text] of Object.entries(parts)) files[name] = strToU8(text);
  return zipSync(files);
}

/** The findings one reader gives (`converted`: the .docx LibreOffice saved, for libreoffice). */
export function read(p: Prepared, reader: Reader, converted?: Uint8Array): Simple[] {
  switch (reader) {
    case 'model':
      return findingsOf(p.doc);
    case 'md':
      return findingsOf(readMarkdown(p.md!, 'guideline.md'));
    case 'docx':
      return findingsOf(readDocx(p.docx!, 'guideline.docx'));
    case 'libreoffice':
      if (!converted) throw new Error('no LibreOffice copy');
      return findingsOf(readDocx(converted, 'guideline.docx'));
  }
}

/** One soffice run converting every file in `inDir` to .docx in `outDir` (its own profile). */
function convertDir(
  soffice: string,
  files: string[],
  outDir: string,
  profile: string,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        outDir,
        ...files,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000 + 5_000 * files.length);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`soffice failed (${code}): ${stderr}`));
    });
  });
}

/**
 * Saves each .docx again with LibreOffice ("MS Word 2007 XML"), in `parallel` soffice processes
 * with profiles of their own; a file a run skipped is converted again once. The copies by name.
 */
export async function saveWithLibreOffice(
  files: ReadonlyMap<string, Uint8Array>,
  parallel = 2,
  soffice = process.env['SOFFICE'] || 'soffice',
): Promise<Map<string, Uint8Array>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'hinagata-measure-lo-'));
  try {
    const inDir = path.join(dir, 'in');
    const outDir = path.join(dir, 'out');
    mkdirSync(inDir);
    mkdirSync(outDir);
    const names = [...files.keys()];
    const paths = names.map((n, i) => {
      const f = path.join(inDir, `f${i}.docx`);
      writeFileSync(f, files.get(n)!);
      return f;
    });
    const out = (i: number) => path.join(outDir, `f${i}.docx`);
    const chunks: string[][] = Array.from({ length: parallel }, () => []);
    paths.forEach((p, i) => chunks[i % parallel]!.push(p));
    await Promise.all(
      chunks
        .filter((c) => c.length > 0)
        .map((c, k) => convertDir(soffice, c, outDir, path.join(dir, `profile${k}`))),
    );
    const missing = paths.filter((_, i) => !existsSync(out(i)));
    if (missing.length) await convertDir(soffice, missing, outDir, path.join(dir, 'profile-retry'));
    const result = new Map<string, Uint8Array>();
    names.forEach((n, i) => result.set(n, readFileSync(out(i))));
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function sofficeAvailable(): boolean {
  const soffice = process.env['SOFFICE'] || 'soffice';
  return spawnSync('sh', ['-c', `command -v "$0"`, soffice]).status === 0;
}

/** Every case with the rule it belongs to. */
export function allCases(): { rule: string; ok: boolean; case: Case }[] {
  return Object.entries(CASES).flatMap(([rule, cs]) => [
    ...cs.ok.map((c) => ({ rule, ok: true, case: c })),
    ...cs.notOk.map((c) => ({ rule, ok: false, case: c })),
  ]);
}

/** The hand-written guidelines of test/fixtures/validator (from-scratch*.md). */
export function handWritten(): { name: string; md: string }[] {
  const dir = path.join(root, 'test', 'fixtures', 'validator');
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((f) => /^from-scratch.*\.md$/.test(f));
  } catch {
    return [];
  }
  return names.sort().map((name) => ({ name, md: readFileSync(path.join(dir, name), 'utf8') }));
}

/** A hand-written Markdown guideline as .docx (read, then written by hinagata's Word writer). */
export function handWrittenDocx(md: string): Uint8Array {
  const doc = readMarkdown(md, 'guideline.md');
  return renderDocx(doc, { timestamp: new Date('2026-04-01T00:00:00Z'), generator: 'measure' });
}

// ─── The table ─────────────────────────────────────────────────────────────────────────────

interface Row {
  kinds: number;
  files: number;
  right: number;
  any: number;
  missed: Set<string>;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const withLo = args.includes('--libreoffice');
  const jsonAt = args.indexOf('--json');
  const jsonFile = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
  if (withLo && !sofficeAvailable()) throw new Error('--libreoffice: soffice is not on the PATH');

  const runs: { rule: string; ok: boolean; case: Case; p: Prepared }[] = [];
  for (const { rule, ok, case: c } of allCases())
    for (const base of c.bases) runs.push({ rule, ok, case: c, p: prepare(c, base) });

  let converted = new Map<string, Uint8Array>();
  if (withLo) {
    const files = new Map<string, Uint8Array>();
    runs.forEach((r, i) => {
      if (r.p.docx && r.p.readers.includes('libreoffice')) files.set(String(i), r.p.docx);
    });
    const hand = handWritten();
    hand.forEach((h) => files.set(`hand:${h.name}`, handWrittenDocx(h.md)));
    converted = await saveWithLibreOffice(files);
  }

  const rows = new Map<string, Row>();
  for (const r of RULES)
    rows.set(r.id, { kinds: 0, files: 0, right: 0, any: 0, missed: new Set() });
  const byKind = new Map<string, { files: number; right: number }>();
  const precision: { name: string; documents: number; falseErrors: number; wrong: string[] }[] = [];
  const details: unknown[] = [];

  for (const { rule, ok, case: c } of allCases()) {
    const mine = runs.filter((r) => r.case === c);
    const row = rows.get(rule)!;
    if (!ok) row.kinds++;
    let docs = 0;
    let bad = 0;
    const wrong: string[] = [];
    for (const run of mine) {
      const i = runs.indexOf(run);
      for (const reader of run.p.readers) {
        if (reader === 'libreoffice' && !withLo) continue;
        const found = read(run.p, reader, converted.get(String(i)));
        const expected = expectedOf(c, run.p.base, run.p.doc, reader);
        const severity = RULES.find((x) => x.id === rule)?.severity ?? 'error';
        details.push({ rule, ok, case: c.name, base: run.p.base, reader, found });
        if (ok) {
          docs++;
          const allowed = new Set(expected.map(key));
          const extra = found.filter((f) => f.severity === 'error' && !allowed.has(key(f)));
          if (extra.length) {
            bad++;
            wrong.push(
              `${run.p.base}/${reader}: ${extra.map((f) => `${f.rule} ${f.message}`).join('; ')}`,
            );
          }
        } else {
          row.files++;
          const hit = found.some((f) => f.rule === rule && f.severity === severity);
          const anyError = found.some((f) => f.severity === 'error');
          if (hit) row.right++;
          else row.missed.add(c.name);
          if (hit || anyError) row.any++;
          const k = byKind.get(c.kind) ?? { files: 0, right: 0 };
          k.files++;
          if (hit) k.right++;
          byKind.set(c.kind, k);
        }
      }
    }
    if (ok)
      precision.push({
        name: `${rule}: ${c.ref ? `${c.ref} ` : ''}${c.name}`,
        documents: docs,
        falseErrors: bad,
        wrong,
      });
  }

  // The guidelines as generated, and the hand-written ones, must have no error at all.
  const generated = (Object.keys(CONFIGS) as Base[]).map((base) => {
    const p = prepare({ name: base, bases: [base], kind: 'as-generated', expect: [] }, base);
    const errors = p.readers
      .filter((r) => r !== 'libreoffice')
      .flatMap((r) =>
        read(p, r)
          .filter((f) => f.severity === 'error')
          .map((f) => `${r}: ${f.rule} ${f.message}`),
      );
    return {
      name: `generated ${base}`,
      documents: 3,
      falseErrors: errors.length ? 1 : 0,
      wrong: errors,
    };
  });
  const hand = handWritten().map((h) => {
    const readers: [string, () => Simple[]][] = [
      ['md', () => findingsOf(readMarkdown(h.md, h.name))],
      ['docx', () => findingsOf(readDocx(handWrittenDocx(h.md), 'x.docx'))],
    ];
    const lo = converted.get(`hand:${h.name}`);
    if (lo) readers.push(['libreoffice', () => findingsOf(readDocx(lo, 'x.docx'))]);
    const wrong = readers.flatMap(([r, f]) =>
      f()
        .filter((x) => x.severity === 'error')
        .map((x) => `${r}: ${x.rule} ${x.article ?? ''} ${x.message}`),
    );
    return { name: h.name, documents: readers.length, falseErrors: wrong.length, wrong };
  });

  const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);
  const lines: string[] = [];
  lines.push(
    `Readers: model, md, docx${withLo ? ', libreoffice' : ''}. Bases: ${Object.keys(CONFIGS).join(', ')}.`,
    '',
    '| rule | tamper kinds | files | found (right rule) | any error | recall | missed |',
    '|---|---|---|---|---|---|---|',
  );
  let tk = 0;
  let tf = 0;
  let tr = 0;
  let ta = 0;
  for (const [id, r] of rows) {
    if (r.kinds === 0) continue;
    tk += r.kinds;
    tf += r.files;
    tr += r.right;
    ta += r.any;
    lines.push(
      `| ${id} | ${r.kinds} | ${r.files} | ${r.right} | ${r.any} | ${pct(r.right, r.files)} | ${[...r.missed].join(', ') || '—'} |`,
    );
  }
  lines.push(`| **total** | ${tk} | ${tf} | ${tr} | ${ta} | ${pct(tr, tf)} | |`, '');
  lines.push('| kind | files | found | recall |', '|---|---|---|---|');
  for (const [k, v] of byKind)
    lines.push(`| ${k} | ${v.files} | ${v.right} | ${pct(v.right, v.files)} |`);
  lines.push('', '| precision: document set | documents | with a false error |', '|---|---|---|');
  const sets = [...precision, ...generated, ...hand];
  for (const s of sets) lines.push(`| ${s.name} | ${s.documents} | ${s.falseErrors} |`);
  const docs = sets.reduce((n, s) => n + s.documents, 0);
  const bad = sets.reduce((n, s) => n + s.falseErrors, 0);
  lines.push(`| **total** | ${docs} | ${bad} |`, '');
  for (const s of sets) for (const w of s.wrong) lines.push(`- ${s.name}: ${w}`);
  console.log(lines.join('\n'));
  if (jsonFile)
    writeFileSync(jsonFile, JSON.stringify({ rows: [...rows], precision: sets, details }, null, 1));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main();
}
