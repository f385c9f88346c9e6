/**
 * The visible text of a main document part, reduced to what survives a plain open-and-save in
 * Word: the characters of its w:t elements and the paragraph breaks. Word rewrites run
 * boundaries, ids and attributes when it saves, but not this; so a change here means someone
 * edited the wording.
 */
export function bodyText(documentXml: string): string {
  // `[^<>]` (attribute values never hold «<») keeps a crafted part from making the scan quadratic.
  let out = '';
  for (const m of documentXml.matchAll(/<w:t(?:\s[^<>]*)?>([^<]*)<\/w:t>|<\/w:p>/g)) out += m[1] === undefined ? '\n' : unescapeXml(m[1]);
  return out;
}

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi, (_m, e: string) => {
    const lower = e.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[lower]!;
  });
}
