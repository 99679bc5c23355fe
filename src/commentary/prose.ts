// Commentary sources (Markdown after Handlebars) → ProseBlocks: headings, paragraphs, bullet lists
// and, in the appendix, block quotes as model texts (文例). Digits of the commentary's own text
// follow the document's width; config values stay as written; references become RefNodes.
import type { Blockquote, List, PhrasingContent, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { AssemblyContext } from '../assemble/assemble.js';
import { joinLines, phrasingText } from '../assemble/markdown-to-article.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Inline, ModelTextLine, ProseBlock } from '../model/types.js';
import { proseDigits } from '../template/view.js';

const parser = unified().use(remarkParse);

/** Literal text of a paragraph or heading, lines joined as the clauses join them. */
function text(nodes: readonly PhrasingContent[], source: string): string {
  return joinLines(phrasingText(nodes, source));
}

export interface ProseSource {
  file: string;
  body: string;
  /** Line of the file the body starts on (for diagnostics). */
  bodyLine: number;
}

export interface Expanded {
  blocks: ProseBlock[];
  diagnostics: Diagnostic[];
}

/** Marks a line of a 文例 to be set to the right (「→ （日付）」) or flush left (「← （氏名）様」). */
const RIGHT_MARK = /^→\s*/;
const LEFT_MARK = /^←\s*/;

/** Splits a string with tokens into inline nodes (text in the document's digits). */
export function tokenInlines(s: string, ctx: AssemblyContext, file: string): Inline[] {
  return ctx.tokens.split(s).flatMap((p): Inline[] => {
    if (p.kind === 'text')
      return p.value === ''
        ? []
        : [{ type: 'text', value: proseDigits(p.value, ctx.style.digits) }];
    if (p.kind === 'value') return [{ type: 'value', value: p.value, field: p.field }];
    if (p.kind === 'ref') return [{ type: 'ref', target: p.target, origin: { file } }];
    return [];
  });
}

/**
 * Expands a commentary source with the client's view and reads it into prose blocks.
 * `modelTexts`: block quotes are model texts (the appendix); elsewhere they are an error.
 */
export function expandProse(
  source: ProseSource,
  ctx: AssemblyContext,
  options: { modelTexts?: boolean } = {},
): Expanded {
  const markdown = ctx.expand(source);
  if (typeof markdown !== 'string') return { blocks: [], diagnostics: [markdown] };
  const diagnostics: Diagnostic[] = [];
  const tree = parser.parse(markdown) as Root;
  const inlines = (s: string): Inline[] => tokenInlines(s, ctx, source.file);
  const listItems = (list: List): Inline[][] =>
    list.children.flatMap((li) =>
      li.children.flatMap((c) =>
        c.type === 'paragraph'
          ? [inlines(text(c.children, markdown))]
          : c.type === 'list'
            ? listItems(c)
            : [],
      ),
    );
  const problem = (type: string, line: number | undefined) =>
    diagnostics.push({
      rule: 'commentary/structure',
      severity: 'error',
      file: source.file,
      ...(line !== undefined ? { position: { line: line + source.bodyLine - 1, column: 1 } } : {}),
      message: `逐条解説に使えない Markdown 要素（${type}）があります`,
    });
  const modelText = (quote: Blockquote): ModelTextLine[] =>
    quote.children.flatMap((c): ModelTextLine[] => {
      if (c.type === 'heading')
        return [{ kind: 'title', content: inlines(text(c.children, markdown)) }];
      if (c.type === 'list') return listItems(c).map((content) => ({ kind: 'item', content }));
      if (c.type === 'paragraph') {
        const t = text(c.children, markdown);
        if (t === '記') return [{ kind: 'center', content: inlines(t) }];
        if (t === '以上') return [{ kind: 'right', content: inlines(t) }];
        if (RIGHT_MARK.test(t))
          return [{ kind: 'right', content: inlines(t.replace(RIGHT_MARK, '')) }];
        if (LEFT_MARK.test(t))
          return [{ kind: 'left', content: inlines(t.replace(LEFT_MARK, '')) }];
        return [{ kind: 'paragraph', content: inlines(t) }];
      }
      if (c.type !== 'html') problem(c.type, c.position?.start.line);
      return [];
    });

  const blocks: ProseBlock[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
      blocks.push({
        type: 'heading',
        depth: node.depth,
        content: inlines(text(node.children, markdown)),
      });
    } else if (node.type === 'paragraph') {
      const content = inlines(text(node.children, markdown));
      if (content.length > 0) blocks.push({ type: 'prose', content });
    } else if (node.type === 'list') {
      blocks.push({ type: 'list', items: listItems(node) });
    } else if (node.type === 'blockquote' && options.modelTexts) {
      const lines = modelText(node);
      if (lines.length > 0) blocks.push({ type: 'model-text', lines });
    } else if (node.type !== 'html') {
      problem(node.type, node.position?.start.line);
    }
  }
  return { blocks, diagnostics };
}
