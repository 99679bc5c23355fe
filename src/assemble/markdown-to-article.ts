// Turns the Markdown a clause produced (after Handlebars) into an article's 項 and 号.
// Paragraph → 項, a list after it → its 号, a nested list → イ・ロ・ハ. Tokens in the text become
// value and ref nodes; {{label}} tokens name the paragraph they start.
import type { List, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Inline, Item, Paragraph } from '../model/types.js';
import type { TokenTable } from '../template/tokens.js';

const parser = unified().use(remarkParse);

export interface ArticleBody {
  paragraphs: Paragraph[];
  diagnostics: Diagnostic[];
}

/** Flattens phrasing content to the literal text the author wrote (markup has no meaning here). */
export function phrasingText(nodes: readonly PhrasingContent[], source: string): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case 'text':
          return n.value;
        case 'break':
          return '';
        case 'inlineCode':
        case 'html':
          return n.value;
        default: {
          // emphasis, links…: keep exactly what was typed, markup included, so nothing is lost.
          const start = n.position?.start.offset;
          const end = n.position?.end.offset;
          if (start !== undefined && end !== undefined) return source.slice(start, end);
          return 'children' in n ? phrasingText(n.children as PhrasingContent[], source) : '';
        }
      }
    })
    .join('');
}

/** Japanese text has no spaces between lines: soft line breaks are joined without one. */
export function joinLines(s: string): string {
  return s.replace(/[ \t]*\n[ \t]*/g, '');
}

export function markdownToArticle(
  markdown: string,
  tokens: TokenTable,
  where: { file: string; clause: string; lineOffset: number },
): ArticleBody {
  const diagnostics: Diagnostic[] = [];
  const tree = parser.parse(markdown) as Root;
  const paragraphs: Paragraph[] = [];

  const problem = (node: RootContent | ListItem, message: string) => {
    const line = node.position?.start.line;
    diagnostics.push({
      rule: 'template/structure',
      severity: 'error',
      file: where.file,
      message: `${message}（条 ${where.clause}）`,
      ...(line !== undefined
        ? {
            position: {
              line: line + where.lineOffset - 1,
              column: node.position?.start.column ?? 1,
            },
          }
        : {}),
    });
  };

  const toInlines = (text: string): { content: Inline[]; labels: string[] } => {
    const content: Inline[] = [];
    const labels: string[] = [];
    for (const piece of tokens.split(joinLines(text))) {
      if (piece.kind === 'text') {
        const last = content.at(-1);
        if (last?.type === 'text') last.value += piece.value;
        else if (piece.value !== '') content.push({ type: 'text', value: piece.value });
      } else if (piece.kind === 'value') {
        content.push({ type: 'value', value: piece.value, field: piece.field });
      } else if (piece.kind === 'ref') {
        content.push({
          type: 'ref',
          target: piece.target,
          origin: { clause: where.clause, file: where.file },
        });
      } else {
        labels.push(piece.name);
      }
    }
    // Trim outer whitespace (full-width included) the template may have left.
    const first = content[0];
    if (first?.type === 'text') first.value = first.value.replace(/^[\s\u3000]+/, '');
    const last = content.at(-1);
    if (last?.type === 'text') last.value = last.value.replace(/[\s\u3000]+$/, '');
    return { content: content.filter((c) => c.type !== 'text' || c.value !== ''), labels };
  };

  const listToItems = (list: List, depth: number): Item[] => {
    const items: Item[] = [];
    for (const li of list.children) {
      let content: Inline[] = [];
      let children: Item[] = [];
      for (const child of li.children) {
        if (child.type === 'paragraph') {
          const r = toInlines(phrasingText(child.children, markdown));
          content = content.concat(r.content);
        } else if (child.type === 'list') {
          children = children.concat(listToItems(child, depth + 1));
        } else {
          problem(li, `号の中に使えない要素（${child.type}）があります`);
        }
      }
      if (content.length === 0 && children.length === 0) continue; // an option left it empty
      items.push({ type: 'item', number: items.length + 1, depth, content, children });
    }
    return items;
  };

  for (const node of tree.children) {
    if (node.type === 'paragraph') {
      const { content, labels } = toInlines(phrasingText(node.children, markdown));
      if (content.length === 0) continue; // an option left the paragraph empty
      const line = node.position?.start.line;
      paragraphs.push({
        type: 'paragraph',
        number: paragraphs.length + 1,
        ...(labels[0] !== undefined ? { label: labels[0] } : {}),
        content,
        items: [],
        origin: {
          clause: where.clause,
          file: where.file,
          ...(line !== undefined ? { line: line + where.lineOffset - 1 } : {}),
        },
      });
    } else if (node.type === 'list') {
      const owner = paragraphs.at(-1);
      if (!owner) {
        problem(node, '号の前に柱書き（項の本文）がありません');
        continue;
      }
      const items = listToItems(node, 1);
      owner.items.push(...items.map((it, i) => ({ ...it, number: owner.items.length + i + 1 })));
    } else if (node.type === 'html' && /^<!--[\s\S]*-->$/.test(node.value.trim())) {
      // comments for clause authors
    } else {
      problem(
        node,
        `条文に使えない Markdown 要素（${node.type}）があります。段落（項）と箇条書き（号）だけを使ってください`,
      );
    }
  }
  return { paragraphs, diagnostics };
}
