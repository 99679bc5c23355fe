// Splits `---` YAML front matter from a Markdown body, keeping the body's first line number.
import { parse } from 'yaml';

export interface FrontMatterSplit {
  data: unknown;
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
}

export function splitFrontMatter(text: string): FrontMatterSplit {
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(src);
  if (!match) return { data: {}, body: src, bodyLine: 1 };
  const head = match[0];
  return {
    data: parse(match[1] ?? '') ?? {},
    body: src.slice(head.length),
    bodyLine: head.split('\n').length - (head.endsWith('\n') ? 1 : 0) + 1,
  };
}
