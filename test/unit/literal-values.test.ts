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
  const result = build(
    configWith({
      company: { name: company, shortName: '当社{{ref "records"}}' },
      desk: { name: '窓口<b>太字</b>' },
      refusal: { addExamples: ['{{#each x}}繰返し{{/each}}を含む相談'] },
    }),
  );

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
