// A copy of the package whose dist/ is the sources transpiled one file at a time (TypeScript's
// transpileModule: types stripped, no type check), for tests that run the real `hinagata` command
// in child processes (other time zones and locales, `npm pack`) without `npm run build` writing
// into the working tree's dist/. About a second for the whole of src/.
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');

/** The folders and files `npm pack` takes (package.json "files"), besides dist/. */
function packedEntries(): string[] {
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    files: string[];
  };
  return pkg.files.filter((f) => f !== 'dist');
}

function transpileTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    if (entry.isDirectory()) {
      transpileTree(src, path.join(to, entry.name));
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
      const out = ts.transpileModule(readFileSync(src, 'utf8'), {
        fileName: src,
        compilerOptions: {
          module: ts.ModuleKind.ES2022,
          target: ts.ScriptTarget.ES2022,
          verbatimModuleSyntax: true,
          sourceMap: false,
        },
      });
      writeFileSync(path.join(to, entry.name.replace(/\.ts$/, '.js')), out.outputText);
    }
  }
}

/**
 * Makes the copy in a new temporary folder and returns it: package.json, README.md, the packed
 * folders and dist/src; `withNodeModules` links the working tree's node_modules so that the copy
 * runs in place (not wanted for `npm pack`, which must find its dependencies from the registry).
 */
export function transpiledPackage(options: { withNodeModules: boolean }): string {
  const root = mkdtempSync(path.join(tmpdir(), 'hinagata-package-'));
  for (const f of ['package.json', 'README.md', ...packedEntries()]) {
    cpSync(path.join(repoRoot, f), path.join(root, f), { recursive: true });
  }
  transpileTree(path.join(repoRoot, 'src'), path.join(root, 'dist', 'src'));
  if (options.withNodeModules)
    symlinkSync(path.join(repoRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return root;
}
