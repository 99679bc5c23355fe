// Reads templates/<template>/law-map.yaml: the measures the law requires of the client and the
// articles (and 項) of the template that carry them, for the commentary's 法令対応表.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { loadTemplate } from './clauses.js';
import { packageRoot } from './paths.js';

const id = z.string().regex(/^[a-z][a-z0-9-]*$/);

const carrier = z
  .object({
    /** Article id of the template. */
    article: id,
    /** Paragraph label ({{label "…"}}) within the article; the whole article when absent. */
    paragraph: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .optional(),
    /** Words of the 号 within that paragraph that carries the measure (found by its text). */
    item: z.string().min(1).optional(),
    /** Shown only beside a main carrier (「関連」), never on its own. */
    supporting: z.boolean().default(false),
  })
  .strict();

const measure = z
  .object({
    id,
    /** The measure, short (「相談に応じる窓口の設置及び周知」). */
    requirement: z.string().min(1),
    /** Where the law requires it (「法第33条第1項、指針4（2）」). */
    basis: z.string().min(1),
    carriedBy: z.array(carrier).default([]),
    /** Where the measure must be put when this guideline does not carry it. */
    elsewhere: z.string().min(1),
  })
  .strict();

const lawMapFile = z
  .object({
    title: z.string().min(1),
    /** Lead paragraphs of the chapter: Markdown with the commentary's Handlebars view. */
    lead: z.string().min(1),
    measures: z.array(measure).min(1),
    /** The row for the prefecture's customer-harassment ordinance, when it has one. */
    ordinance: z
      .object({ id, carriedBy: z.array(carrier).min(1), elsewhere: z.string().min(1) })
      .strict()
      .optional(),
  })
  .strict();

export type LawCarrier = z.output<typeof carrier>;
export type LawMeasure = z.output<typeof measure>;

export interface LawMap extends z.output<typeof lawMapFile> {
  /** Path relative to the package root. */
  file: string;
  /** Line of the file where the lead's text starts. */
  leadLine: number;
}

const cache = new Map<string, LawMap | null>();

/**
 * The template's law map, or undefined when the template has none. Throws a plain Error for a
 * broken library file (a developer bug), as the clause reader does.
 */
export function loadLawMap(templateId: string): LawMap | undefined {
  const hit = cache.get(templateId);
  if (hit !== undefined) return hit ?? undefined;
  const rel = path.join('templates', templateId, 'law-map.yaml');
  const abs = path.join(packageRoot(), rel);
  if (!existsSync(abs)) {
    cache.set(templateId, null);
    return undefined;
  }
  const text = readFileSync(abs, 'utf8');
  const parsed = lawMapFile.safeParse(parse(text));
  if (!parsed.success) throw new Error(`${rel}: ${parsed.error.message}`);
  const known = new Set(loadTemplate(templateId).articles.map((a) => a.id));
  const carriers = [
    ...parsed.data.measures.flatMap((m) => m.carriedBy),
    ...(parsed.data.ordinance?.carriedBy ?? []),
  ];
  for (const c of carriers) {
    if (!known.has(c.article))
      throw new Error(`${rel}: article "${c.article}" is not in the template`);
    if (c.item !== undefined && c.paragraph === undefined)
      throw new Error(`${rel}: item "${c.item}" of "${c.article}" needs its paragraph label`);
  }
  const ids = parsed.data.measures.map((m) => m.id);
  const dup = ids.find((m, i) => ids.indexOf(m) !== i);
  if (dup !== undefined) throw new Error(`${rel}: measure id "${dup}" is used twice`);
  const leadAt = text.split('\n').findIndex((l) => /^lead:/.test(l));
  const map: LawMap = { ...parsed.data, file: rel, leadLine: leadAt + 2 };
  cache.set(templateId, map);
  return map;
}
