import type { Agreement } from '../model/agreement.js';
import { formatHundredths, joinList, municipalityName } from '../format/index.js';
import { labelFor } from '../model/labels.js';
import { toHundredths } from '../model/numbers.js';
import { enumLabel, languageOf, schemaAt, type Language } from '../model/schema.js';
import type { Finding, Rule } from './rule.js';

/**
 * The blocking rules of 3.8 for what schema 2.0 added: shares that must sum to exactly 100,00 and
 * name every owner once, and a split of the kommuner's NAV-leder share that needs the kommuner's
 * årsverk. Where two fields disagree, the finding points at one and its message names the other by
 * its schema label. Spliced into `blockingRules` (src/validate/rules.ts) in section order.
 */

const SOURCE = 'Partnerskapsavtalen punkt 3.8';
/** «45,50 %»: exact, from integer hundredths. */
const pct = (hundredths: number): string => `${formatHundredths(hundredths)} %`;
const ownerName = (a: Agreement, party: string): string => {
  if (party === 'stat') return 'Arbeids- og velferdsetaten (stat)'; // the same in nynorsk
  const m = a.parties.municipalities.find((x) => x.number === party);
  return m ? `${municipalityName(m)} (${m.number})` : party;
};

/**
 * What is wrong with the agreed shares (rule fordelingsnokkel_avtalt_gyldig): shares without the
 * agreed key, a party that is not one, an owner twice or missing, a sum other than 100,00. The audit's
 * warning that the key departs from the template waits until this is empty.
 */
export function agreedShareFindings(a: Agreement): Finding[] {
  const shares = a.costs.agreedShares;
  const lang: Language = languageOf(a);
  const keyLabel = labelFor('/costs/allocationKey', a);
  const sharesLabel = labelFor('/costs/agreedShares', a);
  if ((a.costs.allocationKey ?? 'årsverk') !== 'avtalt') {
    if (!shares) return [];
    const key = enumLabel(schemaAt('/costs/allocationKey'), a.costs.allocationKey ?? 'årsverk', lang);
    const agreed = enumLabel(schemaAt('/costs/allocationKey'), 'avtalt', lang);
    return [
      {
        pointer: '/costs/agreedShares',
        message: {
          nb: `«${sharesLabel}» er fylt ut, men «${keyLabel}» er «${key}», så andelene brukes ikke. Velg «${agreed}» som fordelingsnøkkel, eller fjern andelene.`,
          nn: `«${sharesLabel}» er fylt ut, men «${keyLabel}» er «${key}», så delane blir ikkje brukte. Vel «${agreed}» som fordelingsnøkkel, eller fjern delane.`,
        },
      },
    ];
  }
  if (!shares) return []; // the schema requires them with an agreed key
  const parties = new Set(['stat', ...a.parties.municipalities.map((m) => m.number)]);
  const seen = new Set<string>();
  const items: Finding[] = shares.flatMap((s, i): Finding[] => {
    const pointer = `/costs/agreedShares/${i}/party`;
    if (!parties.has(s.party))
    {
      const list = joinList(a.parties.municipalities.map((m) => `${municipalityName(m)} (${m.number})`));
      const label = `«${labelFor(pointer, a)}» er ${s.party}`;
      return [
        {
          pointer,
          message: {
            nb: `${label}, som ikke er part i avtalen («${labelFor('/parties/municipalities', a)}»: ${list}). Bruk «stat» eller kommunenummeret til en av dem.`,
            nn: `${label}, som ikkje er part i avtalen («${labelFor('/parties/municipalities', a)}»: ${list}). Bruk «stat» eller kommunenummeret til ein av dei.`,
          },
        },
      ];
    }
    if (seen.has(s.party))
      return [{ pointer, message: { nb: `${ownerName(a, s.party)} står mer enn én gang i «${sharesLabel}». Slå andelene sammen til én.`, nn: `${ownerName(a, s.party)} står meir enn éin gong i «${sharesLabel}». Slå delane saman til éin.` } }];
    seen.add(s.party);
    return [];
  });
  // The findings on the whole list first: the order validate sorts them in (by pointer).
  const found: Finding[] = [];
  const missing = [...parties].filter((p) => !seen.has(p));
  if (missing.length > 0)
    found.push({
      pointer: '/costs/agreedShares',
      message: {
        nb: `«${sharesLabel}» mangler en andel for ${joinList(missing.map((p) => ownerName(a, p)))}. Hver eier skal stå én gang (0 om eieren ikke skal betale).`,
        nn: `«${sharesLabel}» manglar ein del for ${joinList(missing.map((p) => ownerName(a, p)))}. Kvar eigar skal stå éin gong (0 dersom eigaren ikkje skal betale).`,
      },
    });
  const sum = shares.reduce((acc, s) => acc + toHundredths(s.percent), 0);
  if (sum !== 10000)
    found.push({ pointer: '/costs/agreedShares', message: { nb: `Andelene i «${sharesLabel}» er til sammen ${pct(sum)}, men skal være nøyaktig 100,00 %. Rett andelene.`, nn: `Delane i «${sharesLabel}» er til saman ${pct(sum)}, men skal vere nøyaktig 100,00 %. Rett delane.` } });
  return [...found, ...items];
}

export const costRules: Rule[] = [
  {
    code: 'nav_leder_andeler_sum',
    severity: 'feil',
    section: 'costs',
    source: `${SOURCE} («Utgifter knyttet til NAV-leder stillingen deles likt mellom de to eierne»)`,
    explanation: { nb: 'Statens og kommunens andel av NAV-lederstillingen skal til sammen være nøyaktig 100 %.', nn: 'Delane til staten og kommunen av NAV-leiarstillinga skal til saman vere nøyaktig 100 %.' },
    check: ({ agreement: a, agreement: { costs } }) => {
      const share = costs.managerShare;
      if (!share) return [];
      const sum = toHundredths(share.state) + toHundredths(share.municipal);
      if (sum === 10000) return [];
      return [
        {
          pointer: '/costs/managerShare',
          message: {
            nb: `«${labelFor('/costs/managerShare/state', a)}» (${pct(toHundredths(share.state))}) og «${labelFor('/costs/managerShare/municipal', a)}» (${pct(toHundredths(share.municipal))}) er til sammen ${pct(sum)}, men skal være nøyaktig 100,00 %. Rett andelene (malen anbefaler 50 og 50), eller fjern feltet for lik fordeling.`,
            nn: `«${labelFor('/costs/managerShare/state', a)}» (${pct(toHundredths(share.state))}) og «${labelFor('/costs/managerShare/municipal', a)}» (${pct(toHundredths(share.municipal))}) er til saman ${pct(sum)}, men skal vere nøyaktig 100,00 %. Rett delane (malen tilrår 50 og 50), eller fjern feltet for lik fordeling.`,
          },
        },
      ];
    },
  },
  {
    code: 'fordelingsnokkel_avtalt_gyldig',
    severity: 'feil',
    section: 'costs',
    source: `${SOURCE}; veilederen punkt 3.8 («Andre modeller/prinsipper for kostnadsdeling har i større grad element av skjønnsvurderinger»)`,
    explanation: {
      nb: 'En avtalt fordelingsnøkkel skal gi hver eier (staten og hver kommune) én andel, og andelene skal til sammen være nøyaktig 100 %. Andeler uten avtalt nøkkel brukes ikke og er en feil.',
      nn: 'Ein avtalt fordelingsnøkkel skal gi kvar eigar (staten og kvar kommune) éin del, og delane skal til saman vere nøyaktig 100 %. Delar utan avtalt nøkkel blir ikkje brukte og er ein feil.',
    },
    check: ({ agreement: a }) => agreedShareFindings(a),
  },
  {
    code: 'nav_leder_kommunefordeling',
    severity: 'feil',
    section: 'costs',
    source: `${SOURCE}; partnerskapsavtalen punkt 1.0, Alternativ 2`,
    explanation: {
      nb: 'Fordelingen av kommunenes andel av NAV-lederstillingen gjelder bare Alternativ 2 (vertskommune), og fordeling etter årsverk krever kommunenes årsverk.',
      nn: 'Fordelinga av delen til kommunane av NAV-leiarstillinga gjeld berre Alternativ 2 (vertskommune), og fordeling etter årsverk krev årsverka til kommunane.',
    },
    check: ({ agreement: a }) => {
      const pointer = '/costs/managerMunicipalSplit';
      const split = a.costs.managerMunicipalSplit;
      if (a.parties.form !== 'vertskommune')
        return split === undefined
          ? []
          : [
              {
                pointer,
                message: {
                  nb: `«${labelFor(pointer, a)}» gjelder bare Alternativ 2 (vertskommune), men «${labelFor('/parties/form', a)}» er Alternativ 1, der én kommune dekker kommunens andel. Fjern feltet.`,
                  nn: `«${labelFor(pointer, a)}» gjeld berre Alternativ 2 (vertskommune), men «${labelFor('/parties/form', a)}» er Alternativ 1, der éin kommune dekkjer delen til kommunen. Fjern feltet.`,
                },
              },
            ];
      // Only a stated «årsverk»: without the field derive splits equally when the kommuner have no årsverk.
      if (split !== 'årsverk') return [];
      const fte = a.costs.fte;
      const lang = languageOf(a);
      const [how, likt, vert] = (['årsverk', 'likt', 'vertskommunen'] as const).map((v) => enumLabel(schemaAt(pointer), v, lang));
      const total = (fte ?? []).reduce((acc, f) => acc + toHundredths(f.fte), 0);
      if (fte !== undefined && total > 0) return [];
      const fteLabel = `«${labelFor('/costs/fte', a)}»`;
      return [
        {
          pointer,
          message: {
            nb: `«${labelFor(pointer, a)}» er «${how}», men ${fte === undefined ? `${fteLabel} er ikke oppgitt` : `kommunenes ${fteLabel} er til sammen 0`}. Før inn kommunenes årsverk, eller velg «${likt}» eller «${vert}».`,
            nn: `«${labelFor(pointer, a)}» er «${how}», men ${fte === undefined ? `${fteLabel} er ikkje oppgitt` : `${fteLabel} til kommunane er til saman 0`}. Før inn årsverka til kommunane, eller vel «${likt}» eller «${vert}».`,
          },
        },
      ];
    },
  },
];
