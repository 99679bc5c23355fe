// Builds a config given as an object (or YAML text) and returns the model and rendered outputs.
import { stringify } from 'yaml';
import { assemble } from '../../src/assemble/assemble.js';
import { buildTimestamp, type BuildResult } from '../../src/build.js';
import { parseConfigText } from '../../src/config/load.js';
import { renderDocx } from '../../src/render/docx/render.js';
import { renderHtml } from '../../src/render/html/render.js';
import { renderMarkdown } from '../../src/render/markdown/render.js';
import type { Config, ConfigInput } from '../../src/config/schema.js';
import { inlineText, articleHeading, itemLine, paragraphLine } from '../../src/model/text.js';
import type { Document, Item } from '../../src/model/types.js';

export const minimal: ConfigInput = {
  company: { name: '株式会社テスト' },
  desk: { name: 'お客様相談室' },
  intake: {
    channels: [
      { type: 'phone', number: '03-1234-5678', hours: '平日午前9時から午後5時まで' },
      { type: 'email', address: 'support@example.jp' },
    ],
  },
  jurisdiction: { court: '東京地方裁判所' },
  dates: { enacted: '2026-04-01' },
  // The spec's 13 articles: the customer-harassment article (on by default) is switched off here,
  // so the base document is the spec's; tests of the default switch it back on.
  optional: { customerHarassment: false },
};

/** A config that leaves every option at its default (the customer-harassment article is on). */
export const defaults: ConfigInput = { ...minimal, optional: {} };

export const allOptional = {
  demandCriteria: true,
  writtenStatements: true,
  customerHarassment: true,
  antisocialForces: true,
};

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> | T[K] : T[K] };

function merge(base: unknown, patch: unknown): unknown {
  if (Array.isArray(patch) || patch === null || typeof patch !== 'object') return patch;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(patch)) out[k] = merge(out[k], v);
  return out;
}

export function configWith(patch: DeepPartial<ConfigInput> = {}): ConfigInput {
  return merge(minimal, patch) as ConfigInput;
}

/**
 * Assembles and renders the synchronous formats (docx, md, html); PDF tests use buildText.
 * `baseDir` is the config's folder: overrides are read only from inside it.
 */
export function build(
  config: ConfigInput | string,
  baseDir = process.cwd(),
  /** Changes the checked config before assembly: values the schema would refuse (tests only). */
  unchecked?: (config: Config) => void,
): BuildResult {
  const text = typeof config === 'string' ? config : stringify(config);
  const loaded = parseConfigText(text, 'config.yaml', baseDir);
  unchecked?.(loaded.config);
  const { document, diagnostics } = assemble(loaded);
  const files = [
    {
      name: 'guideline.docx',
      data: renderDocx(document, {
        timestamp: buildTimestamp(document),
        generator: 'hinagata test',
      }),
    },
    { name: 'guideline.md', data: renderMarkdown(document) },
    { name: 'guideline.html', data: renderHtml(document) },
  ];
  return { document, files, diagnostics };
}

function itemLines(items: readonly Item[], doc: Document): string[] {
  return items.flatMap((i) => [itemLine(i, doc.meta.style), ...itemLines(i.children, doc)]);
}

/** The whole document as plain text lines, numbers included (what a reader sees). */
export function documentText(doc: Document): string {
  const s = doc.meta.style;
  const lines: string[] = [doc.meta.title, doc.meta.company];
  for (const a of doc.articles) {
    lines.push(articleHeading(a, s));
    for (const p of a.paragraphs) lines.push(paragraphLine(p, s), ...itemLines(p.items, doc));
  }
  for (const b of doc.supplementary) lines.push(inlineText(b.content, s));
  for (const r of doc.revisions) lines.push(inlineText(r.summary, s));
  return lines.join('\n');
}

export function fileText(result: BuildResult, name: string): string {
  const f = result.files.find((x) => x.name === name);
  if (!f) throw new Error(`${name} not rendered`);
  return typeof f.data === 'string' ? f.data : new TextDecoder().decode(f.data);
}
