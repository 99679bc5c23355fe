// Document → a printable A4 HTML page (guideline.html), also the web preview later. Built as hast
// and serialised by hast-util-to-html, so values are escaped by construction.
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Article, Document, Inline, Item } from '../../model/types.js';
import {
  articleLabel,
  digits,
  formatDate,
  itemLabel,
  paragraphLabel,
  refLabel,
} from '../../number/format.js';
import { GUIDELINE_CSS } from './style.js';

type Handlers = {
  [K in Inline['type']]: (node: Extract<Inline, { type: K }>, doc: Document) => ElementContent;
};

// One handler per inline node type: a new node type fails to compile here until it is handled.
const inlineHandlers: Handlers = {
  text: (node) => ({ type: 'text', value: node.value }),
  value: (node) => h('span', { className: ['value'], dataField: node.field }, node.value),
  ref: (node, doc) => {
    const label = refLabel(
      node.resolved ?? { status: 'broken', reason: '' },
      doc.meta.style,
      node.target.form,
    );
    return node.resolved?.status === 'ok'
      ? h(
          'a',
          { className: ['ref'], href: `#${node.target.article}`, dataRef: node.target.article },
          label,
        )
      : h('span', { className: ['ref', 'broken'], dataRef: node.target.article }, label);
  },
};

export function inlines(content: readonly Inline[], doc: Document): ElementContent[] {
  return content.map((n) =>
    (inlineHandlers[n.type] as (n: Inline, d: Document) => ElementContent)(n, doc),
  );
}

function itemList(items: readonly Item[], doc: Document): Element {
  return h(
    'ol',
    { className: ['items', `depth-${items[0]?.depth ?? 1}`] },
    items.map((item) =>
      h('li', { className: ['item'] }, [
        h('span', { className: ['num'] }, itemLabel(item.number, item.depth, doc.meta.style)),
        h('span', { className: ['text'] }, inlines(item.content, doc)),
        ...(item.children.length > 0 ? [itemList(item.children, doc)] : []),
      ]),
    ),
  );
}

/** An article's 項 and 号 (without its heading). */
export function articleBodyHtml(article: Article, doc: Document): Element[] {
  return article.paragraphs.flatMap((p) => {
    const label = paragraphLabel(p.number, doc.meta.style);
    const para = h('p', { className: ['paragraph'], ...(p.label ? { dataLabel: p.label } : {}) }, [
      ...(label ? [h('span', { className: ['num'] }, label)] : []),
      ...inlines(p.content, doc),
    ]);
    return p.items.length > 0 ? [para, itemList(p.items, doc)] : [para];
  });
}

/** The HTML page around a document's body. */
export function htmlPage(
  meta: Pick<Document['meta'], 'title' | 'company' | 'template' | 'templateVersion'>,
  css: string,
  mainClass: string,
  body: ElementContent[],
): string {
  const tree = h('html', { lang: 'ja' }, [
    h('head', [
      h('meta', { charSet: 'utf-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('meta', {
        name: 'generator',
        content: `hinagata (${meta.template} ${meta.templateVersion})`,
      }),
      h('title', `${meta.title}（${meta.company}）`),
      h('style', css),
    ]),
    h('body', h('main', { className: [mainClass] }, body)),
  ]);
  return `<!doctype html>\n${toHtml(tree)}\n`;
}

export function renderHtml(doc: Document): string {
  const style = doc.meta.style;
  const body: ElementContent[] = [
    h('header', { className: ['title-block'] }, [
      h('h1', doc.meta.title),
      h('p', { className: ['company'] }, doc.meta.company),
      h('p', { className: ['dates'] }, [
        `制定\u3000${formatDate(doc.meta.enacted, style)}`,
        ...(doc.revisions.length > 1
          ? [h('br'), `最終改定\u3000${formatDate(doc.meta.lastRevised, style)}`]
          : []),
      ]),
    ]),
  ];
  for (const article of doc.articles) {
    body.push(
      h('section', { className: ['article'], id: article.id, dataArticle: article.id }, [
        h('h2', { className: ['article-heading'] }, [
          h('span', { className: ['article-number'] }, articleLabel(article.number, style)),
          h('span', { className: ['article-title'] }, `（${article.title}）`),
        ]),
        ...articleBodyHtml(article, doc),
      ]),
    );
  }
  body.push(
    h(
      'section',
      { className: ['supplementary'] },
      doc.supplementary.flatMap((block) => [
        h(
          'h2',
          { className: ['supplementary-heading'] },
          block.kind === 'enactment' ? '附則' : `附則（${formatDate(block.date, style)}改定）`,
        ),
        h('p', { className: ['supplementary-text'] }, inlines(block.content, doc)),
      ]),
    ),
  );
  if (doc.revisions.length > 0) {
    body.push(
      h('section', { className: ['revisions'] }, [
        h('h2', '改定履歴'),
        h('table', [
          h('thead', h('tr', [h('th', '版'), h('th', '日付'), h('th', '内容')])),
          h(
            'tbody',
            doc.revisions.map((r) =>
              h('tr', [
                h('td', `第${digits(r.version, style)}版`),
                h('td', formatDate(r.date, style)),
                h('td', inlines(r.summary, doc)),
              ]),
            ),
          ),
        ]),
      ]),
    );
  }
  return htmlPage(doc.meta, GUIDELINE_CSS, 'guideline', body);
}
