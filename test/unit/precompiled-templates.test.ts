// renderTemplate reads the bundled bodies precompiled (src/template/precompiled.generated.ts): the
// table must be that of the current library, and a precompiled body must expand as a compiled one.
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import {
  bundledBodies,
  precompiledSource,
  PRECOMPILED_FILE,
} from '../../scripts/precompile-templates.js';
import { PRECOMPILED } from '../../src/template/precompiled.generated.js';
import { TEMPLATE_OPTIONS, templateKey } from '../../src/template/handlebars.js';

describe('precompiled templates', () => {
  it('should be up to date with the library (npm run precompile-templates regenerates them)', () => {
    expect(readFileSync(PRECOMPILED_FILE, 'utf8')).toBe(precompiledSource());
  });

  it('should hold every bundled body', () => {
    const table = PRECOMPILED as Record<string, unknown>;
    for (const body of bundledBodies()) expect(table[templateKey(body)]).toBeDefined();
  });

  it('should carry strict mode into partials as compile() does', () => {
    const env = Handlebars.create();
    env.registerPartial('p', '{{missing}}');
    const body = 'a {{> p}}';
    const spec = new Function(
      `return ${String(Handlebars.precompile(body, { ...TEMPLATE_OPTIONS }))}`,
    )();
    const pre = env.template({ ...spec, compilerOptions: { ...TEMPLATE_OPTIONS, data: true } });
    const compiled = env.compile(body, { ...TEMPLATE_OPTIONS });
    expect(() => compiled({})).toThrow(/"missing" not defined/);
    expect(() => pre({})).toThrow(/"missing" not defined/);
  });
});
