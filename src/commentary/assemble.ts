// guideline Document + commentary/*.md (+ the template's law map) → CommentaryDocument. The
// commentary is expanded with the same view as the clauses, so it speaks of the options this
// client chose, and its references resolve against the guideline's numbering.
import type { AssemblyContext } from '../assemble/assemble.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { CommentaryDocument, Document, Inline, ProseBlock } from '../model/types.js';
import { proseInlines } from '../model/visit.js';
import { digits } from '../number/format.js';
import { resolveInlines } from '../resolve/resolve.js';
import { APPENDIX_ID, INTRODUCTION_ID, loadCommentary } from '../source/commentary.js';
import { LAW_AS_OF } from '../law/as-of.js';
import { lawTableChapter } from './law-table.js';
import { expandProse } from './prose.js';

export const COMMENTARY_SECTIONS = [
  '趣旨',
  '解説',
  'カスタマイズのポイント',
  '削除・変更する場合の注意',
  '関係法令',
] as const;
export const INTRODUCTION_TITLE = '本ガイドラインの考え方';
export const APPENDIX_TITLE = '付録\u3000文例';

function plain(content: readonly Inline[]): string {
  return content.map((c) => (c.type === 'ref' ? '' : c.value)).join('');
}

export function assembleCommentary(
  guideline: Document,
  ctx: AssemblyContext,
): { commentary: CommentaryDocument; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const resolveAll = (blocks: ProseBlock[], where: string, file: string) => {
    for (const b of blocks)
      for (const c of proseInlines(b))
        diagnostics.push(...resolveInlines(c, guideline, where, file));
  };

  const introSource = loadCommentary(INTRODUCTION_ID);
  let introduction: ProseBlock[] = [];
  if (!introSource) {
    diagnostics.push({
      rule: 'C-COMMENTARY',
      severity: 'error',
      file: `commentary/${INTRODUCTION_ID}.md`,
      message: '逐条解説書の序章（本ガイドラインの考え方）がありません',
    });
  } else {
    const r = expandProse(introSource, ctx);
    diagnostics.push(...r.diagnostics);
    resolveAll(r.blocks, '逐条解説書の序章', introSource.file);
    introduction = r.blocks;
  }

  const lawTable = lawTableChapter(guideline, ctx);
  diagnostics.push(...lawTable.diagnostics);

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
    const r = expandProse(source, ctx);
    diagnostics.push(...r.diagnostics);
    const headings = r.blocks
      .filter((b) => b.type === 'heading' && b.depth === 2)
      .map((b) => plain((b as { content: Inline[] }).content));
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

  const appendixSource = loadCommentary(APPENDIX_ID);
  let appendix: ProseBlock[] = [];
  if (!appendixSource) {
    diagnostics.push({
      rule: 'C-COMMENTARY',
      severity: 'error',
      file: `commentary/${APPENDIX_ID}.md`,
      message: '逐条解説書の付録（文例）がありません',
    });
  } else {
    const r = expandProse(appendixSource, ctx, { modelTexts: true });
    diagnostics.push(...r.diagnostics);
    resolveAll(r.blocks, '逐条解説書の付録', appendixSource.file);
    // Each model text's heading is numbered in order: 「文例１　…」 (texts an option leaves out
    // leave no gap).
    let n = 0;
    appendix = r.blocks.map((b) =>
      b.type === 'heading' && b.depth === 2
        ? {
            ...b,
            content: [
              { type: 'text' as const, value: `文例${digits(++n, ctx.style)}\u3000` },
              ...b.content,
            ],
          }
        : b,
    );
  }

  return {
    commentary: {
      type: 'commentary',
      meta: { ...guideline.meta, title: `${guideline.meta.title}逐条解説書` },
      lawAsOf: LAW_AS_OF,
      guideline,
      introduction: {
        id: 'introduction',
        title: INTRODUCTION_TITLE,
        blocks: introduction,
        file: `commentary/${INTRODUCTION_ID}.md`,
      },
      ...(lawTable.chapter ? { lawTable: lawTable.chapter } : {}),
      sections,
      ...(appendixSource
        ? {
            appendix: {
              id: 'appendix',
              title: APPENDIX_TITLE,
              blocks: appendix,
              file: appendixSource.file,
            },
          }
        : {}),
    },
    diagnostics,
  };
}
