// The one Diagnostic shape used by every stage (config, assembly, validation) and its printers.

export type Severity = 'error' | 'warning' | 'info';

export interface Position {
  line: number; // 1-based
  column: number; // 1-based
}

export interface Diagnostic {
  /** Stable id: `config/…` for config problems, `template/…` for clause problems, rule ids later. */
  rule: string;
  severity: Severity;
  /** Japanese, says what is wrong. */
  message: string;
  /** The file the problem is in (config, clause, override). */
  file?: string;
  /** Field path in ASCII, e.g. `intake.channels[0].type`. */
  path?: string;
  position?: Position;
  /** The place in the document: 「第８条（相談の記録）第２項」. */
  article?: string;
  /** What to write instead. */
  hint?: string;
  /** Default wording that would restore a missing provision. */
  restore?: string;
}

/** Formats a field path the way a user writes it: `a.b[0].c`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** One line per diagnostic, `file:line:column: error [rule] path: message (hint)`, then a hint line. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = [d.file, d.position ? `${d.position.line}:${d.position.column}` : undefined]
    .filter(Boolean)
    .join(':');
  const label = d.severity === 'error' ? 'エラー' : d.severity === 'warning' ? '警告' : '情報';
  const head = `${where ? `${where}: ` : ''}${label} [${d.rule}]${d.path ? ` ${d.path}:` : ''}${d.article ? ` ${d.article}:` : ''} ${d.message}`;
  const lines = [head];
  if (d.hint) lines.push(`    → ${d.hint}`);
  if (d.restore) lines.push(`    既定の文言: ${d.restore}`);
  return lines.join('\n');
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Thrown for a problem the user can act on; the CLI prints the diagnostics without a stack trace. */
export class UserError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'UserError';
    this.diagnostics = diagnostics;
  }
}
