/**
 * Aligns two sequences of blocks (paragraphs, table rows) the way a reader compares versions:
 * identical blocks by a longest common subsequence on their keys, then, between those anchors,
 * blocks of the same kind whose wording is close enough are paired as «changed».
 */

export type Step<T> =
  | { op: 'equal'; old: T; new: T }
  | { op: 'changed'; old: T; new: T }
  | { op: 'delete'; old: T }
  | { op: 'insert'; new: T };

export interface AlignOptions<T> {
  key: (b: T) => string;
  /** 0..1; pairs below `threshold` stay a deletion and an insertion. */
  similarity: (a: T, b: T) => number;
  threshold: number;
}

export function align<T>(oldList: readonly T[], newList: readonly T[], opts: AlignOptions<T>): Step<T>[] {
  const ok = oldList.map(opts.key);
  const nk = newList.map(opts.key);
  const n = oldList.length;
  const m = newList.length;
  // lcs[i][j]: LCS length of old[i..] and new[j..]
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = ok[i] === nk[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const steps: Step<T>[] = [];
  let gapOld: T[] = [];
  let gapNew: T[] = [];
  const flush = () => {
    steps.push(...pairGap(gapOld, gapNew, opts));
    gapOld = [];
    gapNew = [];
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && ok[i] === nk[j]) {
      flush();
      steps.push({ op: 'equal', old: oldList[i]!, new: newList[j]! });
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) gapNew.push(newList[j++]!);
    else gapOld.push(oldList[i++]!);
  }
  flush();
  return steps;
}

/** Best order-preserving pairing inside a gap (maximum total similarity); the rest are deletions before insertions. */
function pairGap<T>(olds: T[], news: T[], opts: AlignOptions<T>): Step<T>[] {
  if (olds.length === 0) return news.map((b) => ({ op: 'insert', new: b }));
  if (news.length === 0) return olds.map((b) => ({ op: 'delete', old: b }));
  const n = olds.length;
  const m = news.length;
  const sim = olds.map((a) => news.map((b) => {
    const s = opts.similarity(a, b);
    return s >= opts.threshold ? s : 0;
  }));
  const best = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) best[i]![j] = Math.max(best[i + 1]![j]!, best[i]![j + 1]!, sim[i]![j]! > 0 ? sim[i]![j]! + best[i + 1]![j + 1]! : 0);
  const steps: Step<T>[] = [];
  let pendingOld: T[] = [];
  let pendingNew: T[] = [];
  const emit = () => {
    steps.push(...pendingOld.map((b): Step<T> => ({ op: 'delete', old: b })), ...pendingNew.map((b): Step<T> => ({ op: 'insert', new: b })));
    pendingOld = [];
    pendingNew = [];
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const here = best[i]![j]!;
    if (sim[i]![j]! > 0 && Math.abs(here - (sim[i]![j]! + best[i + 1]![j + 1]!)) < 1e-12) {
      emit();
      steps.push({ op: 'changed', old: olds[i]!, new: news[j]! });
      i++;
      j++;
    } else if (Math.abs(here - best[i + 1]![j]!) < 1e-12) pendingOld.push(olds[i++]!);
    else pendingNew.push(news[j++]!);
  }
  pendingOld.push(...olds.slice(i));
  pendingNew.push(...news.slice(j));
  emit();
  return steps;
}
