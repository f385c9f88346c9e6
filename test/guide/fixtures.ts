import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { packFolder } from '../../src/build/pack-templates.js';
import { writeFileAtomic } from '../../src/cli/fs.js';
import { runCli } from '../helpers/cli.js';
import { example, ROOT, tempDir } from '../helpers/paths.js';

/** The status page is made as of this date (--today); without it, the agreement's signing date. */
export const TODAY = '2025-12-01';

/** A comment that must come through every format exactly: Sámi letters, XML specials, a CDATA end, markup. */
export const TRICKY = 'Hábmer suohkan og Divtasvuona suohkan: áčđŋšŧž & < > " \' ]]> <w:p> *ikke kursiv* | ikke tabell';

/** Answers recorded in the agreement: each status once, a comment over two lines, one without comment. */
export const CHECKLIST = {
  '1.0-1': { status: 'ja', comment: 'Fauske er vertskommune etter vedtak i alle fem kommunestyrer.', answeredBy: 'Kari Nordhus', answeredAt: '2025-11-25' },
  '3.7-2': { status: 'delvis', comment: TRICKY, answeredBy: 'Ánde Sárá Čoarvi', answeredAt: '2025-12-01' },
  '3.8-2': { status: 'nei', comment: 'Driftsavtalen er ikke ferdig.\nLegges fram i partnerskapsmøtet i januar.' },
  '9.0-2': { status: 'ikke relevant' },
} as const;

/**
 * Indre Salten (Alternativ 2, five kommuner, Hábmer) with the answers above, as a YAML file in `dir`.
 * The driftsavtale is not attached, as the «nei» to 3.8-2 says (a «nei» beside an attached one is a
 * blocking contradiction, sjekkliste_motsier_avtalen).
 */
export function personalAgreement(dir: string): string {
  const base = example('nav-indre-salten.yaml');
  const a = { ...base, attachments: base.attachments.filter((x) => x.kind !== 'driftsavtale'), checklist: CHECKLIST };
  const path = join(dir, 'indre-salten.yaml');
  writeFileSync(path, stringify(a));
  return path;
}

/** Packs templates/veileder/ so the tests exercise the template source, not a stale build. */
export function packGuideTemplate(): void {
  writeFileAtomic(join(ROOT, 'templates/veileder.docx'), packFolder(join(ROOT, 'templates/veileder')), { overwrite: true });
}

/** Runs `partnerskap guide` in a fresh folder; returns the written file's bytes. */
export async function makeGuide(format: 'docx' | 'html' | 'md', personal: boolean): Promise<Buffer> {
  const dir = tempDir('veileder-');
  const args = ['guide', '--format', format, ...(personal ? ['--for', personalAgreement(dir), '--today', TODAY] : [])];
  const r = await runCli(args, { cwd: dir });
  if (r.code !== 0) throw new Error(`guide ${args.join(' ')} → ${r.code}: ${r.stderr}`);
  const name = personal ? `veileder-nav-indre-salten.${format}` : `veileder.${format}`;
  if (r.stdout !== `${name}\n`) throw new Error(`unexpected output: ${r.stdout}`);
  return readFileSync(join(dir, name));
}
