import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Agreement } from '../../src/model/agreement.js';
import { schema } from '../../src/model/schema.js';
import { example, tempDir } from '../helpers/paths.js';

export type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A fixed audit date: after both examples' drøfting, before their signing and evaluation dates. */
export const TODAY = '2025-12-12';

/** The question ids as the schema lists them (the guide must match; questions.test.ts checks it). */
export const SCHEMA_QUESTION_IDS: string[] = (schema.properties!.checklist!.propertyNames as { enum: string[] }).enum;

/** How the service is kept whole (3.7-2): what a delt ledelse must say (ledermodell_delt). */
export const WHOLE_SERVICE = 'Felles mottak og felles oppfølgingsteam for kommunale og statlige tjenester.';

/** A checklist answering every question «ja», with who and when (and for 3.7-2, how). */
export function fullChecklist(): NonNullable<Agreement['checklist']> {
  return Object.fromEntries(
    SCHEMA_QUESTION_IDS.map((id) => [id, { status: 'ja' as const, ...(id === '3.7-2' ? { comment: WHOLE_SERVICE } : {}), answeredBy: 'Kari Nordhus', answeredAt: '2025-12-01' }]),
  );
}

/** An approval by each kommune before the example's signing, where the example has none. */
const APPROVAL = { body: 'kommunestyret', date: '2025-11-27', caseNumber: '25/900' } as const;

/**
 * An example made complete: every question answered, nothing for any rule to object to (no
 * «gjeldsrådgivning» among the additional services). An
 * Alternativ 2 example also gets what the vertskommune rules ask for where it lacks it: the
 * vertskommuneavtale attached and each kommune's approval.
 */
export function complete(name = 'nav-indre-salten.yaml'): Agreement {
  const a = { ...example(name), checklist: fullChecklist() };
  // Economic advice is statutory (oekonomisk_raadgivning_lovpaalagt): not an additional service.
  a.services.additionalMunicipalServices = a.services.additionalMunicipalServices?.filter((s) => !/gjeldsrådgivning/i.test(s));
  if (a.parties.form !== 'vertskommune') return a;
  for (const m of a.parties.municipalities) m.approval ??= { ...APPROVAL };
  if (!a.attachments.some((x) => x.kind === 'vertskommuneavtale')) a.attachments.push({ kind: 'vertskommuneavtale', title: 'Vertskommuneavtale for NAV-samarbeidet', date: '2025-11-01' });
  return a;
}

/** Writes an agreement as YAML into a fresh temp folder and returns its path. */
export function writeAgreement(a: Agreement | Mutable, file = 'avtale.yaml'): string {
  const path = join(tempDir('partnerskap-audit-'), file);
  writeFileSync(path, file.endsWith('.json') ? JSON.stringify(a, null, 2) : stringify(a));
  return path;
}
