// Reads commentary/<clause-id>.md (逐条解説), commentary/_introduction.md (the opening chapter)
// and commentary/_appendix.md (付録 文例).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { splitFrontMatter } from './front-matter.js';
import { packageRoot } from './paths.js';

export interface CommentarySource {
  id: string;
  file: string;
  body: string;
  bodyLine: number;
}

export const INTRODUCTION_ID = '_introduction';
export const APPENDIX_ID = '_appendix';

const cache = new Map<string, CommentarySource | null>();

export function loadCommentary(id: string): CommentarySource | undefined {
  const hit = cache.get(id);
  if (hit !== undefined) return hit ?? undefined;
  const rel = path.join('commentary', `${id}.md`);
  const abs = path.join(packageRoot(), rel);
  if (!existsSync(abs)) {
    cache.set(id, null);
    return undefined;
  }
  const { data, body, bodyLine } = splitFrontMatter(readFileSync(abs, 'utf8'));
  const declared = (data as { id?: unknown }).id;
  if (declared !== id)
    throw new Error(`${rel}: front matter id "${String(declared)}" does not match the file name`);
  const source = { id, file: rel, body, bodyLine };
  cache.set(id, source);
  return source;
}
