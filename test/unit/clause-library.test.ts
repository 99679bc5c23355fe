// The clause library against the spec: every article declares the provisions the spec requires of
// it, bodies type no numbers (numbers come from helpers so style.digits applies), and every
// optional article is wired into the template.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadClause, loadTemplate } from '../../src/source/clauses.js';

// guideline-spec.md, "The 13 articles": id → provisions it must provide.
const SPEC: Record<string, string[]> = {
  purpose: ['P-PURPOSE'],
  definitions: ['P-DEF'],
  'intake-method': ['P-INTAKE-CHANNELS'],
  'intake-scope': ['P-SCOPE-WHO', 'P-SCOPE-IDENTITY'],
  'intake-refusal': ['P-REFUSAL-GROUNDS', 'P-REFUSAL-EXAMPLES'],
  'response-policy': ['P-POLICY-PRINCIPLES', 'P-POLICY-FACTS'],
  termination: ['P-END-GROUNDS', 'P-END-NOT-UNTIL-SATISFIED'],
  records: ['P-RECORD-ITEMS', 'P-RECORD-CALLS', 'P-RECORD-NO-PUBLISH'],
  'record-management': ['P-RETENTION', 'P-ANON-USE'],
  confidentiality: ['P-CONFIDENTIAL', 'P-PRIVACY-PURPOSE'],
  damages: ['P-DAMAGES-COMPANY', 'P-DAMAGES-LEGAL-ACTION'],
  amendment: ['P-AMENDMENT'],
  jurisdiction: ['P-JURISDICTION'],
};
const OPTIONAL = [
  'antisocial-forces',
  'demand-criteria',
  'written-statements',
  'customer-harassment',
];

const clauseDir = path.resolve(import.meta.dirname, '../../clauses');

describe('clause library', () => {
  const template = loadTemplate('consultation-guideline');

  it('should hold exactly the template articles, one file each', () => {
    const files = readdirSync(clauseDir)
      .map((f) => f.replace(/\.md$/, ''))
      .sort();
    expect(files).toEqual(template.articles.map((a) => a.id).sort());
    expect(
      template.articles
        .filter((a) => a.optional)
        .map((a) => a.id)
        .sort(),
    ).toEqual([...OPTIONAL].sort());
  });

  for (const [id, provisions] of Object.entries(SPEC)) {
    it(`should declare ${provisions.join(', ')} on ${id}`, () => {
      expect(loadClause(id).provisions.sort()).toEqual([...provisions].sort());
    });
  }

  for (const article of template.articles) {
    it(`should type no numerals, article numbers or 懲役 in ${article.id}`, () => {
      const clause = loadClause(article.id);
      const prose = clause.body.replace(/\{\{[^}]*\}\}/g, '');
      expect(prose).not.toMatch(/[0-9０-９]/);
      expect(prose).not.toMatch(/第[一二三四五六七八九十]+条/);
      expect(prose).not.toMatch(/懲役|一切(の)?責任を負わない|法令上許される限り/);
      expect(clause.title).not.toMatch(/[（）()]/);
    });
  }

  it('should ship at least six refusal examples with unique ids and texts without 「。」', () => {
    const examples = loadClause('intake-refusal').examples ?? [];
    expect(examples.length).toBeGreaterThanOrEqual(6);
    expect(new Set(examples.map((e) => e.id)).size).toBe(examples.length);
    for (const e of examples) expect(e.text).not.toMatch(/。$|電話/);
  });
});
