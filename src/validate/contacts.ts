// Contact details as the text writes them (after norm(): ASCII digits, dashes between digits as
// 「-」). A Japanese phone number starts with 0 or +81, in groups separated by hyphens, spaces or
// brackets (「03-1234-5678」「(03) 1234 5678」「+81 3 1234 5678」「0120000000」); a postal code
// (「〒0600001」) is none.
export const PHONE_NUMBER =
  /(?<![\d-])(\+81[-\s(]*\d{1,4}[-\s)]+|\(0\d{1,4}\)[-\s]*|0\d{1,4}[-\s]+)\d{1,4}[-\s]+\d{3,4}(?![\d-])|(?<![\d-])0\d{9,10}(?![\d-])/;
export const EMAIL_ADDRESS = /[\w.+-]+@[\w-]+(\.[\w-]+)+/;
export const URL = /https?:\/\/[^\s()（）、。]+|www\.[\w-]+\.[\w.-]+/;
export const POSTAL_ADDRESS = /〒\s?\d{3}-?\d{4}|郵便番号\s?\d{3}-?\d{4}/;
/** What an email-only guideline must not say: phone, call or recording wording, a phone number. */
export const PHONE_WORDING = new RegExp(
  `電話|通話|録音|架電|受話|フリーダイヤル|${PHONE_NUMBER.source}`,
);
/** A postal address as the listing of channels must show it: a 〒 mark, or 都道府県 and 市区町村. */
export const POSTAL_DETAIL: readonly RegExp[] = [/〒/, /[都道府県][^。]{1,12}[市区町村郡]/];
