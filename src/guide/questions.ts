import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

/** One «Til vurdering» question of the guide. */
export interface Question {
  /** «3.7-2»: the template section, a dash and the question's number within it. */
  id: string;
  /** The guide file's front matter `section`, e.g. «3.7». */
  section: string;
  /** The question as the guide words it. */
  text: string;
}

/** A guide source file: its name (for messages) and its Markdown text. */
export interface MarkdownFile {
  name: string;
  text: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
const HEADING = /^#{1,6}\s+(.*?)\s*#*\s*$/;
const QUESTION = /^[-*]\s+\[(\d+\.\d+-\d+)\]\s+(.*)$/;

function frontMatterSection(file: MarkdownFile): { section: string; body: string } {
  const m = FRONT_MATTER.exec(file.text);
  if (!m) throw new Error(`${file.name}: mangler front matter (--- section: … ---).`);
  const meta = parseYaml(m[1]!) as { section?: unknown } | null;
  if (typeof meta?.section !== 'string') throw new Error(`${file.name}: front matter mangler «section».`);
  return { section: meta.section, body: file.text.slice(m[0].length) };
}

/**
 * The «Til vurdering» questions of the given guide files, in the order given and, within a file,
 * in document order. A question is a list item `- [3.7-2] Text` under a heading «Til vurdering»
 * (any level); an indented line right after it continues it. The guide is our own source, so a
 * malformed file is a programming error and throws.
 */
export function parseQuestions(markdownFiles: readonly MarkdownFile[]): Question[] {
  const questions: Question[] = [];
  const seen = new Set<string>();
  for (const file of markdownFiles) {
    const { section, body } = frontMatterSection(file);
    let inChecklist = false;
    let current: Question | undefined;
    for (const line of body.split(/\r?\n/)) {
      const heading = HEADING.exec(line);
      if (heading) {
        inChecklist = /^til vurdering:?$/i.test(heading[1]!);
        current = undefined;
        continue;
      }
      const q = inChecklist ? QUESTION.exec(line) : null;
      if (q) {
        const id = q[1]!;
        if (seen.has(id)) throw new Error(`${file.name}: spørsmål ${id} står mer enn én gang i veilederen.`);
        seen.add(id);
        current = { id, section, text: q[2]!.trim() };
        questions.push(current);
      } else if (current && /^\s+\S/.test(line)) {
        current.text = `${current.text} ${line.trim()}`;
      } else {
        current = undefined;
      }
    }
  }
  return questions;
}

let cached: Question[] | undefined;

/** All questions of guide/*.md (next to src/ and dist/), read once per process; a fresh copy each call. */
export function loadQuestions(): Question[] {
  if (!cached) {
    const dir = new URL('../../guide/', import.meta.url);
    const files = readdirSync(dir)
      .filter((n) => n.endsWith('.md'))
      .sort()
      .map((name) => ({ name, text: readFileSync(new URL(name, dir), 'utf8') }));
    cached = parseQuestions(files);
  }
  return cached.map((q) => ({ ...q }));
}
