// Page geometry and indents, from japanese-legal-reference.md §1.8: A4, 10.5pt 明朝 body on a
// 40-character line, hanging indents counted in characters.

/** Twentieths of a point. */
export const twips = (pt: number): number => Math.round(pt * 20);
export const mm = (v: number): number => Math.round((v / 25.4) * 1440);

export const BODY_PT = 10.5;
/** One full-width character of body text, in twips (10.5pt). */
export const CHAR = twips(BODY_PT);

export const PAGE = {
  width: mm(210),
  height: mm(297),
  top: mm(30),
  bottom: mm(25),
  left: mm(30),
  right: mm(30),
  header: mm(15),
  footer: mm(12),
  /** Line pitch of the document grid: 10.5pt text at about 1.65 lines. */
  linePitch: 350,
};

/** `w:ind` with character units (Word) and twip fallbacks (other readers). */
export function indentChars(left: number, hanging: number): string {
  return `<w:ind w:leftChars="${left * 100}" w:left="${left * CHAR}" w:hangingChars="${hanging * 100}" w:hanging="${hanging * CHAR}"/>`;
}
