// The commentary is a paid deliverable: it carries no research to-dos (「…で確認されたい」 where the
// author should have checked), only hedges that call for the client's own legal judgement, which
// are listed here one by one.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { buildText } from '../../src/build.js';
import { allOptional, configWith } from '../helpers/build.js';

const repo = path.resolve(import.meta.dirname, '../..');

/** Sentences that may say 「確認されたい」: they ask for a judgement on the client's own facts. */
const ALLOWED: RegExp[] = [];

/** Research to-dos: an instruction to verify the author's own sources. */
const TODO =
  /確認されたい|確認すること。|最新の(条文|資料|情報)で確認|規格票で確認|告示で確認|政令で確認/;

function sentencesWithTodo(text: string): string[] {
  return text
    .split(/(?<=。)/)
    .filter((s) => TODO.test(s))
    .filter((s) => !ALLOWED.some((re) => re.test(s)))
    .map((s) => s.trim());
}

const configs: [string, string][] = [
  ['sample', readFileSync(path.join(repo, 'examples/sample.yaml'), 'utf8')],
  ['email-only', readFileSync(path.join(repo, 'examples/email-only.yaml'), 'utf8')],
  ['full-options', readFileSync(path.join(repo, 'examples/full-options.yaml'), 'utf8')],
  [
    'all options, Osaka',
    stringify(
      configWith({
        optional: allOptional,
        company: { address: '大阪府大阪市北区梅田一丁目1番1号' },
      }),
    ),
  ],
  [
    'no customer-harassment article, services, B2B',
    stringify(configWith({ company: { productRole: 'services', customers: 'businesses' } })),
  ],
];

describe('commentary without research to-dos', () => {
  it('should have no to-do in any commentary source file', () => {
    const dir = path.join(repo, 'commentary');
    const found = readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .flatMap((f) =>
        sentencesWithTodo(readFileSync(path.join(dir, f), 'utf8')).map((s) => `${f}: ${s}`),
      );
    expect(found).toEqual([]);
  });

  for (const [name, config] of configs) {
    it(`should have no to-do in the built commentary (${name})`, async () => {
      const result = await buildText(config, ['md'], ['commentary']);
      const md = result.files.map((f) => String(f.data)).join('\n');
      expect(md).toContain('逐条解説書');
      expect(sentencesWithTodo(md)).toEqual([]);
    });
  }
});
