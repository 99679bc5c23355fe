// A pack document made of sections (templates/<id>/<source>.md) → NoticeDocument. The source is
// Markdown with Handlebars like a clause, expanded with the guideline's own view and tokens, so
// values and shared partials are the guideline's; `## 見出し {#id}` starts a section.
import { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { NoticeDocument, NoticeSection } from '../model/notice.js';
import type { Document } from '../model/types.js';
import { formatDate } from '../number/format.js';
import { splitFrontMatter } from '../source/front-matter.js';
import { readPackFile, type PackDocument, type TemplateManifest } from '../source/clauses.js';
import type { AssemblyContext } from './assemble.js';
import { markdownToArticle } from './markdown-to-article.js';

const frontMatter = z
  .object({
    title: z.string().min(1),
    subtitle: z.string().min(1).optional(),
    provisions: z.array(z.string().regex(/^P-[A-Z0-9-]+$/)).default([]),
    /** Config fields the document cannot be written without, with the message to give. */
    requires: z.record(z.string(), z.string()).default({}),
  })
  .strict();

const HEADING = /^## (.+?) \{#([a-z][a-z0-9-]*)\}[ \t]*$/gm;

/**
 * The config fields a pack document needs and the config lacks (its front matter's `requires`):
 * such a document is refused with config/required-for-document, naming each field.
 */
export function missingFields(
  pack: TemplateManifest,
  doc: PackDocument,
  config: unknown,
): string[] {
  if (!doc.source) return [];
  const { data } = splitFrontMatter(readPackFile(pack, doc.source).text);
  const fm = frontMatter.safeParse(data);
  if (!fm.success) return [];
  return Object.keys(fm.data.requires).filter((field) => lookup(config, field) === undefined);
}

export function assembleNotice(
  pack: TemplateManifest,
  doc: PackDocument,
  guideline: Document,
  context: AssemblyContext,
): { notice?: NoticeDocument; diagnostics: Diagnostic[] } {
  if (!doc.source) throw new Error(`${pack.dir}: document ${doc.id} has no source`);
  const { file, text } = readPackFile(pack, doc.source);
  const { data, body, bodyLine } = splitFrontMatter(text);
  const fm = frontMatter.safeParse(data);
  if (!fm.success) throw new Error(`${file}: front matter: ${fm.error.message}`);
  const diagnostics: Diagnostic[] = [];
  for (const [field, message] of Object.entries(fm.data.requires)) {
    if (lookup(context.loaded.config, field) === undefined) {
      const position = context.loaded.positions?.at(field.split('.'));
      diagnostics.push({
        rule: 'config/required-for-document',
        severity: 'error',
        file: context.loaded.file,
        path: field,
        ...(position ? { position } : {}),
        message: `${doc.title}を作るには ${field} が必要です: ${message}`,
      });
    }
  }
  if (diagnostics.length > 0) return { diagnostics };
  const markdown = context.expand({ body, file, bodyLine });
  if (typeof markdown !== 'string') return { diagnostics: [markdown] };

  const heads = [...markdown.matchAll(HEADING)];
  const sections: NoticeSection[] = heads.map((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = heads[i + 1]?.index ?? markdown.length;
    const lineOffset = bodyLine + markdown.slice(0, start).split('\n').length - 1;
    const parsed = markdownToArticle(markdown.slice(start, end), context.tokens, {
      file,
      clause: `${doc.id}#${m[2] ?? ''}`,
      lineOffset,
    });
    diagnostics.push(...parsed.diagnostics);
    return { id: m[2] ?? '', number: i + 1, heading: m[1] ?? '', paragraphs: parsed.paragraphs };
  });
  const notice: NoticeDocument = {
    type: 'notice',
    kind: doc.id,
    title: fm.data.title,
    ...(fm.data.subtitle !== undefined ? { subtitle: fm.data.subtitle } : {}),
    meta: { ...guideline.meta, title: fm.data.title },
    sections,
    closing: {
      dates: [
        `制定　${formatDate(guideline.meta.enacted, guideline.meta.style)}`,
        ...(guideline.meta.lastRevised !== guideline.meta.enacted
          ? [`最終改定　${formatDate(guideline.meta.lastRevised, guideline.meta.style)}`]
          : []),
      ],
      issuer: guideline.meta.company,
    },
    provisions: fm.data.provisions,
    file,
  };
  return { notice, diagnostics };
}

function lookup(value: unknown, dotted: string): unknown {
  let at = value;
  for (const key of dotted.split('.')) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}
