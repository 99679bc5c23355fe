// Runs jobs in LibreOffice through its Python UNO bridge (scripts/libreoffice/uno_jobs.py, whose
// header documents the job format), so tests can see how a real word processor shows, edits and
// saves our .docx files. One call is one soffice start (a few seconds): batch the jobs.
//
// Tests use `describe.skipIf(unoSkip)`: skipped on a developer machine without LibreOffice or a
// Python that can `import uno`, run (and so failing) under CI, which installs both, so the check
// cannot go silently missing. `libreOfficeMissing()` says what is missing.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const script = path.resolve(import.meta.dirname, '../../scripts/libreoffice/uno_jobs.py');

// ---------------------------------------------------------------------------------------------
// Jobs

/** A paragraph chosen by its style (display or programmatic name) and 0-based index among them. */
export interface ParagraphRef {
  style: string;
  index: number;
}

export type Edit =
  /** Enter at the start of the `heading`-th (0-based) 条見出し, type the title, Enter, the body. */
  | { op: 'insert-article-before'; heading: number; title: string; body: string }
  /** Deletes the `index`-th (0-based) paragraph with that style, paragraph mark included. */
  | { op: 'delete-paragraph'; style: string; index: number }
  /** Replaces the first occurrence of `find`. */
  | { op: 'replace-text'; find: string; replace: string };

interface JobBase {
  /** Echoed back in the result. */
  id?: string;
  /** The .docx to open (a copy of it is opened; the file itself is never touched). */
  file: string;
}

export interface DumpJob extends JobBase {
  type: 'dump';
  /** Accept or reject every tracked change before reading. */
  changes?: 'accept' | 'reject';
  /** .uno:UpdateAll and a refresh of every field before reading. */
  updateFields?: boolean;
  /** Add styleName, numberingStyle, listId, level and numbered to each paragraph. */
  detail?: boolean;
}

export interface SaveJob extends JobBase {
  type: 'save';
  /** Where to store the .docx ("MS Word 2007 XML"). */
  out: string;
  edits?: readonly Edit[];
  /** Record the edits as tracked changes. */
  trackChanges?: boolean;
  /** The user name LibreOffice records on tracked changes. */
  author?: string;
}

export interface EnterAtEndJob extends JobBase, ParagraphRef {
  type: 'enter-at-end';
  /** Typed into the new paragraph. */
  text: string;
  detail?: boolean;
}

export interface ApplyStyleJob extends JobBase {
  type: 'apply-style';
  target: ParagraphRef;
  /** The paragraph style to apply (display name, e.g. 条見出し). */
  apply: string;
  detail?: boolean;
}

export type UnoJob = DumpJob | SaveJob | EnterAtEndJob | ApplyStyleJob;

// ---------------------------------------------------------------------------------------------
// Results

export interface ParagraphEntry {
  /** The paragraph style's display name (what the style box shows). */
  style: string;
  /** The list label LibreOffice shows (ListLabelString), '' when none. */
  label: string;
  /** The paragraph's text; fields as shown, a line break as "\n". */
  text: string;
  // With `detail`:
  styleName?: string;
  numberingStyle?: string;
  listId?: string;
  level?: number;
  numbered?: boolean;
}

/** A table: rows of cell texts (a cell's paragraphs joined by "\n"). */
export interface TableEntry {
  table: string[][];
}

export type BodyEntry = ParagraphEntry | TableEntry;

export interface Redline {
  author: string;
  date: string;
  /** Insert, Delete, Format, ParagraphFormat… */
  type: string;
}

interface ResultBase {
  id: string | null;
  ok: true;
  /** How long the job took in LibreOffice. */
  ms: number;
}

export interface DumpResult extends ResultBase {
  type: 'dump';
  body: BodyEntry[];
  /** Tracked changes as the document was opened (before accept/reject). */
  redlineCount: number;
  redlines: Redline[];
  /** Tracked changes left after accept/reject (only with `changes`). */
  redlinesAfter?: number;
}

/** A paragraph as an edit report shows it. */
export type Described = Pick<ParagraphEntry, 'style' | 'label' | 'text'>;

/** What an edit did, as reported by uno_jobs.py (the fields depend on the op). */
export interface EditReport {
  op: string;
  [key: string]: unknown;
}

export interface SaveResult extends ResultBase {
  type: 'save';
  out: string;
  done: EditReport[];
}

export interface EditedResult extends Omit<DumpResult, 'type'> {
  type: 'enter-at-end' | 'apply-style';
  done: EditReport;
}

export interface JobFailure {
  id: string | null;
  type: string;
  ok: false;
  error: string;
  trace: string;
  ms: number;
}

export type UnoResult = DumpResult | SaveResult | EditedResult;

export type ResultOf<J extends UnoJob> = J extends DumpJob
  ? DumpResult
  : J extends SaveJob
    ? SaveResult
    : EditedResult;

export function isParagraph(e: BodyEntry): e is ParagraphEntry {
  return 'style' in e;
}

export function paragraphs(body: readonly BodyEntry[]): ParagraphEntry[] {
  return body.filter(isParagraph);
}

// ---------------------------------------------------------------------------------------------
// Finding LibreOffice

function which(command: string): string | undefined {
  const r = spawnSync('sh', ['-c', `command -v "$0"`, command], { encoding: 'utf8' });
  const found = r.stdout.trim();
  return r.status === 0 && found ? found : undefined;
}

let found: { soffice?: string; python?: string } | undefined;

function locate(): { soffice?: string; python?: string } {
  if (found) return found;
  const soffice = process.env['SOFFICE'] || which('soffice');
  // The Python first on the PATH is often one without uno (pyenv, Homebrew): try the system one
  // and LibreOffice's own first.
  const candidates = [
    process.env['UNO_PYTHON'],
    '/usr/bin/python3',
    '/usr/lib/libreoffice/program/python',
    '/opt/libreoffice/program/python',
    '/Applications/LibreOffice.app/Contents/Resources/python',
    which('python3'),
  ].filter((p): p is string => !!p);
  const python = candidates.find(
    (py) => spawnSync(py, ['-c', 'import uno'], { stdio: 'ignore', timeout: 20_000 }).status === 0,
  );
  found = {
    ...(soffice ? { soffice } : {}),
    ...(python ? { python } : {}),
  };
  return found;
}

/** What is missing to run UNO jobs, or undefined when soffice and a Python with uno are found. */
export function libreOfficeMissing(): string | undefined {
  const { soffice, python } = locate();
  const missing = [
    soffice ? '' : 'soffice is not on the PATH (install libreoffice-writer, or set $SOFFICE)',
    python ? '' : 'no Python can `import uno` (install python3-uno, or set $UNO_PYTHON)',
  ].filter(Boolean);
  return missing.length ? missing.join('; ') : undefined;
}

export function libreOfficeAvailable(): boolean {
  return libreOfficeMissing() === undefined;
}

/** The project's CI convention (see record-form-libreoffice.test.ts): any non-empty CI. */
const underCi = !!process.env['CI'] && process.env['CI'] !== 'false';

/** Skip LibreOffice tests when it is missing, except under CI, where they must run (and fail). */
export const unoSkip: boolean = !underCi && !libreOfficeAvailable();

// ---------------------------------------------------------------------------------------------
// Running

export interface RunOptions {
  /** Per job, in seconds (soffice is killed past it and the job fails). Default 120. */
  jobTimeout?: number;
  /** Whole run, in ms (the Python process is killed past it). Default 60 s + 30 s a job. */
  timeoutMs?: number;
  /** The office's locale setting; default ja-JP (a Japanese user's). */
  locale?: string;
}

/**
 * Runs the jobs in one soffice process and returns one result per job, in order. Throws, with
 * the script's stderr, when the script fails or times out, and with each failed job's error when
 * any job fails.
 */
export async function runUnoJobs<const J extends readonly UnoJob[]>(
  jobs: J,
  options: RunOptions = {},
): Promise<{ -readonly [K in keyof J]: ResultOf<J[K]> }> {
  const { python, soffice } = locate();
  const missing = libreOfficeMissing();
  if (missing || !python || !soffice) throw new Error(`LibreOffice UNO unavailable: ${missing}`);
  const dir = mkdtempSync(path.join(tmpdir(), 'hinagata-uno-jobs-'));
  try {
    const jobFile = path.join(dir, 'jobs.json');
    const resultFile = path.join(dir, 'results.json');
    writeFileSync(
      jobFile,
      JSON.stringify({
        jobs,
        ...(options.jobTimeout !== undefined ? { jobTimeout: options.jobTimeout } : {}),
        ...(options.locale !== undefined ? { locale: options.locale } : {}),
      }),
    );
    const timeoutMs = options.timeoutMs ?? 60_000 + 30_000 * jobs.length;
    const run = await spawnWithTimeout(python, [script, jobFile, resultFile], timeoutMs, {
      ...process.env,
      SOFFICE: soffice,
    });
    // The script removes this file when it has ended soffice; if it is still there, the script
    // was killed before it could.
    killLeftOffice(`${resultFile}.office`);
    if (run.code !== 0)
      throw new Error(
        `uno_jobs.py ${run.timedOut ? `timed out after ${timeoutMs} ms` : `exited with ${run.code ?? run.signal}`}\n${run.stderr}`,
      );
    const results = JSON.parse(readFileSync(resultFile, 'utf8')) as (UnoResult | JobFailure)[];
    if (results.length !== jobs.length)
      throw new Error(`uno_jobs.py returned ${results.length} results for ${jobs.length} jobs`);
    const failed = results.filter((r): r is JobFailure => !r.ok);
    if (failed.length)
      throw new Error(
        failed
          .map(
            (f) =>
              `job ${results.indexOf(f)} (${f.type}${f.id ? ` ${f.id}` : ''}): ${f.error}\n${f.trace}`,
          )
          .join('\n') + (run.stderr ? `\nstderr:\n${run.stderr}` : ''),
      );
    return results as { -readonly [K in keyof J]: ResultOf<J[K]> };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Kills a soffice the script left running (its process group) and deletes its profile. */
function killLeftOffice(stateFile: string): void {
  let state: { pgid?: number; profile?: string };
  try {
    state = JSON.parse(readFileSync(stateFile, 'utf8')) as typeof state;
  } catch {
    return;
  }
  if (state.pgid) {
    try {
      process.kill(-state.pgid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  if (state.profile) rmSync(state.profile, { recursive: true, force: true });
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  timedOut: boolean;
}

/** Past the timeout: SIGTERM (the script then kills soffice), SIGKILL 10 s later. */
function spawnWithTimeout(
  command: string,
  args: string[],
  timeoutMs: number,
  env: NodeJS.ProcessEnv,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let timedOut = false;
    let hardKill: NodeJS.Timeout | undefined;
    child.stdout.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
      hardKill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      clearTimeout(hardKill);
      reject(err);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(hardKill);
      resolve({ code, signal, stderr, timedOut });
    });
  });
}

/** soffice on this machine, or '' (conversion tests need no Python). */
export function sofficePath(): string {
  return locate().soffice ?? '';
}

/** Skip conversion tests without soffice, except under CI, where they must run (and fail). */
export const sofficeSkip: boolean = !underCi && !sofficePath();

/**
 * `soffice --convert-to <filter>` of several files in one run, with a profile of its own (in
 * `dir`) so that a LibreOffice already open does not matter. Throws with stderr on failure.
 */
export function sofficeConvert(
  files: readonly string[],
  filter: string,
  outDir: string,
  dir: string,
  timeout = 240_000,
): void {
  const soffice = sofficePath();
  if (!soffice) throw new Error('soffice is not on the PATH (install libreoffice-writer-nogui)');
  const run = spawnSync(
    soffice,
    [
      `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`,
      '--headless',
      '--convert-to',
      filter,
      '--outdir',
      outDir,
      ...files,
    ],
    { encoding: 'utf8', timeout },
  );
  if (run.status !== 0) throw new Error(`soffice failed (${run.status}): ${run.stderr}`);
}
