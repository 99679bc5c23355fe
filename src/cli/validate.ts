// `hinagata validate CONFIG|FILE.docx|FILE.md... [--format text|json]`
// Exit 0 no error, 1 errors found, 2 an input could not be read.
import { formatDiagnostic, UserError, type Diagnostic } from '../diagnostics/diagnostic.js';
import { packageVersion } from '../source/paths.js';
import { readInput, UnreadableInput } from '../validate/inputs.js';
import { validateDocument } from '../validate/validate.js';
import type { Io } from './main.js';
import { UsageError } from './usage.js';

/** The JSON report, version 1 (docs/validate-json.md). */
export interface ValidationReport {
  version: 1;
  tool: string;
  files: { file: string; status: 'ok' | 'errors' | 'unreadable'; findings: Diagnostic[] }[];
  summary: { files: number; errors: number; warnings: number; unreadable: number };
}

export async function validateFiles(files: readonly string[]): Promise<ValidationReport> {
  const report: ValidationReport = {
    version: 1,
    tool: `hinagata ${packageVersion()}`,
    files: [],
    summary: { files: files.length, errors: 0, warnings: 0, unreadable: 0 },
  };
  for (const file of files) {
    let findings: Diagnostic[];
    let unreadable = false;
    try {
      const { doc, placeLabel } = await readInput(file);
      findings = validateDocument(doc, file, placeLabel);
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      findings = err.diagnostics;
      unreadable = err instanceof UnreadableInput;
    }
    const errors = findings.filter((d) => d.severity === 'error').length;
    report.summary.errors += unreadable ? 0 : errors;
    report.summary.warnings += findings.filter((d) => d.severity === 'warning').length;
    if (unreadable) report.summary.unreadable++;
    report.files.push({
      file,
      status: unreadable ? 'unreadable' : errors > 0 ? 'errors' : 'ok',
      findings,
    });
  }
  return report;
}

export async function runValidate(
  files: string[],
  opts: { format: string },
  io: Io,
): Promise<number> {
  if (opts.format !== 'text' && opts.format !== 'json')
    throw new UsageError(`--format は text 又は json です（いまは ${opts.format}）`);
  const report = await validateFiles(files);
  if (opts.format === 'json') {
    io.out(JSON.stringify(report, null, 2));
  } else {
    for (const f of report.files) {
      for (const d of f.findings) io.out(formatDiagnostic(d));
      const errors = f.findings.filter((d) => d.severity === 'error').length;
      const warnings = f.findings.length - errors;
      io.out(
        f.status === 'unreadable'
          ? `${f.file}: 読めませんでした`
          : f.status === 'ok'
            ? `${f.file}: 問題は見つかりませんでした${warnings ? `（警告 ${warnings}件）` : ''}`
            : `${f.file}: エラー ${errors}件${warnings ? `、警告 ${warnings}件` : ''}`,
      );
    }
  }
  return report.summary.unreadable > 0 ? 2 : report.summary.errors > 0 ? 1 : 0;
}
