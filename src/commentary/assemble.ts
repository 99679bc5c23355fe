// guideline Document + commentary/*.md → CommentaryDocument. The commentary is expanded with the
// same view as the clauses, so it speaks of the options this client chose, and its references
// resolve against the guideline's numbering.
import type { List, PhrasingContent, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { AssemblyContext } from '../assemble/assemble.js';
import { joinLines, phrasingText } from '../assemble/markdown-to-article.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { CommentaryDocument, Document, Inline, ProseBlock } from '../model/types.js';
import { resolveInlines } from '../resolve/resolve.js';
import { INTRODUCTION_ID, loadCommentary, type CommentarySource } from '../source/commentary.js';
import { proseDigits } from '../template/view.js';

export const COMMENTARY_SECTIONS = ['趣旨', '解説', 'カスタマイズのポイント', '削除・変更する場合の注意', '関係法令'] as const;
export const INTRODUCTION_TITLE = '本ガイドラインの考え方';

const parser = unified().use(remarkParse);

/** Literal text of a paragraph or heading, lines joined as the clauses join them. */
function text(nodes: readonly PhrasingContent[], source: string): string {
  return joinLines(phrasingText(nodes, source));
}

interface Expanded {
  blocks: ProseBlock[];
  diagnostics: Diagnostic[];
}

function expandSource(source: CommentarySource, ctx: AssemblyContext): Expanded {
  const markdown = ctx.expand(source);
  if (typeof markdown !== 'string') return { blocks: [], diagnostics: [markdown] };
  const diagnostics: Diagnostic[] = [];
  const tree = parser.parse(markdown) as Root;
  // The commentary's own digits follow the document's width; config values stay as written.
  const inlines = (s: string): Inline[] =>
    ctx.tokens.split(s).flatMap((p): Inline[] => {
      if (p.kind === 'text') return p.value === '' ? [] : [{ type: 'text', value: proseDigits(p.value, ctx.style.digits) }];
      if (p.kind === 'value') return [{ type: 'value', value: p.value, field: p.field }];
      if (p.kind === 'ref') return [{ type: 'ref', target: p.target, origin: { file: source.file } }];
      return [];
    });
  const listItems = (list: List): Inline[][] =>
    list.children.flatMap((li) =>
      li.children.flatMap((c) => (c.type === 'paragraph' ? [inlines(text(c.children, markdown))] : c.type === 'list' ? listItems(c) : [])),
    );
  const blocks: ProseBlock[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
      blocks.push({ type: 'heading', depth: node.depth, content: inlines(text(node.children, markdown)) });
    } else if (node.type === 'paragraph') {
      const content = inlines(text(node.children, markdown));
      if (content.length > 0) blocks.push({ type: 'prose', content });
    } else if (node.type === 'list') {
      blocks.push({ type: 'list', items: listItems(node) });
    } else if (node.type !== 'html') {
      diagnostics.push({
        rule: 'commentary/structure',
        severity: 'error',
        file: source.file,
        ...(node.position ? { position: { line: node.position.start.line + source.bodyLine - 1, column: 1 } } : {}),
        message: `逐条解説に使えない Markdown 要素（${node.type}）があります`,
      });
    }
  }
  return { blocks, diagnostics };
}

function plain(content: readonly Inline[]): string {
  return content.map((c) => (c.type === 'ref' ? '' : c.value)).join('');
}

export function assembleCommentary(guideline: Document, ctx: AssemblyContext): { commentary: CommentaryDocument; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const resolveAll = (blocks: ProseBlock[], where: string, file: string) => {
    for (const b of blocks) {
      const contents = b.type === 'list' ? b.items : [b.content];
      for (const c of contents) diagnostics.push(...resolveInlines(c, guideline, where, file));
    }
  };

  const introSource = loadCommentary(INTRODUCTION_ID);
  let introduction: ProseBlock[] = [];
  if (!introSource) {
    diagnostics.push({ rule: 'C-COMMENTARY', severity: 'error', file: `commentary/${INTRODUCTION_ID}.md`, message: '逐条解説書の序章（本ガイドラインの考え方）がありません' });
  } else {
    const r = expandSource(introSource, ctx);
    diagnostics.push(...r.diagnostics);
    resolveAll(r.blocks, '逐条解説書の序章', introSource.file);
    introduction = r.blocks;
  }

  const sections = guideline.articles.flatMap((article) => {
    const source = loadCommentary(article.id);
    const where = `第${article.number}条（${article.title}）の解説`;
    if (!source) {
      diagnostics.push({
        rule: 'C-COMMENTARY',
        severity: 'error',
        file: `commentary/${article.id}.md`,
        message: `${where}がありません（commentary/${article.id}.md）`,
        hint: 'docs/authoring-commentary.md の形式で解説を書いてください',
      });
      return [];
    }
    const r = expandSource(source, ctx);
    diagnostics.push(...r.diagnostics);
    const headings = r.blocks.filter((b) => b.type === 'heading' && b.depth === 2).map((b) => plain((b as { content: Inline[] }).content));
    if (headings.join('|') !== COMMENTARY_SECTIONS.join('|')) {
      diagnostics.push({
        rule: 'commentary/structure',
        severity: 'error',
        file: source.file,
        message: `${where}の見出しが ${COMMENTARY_SECTIONS.map((h) => `「${h}」`).join('')} の順になっていません（いまは ${headings.map((h) => `「${h}」`).join('') || 'なし'}）`,
      });
    }
    resolveAll(r.blocks, where, source.file);
    return [{ type: 'commentary-section' as const, article, blocks: r.blocks }];
  });

  return {
    commentary: {
      type: 'commentary',
      meta: { ...guideline.meta, title: `${guideline.meta.title}逐条解説書` },
      guideline,
      introduction: { title: INTRODUCTION_TITLE, blocks: introduction },
      sections,
    },
    diagnostics,
  };
}
