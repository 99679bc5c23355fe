// Config values and references travel through Handlebars and Markdown as opaque tokens made of
// private-use characters, so a value is never parsed as Markdown or run as a template: the
// assembler swaps each token back for a value or ref node after parsing.
import type { RefTarget } from '../model/types.js';

const VALUE_OPEN = '\uE000';
const VALUE_CLOSE = '\uE001';
const REF_OPEN = '\uE002';
const REF_CLOSE = '\uE003';
const LABEL_OPEN = '\uE004';
const LABEL_CLOSE = '\uE005';

export const TOKEN_PATTERN = /\uE000(\d+)\uE001|\uE002(\d+)\uE003|\uE004([a-z0-9-]+)\uE005/g;

export type TokenPiece =
  | { kind: 'text'; value: string }
  | { kind: 'value'; value: string; field: string }
  | { kind: 'ref'; target: RefTarget }
  | { kind: 'label'; name: string };

export class TokenTable {
  private readonly values: { value: string; field: string }[] = [];
  private readonly refs: RefTarget[] = [];

  value(value: string, field: string): string {
    this.values.push({ value, field });
    return `${VALUE_OPEN}${this.values.length - 1}${VALUE_CLOSE}`;
  }

  ref(target: RefTarget): string {
    this.refs.push(target);
    return `${REF_OPEN}${this.refs.length - 1}${REF_CLOSE}`;
  }

  label(name: string): string {
    return `${LABEL_OPEN}${name}${LABEL_CLOSE}`;
  }

  /** The plain text a token string stands for (for helpers such as join that need the words). */
  plain(s: string): string {
    return s.replace(TOKEN_PATTERN, (_m, v: string | undefined) =>
      v !== undefined ? (this.values[Number(v)]?.value ?? '') : '',
    );
  }

  split(text: string): TokenPiece[] {
    const pieces: TokenPiece[] = [];
    let last = 0;
    for (const m of text.matchAll(TOKEN_PATTERN)) {
      if (m.index > last) pieces.push({ kind: 'text', value: text.slice(last, m.index) });
      const [, v, r, l] = m;
      if (v !== undefined) {
        const entry = this.values[Number(v)];
        if (entry) pieces.push({ kind: 'value', ...entry });
      } else if (r !== undefined) {
        const target = this.refs[Number(r)];
        if (target) pieces.push({ kind: 'ref', target });
      } else if (l !== undefined) {
        pieces.push({ kind: 'label', name: l });
      }
      last = m.index + m[0].length;
    }
    if (last < text.length) pieces.push({ kind: 'text', value: text.slice(last) });
    return pieces;
  }
}

/** Private-use characters a user typed would be mistaken for tokens: they are removed from values. */
export function stripTokenChars(s: string): string {
  return s.replace(/[\uE000-\uE005]/g, '');
}
