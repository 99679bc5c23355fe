// The package installs and runs as a user gets it: every module the code imports at run time is a
// dependency (not a devDependency), and the tarball `npm pack` makes, installed with
// `npm install --omit=dev` into an empty folder, builds and validates the sample. Without a
// registry (offline) the install test is skipped on a developer machine; under CI it must pass.
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { repoRoot, transpiledPackage } from './transpiled-package.js';

const run = promisify(execFile);

interface PackageJson {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}
const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as PackageJson;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : /\.(ts|js)$/.test(e.name) ? [p] : [];
  });
}

/** Module specifiers a file loads at run time (type-only imports are erased, so not counted). */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings;
      const allTypes =
        clause?.isTypeOnly ||
        (clause &&
          !clause.name &&
          named &&
          ts.isNamedImports(named) &&
          named.elements.length > 0 &&
          named.elements.every((e) => e.isTypeOnly));
      if (!allTypes) out.push(node.moduleSpecifier.text);
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      !node.isTypeOnly
    ) {
      out.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node)) {
      const [arg] = node.arguments;
      const callee = node.expression;
      const isImport = callee.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire =
        (ts.isIdentifier(callee) && callee.text === 'require') ||
        (ts.isPropertyAccessExpression(callee) &&
          ts.isIdentifier(callee.expression) &&
          callee.expression.text === 'require' &&
          callee.name.text === 'resolve');
      if ((isImport || isRequire) && arg && ts.isStringLiteralLike(arg)) out.push(arg.text);
    } else if (
      ts.isStringLiteralLike(node) &&
      /^(@[\w.-]+\/)?[\w-][\w.-]*\/[\w./-]+\.[a-z0-9]+$/i.test(node.text) &&
      existsSync(path.join(repoRoot, 'node_modules', node.text))
    ) {
      // A file inside a package, named by its path and resolved by a helper (the PDF fonts).
      out.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** 'mdast-util-to-string' → itself; '@expo-google-fonts/noto-serif-jp/400Regular/x.ttf' → the scope and name. */
function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:'))
    return undefined;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  return builtinModules.includes(name) ? undefined : name;
}

describe('the package', () => {
  it('should declare every package the code imports at run time as a dependency', () => {
    const files = [
      ...sourceFiles(path.join(repoRoot, 'src')),
      ...sourceFiles(path.join(repoRoot, 'bin')),
    ];
    expect(files.length).toBeGreaterThan(50);
    const missing: string[] = [];
    const used = new Set<string>();
    for (const file of files) {
      for (const spec of runtimeImports(file)) {
        const name = packageOf(spec);
        if (!name) continue;
        used.add(name);
        if (!(name in pkg.dependencies))
          missing.push(
            `${path.relative(repoRoot, file)}: ${spec}${name in pkg.devDependencies ? '（devDependencies にある）' : ''}`,
          );
      }
    }
    expect(missing).toEqual([]);
    // The scan sees the imports the code review found missing.
    expect(used).toContain('fast-xml-parser');
    expect(used).toContain('mdast-util-to-string');
    expect(used).toContain('@expo-google-fonts/noto-serif-jp');
  });

  it('should pin exactly the packages that decide the output bytes', () => {
    const all = { ...pkg.dependencies, ...pkg.devDependencies };
    for (const name of [
      'pdfkit',
      'fontkit',
      '@expo-google-fonts/noto-serif-jp',
      'fflate',
      'linebreak',
      'pdfjs-dist',
    ])
      expect(all[name], name).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('should install from `npm pack` with --omit=dev and build and validate the sample', async (ctx) => {
    const root = transpiledPackage({ withNodeModules: false });
    const packs = tempDir('hinagata-pack-');
    const env = {
      ...process.env,
      NPM_CONFIG_UPDATE_NOTIFIER: 'false',
      NPM_CONFIG_FUND: 'false',
      NPM_CONFIG_AUDIT: 'false',
    };
    // The copy's dist/ is already there (transpiled), so the package's `prepare` is not run.
    const packed = await run(
      'npm',
      ['pack', '--ignore-scripts', '--json', '--pack-destination', packs],
      {
        cwd: root,
        env,
      },
    );
    const [{ filename, files }] = JSON.parse(packed.stdout) as [
      { filename: string; files: { path: string }[] },
    ];
    const paths = files.map((f) => f.path);
    expect(paths).toContain('bin/hinagata.js');
    expect(paths).toContain('dist/src/cli/main.js');
    expect(paths).toContain('clauses/records.md');
    expect(paths.some((p) => p.startsWith('src/') || p.startsWith('test/'))).toBe(false);

    const app = tempDir('hinagata-install-');
    writeFileSync(path.join(app, 'package.json'), '{ "name": "install-test", "private": true }\n');
    try {
      await run(
        'npm',
        [
          'install',
          '--omit=dev',
          '--prefer-offline',
          '--no-audit',
          '--no-fund',
          path.join(packs, filename),
        ],
        { cwd: app, env, timeout: 90_000 },
      );
    } catch (err) {
      const text = `${(err as { stderr?: string }).stderr ?? ''}${(err as Error).message}`;
      if (
        !process.env['CI'] &&
        /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|network/i.test(text)
      ) {
        ctx.skip(); // no registry here; CI has one
      }
      throw err;
    }
    // Nothing of the development tools came along.
    for (const dev of ['vitest', 'typescript', 'pdfjs-dist', 'fast-check', 'eslint'])
      expect(existsSync(path.join(app, 'node_modules', dev)), dev).toBe(false);

    const config = path.join(app, 'sample.yaml');
    copyFileSync(path.join(repoRoot, 'examples', 'sample.yaml'), config);
    const bin = path.join(app, 'node_modules', '.bin', 'hinagata');
    const build = await run(bin, ['build', config, '-o', path.join(app, 'output'), '-q'], {
      cwd: app,
      env,
    });
    expect(build.stderr).not.toContain('内部エラー');
    const written = readdirSync(path.join(app, 'output', 'sample')).sort();
    expect(written).toEqual(
      [
        'commentary.docx',
        'commentary.html',
        'commentary.md',
        'commentary.pdf',
        'guideline.docx',
        'guideline.html',
        'guideline.md',
        'guideline.pdf',
        'manifest.json',
        'record-form.docx',
        'record-form.pdf',
      ].sort(),
    );
    const validated = await run(
      bin,
      ['validate', config, path.join(app, 'output', 'sample', 'guideline.docx')],
      { cwd: app, env },
    );
    expect(validated.stdout).toContain('問題は見つかりませんでした');
  }, 180_000);
});
