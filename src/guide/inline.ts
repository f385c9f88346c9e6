import type { Token, Tokens } from 'marked';

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', laquo: '«', raquo: '»', shy: '\u00ad' };

/**
 * marked leaves character references in text tokens as written («&amp;»), trusting its own HTML
 * renderer to pass them through; our renderers escape text themselves, so references are decoded
 * first. Unknown names stay as written.
 */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** The text a reader sees for inline tokens, markup removed. */
export function plainText(tokens: readonly Token[]): string {
  return tokens
    .map((t): string => {
      switch (t.type) {
        case 'text':
          return 'tokens' in t && t.tokens?.length ? plainText(t.tokens) : decodeEntities(t.text as string);
        case 'escape':
        case 'codespan':
          return t.text as string;
        case 'br':
          return '\n';
        case 'html':
          return t.raw;
        case 'image':
          return t.text as string;
        default: {
          const g = t as Tokens.Generic;
          return g.tokens ? plainText(g.tokens) : ((g.text as string | undefined) ?? '');
        }
      }
    })
    .join('');
}

/** Whitespace runs (including line breaks) as one space, trimmed: how a question is compared and stored. */
export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
