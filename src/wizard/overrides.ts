/**
 * The one table of fields that need more than the schema says, keyed by pattern pointer. Every
 * other field is asked the generic way its schema type implies; a new schema field needs no entry.
 */
import { municipalityName } from '../format/index.js';
import { schemaAt } from '../model/schema.js';
import { isPlainObject } from './data.js';
import { costTable } from './cost-table.js';
import type { FieldAccess, Override } from './types.js';

interface MunicipalityLike {
  name?: string;
  samiName?: string;
  number?: string;
}

function municipalities(access: FieldAccess): MunicipalityLike[] {
  const list = access.get('/parties/municipalities');
  return Array.isArray(list) ? list.filter(isPlainObject) : [];
}

const shown = (m: MunicipalityLike): string => (m.name ? municipalityName({ name: m.name, samiName: m.samiName }) : `kommune ${m.number ?? '?'}`);

/** The vertskommune is chosen among the kommuner entered above, not typed. */
async function askHost(access: FieldAccess, pointer: string): Promise<void> {
  const node = schemaAt(pointer);
  const list = municipalities(access).filter((m) => typeof m.number === 'string');
  const current = access.get(pointer);
  const choices = list.map((m) => ({ value: m.number!, name: `${shown(m)} (${m.number})` }));
  if (choices.length === 0) return;
  const value = await access.prompter.askSelect({
    key: pointer,
    message: node?.title ?? 'Vertskommune',
    help: node?.description,
    choices,
    default: choices.some((c) => c.value === current) ? (current as string) : choices[0]!.value,
  });
  access.set(pointer, value);
}

/** Årsverk once per kommune entered in 1.0, in that order; the kommunenummer is filled in. */
async function askFtePerMunicipality(access: FieldAccess, pointer: string): Promise<void> {
  const before = access.get(pointer);
  const old = Array.isArray(before) ? before.filter(isPlainObject) : [];
  const list = municipalities(access);
  access.set(
    pointer,
    list.map((m) => {
      const had = old.find((f) => f.municipality === m.number);
      return had ? { municipality: m.number, fte: had.fte } : { municipality: m.number };
    }),
  );
  const item = schemaAt(`${pointer}/0/fte`);
  for (const [i, m] of list.entries()) {
    await access.askNumber(`${pointer}/${i}/fte`, { message: `${item?.title ?? 'Årsverk'} – ${shown(m)}`, help: item?.description });
  }
}

function showCostSplit(access: FieldAccess): void {
  const table = costTable(access.data, { amounts: false });
  if (table) access.prompter.say(table);
}

function showCostSplitWithAmounts(access: FieldAccess): void {
  const costs = access.get('/costs');
  if (!isPlainObject(costs) || (costs.annualBudget === undefined && costs.managerPostCost === undefined)) return;
  const table = costTable(access.data, { amounts: true });
  if (table) access.prompter.say(table);
}

/** Special prompts and extras by pattern pointer; see {@link Override}. */
export const overrides: Readonly<Record<string, Override>> = {
  '/parties/municipalities': {
    // Alternativ 2 is a vertskommune and at least one kommune it serves (rule vertskommune_minst_to_kommuner).
    minItems: (data) => ((data as { parties?: { form?: string } }).parties?.form === 'vertskommune' ? 2 : 1),
  },
  '/parties/host': { ask: askHost },
  '/costs/fte': { ask: askFtePerMunicipality, after: showCostSplit },
  '/costs': { after: showCostSplitWithAmounts },
  // The «Til vurdering» answers belong to the review before signing (guide and audit); kept as they are.
  // The template fixes the NAV-leder post at 50/50 «uavhengig av tilsettingsforhold»: nothing to ask.
  '/costs/managerShare': { keep: true },
  '/checklist': { keep: true },
};
