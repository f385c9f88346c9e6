/**
 * What a rule's «Kilde» may cite, and how a source string is read. A source is one or more parts
 * separated by «; », each a citation with an optional comment in parentheses:
 *
 *   Partnerskapsavtalen punkt 3.2 og 3.7 («NAV-leders fullmakter fremgår av vedlagte delegasjonsvedtak»)
 *   Partnerskapsavtalen punkt 1.0, Alternativ 2
 *   Partnerskapsavtalen, underskriftsfeltet («Sted, dato»)
 *   Veilederen punkt 3.7, spørsmål 3.7-2 og 3.7-4
 *   Veilederen, innledningen («Før partnerskapsavtalen inngås …»)
 *   NAV-loven § 14 fjerde ledd
 *
 * A citation names the national template (a point, an alternative, the signature block or the list
 * of attachments), the guide (a point, its «Til vurdering» questions, the introduction) or one of
 * LAW_SOURCES. Quotes («…», with … for left-out words) in the comment are the cited text's own
 * words; test/audit/sources.test.ts checks every rule's source against the template, the guide
 * and this list.
 */

/** A paragraph (or chapter) of a law or forskrift that a rule may cite: only ones checked against the text itself. */
export interface LawSource {
  /** How rules cite it: «NAV-loven § 14». A citation may add a ledd («NAV-loven § 14 fjerde ledd»). */
  cite: string;
  /** The full name of the act and the paragraph's heading. */
  title: string;
  /** What the paragraph says: its own words in «quotes» (checked against the text), the rest a summary. A citation may quote only the quoted words. */
  says: string;
  /** The agreement sections (top-level schema keys) the paragraph speaks to: a rule may cite it only for these. */
  sections: readonly string[];
}

/**
 * The named paragraphs. Each entry was checked against the text of the law or forskrift (or the
 * guide's quotation of it); add one only the same way. A paragraph is cited for what it says, not
 * for the topic it belongs to: NAV-loven § 14 requires the agreement, it says nothing of how it is
 * signed.
 */
export const LAW_SOURCES: readonly LawSource[] = [
  {
    cite: 'NAV-loven § 6',
    title: 'lov 16. juni 2006 nr. 20 om arbeids- og velferdsforvaltningen (arbeids- og velferdsforvaltningsloven, NAV-loven) § 6 Brukermedvirkning',
    says: '«Arbeids- og velferdsetaten skal sørge for at representanter for brukerne får mulighet til å uttale seg i forbindelse med planlegging, gjennomføring og evaluering av etatens tjenester».',
    sections: ['userParticipation'],
  },
  {
    cite: 'NAV-loven § 13',
    title: 'lov 16. juni 2006 nr. 20 om arbeids- og velferdsforvaltningen (NAV-loven) § 13 Felles lokale kontorer',
    says: 'Arbeids- og velferdsetaten og kommunen skal ha felles lokale kontorer som dekker alle kommuner. Kontorene skal så langt det er mulig utformes etter prinsippet om universell utforming. Kontoret skal ivareta kommunens oppgaver etter lov om sosiale tjenester i arbeids- og velferdsforvaltningen.',
    sections: ['parties', 'location', 'services'],
  },
  {
    cite: 'NAV-loven § 14',
    title: 'lov 16. juni 2006 nr. 20 om arbeids- og velferdsforvaltningen (NAV-loven) § 14 Samarbeid og oppgavedeling',
    says: 'Arbeids- og velferdsetaten og kommunen skal inngå avtale om de felles lokale kontorene: lokalisering og utforming, organisering og drift, og samhandling med representanter for kontorets brukere og med kommunens øvrige tjenestetilbud. Det kan avtales at medarbeidere hos den ene eieren utfører oppgaver på den andres myndighetsområde. Fjerde ledd gir hjemmel for forskrift om løsning av tvister mellom etaten og kommunene.',
    sections: ['parties', 'location', 'governance', 'leadership', 'security', 'coDetermination', 'goals', 'competence', 'delegation', 'costs', 'services', 'userParticipation', 'cooperation', 'disputeResolution'],
  },
  {
    cite: 'sosialtjenesteloven § 17',
    title: 'lov 18. desember 2009 nr. 131 om sosiale tjenester i arbeids- og velferdsforvaltningen (sosialtjenesteloven) § 17 Opplysning, råd og veiledning',
    says: '«Kommunen skal gi opplysning, råd og veiledning som kan bidra til å løse eller forebygge sosiale problemer. Kan kommunen ikke selv gi slik hjelp, skal den så vidt mulig sørge for at andre gjør det.» Økonomisk rådgivning er en del av tjenesten.',
    sections: ['services'],
  },
  {
    cite: 'sosialtjenesteloven § 18',
    title: 'lov 18. desember 2009 nr. 131 om sosiale tjenester i arbeids- og velferdsforvaltningen (sosialtjenesteloven) § 18 Stønad til livsopphold',
    says: '«De som ikke kan sørge for sitt livsopphold gjennom arbeid eller ved å gjøre gjeldende økonomiske rettigheter, har krav på økonomisk stønad.»',
    sections: ['services'],
  },
  {
    cite: 'sosialtjenesteloven § 27',
    title: 'lov 18. desember 2009 nr. 131 om sosiale tjenester i arbeids- og velferdsforvaltningen (sosialtjenesteloven) § 27 Midlertidig botilbud',
    says: '«Kommunen er forpliktet til å finne midlertidig botilbud for dem som ikke klarer det selv.»',
    sections: ['services'],
  },
  {
    cite: 'kommuneloven kapittel 20',
    title: 'lov 22. juni 2018 nr. 83 om kommuner og fylkeskommuner (kommuneloven) kapittel 20 Vertskommunesamarbeid',
    says: 'En kommune kan overlate til en annen kommune (vertskommunen) å utføre oppgaver og treffe vedtak på sine vegne; samarbeidet bygger på en skriftlig vertskommuneavtale som kommunestyret i hver deltakerkommune selv vedtar.',
    sections: ['parties'],
  },
  {
    cite: 'forskrift 12. mars 2007 nr. 294',
    title: 'forskrift 12. mars 2007 nr. 294 om løsning av tvister mellom Arbeids- og velferdsetaten og kommunene etter arbeids- og velferdsforvaltningsloven (hjemmel: NAV-loven § 14 fjerde ledd)',
    says: 'Gjelder tvister som hindrer inngåelse og gjennomføring av avtale om felles lokale kontorer. Statsforvalteren (tidligere fylkesmannen) mekler i tvisten; oppnås ikke enighet ved mekling, fastsettes de avtalevilkårene det tvistes om av en tvisteløsningsnemnd.',
    sections: ['disputeResolution'],
  },
];

/** The points of the national template (version 3.0, 2019). */
export const TEMPLATE_POINTS: readonly string[] = ['1.0', '2.0', '2.1', '3.0', '3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8', '4.0', '5.0', '6.0', '7.0', '8.0', '9.0'];

/** Parts of the template that are not a numbered point: the signature block after 9.0 and the list of attachments under it. */
export const TEMPLATE_PARTS = ['underskriftsfeltet', 'vedleggslisten'] as const;

/** One citation of a source string, as read by {@link parseSource}. */
export type SourceRef =
  | { kind: 'template'; points: string[]; alternative?: string; part?: (typeof TEMPLATE_PARTS)[number]; quotes: string[] }
  | { kind: 'guide'; points: string[]; introduction: boolean; questions: string[]; quotes: string[] }
  | { kind: 'law'; law: LawSource; ledd?: string; quotes: string[] };

const POINT = String.raw`\d\.\d`;
const list = (item: string): string => `${item}(?:(?:, | og )${item})*`;
const TEMPLATE = new RegExp(`^[Pp]artnerskapsavtalen(?: punkt (?<points>${list(POINT)})(?:, (?<alt>Alternativ [12]))?)?(?:(?:,| og) (?<part>${TEMPLATE_PARTS.join('|')}))?$`);
const GUIDE = new RegExp(`^[Vv]eilederen(?: punkt (?<points>${list(POINT)})|, (?<intro>innledningen))(?:, spørsmål (?<questions>${list(String.raw`\d\.\d-\d+`)}))?$`);
const LEDD = /^(?: (?<ledd>(?:første|andre|tredje|fjerde|femte|sjette|siste) ledd))?$/;

/** «3.2, 3.7 og 3.8» → the items. */
const items = (s: string | undefined): string[] => (s ? s.split(/, | og /) : []);

/** Splits at `sep` outside «quotes» (a quote may hold «;» or parentheses). */
function splitOutsideQuotes(text: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '«') depth++;
    else if (c === '»') depth = Math.max(0, depth - 1);
    else if (depth === 0 && text.startsWith(sep, i)) {
      out.push(text.slice(start, i));
      start = i + sep.length;
      i += sep.length - 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

/** The top-level «quotes» of a comment (a quote inside a quote is part of it). */
export function quotesIn(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '«' && depth++ === 0) start = i + 1;
    else if (text[i] === '»' && depth > 0 && --depth === 0) out.push(text.slice(start, i));
  }
  return out;
}

/** One part: the citation, and its comment when it ends with one in parentheses. */
function headAndComment(part: string): { head: string; comment: string } {
  const [head, ...rest] = splitOutsideQuotes(part, ' (');
  if (rest.length === 0) return { head: head!, comment: '' };
  const comment = rest.join(' (');
  return comment.endsWith(')') ? { head: head!, comment: comment.slice(0, -1) } : { head: part, comment: '' };
}

function lawOf(head: string): { law: LawSource; ledd?: string } | undefined {
  for (const law of LAW_SOURCES) {
    const cite = new RegExp(`^[${law.cite[0]!.toLowerCase()}${law.cite[0]!.toUpperCase()}]${law.cite.slice(1).replace(/[.§]/g, '\\$&')}`);
    const m = cite.exec(head);
    if (!m) continue;
    const rest = LEDD.exec(head.slice(m[0].length));
    if (rest) return { law, ...(rest.groups?.ledd ? { ledd: rest.groups.ledd } : {}) };
  }
  return undefined;
}

/** One citation read, or why it cannot be. */
function parsePart(part: string): SourceRef | string {
  const { head, comment } = headAndComment(part.trim());
  const quotes = quotesIn(comment);
  const t = TEMPLATE.exec(head);
  if (t?.groups && (t.groups.points || t.groups.part)) {
    const points = items(t.groups.points);
    const unknown = points.filter((p) => !TEMPLATE_POINTS.includes(p));
    if (unknown.length) return `«${part}»: malen har ikke punkt ${unknown.join(', ')}`;
    if (t.groups.alt && !points.includes('1.0')) return `«${part}»: bare punkt 1.0 har alternativer`;
    return { kind: 'template', points, ...(t.groups.alt ? { alternative: t.groups.alt } : {}), ...(t.groups.part ? { part: t.groups.part as (typeof TEMPLATE_PARTS)[number] } : {}), quotes };
  }
  const g = GUIDE.exec(head);
  if (g?.groups) {
    const points = items(g.groups.points);
    const questions = items(g.groups.questions);
    const stray = questions.filter((q) => !points.includes(q.split('-')[0]!));
    if (stray.length) return `«${part}»: spørsmål ${stray.join(', ')} hører ikke til punktet som nevnes`;
    return { kind: 'guide', points, introduction: g.groups.intro !== undefined, questions, quotes };
  }
  const law = lawOf(head);
  if (law) return { kind: 'law', ...law, quotes };
  return `«${part}» er verken et punkt i malen eller veilederen, eller en paragraf i listen over lover og forskrifter (src/audit/sources.ts)`;
}

/** A source string read into its citations, or the reasons it cannot be (pure). */
export function parseSource(source: string): { ok: true; refs: SourceRef[] } | { ok: false; errors: string[] } {
  const parsed = splitOutsideQuotes(source, '; ').map(parsePart);
  const errors = parsed.filter((p): p is string => typeof p === 'string');
  return errors.length ? { ok: false, errors } : { ok: true, refs: parsed as SourceRef[] };
}

/**
 * Whether a quote is the cited text's own words: with whitespace collapsed, its pieces between
 * «…» are found in order within one paragraph of `text`.
 */
export function quoteFound(quote: string, text: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const pieces = quote
    .split('…')
    .map(norm)
    .filter((p) => p !== '');
  return text.split(/\n\s*\n|\n/).some((paragraph) => {
    const p = norm(paragraph);
    let at = 0;
    for (const piece of pieces) {
      const i = p.indexOf(piece, at);
      if (i < 0) return false;
      at = i + piece.length;
    }
    return pieces.length > 0;
  });
}
