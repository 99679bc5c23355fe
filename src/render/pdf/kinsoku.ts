// Where a Japanese line may break: UAX #14 (the `linebreak` package) tightened to the strict
// Japanese rules (禁則): no line starts with small kana, 々, or the long-vowel mark ー, which UAX #14
// treats as ordinary ideographs in its default (normal) tailoring.
import LineBreaker from 'linebreak';

/** UAX #14 class CJ and friends: never at the start of a line in strict Japanese typesetting. */
const NO_BREAK_BEFORE = new Set([
  ...'ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿーゝゞヽヾ々〻゛゜',
]);

/** Offsets (UTF-16) before which a line may break, ascending; the end of the text is last. */
export function breakOpportunities(text: string): number[] {
  const out: number[] = [];
  const breaker = new LineBreaker(text);
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    const next = text.codePointAt(bk.position);
    if (
      bk.position < text.length &&
      next !== undefined &&
      NO_BREAK_BEFORE.has(String.fromCodePoint(next))
    )
      continue;
    out.push(bk.position);
  }
  return out;
}
