/* Generated from schemas/partnerskapsavtale.schema.json by src/build/gen-types.ts. Do not edit; run `npm run codegen`. */

/**
 * Avtale etter NAV-loven § 14 mellom kommunen og Arbeids- og velferdsetaten om etablering og drift av et felles NAV-kontor.
 */
export interface Agreement {
  /**
   * Versjonen av dataformatet. Skal være "1.0".
   */
  schemaVersion: '1.0';
  /**
   * Hvem som inngår avtalen, hvilke kommuner som omfattes og hvilket NAV-kontor avtalen gjelder.
   */
  parties: {
    /**
     * Alternativ 1: avtalen inngås med én kommune. Alternativ 2: avtalen inngås med en vertskommune som kommunene har delegert myndighet til (kommuneloven kapittel 20).
     */
    form: 'enkeltkommune' | 'vertskommune';
    /**
     * Kommunene som omfattes av avtalen. Ved Alternativ 1 én kommune; ved Alternativ 2 vertskommunen og alle kommunene den er vertskommune for.
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
     * Malen bruker «rådmann»; etter kommuneloven 2018 brukes oftest «kommunedirektør».
     */
    municipalSignatoryTitle: 'rådmann' | 'kommunedirektør';
    /**
     * Arbeids- og velferdsetatens fylkesledd som inngår avtalen.
     */
    county: {
      /**
       * For eksempel «NAV Nordland».
       */
      name: string;
      /**
       * Navnet på direktøren for NAV fylke.
       */
      director?: string;
    };
    /**
     * Navnet på det felles NAV-kontoret, for eksempel «NAV Indre Salten».
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
   * Hvor NAV-kontoret ligger og når det er åpent.
   */
  location: {
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
     * Dagene og klokkeslettene kontoret er åpent for publikum.
     */
    openingHours: {
      /**
       * Første ukedag kontoret er åpent.
       */
      fromDay: 'mandag' | 'tirsdag' | 'onsdag' | 'torsdag' | 'fredag' | 'lørdag' | 'søndag';
      /**
       * Siste ukedag kontoret er åpent.
       */
      toDay: 'mandag' | 'tirsdag' | 'onsdag' | 'torsdag' | 'fredag' | 'lørdag' | 'søndag';
      /**
       * Klokkeslett som TT:MM, for eksempel «09:00».
       */
      opens: string;
      /**
       * Klokkeslett som TT:MM, for eksempel «15:00».
       */
      closes: string;
    };
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
   * Ledermodell, NAV-leders tilsettingsvilkår og rapporteringslinjer.
   */
  leadership: {
    /**
     * Felles eller delt administrativ og faglig ledelse.
     */
    model: 'felles' | 'delt';
    /**
     * Om NAV-leder er tilsatt på kommunale eller statlige vilkår.
     */
    managerTerms: 'kommunale' | 'statlige';
    /**
     * Ledergruppen NAV-leder er plassert i i kommunen, for eksempel «kommunedirektøren».
     */
    municipalLeaderGroup: string;
    /**
     * Hvem NAV-leder rapporterer til i kommunen, for eksempel «kommunalsjef for helse og velferd».
     */
    municipalReportsTo: string;
    /**
     * Hvem NAV-leder rapporterer til i NAV fylke, for eksempel «direktør for NAV Nordland».
     */
    stateReportsTo: string;
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
   * Fordeling av felles driftsutgifter etter årsverk; utgiftene til NAV-lederstillingen deles likt.
   */
  costs: {
    /**
     * Antall årsverk Arbeids- og velferdsetaten er representert med i kontoret, utenom NAV-leder, med høyst to desimaler.
     */
    stateFte: number;
    /**
     * Antall kommunale årsverk i kontoret, utenom NAV-leder, for hver kommune.
     *
     * @minItems 1
     * @maxItems 50
     *
     * Items: Årsverkene én kommune er representert med.
     */
    fte: {
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
     * Prosentandel av utgiftene til NAV-lederstillingen for hver eier. Malen fastsetter 50/50 uavhengig av tilsettingsforhold.
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
   * Lokale forhandlinger først, deretter forskrift om nemndbasert tvisteløsning.
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
   * Sted, dato og hvem som underskriver for hver eier.
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
     * Navnet på kommunedirektøren/rådmannen som underskriver.
     */
    municipalSignatory?: string;
    /**
     * Navnet på direktøren for NAV fylke som underskriver.
     */
    stateSignatory?: string;
  };
  /**
   * Dokumenter som følger avtalen. Driftsavtale og delegasjonsvedtak skal være med.
   *
   * @maxItems 30
   *
   * Items: Ett vedlegg.
   */
  attachments: {
    /**
     * Driftsavtale, delegasjonsvedtak eller annet.
     */
    kind: 'driftsavtale' | 'delegasjonsvedtak' | 'annet';
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
 * En kommune med navn, kommunenummer og organisasjonsnummer.
 */
export interface Municipality {
  /**
   * Det offisielle norske navnet, som slutter på «kommune», for eksempel «Fauske kommune». Et samisk navn føres i «Samisk navn».
   */
  name: string;
  /**
   * Kommunens navn på samisk, der kommunen har det, for eksempel «Hábmer».
   */
  samiName?: string;
  /**
   * Fire sifre, for eksempel «1841».
   */
  number: string;
  /**
   * Ni sifre fra Enhetsregisteret; det siste er et kontrollsiffer (modulus 11).
   */
  orgNumber: string;
}
