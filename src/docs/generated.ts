// Files (or README sections) generated from code, so the docs never drift from the schema.
import { configJsonSchema, configReferenceMarkdown } from '../config/json-schema.js';
import { listTemplates, loadTemplate } from '../source/clauses.js';
import { RULES } from '../validate/catalog.js';
import { NOTICE_RULES } from '../validate/notice-catalog.js';

/** The template packs under templates/ and their documents, as a Markdown table. */
export function packCatalogMarkdown(): string {
  return [
    '| テンプレート（`template:`） | 表題 | 文書（`--docs`。* は既定で作るもの） | 内容 |',
    '|---|---|---|---|',
    ...listTemplates().map((id) => {
      const pack = loadTemplate(id);
      const docs = pack.documents
        .map((d) => `\`${d.id}\`${d.default ? '*' : ''} ${d.title}`)
        .join('、');
      return `| \`${id}\`${pack.default ? '（既定）' : ''} | ${pack.title} | ${docs} | ${pack.description} |`;
    }),
  ].join('\n');
}

/** The validator's rule catalog as a Markdown table, from the rule modules. */
export function ruleCatalogMarkdown(): string {
  const label = { error: 'エラー', warning: '警告', info: '情報' } as const;
  return [
    '| id | 重さ | 検査する内容 |',
    '|---|---|---|',
    ...[...RULES, ...NOTICE_RULES].map(
      (r) => `| \`${r.id}\` | ${label[r.severity]} | ${r.summary.replace(/\|/g, '\\|')} |`,
    ),
  ].join('\n');
}

export interface GeneratedFile {
  file: string;
  content: string;
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->`. */
export function replaceSection(text: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`section ${name} not found`);
  return `${text.slice(0, i + start.length)}\n${body}\n${text.slice(j)}`;
}

export function renderGeneratedDocs(read: (file: string) => string): GeneratedFile[] {
  return [
    {
      file: 'schema/hinagata.schema.json',
      content: `${JSON.stringify(configJsonSchema(), null, 2)}\n`,
    },
    {
      file: 'README.md',
      content: replaceSection(
        replaceSection(
          replaceSection(read('README.md'), 'config-reference', configReferenceMarkdown()),
          'rule-catalog',
          ruleCatalogMarkdown(),
        ),
        'template-packs',
        packCatalogMarkdown(),
      ),
    },
  ];
}
