// Config values are data: template syntax and markup in them come out literally in every format.
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { build, configWith, documentText, fileText } from '../helpers/build.js';

const tricky = [
  '{{company.name}}',
  '<w:p>',
  '&amp;',
  '<script>alert(1)</script>',
  '*強調*',
  '[link](x)',
  '\\',
];

describe('config values as data', () => {
  const company = `株式会社${tricky.join('')}`;
  // Template syntax in a value is refused by the config check as an unfilled placeholder (below),
  // so these values are put into the checked config directly: whatever reaches the assembler
  // (the web app, a future field) must still come out as written, never compiled.
  const result = build(configWith({ desk: { name: '窓口<b>太字</b>' } }), undefined, (c) => {
    c.company.name = company;
    c.company.shortName = '当社{{ref "records"}}';
    c.refusal.addExamples = ['{{#each x}}繰返し{{/each}}を含む相談'];
  });

  it('should refuse template syntax in a value at its field, as an unfilled placeholder', () => {
    expect(() => build(configWith({ company: { name: '株式会社{{company.name}}' } }))).toThrowError(
      /config\/placeholder\] company\.name: 埋められていない箇所「\{\{company\.name\}\}」/,
    );
  });

  it('should keep them literal in the model', () => {
    const text = documentText(result.document);
    expect(text).toContain(company);
    expect(text).toContain('当社{{ref "records"}}は、');
    expect(text).toContain('{{#each x}}繰返し{{/each}}を含む相談');
  });

  it('should escape them in Markdown so that they read back literally', () => {
    const md = fileText(result, 'guideline.md');
    const plain = toString(fromMarkdown(md));
    expect(plain).toContain(company);
    expect(plain).toContain('窓口<b>太字</b>');
    // Every markup character is backslash-escaped, so nothing is read as HTML or emphasis.
    expect(md).not.toMatch(/(?<!\\)<(script|w:p|b>)/);
    expect(md).toContain('\\<script>');
  });

  it('should leave no token character in any output', () => {
    for (const f of result.files) expect(String(f.data)).not.toMatch(/[\uE000-\uF8FF]/);
  });

  it('should escape them in HTML so that no markup is injected', () => {
    const html = fileText(result, 'guideline.html');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<w:p>');
    expect(html).not.toContain('<b>太字');
    const tree = fromHtml(html);
    expect(toText(tree)).toContain(company);
    expect(toText(tree)).toContain('窓口<b>太字</b>');
  });
});
