// Unfilled marks, shared by C-PLACEHOLDER (in a guideline) and the config check (in a value, so
// the config is refused at its field rather than the guideline at its article): template syntax,
// runs of ○●□△×＊, bracketed blanks (【会社名】［住所］＜名称＞), 株式会社○, XX, underscores. 〇 (the
// kanji zero) is a mark only outside a number (「二〇二六年」). Matched on text after norm().
export const PLACEHOLDER = new RegExp(
  [
    '\\{\\{[^}]*\\}\\}',
    '[○●◯□■△▲×✕＊*]{2,}',
    '(?<![〇一二三四五六七八九十])〇{2,}(?![〇一二三四五六七八九十年月日])',
    '(株式会社|有限会社|合同会社)[○〇●◯□△×＊*](?![○〇●◯□△×＊*])',
    '[【［\\[＜<〈][^】］\\]＞>〉]{0,12}(名|名称|住所|日付|番号|会社|氏名|連絡先|URL|アドレス)[】］\\]＞>〉]',
    'XX+',
    '＿{2,}',
    '_{3,}',
  ].join('|'),
);
