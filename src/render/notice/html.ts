// NoticeDocument → an HTML fragment a company pastes into its website: no <html>, <head>, script,
// style or external resource; every value escaped (hast-util-to-html); one stable class prefix
// (`hinagata-notice`) so the site's own stylesheet can style it.
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { NoticeDocument } from '../../model/notice.js';
import { noticeLines } from './lines.js';

export const NOTICE_CLASS = 'hinagata-notice';
const c = (part: string) => `${NOTICE_CLASS}__${part}`;

export function renderNoticeHtml(doc: NoticeDocument): string {
  const body: ElementContent[] = [];
  let list: Element | undefined;
  let closing: Element | undefined;
  const section = () => {
    list = undefined;
  };
  for (const line of noticeLines(doc)) {
    switch (line.kind) {
      case 'title':
        body.push(h('h2', { className: [c('title')] }, line.text));
        break;
      case 'subtitle':
        body.push(h('p', { className: [c('subtitle')] }, line.text));
        break;
      case 'heading':
        section();
        body.push(h('h3', { className: [c('heading')] }, line.text));
        break;
      case 'text':
        section();
        body.push(h('p', { className: [c('text')] }, line.text));
        break;
      case 'item':
        if (!list) {
          list = h('ul', { className: [c('list')] });
          body.push(list);
        }
        list.children.push(h('li', { className: [c('item')] }, line.text));
        break;
      case 'closing':
      case 'issuer':
        section();
        if (!closing) {
          closing = h('div', { className: [c('closing')] });
          body.push(closing);
        }
        closing.children.push(
          h('p', { className: [c(line.kind === 'issuer' ? 'issuer' : 'date')] }, line.text),
        );
        break;
    }
  }
  const root = h(
    'section',
    { className: [NOTICE_CLASS, `${NOTICE_CLASS}--${doc.kind}`], lang: 'ja' },
    body,
  );
  return `<!-- ${doc.title}（hinagata が生成。このまま貼り付けて使えます） -->\n${toHtml(root)}\n`;
}
