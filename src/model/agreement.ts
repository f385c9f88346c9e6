/* Generated from schemas/partnerskapsavtale.schema.json by src/build/gen-types.ts. Do not edit; run `npm run codegen`. */

/**
 * Avtale etter NAV-loven § 14 mellom kommunen og Arbeids- og velferdsetaten om etablering og drift av et felles NAV-kontor. Dataformat 2.0.
 */
export interface Agreement {
  /**
   * Versjonen av dataformatet. Skal være "2.0". En fil i format 1.0 gjøres om med «partnerskap migrate».
   */
  schemaVersion: '2.0';
  /**
   * Skrivemåte, versjon og hvilken tidligere avtale dokumentet erstatter.
   */
  document: {
    /**
     * Målformen avtalen, veilederen, rapportene og filnavnene skrives på: bokmål (nb) eller nynorsk (nn). Velg den målformen kommunen har vedtatt som sin.
     */
    language?: 'nb' | 'nn';
    /**
     * Om dokumentet skriver «NAV» (som i malen fra 2019) eller «Nav» (slik etaten skriver navnet i dag). Gjelder alle setninger, overskrifter og filnavn, og navnene på kontoret og fylket.
     */
    navSpelling: 'NAV' | 'Nav';
    /**
     * Versjonsnummeret til avtalen, for eksempel «2» eller «2.1». Vises som «Versjon 2».
     */
    version?: string;
    /**
     * Den tidligere partnerskapsavtalen som denne avtalen erstatter.
     */
    replaces?: {
      /**
       * Versjonsnummeret til avtalen som erstattes, for eksempel «1».
       */
      version?: string;
      /**
       * Datoen avtalen som erstattes, ble inngått (ÅÅÅÅ-MM-DD).
       */
      date: string;
    };
  };
  /**
   * Hvem som inngår avtalen, hvilke kommuner som omfattes og hvilket NAV-kontor avtalen gjelder.
   */
  parties: {
    /**
     * Alternativ 1: avtalen inngås med én kommune. Alternativ 2: avtalen inngås med en vertskommune som kommunene har delegert myndighet til (kommuneloven kapittel 20).
     */
    form: 'enkeltkommune' | 'vertskommune';
    /**
     * Kommunene (eller bydelen) som omfattes av avtalen. Ved Alternativ 1 én kommune eller én bydel i Oslo; ved Alternativ 2 vertskommunen og alle kommunene den er vertskommune for.
     *
     * @minItems 1
     * @maxItems 50
     */
    municipalities: Municipality[];
    /**
     * Kommunenummeret til vertskommunen (bare ved Alternativ 2). Vertskommunen må være en av kommunene i listen.
     */
    host?: string;
    /**
     * Tittelen til kommunens (eller bydelens) øverste administrative leder, brukt i avtaleteksten («kommunedirektør i …»). Malen bruker «rådmann»; etter kommuneloven 2018 brukes oftest «kommunedirektør»; i Oslo «bydelsdirektør».
     */
    municipalHeadTitle: 'rådmann' | 'kommunedirektør' | 'bydelsdirektør';
    /**
     * Arbeids- og velferdsetatens fylkesledd som inngår avtalen.
     */
    county: {
      /**
       * For eksempel «NAV Nordland», «Nav Nordland» eller «NAV Oslo».
       */
      name: string;
      /**
       * Navnet på direktøren for NAV fylke.
       */
      director?: string;
      /**
       * NAV fylkes saksnummer (arkivsak) for avtalen, for eksempel 25/8812.
       */
      caseNumber?: string;
      contact?: Contact1;
    };
    /**
     * Navnet på det felles NAV-kontoret, for eksempel «NAV Indre Salten» eller «Nav Bodø».
     */
    officeName: string;
  };
  /**
   * Eiernes visjon og verdier, og andre lokale mål for samarbeidet.
   */
  purpose: {
    /**
     * Kommunens verdier som NAV-kontoret skal arbeide etter, for eksempel «åpenhet, respekt og samarbeid».
     */
    municipalValues?: string;
    /**
     * Andre lokale mål som legges til grunn for samarbeidet, ett mål per punkt.
     *
     * @maxItems 50
     *
     * Items: Ett lokalt mål.
     */
    localGoals?: string[];
  };
  /**
   * Hvor NAV-kontoret ligger, med hovedkontor og eventuelle avdelingskontorer og servicepunkter, og når det er åpent.
   */
  location: {
    /**
     * Stedene kontoret tar imot publikum: nøyaktig ett hovedkontor, og eventuelle avdelingskontorer og lokale servicepunkter.
     *
     * @minItems 1
     * @maxItems 30
     */
    sites: Site[];
  };
  /**
   * Partnerskapsmøtene mellom eierne og deres agenda.
   */
  governance: {
    /**
     * Hvor mange partnerskapsmøter eierne har i året. Malen foreslår ett til to.
     */
    meetingsPerYear?: number;
    /**
     * Foreslått av NAV Nordland: status for partnerskapsavtalen som fast første punkt i partnerskapsmøtene.
     */
    statusItemFirst?: boolean;
    /**
     * Lokale agendapunkter i tillegg til de fire i malen.
     *
     * @maxItems 30
     *
     * Items: Ett agendapunkt.
     */
    additionalAgendaItems?: string[];
  };
  /**
   * Ledermodell, tilsettingsvilkår og rapporteringslinjer: for én NAV-leder ved felles ledelse, for hver av de to lederne ved delt ledelse.
   */
  leadership: {
    /**
     * Felles eller delt administrativ og faglig ledelse.
     */
    model: 'felles' | 'delt';
    /**
     * Om NAV-leder er tilsatt på kommunale eller statlige vilkår. Påkrevd ved felles ledelse.
     */
    managerTerms?: 'kommunale' | 'statlige';
    /**
     * Ledergruppen NAV-leder er plassert i i kommunen, for eksempel «kommunedirektøren». Påkrevd ved felles ledelse.
     */
    municipalLeaderGroup?: string;
    /**
     * Hvem NAV-leder rapporterer til i kommunen, for eksempel «kommunalsjef for helse og velferd». Påkrevd ved felles ledelse.
     */
    municipalReportsTo?: string;
    /**
     * Hvem NAV-leder rapporterer til i NAV fylke, for eksempel «direktør for NAV Nordland». Påkrevd ved felles ledelse.
     */
    stateReportsTo?: string;
    municipalLeader?: Leader;
    stateLeader?: Leader1;
  };
  /**
   * Sikkerhetsrutinene eierne er enige om ved NAV-kontoret.
   */
  security: {
    /**
     * Rutiner i tillegg til «Felles sikkerhetsnorm for Arbeids- og velferdsforvaltningen» og kommunens interne sikkerhetsrutiner, for eksempel en lokal beredskapsplan.
     *
     * @maxItems 30
     *
     * Items: Navnet på rutinen.
     */
    additionalRoutines?: string[];
  };
  /**
   * Hovedavtalene medbestemmelsen utøves innenfor, og drøftingen med de ansattes organisasjoner før avtalen inngås.
   */
  coDetermination: {
    /**
     * Hovedavtalene medbestemmelsen utøves innenfor, gjerne med lenke.
     *
     * @minItems 1
     * @maxItems 10
     *
     * Items: Navn og eventuelt lenke.
     */
    mainAgreements: string[];
    /**
     * Før partnerskapsavtalen inngås skal innholdet drøftes med de ansattes organisasjoner.
     */
    consultation?: {
      /**
       * Datoen drøftingsmøtet ble holdt (ÅÅÅÅ-MM-DD).
       */
      date: string;
      /**
       * Organisasjonene som deltok, for eksempel «Fagforbundet» og «NTL».
       *
       * @maxItems 30
       *
       * Items: Navnet på organisasjonen.
       */
      organisations?: string[];
    };
  };
  /**
   * Eiernes resultatmål for NAV-kontoret, år for år.
   */
  goals: {
    /**
     * Resultatmål eierne ønsker for et gitt år.
     *
     * @maxItems 20
     *
     * Items: Årstallet og målene for det året.
     */
    resultGoals?: {
      /**
       * Årstallet målene gjelder for.
       */
      year: number;
      /**
       * Ett resultatmål per punkt.
       *
       * @minItems 1
       * @maxItems 30
       *
       * Items: Ett resultatmål.
       */
      goals: string[];
    }[];
    /**
     * Foreslått av NAV Nordland: minst én gang i året gir NAV-leder en orientering til kommunestyret.
     */
    councilBriefing?: boolean;
  };
  /**
   * Felles kompetansetiltak for alle ansatte ved NAV-kontoret.
   */
  competence: {
    /**
     * Kompetansetiltak som skal gjelde alle ansatte, for eksempel «motiverende intervju».
     *
     * @maxItems 30
     *
     * Items: Ett tiltak.
     */
    commonMeasures?: string[];
  };
  /**
   * Om ansatte hos den ene eieren kan utføre oppgaver på den andre eierens myndighetsområde (NAV-loven § 14), og delegasjonsvedtaket.
   */
  delegation: {
    /**
     * Medarbeidere ansatt i statlig linje kan utføre oppgaver på kommunens myndighetsområder.
     */
    stateStaffOnMunicipalTasks: boolean;
    /**
     * Medarbeidere ansatt i kommunal linje kan utføre oppgaver på Arbeids- og velferdsetatens myndighetsområder.
     */
    municipalStaffOnStateTasks: boolean;
    /**
     * Vedtaket som angir NAV-leders fullmakter og hvilke oppgaver som kan utføres på den andre eierens område. Skal legges ved avtalen.
     */
    decision?: {
      /**
       * Saksnummer eller annen referanse til vedtaket, for eksempel «sak 25/1234».
       */
      reference: string;
      /**
       * Datoen vedtaket ble fattet (ÅÅÅÅ-MM-DD).
       */
      date?: string;
    };
  };
  /**
   * Fordeling av felles driftsutgifter (etter årsverk eller en avtalt nøkkel), utgiftene til NAV-lederstillingen, betaling og avregning.
   */
  costs: {
    /**
     * Antall årsverk Arbeids- og velferdsetaten er representert med i kontoret, utenom NAV-leder, med høyst to desimaler. Påkrevd når felles driftsutgifter fordeles etter årsverk.
     */
    stateFte?: number;
    /**
     * Antall kommunale årsverk i kontoret, utenom NAV-leder, for hver kommune. Påkrevd når felles driftsutgifter fordeles etter årsverk.
     *
     * @minItems 1
     * @maxItems 50
     *
     * Items: Årsverkene én kommune er representert med.
     */
    fte?: {
      /**
       * Kommunenummeret til kommunen årsverkene gjelder.
       */
      municipality: string;
      /**
       * Antall årsverk med høyst to desimaler, for eksempel 4,5.
       */
      fte: number;
    }[];
    /**
     * Malen fordeler felles driftsutgifter etter årsverk. Eierne kan avtale en annen fordeling i prosent.
     */
    allocationKey?: 'årsverk' | 'avtalt';
    /**
     * Prosentandelen av felles driftsutgifter for hver eier, med høyst to desimaler. Hver eier skal stå én gang, og andelene skal til sammen være 100. Påkrevd når fordelingsnøkkelen er avtalt.
     *
     * @minItems 1
     * @maxItems 51
     *
     * Items: Én eiers andel.
     */
    agreedShares?: {
      /**
       * «stat» for Arbeids- og velferdsetaten, ellers kommunenummeret (eller bydelsnummeret).
       */
      party: string;
      /**
       * Prosent av felles driftsutgifter, med høyst to desimaler.
       */
      percent: number;
    }[];
    /**
     * Prosentandel av utgiftene til NAV-lederstillingen for hver eier, med høyst to desimaler og til sammen 100. Malen anbefaler 50/50 uavhengig av tilsettingsforhold; avtaler eierne noe annet, sier avtaleteksten det.
     */
    managerShare?: {
      /**
       * Prosent av NAV-lederstillingen som staten dekker.
       */
      state: number;
      /**
       * Prosent av NAV-lederstillingen som kommunen(e) dekker.
       */
      municipal: number;
    };
    /**
     * Bare ved Alternativ 2: hvordan kommunenes andel av NAV-lederstillingen fordeles mellom kommunene.
     */
    managerMunicipalSplit?: 'årsverk' | 'likt' | 'vertskommunen';
    /**
     * Budsjetterte felles driftsutgifter i hele kroner per år, som fordeles etter årsverk.
     */
    annualBudget?: number;
    /**
     * Lønn og sosiale kostnader for NAV-lederstillingen i hele kroner per år.
     */
    managerPostCost?: number;
    /**
     * Faktureringstidspunkter og -måter, for eksempel «halvårlig etterskuddsvis».
     */
    invoicing?: string;
    /**
     * Hvor ofte eierne betaler, om det betales a konto, når årsavregningen gjøres og hvem som fakturerer.
     */
    payments?: {
      /**
       * Hvor ofte eierne betaler.
       */
      frequency: 'månedlig' | 'kvartalsvis' | 'halvårlig' | 'årlig';
      /**
       * Eierne betaler a konto gjennom året, og utgiftene avregnes endelig etter årets slutt.
       */
      aKonto?: boolean;
      /**
       * Måneden året etter (1–12) da den endelige årsavregningen skal være gjort, for eksempel 3 for mars.
       */
      settlementMonth?: number;
      /**
       * Eieren som sender faktura til den andre.
       */
      invoicingParty?: 'stat' | 'kommune';
    };
    /**
     * Når avtalen begynner etter 1. januar, betales en forholdsmessig del av årsbeløpene det første året (hele gjenstående måneder / 12).
     */
    firstYearProRata?: boolean;
  };
  /**
   * Statlige tjenester, kommunens lovpålagte minimum og andre kommunale tjenester i NAV-kontoret.
   */
  services: {
    /**
     * Arbeids- og velferdsetatens tjenester kontoret har ansvaret for.
     *
     * @minItems 1
     * @maxItems 30
     *
     * Items: Én tjeneste.
     */
    stateServices: string[];
    /**
     * Minimumet etter NAV-loven og sosialtjenesteloven. Alle fem skal være med.
     *
     * @maxItems 5
     *
     * Items: Én av de fem lovpålagte tjenestene.
     */
    statutoryMunicipalServices: (
      'økonomisk stønad' | 'råd og veiledning' | 'kvalifiseringsprogrammet' | 'midlertidig bolig' | 'individuell plan'
    )[];
    /**
     * Kommunale tjenester i kontoret ut over lovens minimum, for eksempel «gjeldsrådgivning» eller «flyktningtjenesten».
     *
     * @maxItems 50
     *
     * Items: Én tjeneste.
     */
    additionalMunicipalServices?: string[];
  };
  /**
   * Hvordan brukermedvirkning ivaretas på individnivå og systemnivå.
   */
  userParticipation: {
    /**
     * Hvordan brukeren får en reell stemme i egen sak.
     */
    individualLevel?: string;
    /**
     * For eksempel brukerutvalg og hvordan det brukes.
     */
    systemLevel?: string;
    /**
     * Foreslått av NAV Nordland: avtalen slår fast at NAV har myndighet til å utpeke representanter til brukerutvalget.
     */
    navAppointsUserCouncil?: boolean;
  };
  /**
   * Samarbeidsavtaler og -rutiner med andre kommunale og statlige tjenester.
   */
  cooperation: {
    /**
     * For eksempel «Samarbeidsavtale med Nordlandssykehuset om IPS».
     *
     * @maxItems 50
     *
     * Items: Én avtale eller rutine.
     */
    agreements?: string[];
  };
  /**
   * Lokale forhandlinger først; fører de ikke fram, mekling ved statsforvalteren og deretter tvisteløsningsnemnd etter forskrift 12. mars 2007 nr. 294, for tvister som hindrer inngåelse eller gjennomføring av avtalen.
   */
  disputeResolution: {
    /**
     * Eventuelt hvordan eierne vil søke å løse uenighet lokalt før tvisteløsning, for eksempel at saken først drøftes i partnerskapsmøtet.
     */
    localProcedure?: string;
  };
  /**
   * Revisjonenes tilgang til det felles NAV-kontoret.
   */
  externalAudit: {
    /**
     * For eksempel «Salten kommunerevisjon IKS».
     */
    municipalAuditor?: string;
  };
  /**
   * Gyldighetsperiode og evalueringsintervall.
   */
  period: {
    /**
     * Første dag avtalen gjelder (ÅÅÅÅ-MM-DD).
     */
    start: string;
    /**
     * Siste dag avtalen gjelder (ÅÅÅÅ-MM-DD). Utelates når avtalen gjelder til ny avtale er inngått.
     */
    end?: string;
    /**
     * Hvor mange år det går mellom hver evaluering og revisjon av avtalen.
     */
    evaluationIntervalYears?: number;
    /**
     * Datoen eierne har avtalt å revidere avtalen (ÅÅÅÅ-MM-DD).
     */
    revisionDate?: string;
  };
  /**
   * Sted, dato, signeringsmåte og hvem som underskriver for hver eier.
   */
  signing: {
    /**
     * Stedet avtalen underskrives.
     */
    place?: string;
    /**
     * Datoen avtalen underskrives (ÅÅÅÅ-MM-DD).
     */
    date?: string;
    /**
     * Håndskrevet: dokumentet får signaturlinjer. Elektronisk signering: dokumentet får ingen signaturlinjer, men underskrivernes navn og titler.
     */
    method?: 'håndskrevet' | 'elektronisk';
    municipal?: Signatory;
    state?: Signatory1;
  };
  /**
   * Dokumenter som følger avtalen. Driftsavtale og delegasjonsvedtak skal være med; ved Alternativ 2 også vertskommuneavtalen.
   *
   * @maxItems 30
   *
   * Items: Ett vedlegg.
   */
  attachments: {
    /**
     * Driftsavtale, delegasjonsvedtak, vertskommuneavtale eller annet.
     */
    kind: 'driftsavtale' | 'delegasjonsvedtak' | 'vertskommuneavtale' | 'annet';
    /**
     * Tittelen på vedlegget.
     */
    title: string;
    /**
     * Datoen på vedlegget (ÅÅÅÅ-MM-DD).
     */
    date?: string;
  }[];
  /**
   * Svarene på spørsmålene «Til vurdering» i veilederen, per spørsmål.
   */
  checklist?: {
    /**
     * Vurderingen av ett spørsmål.
     */
    [k: string]: {
      /**
       * Ja, nei, delvis eller ikke relevant.
       */
      status: 'ja' | 'nei' | 'delvis' | 'ikke relevant';
      /**
       * Begrunnelse eller oppfølging.
       */
      comment?: string;
      /**
       * Hvem som vurderte spørsmålet.
       */
      answeredBy?: string;
      /**
       * Datoen spørsmålet ble vurdert (ÅÅÅÅ-MM-DD).
       */
      answeredAt?: string;
    };
  };
}
/**
 * En kommune (eller en bydel i Oslo) med navn, nummer og organisasjonsnummer.
 */
export interface Municipality {
  /**
   * Kommune, eller bydel i Oslo kommune. En bydel kan bare være part ved Alternativ 1, i kommunens sted.
   */
  kind?: 'kommune' | 'bydel';
  /**
   * Navnet kommunen (eller bydelen) bruker om seg selv, for eksempel «Fauske kommune», «Hamarøy kommune», «Bydel Østensjø» eller «Divtasvuona suohkan».
   */
  name: string;
  /**
   * Kommunens navn på samisk, der kommunen har det, for eksempel «Hábmer».
   */
  samiName?: string;
  /**
   * Fire sifre for en kommune, for eksempel «1841»; for en bydel i Oslo bydelsnummeret, seks sifre, for eksempel «030113».
   */
  number: string;
  /**
   * Ni sifre fra Enhetsregisteret; det siste er et kontrollsiffer (modulus 11).
   */
  orgNumber: string;
  /**
   * Partens saksnummer (arkivsak) for avtalen, for eksempel 25/1412.
   */
  caseNumber?: string;
  contact?: Contact;
  /**
   * Vedtaket der kommunen sluttet seg til vertskommunesamarbeidet og avtalen (kommuneloven kapittel 20).
   */
  approval?: {
    /**
     * Organet som fattet vedtaket.
     */
    body: 'kommunestyret' | 'bystyret' | 'formannskapet' | 'bydelsutvalget' | 'annet';
    /**
     * Navnet på organet når det ikke er et av valgene, for eksempel «hovedutvalg for helse og omsorg».
     */
    bodyName?: string;
    /**
     * Datoen vedtaket ble fattet (ÅÅÅÅ-MM-DD).
     */
    date: string;
    /**
     * Saksnummeret til vedtaket, for eksempel 25/1412.
     */
    caseNumber?: string;
  };
}
/**
 * Kontaktperson hos parten for avtalen. Intern opplysning: utelates i offentlig versjon (--offentlig).
 */
export interface Contact {
  /**
   * Kontaktpersonens navn.
   */
  name: string;
  /**
   * Kontaktpersonens tittel, for eksempel «rådgiver».
   */
  title?: string;
  /**
   * E-postadresse, for eksempel «ola.nordmann@bodo.kommune.no».
   */
  email?: string;
  /**
   * Telefonnummer, 8 til 15 sifre, gjerne med landskode, for eksempel «+47 75 55 50 00».
   */
  phone?: string;
}
/**
 * Kontaktperson i NAV fylke for avtalen. Intern opplysning: utelates i offentlig versjon (--offentlig).
 */
export interface Contact1 {
  /**
   * Kontaktpersonens navn.
   */
  name: string;
  /**
   * Kontaktpersonens tittel, for eksempel «rådgiver».
   */
  title?: string;
  /**
   * E-postadresse, for eksempel «ola.nordmann@bodo.kommune.no».
   */
  email?: string;
  /**
   * Telefonnummer, 8 til 15 sifre, gjerne med landskode, for eksempel «+47 75 55 50 00».
   */
  phone?: string;
}
/**
 * Ett sted kontoret tar imot publikum.
 */
export interface Site {
  /**
   * For eksempel «Fauske» eller «Rognan».
   */
  name: string;
  /**
   * Hovedkontor, avdelingskontor eller lokalt servicepunkt.
   */
  role: 'hovedkontor' | 'avdelingskontor' | 'servicepunkt';
  /**
   * Kommunenummeret (eller bydelsnummeret) der lokasjonen ligger. Kommunen må være part i avtalen.
   */
  municipality: string;
  /**
   * Besøksadressen til NAV-kontoret.
   */
  address: {
    /**
     * Gate og husnummer, for eksempel «Sjøgata 55».
     */
    street: string;
    /**
     * Fire sifre, for eksempel «8200».
     */
    postalCode: string;
    /**
     * For eksempel «Fauske».
     */
    city: string;
  };
  /**
   * Dagene og klokkeslettene lokasjonen er åpen for publikum. Dager som ikke står her, er stengt.
   *
   * @minItems 0
   * @maxItems 14
   */
  openingHours: OpeningHours[];
  /**
   * Lokasjonen tar ellers imot etter avtale («… og ellers etter avtale»).
   */
  byAppointment?: boolean;
  /**
   * For eksempel «stengt i juli».
   */
  note?: string;
}
/**
 * Én dag eller et sammenhengende dagsintervall med samme åpningstid.
 */
export interface OpeningHours {
  /**
   * Første ukedag med denne åpningstiden (eller den eneste).
   */
  fromDay: 'mandag' | 'tirsdag' | 'onsdag' | 'torsdag' | 'fredag' | 'lørdag' | 'søndag';
  /**
   * Siste ukedag med denne åpningstiden. Utelates når tiden gjelder én dag.
   */
  toDay?: 'mandag' | 'tirsdag' | 'onsdag' | 'torsdag' | 'fredag' | 'lørdag' | 'søndag';
  /**
   * Klokkeslett som TT:MM, for eksempel «09:00».
   */
  opens: string;
  /**
   * Klokkeslett som TT:MM, for eksempel «15:00».
   */
  closes: string;
  /**
   * Åpent for alle, drop-in eller bare timeavtale.
   */
  kind?: 'åpent' | 'drop-in' | 'timeavtale';
}
/**
 * Ved delt ledelse: lederen med administrativt og faglig ansvar for de kommunale tjenestene i kontoret.
 */
export interface Leader {
  /**
   * Lederens stilling slik den skal stå i avtalen, med liten forbokstav, for eksempel «leder for sosialtjenesten» eller «NAV-leder stat».
   */
  position: string;
  /**
   * Om lederen er tilsatt på kommunale eller statlige vilkår.
   */
  terms: 'kommunale' | 'statlige';
  /**
   * Lederen for ledergruppen lederen er plassert i, for eksempel «kommunedirektøren» eller «direktøren for NAV Nordland».
   */
  leaderGroup: string;
  /**
   * Hvem lederen rapporterer til, for eksempel «kommunalsjef for helse og velferd».
   */
  reportsTo: string;
}
/**
 * Ved delt ledelse: lederen med administrativt og faglig ansvar for de statlige tjenestene i kontoret.
 */
export interface Leader1 {
  /**
   * Lederens stilling slik den skal stå i avtalen, med liten forbokstav, for eksempel «leder for sosialtjenesten» eller «NAV-leder stat».
   */
  position: string;
  /**
   * Om lederen er tilsatt på kommunale eller statlige vilkår.
   */
  terms: 'kommunale' | 'statlige';
  /**
   * Lederen for ledergruppen lederen er plassert i, for eksempel «kommunedirektøren» eller «direktøren for NAV Nordland».
   */
  leaderGroup: string;
  /**
   * Hvem lederen rapporterer til, for eksempel «kommunalsjef for helse og velferd».
   */
  reportsTo: string;
}
/**
 * Den som underskriver for kommunen (vertskommunen, eller bydelen), med tittel, for eksempel kommunedirektøren.
 */
export interface Signatory {
  /**
   * Navnet på den som underskriver.
   */
  name: string;
  /**
   * Tittelen til den som underskriver, for eksempel «kommunedirektør», «konstituert kommunedirektør», «bydelsdirektør», «direktør» eller «fylkesdirektør».
   */
  title: string;
  /**
   * Når underskriveren handler etter fullmakt, for eksempel «etter fullmakt fra kommunedirektøren». Vises under navnet.
   */
  authority?: string;
}
/**
 * Den som underskriver for Arbeids- og velferdsetaten, med tittel, for eksempel direktøren for NAV fylke.
 */
export interface Signatory1 {
  /**
   * Navnet på den som underskriver.
   */
  name: string;
  /**
   * Tittelen til den som underskriver, for eksempel «kommunedirektør», «konstituert kommunedirektør», «bydelsdirektør», «direktør» eller «fylkesdirektør».
   */
  title: string;
  /**
   * Når underskriveren handler etter fullmakt, for eksempel «etter fullmakt fra kommunedirektøren». Vises under navnet.
   */
  authority?: string;
}
