/**
 * Every text the shipped command generates from the examples in one målform, for the spelling
 * tests: the agreement and the guide of every example in examples/ and examples/revisjoner/ written
 * in it (`document.language`), the national guide (bokmål), and the text reports of `audit` for each
 * of them and of `diff` for the shipped revision (the golden cases' commands). Documents are read
 * back from the .docx package (test/helpers/docx-text.ts), not from the renderer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { expect } from 'vitest';
import { runBundle } from '../cli/helpers/bundle.js';
import { docxTexts } from '../helpers/docx-text.js';
import type { SourceText } from '../helpers/hunspell.js';
import { EXAMPLES, ROOT, tempDir } from '../helpers/paths.js';

const REVISIONS = join(EXAMPLES, 'revisjoner');
/** The revision the diff example compares with its example (test/golden/cases.json). */
const DIFF = [join(EXAMPLES, 'nav-indre-salten.yaml'), join(REVISIONS, 'nav-indre-salten-2028.yaml')] as const;
const TODAY = '2026-06-01';

export type Language = 'nb' | 'nn';

const yamlFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));

const languageOf = (file: string): Language => ((parse(readFileSync(file, 'utf8')) as { document?: { language?: Language } }).document?.language ?? 'nb');

function run(args: string[], cwd: string, codes: readonly number[] = [0]): string {
  const r = runBundle(args, { cwd, env: { TZ: 'Europe/Oslo' } });
  expect(codes, `partnerskap ${args.join(' ')}:\n${r.stderr}`).toContain(r.status);
  return r.stdout;
}

/** Generates everything in `language` into a fresh temp folder and returns its readable text, labelled by file and part. */
export function generatedTexts(language: Language = 'nb'): SourceText[] {
  const dir = tempDir('partnerskap-spelling-');
  const examples = yamlFiles(EXAMPLES).filter((f) => languageOf(f) === language);
  // A revision has its example's office name, so the same file names: a folder of its own.
  const revisions = yamlFiles(REVISIONS).filter((f) => languageOf(f) === language);
  expect(examples.length, `ingen eksempler på ${language} i examples/`).toBeGreaterThan(0);
  const docs = join(dir, 'docx');
  run(['generate', ...examples, '--out', docs, '--today', TODAY], dir);
  if (revisions.length) run(['generate', ...revisions, '--out', join(docs, 'revisjoner'), '--today', TODAY], dir);
  const national = language === 'nb';
  if (national) run(['guide', '--out', join(docs, 'veileder-nasjonal.docx'), '--today', TODAY], dir);

  const texts: SourceText[] = [];
  const files = readdirSync(docs, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.docx')).sort();
  // Two per agreement (and the national guide): a missing document would leave its text unchecked.
  expect(files).toHaveLength((examples.length + revisions.length) * 2 + (national ? 1 : 0));
  for (const file of files)
    for (const { part, text } of docxTexts(readFileSync(join(docs, file)))) texts.push({ source: `${file}: ${part}`, text });

  // The reports as the golden cases run them: in the repository, with the paths a user types.
  // `audit` exits 1 when something blocks signing; the text is what is checked here.
  for (const agreement of [...examples, ...revisions]) {
    const path = relative(ROOT, agreement);
    texts.push({ source: `audit ${path}`, text: run(['audit', path, '--format', 'text', '--today', TODAY], ROOT, [0, 1]) });
  }
  if (DIFF.every((f) => languageOf(f) === language)) {
    const diff = ['diff', ...DIFF.map((f) => relative(ROOT, f)), '--format', 'text'];
    texts.push({ source: diff.join(' '), text: run(diff, ROOT, [1]) });
  }
  return texts;
}
