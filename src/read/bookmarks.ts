// The bookmark names hinagata's Word files carry: `art_<id>` on each article heading and
// `p_<article>__<label>` on each labelled 項, the targets of the REF fields in the text. Word allows
// a letter first, then letters, digits and underscores, at most 40 characters, so 「-」 becomes
// 「_」 and long names are cut. encode* are the names the writer (src/render/docx/body.ts) gives;
// decode* read them back. Ids and labels are [a-z][a-z0-9-]* (src/source/clauses.ts), so 「_」 →
// 「-」 is exact for them; a cut name is matched against the ids the reader knows instead.

const MAX = 40;

const safe = (s: string): string => s.replace(/[^A-Za-z0-9]/g, '_');

export function encodeArticleBookmark(id: string): string {
  return `art_${safe(id)}`.slice(0, MAX);
}

export function encodeParagraphBookmark(articleId: string, label: string): string {
  // 「__」 separates the article id from the label (both use 「_」 for 「-」).
  return `p_${safe(articleId)}__${safe(label)}`.slice(0, MAX);
}

const unsafe = (s: string): string => s.replace(/_/g, '-');

/** The article id an `art_…` bookmark names, or undefined for any other bookmark. */
export function decodeArticleBookmark(
  name: string,
  knownIds: Iterable<string> = [],
): string | undefined {
  if (!name.startsWith('art_') || name.length <= 4) return undefined;
  for (const id of knownIds) if (encodeArticleBookmark(id) === name) return id;
  return unsafe(name.slice(4));
}

/** The article id and 項 label a `p_…__…` bookmark names, or undefined for any other bookmark. */
export function decodeParagraphBookmark(
  name: string,
  knownIds: Iterable<string> = [],
): { article: string; label: string } | undefined {
  if (!name.startsWith('p_')) return undefined;
  for (const id of knownIds) {
    const prefix = `p_${safe(id)}__`;
    if (name.startsWith(prefix) && name.length > prefix.length)
      return { article: id, label: unsafe(name.slice(prefix.length)) };
  }
  const sep = name.indexOf('__', 2);
  if (sep <= 2 || sep + 2 >= name.length) return undefined;
  return { article: unsafe(name.slice(2, sep)), label: unsafe(name.slice(sep + 2)) };
}
