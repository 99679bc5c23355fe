// The clause template engine: helpers, strictness and the token mechanism.
import { describe, expect, it } from 'vitest';
import {
  createEnvironment,
  describeTemplateError,
  joinJapanese,
} from '../../src/template/handlebars.js';
import { TokenTable } from '../../src/template/tokens.js';

const style = { era: 'wareki', digits: 'fullwidth' } as const;

function render(source: string, view: Record<string, unknown>, tokens = new TokenTable()): string {
  return tokens.plain(
    createEnvironment({ tokens, style }).compile(source, { strict: true, noEscape: true })(view),
  );
}

describe('clause templates', () => {
  it('should join lists with 「、」 and the conjunction before the last', () => {
    expect(joinJapanese(['A'], '及び')).toBe('A');
    expect(joinJapanese(['A', 'B'], '又は')).toBe('A又はB');
    expect(joinJapanese(['A', 'B', 'C'], '及び')).toBe('A、B及びC');
    expect(render('{{join list "又は"}}', { list: ['電話', '電子メール', '郵便'] })).toBe(
      '電話、電子メール又は郵便',
    );
  });

  it('should refuse a conjunction that is not a 法令用語', () => {
    expect(() => render('{{join list "と"}}', { list: ['A', 'B'] })).toThrow(/接続詞/);
  });

  it('should format dates and numbers in the document style', () => {
    expect(render('{{date d}}・{{num n}}', { d: '2026-04-01', n: 5 })).toBe('令和８年４月１日・５');
  });

  it('should report an unknown name with its line and column', () => {
    let caught: unknown;
    try {
      render('一行目\n\n{{#if a}}\n  {{company.nam}}\n{{/if}}', {
        a: true,
        company: { name: 'x' },
      });
    } catch (err) {
      caught = err;
    }
    const e = describeTemplateError(caught);
    expect(e.message).toContain('nam');
    expect(e.line).toBe(4);
    expect(e.column).toBe(5); // the name itself, after 「  {{」
  });

  it('should carry values as tokens that never contain template or Markdown syntax', () => {
    const tokens = new TokenTable();
    const token = tokens.value('{{evil}} *x*', 'company.name');
    expect(token).not.toMatch(/[{}*<>&]/);
    expect(tokens.split(`前${token}後`)).toEqual([
      { kind: 'text', value: '前' },
      { kind: 'value', value: '{{evil}} *x*', field: 'company.name' },
      { kind: 'text', value: '後' },
    ]);
  });
});
