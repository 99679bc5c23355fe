// Runs the CLI in-process and captures what it prints.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    out: (s) => (stdout += s.endsWith('\n') ? s : `${s}\n`),
    err: (s) => (stderr += s.endsWith('\n') ? s : `${s}\n`),
  });
  return { code, stdout, stderr };
}

export function tempDir(prefix = 'hinagata-test-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export const repo = path.resolve(import.meta.dirname, '..', '..');

/**
 * Writes the sample config with `overrides` into `dir`, each override file beside it with the
 * given text, and returns the config's path (acme.yaml).
 */
export function sampleWithOverrides(
  dir: string,
  overrides: Record<string, { file: string; text: string }>,
): string {
  const lines: string[] = [];
  for (const [id, { file, text }] of Object.entries(overrides)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
    lines.push(`  ${id}: ./${file}`);
  }
  const config = path.join(dir, 'acme.yaml');
  const sample = readFileSync(path.join(repo, 'examples', 'sample.yaml'), 'utf8');
  writeFileSync(config, sample.replace(/^style:/m, `overrides:\n${lines.join('\n')}\nstyle:`));
  return config;
}
