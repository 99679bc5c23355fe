// Reads the clause library (clauses/<id>.md) and the template packs (templates/<id>/template.yaml):
// what each template is made of. The engine finds packs here and names none of them.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { splitFrontMatter } from './front-matter.js';
import { packageRoot } from './paths.js';

const clauseFrontMatter = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    title: z.string().min(1),
    /** Titles the article had in earlier versions, so files written then are still read by title. */
    formerTitles: z.array(z.string().min(1)).default([]),
    provisions: z.array(z.string().regex(/^P-[A-Z0-9-]+$/)).default([]),
    variants: z.array(z.string()).default([]),
    examples: z
      .array(
        z.object({ id: z.string().regex(/^[a-z][a-z0-9-]*$/), text: z.string().min(1) }).strict(),
      )
      .optional(),
  })
  .strict();

export type ClauseFrontMatter = z.output<typeof clauseFrontMatter>;

export interface ClauseSource extends ClauseFrontMatter {
  /** Path relative to the package root (or the override path as written). */
  file: string;
  body: string;
  bodyLine: number;
}

const packId = z.string().regex(/^[a-z][a-z0-9-]*$/);

/** A document of a pack: one of the engine's document kinds (src/writers.ts), and its formats. */
const packDocument = z
  .object({
    id: packId,
    title: z.string().min(1),
    /** Built when `--docs` is not given. */
    default: z.boolean().default(true),
    /** The pack's Markdown source of a document made of sections (relative to the pack folder). */
    source: z.string().min(1).optional(),
  })
  .strict();

const templateManifest = z
  .object({
    id: packId,
    version: z.string(),
    title: z.string(),
    /** The pack a config without `template:` uses; exactly one pack says so. */
    default: z.boolean().default(false),
    /** One line for `init --list`, the README and the web app. */
    description: z.string().min(1),
    /** The commented starter config `hinagata init` writes (relative to the pack folder). */
    starter: z.string().min(1),
    /** The config sections this pack reads, besides the shared ones (src/config/schema.ts). */
    config: z.array(z.string().regex(/^[a-zA-Z]+$/)).min(1),
    documents: z.array(packDocument).min(1),
    /** Handlebars partials shared by the pack's clauses and documents: name → file. */
    partials: z.record(z.string().regex(/^[a-z][a-zA-Z0-9]*$/), z.string().min(1)).default({}),
    /** The validator rules (ids of src/validate/rules/<id>.ts) that check this pack's documents. */
    rules: z.array(z.string().regex(/^(P|C)-[A-Z0-9-]+$/)).min(1),
    articles: z.array(
      z.union([z.string(), z.object({ id: z.string(), optional: z.string() }).strict()]),
    ),
  })
  .strict();

export type PackDocument = z.output<typeof packDocument>;

export interface TemplateArticle {
  id: string;
  /** Name of the `optional.*` config switch, when the article is optional. */
  optional?: string;
}

export interface TemplateManifest extends Omit<z.output<typeof templateManifest>, 'articles'> {
  articles: TemplateArticle[];
  /** The pack folder, relative to the package root (templates/<id>). */
  dir: string;
}

/** Parses one clause file's text. Throws a plain Error for a broken library file (a developer bug). */
export function parseClause(text: string, file: string): ClauseSource {
  const { data, body, bodyLine } = splitFrontMatter(text);
  const fm = clauseFrontMatter.safeParse(data);
  if (!fm.success) throw new Error(`${file}: front matter: ${fm.error.message}`);
  return { ...fm.data, file, body, bodyLine };
}

const clauseCache = new Map<string, ClauseSource>();

export function loadClause(id: string): ClauseSource {
  const hit = clauseCache.get(id);
  if (hit) return hit;
  const rel = path.join('clauses', `${id}.md`);
  const abs = path.join(packageRoot(), rel);
  if (!existsSync(abs)) throw new Error(`clause not found: ${rel}`);
  const clause = parseClause(readFileSync(abs, 'utf8'), rel);
  if (clause.id !== id)
    throw new Error(`${rel}: front matter id "${clause.id}" does not match the file name`);
  clauseCache.set(id, clause);
  return clause;
}

const templateCache = new Map<string, TemplateManifest>();

/** The ids of the packs under templates/, sorted. */
export function listTemplates(): string[] {
  const root = path.join(packageRoot(), 'templates');
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(root, d.name, 'template.yaml')))
    .map((d) => d.name)
    .sort();
}

/** Whether a pack of this id exists (a config's `template:` is checked against it). */
export function hasTemplate(id: string): boolean {
  return /^[a-z][a-z0-9-]*$/.test(id) && listTemplates().includes(id);
}

/** The pack a config without `template:` uses (the one whose manifest says `default: true`). */
export function defaultTemplateId(): string {
  const ids = listTemplates().filter((id) => loadTemplate(id).default);
  if (ids.length !== 1)
    throw new Error(`exactly one pack must say default: true (${ids.join(', ')})`);
  return ids[0]!;
}

export function loadTemplate(id: string): TemplateManifest {
  const hit = templateCache.get(id);
  if (hit) return hit;
  const dir = path.join('templates', id);
  const file = path.join(packageRoot(), dir, 'template.yaml');
  if (!existsSync(file)) throw new Error(`template pack not found: ${dir}/template.yaml`);
  const parsed = templateManifest.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${dir}/template.yaml: ${parsed.error.message}`);
  if (parsed.data.id !== id)
    throw new Error(`${dir}/template.yaml: id "${parsed.data.id}" does not match the folder name`);
  const manifest: TemplateManifest = {
    ...parsed.data,
    dir,
    articles: parsed.data.articles.map((a) => (typeof a === 'string' ? { id: a } : a)),
  };
  templateCache.set(id, manifest);
  return manifest;
}

/** A file of a pack (its starter, a partial, a document source), read as text. */
export function readPackFile(pack: TemplateManifest, rel: string): { file: string; text: string } {
  const file = path.join(pack.dir, rel);
  return { file, text: readFileSync(path.join(packageRoot(), file), 'utf8') };
}
