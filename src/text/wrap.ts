const graphemes = new Intl.Segmenter('nb', { granularity: 'grapheme' });

/**
 * Display width of plain text in terminal columns, counted in code points: never less than what
 * a terminal shows for Latin, Norwegian and Sámi letters, even in decomposed form.
 */
export const columns = (s: string): number => [...s].length;

/** Splits a word that cannot fit into pieces of at most `width` columns, never inside a letter. */
function breakWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const { segment } of graphemes.segment(word)) {
    if (piece && columns(piece) + columns(segment) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += segment;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** «§ 13» and «nr. 294» are not broken between the sign and the number. */
const GLUED = /(§|nr\.) (?=\d)/g;
const NBSP = '\u00a0';

/**
 * Word-wraps text to `width` columns: the first line starts with `first`, the others with `rest`
 * (a hanging indent). Line breaks in the text start new lines; a word longer than a line is
 * broken. Runs of spaces collapse to one; a non-breaking space (and the one in «§ 13») holds its
 * words together and is written as a space.
 */
export function wrap(text: string, width: number, first = '', rest = first): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  const flush = () => {
    lines.push(line.trimEnd().replaceAll(NBSP, ' '));
    line = rest;
    empty = true;
  };
  text.split(/\r?\n/).forEach((paragraph, i) => {
    if (i > 0) flush();
    for (const word of paragraph.replace(GLUED, `$1${NBSP}`).split(/[^\S\u00a0]+/).filter(Boolean)) {
      if (!empty && columns(line) + 1 + columns(word) > width) flush();
      let remaining = word;
      while (remaining) {
        const room = Math.max(1, width - columns(line) - (empty ? 0 : 1));
        // Segmenting into graphemes is slow; only a word that does not fit needs it.
        const [piece = '', ...others] = columns(remaining) <= room ? [remaining] : breakWord(remaining, room);
        line += (empty ? '' : ' ') + piece;
        empty = false;
        remaining = others.join('');
        if (remaining) flush();
      }
    }
  });
  lines.push(line.trimEnd());
  return lines;
}
