// Resolves references by id to the articles' computed numbers. Never throws: a reference that
// cannot be resolved is marked broken and reported.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Article, Document, Inline, RefNode, Resolution } from '../model/types.js';
import { refsOf } from '../model/visit.js';

function* refsIn(content: readonly Inline[]): Generator<RefNode> {
  for (const node of content) if (node.type === 'ref') yield node;
}

/**
 * Where a reference by id points in this document. With `from` (the article the reference stands
 * in), a target immediately before or after it is marked `relative`, so it prints 「前条」「次条」
 * (法令 style); the numbers are the ones after options are applied, so this is decided here, after
 * numbering, and never in the clause text.
 */
export function resolveRef(ref: RefNode, doc: Document, from?: Article): Resolution {
  const target = doc.articles.find((a) => a.id === ref.target.article);
  if (!target)
    return { status: 'broken', reason: `条「${ref.target.article}」はこの文書にありません` };
  const relative =
    from === undefined
      ? undefined
      : target.number === from.number - 1
        ? ('previous' as const)
        : target.number === from.number + 1
          ? ('next' as const)
          : undefined;
  const rel = relative ? { relative } : {};
  if (ref.target.paragraph === undefined) {
    return {
      status: 'ok',
      article: target.number,
      paragraphCount: target.paragraphs.length,
      ...rel,
    };
  }
  const index = target.paragraphs.findIndex((p) => p.label === ref.target.paragraph);
  return index < 0
    ? { status: 'broken', reason: `条「${target.id}」に項「${ref.target.paragraph}」はありません` }
    : {
        status: 'ok',
        article: target.number,
        paragraph: index + 1,
        paragraphCount: target.paragraphs.length,
        ...rel,
      };
}

/**
 * Resolves the references in `content` (e.g. of the commentary) against `doc`; reports broken
 * ones. These stand outside the guideline's articles, so they keep absolute numbers 「第N条」. A 項 label that a company's override dropped falls back to the article, with a warning:
 * the commentary cannot know the company's own wording.
 */
export function resolveInlines(
  content: readonly Inline[],
  doc: Document,
  where: string,
  file: string,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const ref of refsIn(content)) {
    ref.resolved = resolveRef(ref, doc);
    const article = doc.articles.find((a) => a.id === ref.target.article);
    const overridden = article?.origin.override === true;
    if (
      ref.resolved.status === 'broken' &&
      article &&
      overridden &&
      ref.target.paragraph !== undefined
    ) {
      ref.resolved = {
        status: 'ok',
        article: article.number,
        paragraphCount: article.paragraphs.length,
      };
      delete ref.target.form;
      out.push({
        rule: 'commentary/override-ref',
        severity: 'warning',
        file: ref.origin?.file ?? file,
        message: `${where}は第${article.number}条の項「${ref.target.paragraph}」を参照していますが、差し替えた条にはその項がないため「第${article.number}条」と示しました`,
        hint: '差し替えた条に合わせて解説を確認してください',
      });
      continue;
    }
    if (ref.resolved.status === 'broken') {
      out.push({
        rule: 'C-XREF',
        severity: 'error',
        file: ref.origin?.file ?? file,
        message: `${where}の参照を解決できません: ${ref.resolved.reason}`,
        hint: '参照先の条を任意の条として有効にするか、{{#if optional.…}} で参照を囲んでください',
      });
    }
  }
  return out;
}

export function resolveReferences(doc: Document): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const article of doc.articles) {
    for (const ref of refsOf(article)) {
      // The guideline's own references: 「前条」「次条」 where the target is adjacent.
      ref.resolved = resolveRef(ref, doc, article);
      if (ref.resolved.status === 'broken') {
        diagnostics.push({
          rule: 'C-XREF',
          severity: 'error',
          file: ref.origin?.file ?? article.origin.file ?? '',
          message: `第${article.number}条（${article.title}）の参照を解決できません: ${ref.resolved.reason}`,
          hint: '参照先の条を任意の条として有効にするか、参照を削除してください',
        });
      }
    }
  }
  return diagnostics;
}
