import { provisionRule } from '../provision.js';

/**
 * A channel with its contact: 「電話（03-1234-5678）」 (a detail in brackets after the channel's
 * name, in whatever form the config wrote it; whether it is a phone number, an address… is
 * C-CHANNEL-CONTACT's question), or a contact detail written out (a phone number, an e-mail
 * address, a URL, a postal code).
 */
export const CONTACT =
  /(電話|メール|フォーム|郵便|郵送|ファクシミリ|FAX|ファックス)[^。()]{0,20}\(|\d[\d\-() ]{6,}\d|[\w.+-]+@[\w-]+\.[\w.-]+|https?:\/\/\S+|〒\s?\d{3}-?\d{4}/i;

export default provisionRule({
  id: 'P-INTAKE-CHANNELS',
  title: '相談受付の方法',
  summary:
    '相談受付の方法の条が、受け付ける方法をその連絡先とともに定め、それ以外の方法による相談を受け付けないこと',
  articles: ['intake-method'],
  requires: [
    {
      what: '受付の方法と連絡先',
      says: CONTACT,
      context: /受け付ける|受け付けます|受付を行う|相談を受ける|受け付けるものとする/,
    },
    {
      what: 'それ以外の方法では受け付けない旨',
      says: [
        /(以外|によらない|によらず|以外で)[^。]*?(受け付けない|受付をしない|受け付けず|応じない|応じず|取り扱わない|取り扱わず|受け付けません|応じません|受理しない|受理せず)/,
        /(に限り|に限って|のみ(により|によって|で|を))[^。]*?(受け付ける|受付を行う|受け付けます)/,
      ],
    },
  ],
  restore:
    '当社は、相談窓口において、次に掲げる方法により相談を受け付けるものとする。（各方法とその連絡先）／当社は、前項に定める方法以外の方法による相談は、受け付けないものとする。',
});
