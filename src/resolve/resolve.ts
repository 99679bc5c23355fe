// Resolves references by id to the articles' computed numbers. Never throws: a reference that
// cannot be resolved is marked broken and reported.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Document, Inline, Item, RefNode } from '../model/types.js';

function* refsIn(content: readonly Inline[]): Generator<RefNode> {
  for (const node of content) if (node.type === 'ref') yield node;
}

function* itemRefs(items: readonly Item[]): Generator<RefNode> {
  for (const item of items) {
    yield* refsIn(item.content);
    yield* itemRefs(item.children);
  }
}

export function resolveReferences(doc: Document): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const byId = new Map(doc.articles.map((a) => [a.id, a]));
  for (const article of doc.articles) {
    for (const paragraph of article.paragraphs) {
      for (const ref of [...refsIn(paragraph.content), ...itemRefs(paragraph.items)]) {
        const target = byId.get(ref.target.article);
        if (!target) {
          ref.resolved = {
            status: 'broken',
            reason: `条「${ref.target.article}」はこの文書にありません`,
          };
        } else if (ref.target.paragraph !== undefined) {
          const index = target.paragraphs.findIndex((p) => p.label === ref.target.paragraph);
          ref.resolved =
            index < 0
              ? {
                  status: 'broken',
                  reason: `条「${target.id}」に項「${ref.target.paragraph}」はありません`,
                }
              : {
                  status: 'ok',
                  article: target.number,
                  paragraph: index + 1,
                  paragraphCount: target.paragraphs.length,
                };
        } else {
          ref.resolved = {
            status: 'ok',
            article: target.number,
            paragraphCount: target.paragraphs.length,
          };
        }
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
  }
  return diagnostics;
}
