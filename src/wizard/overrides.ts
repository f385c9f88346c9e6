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

/** A site's kommune is chosen among the parties entered in 1.0: the vertskommune (or the only one) first. */
async function askSiteMunicipality(access: FieldAccess, pointer: string): Promise<void> {
  const node = schemaAt(pointer);
  const host = access.get('/parties/host');
  const list = municipalities(access)
    .filter((m) => typeof m.number === 'string')
    .sort((a, b) => Number(b.number === host) - Number(a.number === host));
  const choices = list.map((m) => ({ value: m.number!, name: `${shown(m)} (${m.number})` }));
  if (choices.length === 0) return;
  const current = access.get(pointer);
  const value = await access.prompter.askSelect({
    key: pointer,
    message: node?.title ?? 'Kommune',
    help: node?.description,
    choices,
    default: choices.some((c) => c.value === current) ? (current as string) : choices[0]!.value,
  });
  access.set(pointer, value);
}

/** A signatory's title, prefilled from what 1.0 says about the parties when not given yet. */
function signatoryTitle(prefill: (access: FieldAccess) => string | undefined) {
  return async (access: FieldAccess, pointer: string): Promise<void> => {
    const fill = prefill(access);
    if (access.get(pointer) === undefined && fill) access.set(pointer, fill);
    const node = schemaAt(pointer);
    await access.askField(pointer, { message: node?.title ?? 'Tittel', help: node?.description });
  };
}

/**
 * The NAV-leder split: the template's 50/50 is one yes (and stays out of the file, as derive
 * assumes it); another agreed split is asked as two percentages.
 */
async function askManagerShare(access: FieldAccess, pointer: string): Promise<void> {
  const node = schemaAt(pointer);
  const current = access.get(pointer);
  const equal = !isPlainObject(current) || (current.state === 50 && current.municipal === 50);
  const likt = await access.prompter.askConfirm({
    key: `${pointer}:likt`,
    message: 'Deles utgiftene til NAV-lederstillingen likt (50/50) mellom staten og kommunesiden, slik malen anbefaler?',
    help: node?.description,
    default: equal,
  });
  if (likt) {
    // An explicit 50/50 in the agreement being revised stays as written; anything else goes.
    if (!equal) access.remove(pointer);
    return;
  }
  if (!isPlainObject(current)) access.set(pointer, { state: 50, municipal: 50 });
  for (const part of ['state', 'municipal']) {
    const at = `${pointer}/${part}`;
    await access.askField(at, { message: schemaAt(at)?.title ?? part, help: schemaAt(at)?.description });
  }
}

/**
 * The last day of an opening-hours entry: absent means the entry is one day, which the generic
 * list cannot say (it would show the schema's «fredag» for a one-day entry being revised).
 */
async function askToDay(access: FieldAccess, pointer: string): Promise<void> {
  const node = schemaAt(pointer);
  const current = access.get(pointer);
  const value = await access.prompter.askSelect({
    key: pointer,
    message: node?.title ?? 'Til ukedag',
    help: node?.description,
    choices: [{ value: '', name: 'Bare denne ene dagen' }, ...(node?.enum ?? []).map((d) => ({ value: d, name: d }))],
    default: typeof current === 'string' ? current : '',
  });
  if (value === '') access.remove(pointer);
  else access.set(pointer, value);
}

const isVertskommune = (data: unknown): boolean => (data as { parties?: { form?: string } }).parties?.form === 'vertskommune';

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
    await access.askField(`${pointer}/${i}/fte`, { message: `${item?.title ?? 'Årsverk'} – ${shown(m)}`, help: item?.description });
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
    minItems: (data) => (isVertskommune(data) ? 2 : 1),
  },
  '/parties/host': { ask: askHost },
  '/location/sites/*/municipality': { ask: askSiteMunicipality },
  // Most sites have opening hours: offer the first one.
  '/location/sites/*/openingHours': { offerFirst: true },
  '/location/sites/*/openingHours/*/toDay': { ask: askToDay },
  '/costs/managerMunicipalSplit': { when: isVertskommune },
  '/signing/municipal/title': { ask: signatoryTitle((access) => access.get('/parties/municipalHeadTitle') as string | undefined) },
  '/signing/state/title': { ask: signatoryTitle(() => 'direktør') },
  '/costs/fte': { ask: askFtePerMunicipality, after: showCostSplit },
  '/costs': { after: showCostSplitWithAmounts },
  '/costs/managerShare': { ask: askManagerShare },
  // The «Til vurdering» questions come from the guide, not the schema: asked as the last part (checklist.ts).
  '/checklist': { keep: true },
};
