import { Lexer, type Token, type Tokens } from 'marked';
import { parse as parseYaml } from 'yaml';
import { fail, ok, type Problem, type Result } from '../model/problem.js';
import { keyOfSection } from '../model/schema.js';
import type { ChecklistBlock, Guide, GuideBlock, GuidePoint, GuideQuestion, MarkdownFile } from './model.js';
import { collapse, plainText } from './inline.js';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const NUMBERED = /^\d+\.\d+$/;
const CHECKLIST_HEADING = /^til vurdering:?$/i;
/** A list item that is meant to be a question: «[3.7-2] text». */
const ITEM = /^\[([^\]\n]*)\]\s+([\s\S]*\S)\s*$/;
const ID = /^(\d+\.\d+)-([1-9]\d*)$/;

const guideProblem = (code: string, file: string, message: string): Problem => ({ code, severity: 'feil', pointer: '', message: `${file}: ${message}` });

interface FileState {
  file: string;
  section: string;
  seen: Map<string, string>;
  problems: Problem[];
  count: number;
}

function question(item: Tokens.ListItem, st: FileState): GuideQuestion | undefined {
  const m = ITEM.exec(item.text.trim());
  if (!m) {
    st.problems.push(guideProblem('guide_question_without_id', st.file, `Spørsmålet «${collapse(item.text)}» under «Til vurdering» mangler id. Skriv det som «- [${st.section}-${st.count + 1}] Spørsmålet».`));
    return undefined;
  }
  const [, id, rest] = m as unknown as [string, string, string];
  const parts = ID.exec(id);
  if (!parts) {
    st.problems.push(guideProblem('guide_bad_question_id', st.file, `Spørsmål-id «${id}» har feil form. En id er punktnummeret, bindestrek og spørsmålets nummer, for eksempel «3.7-2».`));
    return undefined;
  }
  if (parts[1] !== st.section)
    st.problems.push(guideProblem('guide_question_section', st.file, `Spørsmål ${id} står i punkt ${st.section}. Id-en skal begynne med punktnummeret: «${st.section}-…».`));
  const other = st.seen.get(id);
  if (other) st.problems.push(guideProblem('guide_duplicate_question', st.file, `Spørsmål ${id} står også i ${other}. Hver id skal brukes én gang.`));
  st.seen.set(id, st.file);
  st.count++;
  if (parts[1] === st.section && Number(parts[2]) !== st.count)
    st.problems.push(guideProblem('guide_question_order', st.file, `Spørsmål ${id} er spørsmål nr. ${st.count} i punktet. Nummerer spørsmålene 1, 2, 3 … i rekkefølge.`));
  const inline = Lexer.lexInline(rest);
  return { id, section: st.section, text: collapse(plainText(inline)), inline };
}

function parseFile(f: MarkdownFile, seen: Map<string, string>, problems: Problem[]): GuidePoint | undefined {
  const fm = FRONT_MATTER.exec(f.text);
  let meta: unknown;
  try {
    meta = fm ? parseYaml(fm[1]!) : undefined;
  } catch {
    meta = undefined;
  }
  const { section, title } = (meta ?? {}) as { section?: unknown; title?: unknown };
  if (typeof section !== 'string' || typeof title !== 'string' || !title.trim()) {
    problems.push(guideProblem('guide_front_matter', f.name, 'Filen skal begynne med front matter som oppgir «section» og «title» (--- section: "3.7" title: "…" ---).'));
    return undefined;
  }
  const number = NUMBERED.test(section) ? section : undefined;
  const key = number ? keyOfSection(number) : undefined;
  const st: FileState = { file: f.name, section, seen, problems, count: 0 };
  const tokens = new Lexer().lex(f.text.slice(fm![0].length));
  const blocks: GuideBlock[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'heading' && CHECKLIST_HEADING.test(collapse((t as Tokens.Heading).text))) {
      let j = i + 1;
      while (tokens[j]?.type === 'space') j++;
      const list = tokens[j];
      if (list?.type !== 'list' || (list as Tokens.List).ordered) {
        problems.push(guideProblem('guide_empty_checklist', f.name, '«Til vurdering» skal følges av en punktliste med spørsmål («- [3.7-2] …»).'));
        blocks.push({ kind: 'markdown', token: t });
        continue;
      }
      const block: ChecklistBlock = { kind: 'checklist', depth: (t as Tokens.Heading).depth, heading: collapse((t as Tokens.Heading).text), questions: [] };
      for (const item of (list as Tokens.List).items) {
        const q = question(item, st);
        if (q) block.questions.push(q);
      }
      blocks.push(block);
      i = j;
      continue;
    }
    if (t.type === 'list' && (t as Tokens.List).items.some((it) => ITEM.test(it.text.trim()) && ID.test(ITEM.exec(it.text.trim())![1]!)))
      problems.push(guideProblem('guide_question_outside_checklist', f.name, 'En liste med spørsmål-id-er står utenfor «Til vurdering». Sett overskriften «Til vurdering» over listen.'));
    if (t.type !== 'space') blocks.push({ kind: 'markdown', token: t as Token });
  }
  if (st.count > 0 && !key)
    problems.push(guideProblem('guide_unknown_section', f.name, number ? `Punkt ${number} har spørsmål, men skjemaet har ikke noe punkt med x-section «${number}». Rett punktnummeret, eller legg punktet til i skjemaet.` : `«${section}» er ikke et punkt i avtalen og kan ikke ha spørsmål. Flytt spørsmålene til punktet de gjelder.`));
  return { file: f.name, section, title: collapse(title), number, key, blocks };
}

/**
 * Parses the guide sources into points (front matter, blocks, «Til vurdering» checklists) and checks
 * the questions: every id well-formed, unique, numbered 1, 2, 3 … within its point, and tied to a
 * point the schema has. All problems are returned at once.
 */
export function parseGuide(files: readonly MarkdownFile[]): Result<Guide> {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  const points = files.flatMap((f) => parseFile(f, seen, problems) ?? []);
  if (problems.length) return fail(problems);
  const questions = points.flatMap((p) => p.blocks.flatMap((b) => (b.kind === 'checklist' ? b.questions : [])));
  return ok({ points, questions });
}
