// Reads the clause library (clauses/<id>.md) and the template manifests (templates/<id>/template.yaml).
import { readFileSync, existsSync } from 'node:fs';
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

const templateManifest = z
  .object({
    id: z.string(),
    version: z.string(),
    title: z.string(),
    articles: z.array(
      z.union([z.string(), z.object({ id: z.string(), optional: z.string() }).strict()]),
    ),
  })
  .strict();

export interface TemplateArticle {
  id: string;
  /** Name of the `optional.*` config switch, when the article is optional. */
  optional?: string;
}

export interface TemplateManifest {
  id: string;
  version: string;
  title: string;
  articles: TemplateArticle[];
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

export function loadTemplate(id: string): TemplateManifest {
  const hit = templateCache.get(id);
  if (hit) return hit;
  const file = path.join(packageRoot(), 'templates', id, 'template.yaml');
  const parsed = templateManifest.parse(parse(readFileSync(file, 'utf8')));
  const manifest: TemplateManifest = {
    ...parsed,
    articles: parsed.articles.map((a) => (typeof a === 'string' ? { id: a } : a)),
  };
  templateCache.set(id, manifest);
  return manifest;
}
