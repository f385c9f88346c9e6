// @ts-nocheck
/* Generated from schemas/partnerskapsavtale.schema.json by src/build/compile-validator.ts. Do not edit; run `npm run codegen`. */
import { formats } from './formats.js';
import __ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
const __ucs2length = typeof __ucs2lengthModule === 'function' ? __ucs2lengthModule : __ucs2lengthModule.default;

export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://partnerskap.no/schemas/partnerskapsavtale-1.0.schema.json","title":"Partnerskapsavtale","description":"Avtale etter NAV-loven § 14 mellom kommunen og Arbeids- og velferdsetaten om etablering og drift av et felles NAV-kontor.","type":"object","additionalProperties":false,"required":["schemaVersion","parties","purpose","location","governance","leadership","security","coDetermination","goals","competence","delegation","costs","services","userParticipation","cooperation","disputeResolution","externalAudit","period","signing","attachments"],"properties":{"schemaVersion":{"title":"Skjemaversjon","description":"Versjonen av dataformatet. Skal være \"1.0\".","type":"string","const":"1.0"},"parties":{"title":"Avtaleparter – eiere","description":"Hvem som inngår avtalen, hvilke kommuner som omfattes og hvilket NAV-kontor avtalen gjelder.","x-section":"1.0","type":"object","additionalProperties":false,"required":["form","municipalities","municipalSignatoryTitle","county","officeName"],"properties":{"form":{"title":"Avtaleform","description":"Alternativ 1: avtalen inngås med én kommune. Alternativ 2: avtalen inngås med en vertskommune som kommunene har delegert myndighet til (kommuneloven kapittel 20).","type":"string","enum":["enkeltkommune","vertskommune"],"x-enumLabels":{"enkeltkommune":"Alternativ 1: én kommune","vertskommune":"Alternativ 2: vertskommune for flere kommuner"},"default":"enkeltkommune"},"municipalities":{"title":"Kommuner","description":"Kommunene som omfattes av avtalen. Ved Alternativ 1 én kommune; ved Alternativ 2 vertskommunen og alle kommunene den er vertskommune for.","type":"array","minItems":1,"maxItems":50,"x-identity":"number","items":{"$ref":"#/definitions/municipality"}},"host":{"title":"Vertskommune","description":"Kommunenummeret til vertskommunen (bare ved Alternativ 2). Vertskommunen må være en av kommunene i listen.","$ref":"#/definitions/municipalityNumber"},"municipalSignatoryTitle":{"title":"Tittel for kommunens øverste administrative leder","description":"Malen bruker «rådmann»; etter kommuneloven 2018 brukes oftest «kommunedirektør».","type":"string","enum":["rådmann","kommunedirektør"],"x-enumLabels":{"rådmann":"Rådmann","kommunedirektør":"Kommunedirektør"},"default":"kommunedirektør"},"county":{"title":"NAV fylke","description":"Arbeids- og velferdsetatens fylkesledd som inngår avtalen.","type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"title":"Navn på NAV fylke","description":"For eksempel «NAV Nordland».","$ref":"#/definitions/navName"},"director":{"title":"Direktør for NAV fylke","description":"Navnet på direktøren for NAV fylke.","$ref":"#/definitions/line"}}},"officeName":{"title":"NAV-kontorets navn","description":"Navnet på det felles NAV-kontoret, for eksempel «NAV Indre Salten».","$ref":"#/definitions/navName"}},"if":{"properties":{"form":{"const":"vertskommune"}},"required":["form"]},"then":{"required":["host"]},"else":{"properties":{"municipalities":{"type":"array","maxItems":1},"host":false}}},"purpose":{"title":"Formålet med partnerskapsavtalen","description":"Eiernes visjon og verdier, og andre lokale mål for samarbeidet.","x-section":"2.0","type":"object","additionalProperties":false,"required":[],"properties":{"municipalValues":{"title":"Kommunens verdier","description":"Kommunens verdier som NAV-kontoret skal arbeide etter, for eksempel «åpenhet, respekt og samarbeid».","$ref":"#/definitions/text"},"localGoals":{"title":"Andre lokale mål","description":"Andre lokale mål som legges til grunn for samarbeidet, ett mål per punkt.","type":"array","maxItems":50,"x-identity":"value","items":{"title":"Lokalt mål","description":"Ett lokalt mål.","$ref":"#/definitions/text"}}}},"location":{"title":"Fysisk lokalisering og utforming","description":"Hvor NAV-kontoret ligger og når det er åpent.","x-section":"2.1","type":"object","additionalProperties":false,"required":["address","openingHours"],"properties":{"address":{"title":"Adresse","description":"Besøksadressen til NAV-kontoret.","type":"object","additionalProperties":false,"required":["street","postalCode","city"],"properties":{"street":{"title":"Gateadresse","description":"Gate og husnummer, for eksempel «Sjøgata 55».","$ref":"#/definitions/line"},"postalCode":{"title":"Postnummer","description":"Fire sifre, for eksempel «8200».","type":"string","pattern":"^[0-9]{4}$"},"city":{"title":"Poststed","description":"For eksempel «Fauske».","$ref":"#/definitions/line"}}},"openingHours":{"title":"Åpningstider","description":"Dagene og klokkeslettene kontoret er åpent for publikum.","type":"object","additionalProperties":false,"required":["fromDay","toDay","opens","closes"],"properties":{"fromDay":{"title":"Fra ukedag","description":"Første ukedag kontoret er åpent.","$ref":"#/definitions/weekday","default":"mandag"},"toDay":{"title":"Til ukedag","description":"Siste ukedag kontoret er åpent.","$ref":"#/definitions/weekday","default":"fredag"},"opens":{"title":"Åpner kl.","description":"Klokkeslett som TT:MM, for eksempel «09:00».","$ref":"#/definitions/clock","default":"09:00"},"closes":{"title":"Stenger kl.","description":"Klokkeslett som TT:MM, for eksempel «15:00».","$ref":"#/definitions/clock","default":"15:00"}}}}},"governance":{"title":"Styring og ledelse","description":"Partnerskapsmøtene mellom eierne og deres agenda.","x-section":"3.1","type":"object","additionalProperties":false,"required":[],"properties":{"meetingsPerYear":{"title":"Partnerskapsmøter per år","description":"Hvor mange partnerskapsmøter eierne har i året. Malen foreslår ett til to.","type":"integer","minimum":1,"maximum":12,"default":2},"statusItemFirst":{"title":"«Status partnerskapsavtale» som første faste agendapunkt","description":"Foreslått av NAV Nordland: status for partnerskapsavtalen som fast første punkt i partnerskapsmøtene.","type":"boolean","default":false},"additionalAgendaItems":{"title":"Andre agendapunkter","description":"Lokale agendapunkter i tillegg til de fire i malen.","type":"array","maxItems":30,"x-identity":"value","items":{"title":"Agendapunkt","description":"Ett agendapunkt.","$ref":"#/definitions/text"}}}},"leadership":{"title":"Tilsetting av leder og medarbeidere","description":"Ledermodell, NAV-leders tilsettingsvilkår og rapporteringslinjer.","x-section":"3.2","type":"object","additionalProperties":false,"required":["model","managerTerms","municipalLeaderGroup","municipalReportsTo","stateReportsTo"],"properties":{"model":{"title":"Ledermodell","description":"Felles eller delt administrativ og faglig ledelse.","type":"string","enum":["felles","delt"],"x-enumLabels":{"felles":"Felles administrativ og faglig ledelse","delt":"Delt administrativ og faglig ledelse"},"default":"felles"},"managerTerms":{"title":"NAV-leders tilsettingsvilkår","description":"Om NAV-leder er tilsatt på kommunale eller statlige vilkår.","type":"string","enum":["kommunale","statlige"],"x-enumLabels":{"kommunale":"Kommunale vilkår","statlige":"Statlige vilkår"}},"municipalLeaderGroup":{"title":"Kommunal ledergruppe","description":"Ledergruppen NAV-leder er plassert i i kommunen, for eksempel «kommunedirektøren».","$ref":"#/definitions/line"},"municipalReportsTo":{"title":"Rapporterer i kommunen til","description":"Hvem NAV-leder rapporterer til i kommunen, for eksempel «kommunalsjef for helse og velferd».","$ref":"#/definitions/line"},"stateReportsTo":{"title":"Rapporterer i staten til","description":"Hvem NAV-leder rapporterer til i NAV fylke, for eksempel «direktør for NAV Nordland».","$ref":"#/definitions/line"}}},"security":{"title":"Personvern, informasjonssikkerhet og beredskap","description":"Sikkerhetsrutinene eierne er enige om ved NAV-kontoret.","x-section":"3.3","type":"object","additionalProperties":false,"required":[],"properties":{"additionalRoutines":{"title":"Andre sikkerhetsrutiner","description":"Rutiner i tillegg til «Felles sikkerhetsnorm for Arbeids- og velferdsforvaltningen» og kommunens interne sikkerhetsrutiner, for eksempel en lokal beredskapsplan.","type":"array","maxItems":30,"x-identity":"value","items":{"title":"Sikkerhetsrutine","description":"Navnet på rutinen.","$ref":"#/definitions/text"}}}},"coDetermination":{"title":"Medbestemmelse","description":"Hovedavtalene medbestemmelsen utøves innenfor, og drøftingen med de ansattes organisasjoner før avtalen inngås.","x-section":"3.4","type":"object","additionalProperties":false,"required":["mainAgreements"],"properties":{"mainAgreements":{"title":"Hovedavtaler","description":"Hovedavtalene medbestemmelsen utøves innenfor, gjerne med lenke.","type":"array","minItems":1,"maxItems":10,"x-identity":"value","items":{"title":"Hovedavtale","description":"Navn og eventuelt lenke.","$ref":"#/definitions/text"},"default":["Hovedavtalen i staten","Hovedavtalen KS"]},"consultation":{"title":"Drøfting med de ansattes organisasjoner","description":"Før partnerskapsavtalen inngås skal innholdet drøftes med de ansattes organisasjoner.","type":"object","additionalProperties":false,"required":["date"],"properties":{"date":{"title":"Dato for drøfting","description":"Datoen drøftingsmøtet ble holdt (ÅÅÅÅ-MM-DD).","$ref":"#/definitions/date"},"organisations":{"title":"Organisasjoner","description":"Organisasjonene som deltok, for eksempel «Fagforbundet» og «NTL».","type":"array","maxItems":30,"x-identity":"value","items":{"title":"Organisasjon","description":"Navnet på organisasjonen.","$ref":"#/definitions/line"}}}}}},"goals":{"title":"Mål og resultatkrav","description":"Eiernes resultatmål for NAV-kontoret, år for år.","x-section":"3.5","type":"object","additionalProperties":false,"required":[],"properties":{"resultGoals":{"title":"Resultatmål","description":"Resultatmål eierne ønsker for et gitt år.","type":"array","maxItems":20,"x-identity":"year","items":{"title":"Resultatmål for ett år","description":"Årstallet og målene for det året.","type":"object","additionalProperties":false,"required":["year","goals"],"properties":{"year":{"title":"År","description":"Årstallet målene gjelder for.","type":"integer","minimum":2000,"maximum":2100},"goals":{"title":"Mål","description":"Ett resultatmål per punkt.","type":"array","minItems":1,"maxItems":30,"x-identity":"value","items":{"title":"Mål","description":"Ett resultatmål.","$ref":"#/definitions/text"}}}}},"councilBriefing":{"title":"Årlig orientering til kommunestyret","description":"Foreslått av NAV Nordland: minst én gang i året gir NAV-leder en orientering til kommunestyret.","type":"boolean","default":true}}},"competence":{"title":"Kompetanseutvikling","description":"Felles kompetansetiltak for alle ansatte ved NAV-kontoret.","x-section":"3.6","type":"object","additionalProperties":false,"required":[],"properties":{"commonMeasures":{"title":"Felles kompetansetiltak","description":"Kompetansetiltak som skal gjelde alle ansatte, for eksempel «motiverende intervju».","type":"array","maxItems":30,"x-identity":"value","items":{"title":"Kompetansetiltak","description":"Ett tiltak.","$ref":"#/definitions/text"}}}},"delegation":{"title":"Delegert myndighet og oppgaveutførelse på hverandres myndighetsområder","description":"Om ansatte hos den ene eieren kan utføre oppgaver på den andre eierens myndighetsområde (NAV-loven § 14), og delegasjonsvedtaket.","x-section":"3.7","type":"object","additionalProperties":false,"required":["stateStaffOnMunicipalTasks","municipalStaffOnStateTasks"],"properties":{"stateStaffOnMunicipalTasks":{"title":"Statlig ansatte utfører kommunale oppgaver","description":"Medarbeidere ansatt i statlig linje kan utføre oppgaver på kommunens myndighetsområder.","type":"boolean","default":true},"municipalStaffOnStateTasks":{"title":"Kommunalt ansatte utfører statlige oppgaver","description":"Medarbeidere ansatt i kommunal linje kan utføre oppgaver på Arbeids- og velferdsetatens myndighetsområder.","type":"boolean","default":true},"decision":{"title":"Delegasjonsvedtak","description":"Vedtaket som angir NAV-leders fullmakter og hvilke oppgaver som kan utføres på den andre eierens område. Skal legges ved avtalen.","type":"object","additionalProperties":false,"required":["reference"],"properties":{"reference":{"title":"Referanse","description":"Saksnummer eller annen referanse til vedtaket, for eksempel «sak 25/1234».","$ref":"#/definitions/line"},"date":{"title":"Vedtaksdato","description":"Datoen vedtaket ble fattet (ÅÅÅÅ-MM-DD).","$ref":"#/definitions/date"}}}},"if":{"anyOf":[{"properties":{"stateStaffOnMunicipalTasks":{"const":true}},"required":["stateStaffOnMunicipalTasks"]},{"properties":{"municipalStaffOnStateTasks":{"const":true}},"required":["municipalStaffOnStateTasks"]}]},"then":{"required":["decision"]}},"costs":{"title":"Driftsavtale","description":"Fordeling av felles driftsutgifter etter årsverk; utgiftene til NAV-lederstillingen deles likt.","x-section":"3.8","type":"object","additionalProperties":false,"required":["stateFte","fte"],"properties":{"stateFte":{"title":"Statlige årsverk","description":"Antall årsverk Arbeids- og velferdsetaten er representert med i kontoret, utenom NAV-leder, med høyst to desimaler.","type":"number","minimum":0,"maximum":10000,"multipleOf":0.01,"format":"hundredths"},"fte":{"title":"Årsverk","description":"Antall kommunale årsverk i kontoret, utenom NAV-leder, for hver kommune.","type":"array","minItems":1,"maxItems":50,"x-identity":"municipality","items":{"title":"Kommunale årsverk","description":"Årsverkene én kommune er representert med.","type":"object","additionalProperties":false,"required":["municipality","fte"],"properties":{"municipality":{"title":"Kommune","description":"Kommunenummeret til kommunen årsverkene gjelder.","$ref":"#/definitions/municipalityNumber"},"fte":{"title":"Årsverk","description":"Antall årsverk med høyst to desimaler, for eksempel 4,5.","type":"number","minimum":0,"maximum":10000,"multipleOf":0.01,"format":"hundredths"}}}},"managerShare":{"title":"Fordeling av NAV-lederstillingen","description":"Prosentandel av utgiftene til NAV-lederstillingen for hver eier. Malen fastsetter 50/50 uavhengig av tilsettingsforhold.","type":"object","additionalProperties":false,"required":["state","municipal"],"properties":{"state":{"title":"Statens andel (%)","description":"Prosent av NAV-lederstillingen som staten dekker.","type":"number","minimum":0,"maximum":100,"default":50},"municipal":{"title":"Kommunens andel (%)","description":"Prosent av NAV-lederstillingen som kommunen(e) dekker.","type":"number","minimum":0,"maximum":100,"default":50}}},"annualBudget":{"title":"Felles driftsutgifter per år (kr)","description":"Budsjetterte felles driftsutgifter i hele kroner per år, som fordeles etter årsverk.","type":"integer","minimum":0,"maximum":10000000000},"managerPostCost":{"title":"Utgifter til NAV-lederstillingen per år (kr)","description":"Lønn og sosiale kostnader for NAV-lederstillingen i hele kroner per år.","type":"integer","minimum":0,"maximum":100000000},"invoicing":{"title":"Fakturering","description":"Faktureringstidspunkter og -måter, for eksempel «halvårlig etterskuddsvis».","$ref":"#/definitions/text"}}},"services":{"title":"Tjenestetilbud","description":"Statlige tjenester, kommunens lovpålagte minimum og andre kommunale tjenester i NAV-kontoret.","x-section":"4.0","type":"object","additionalProperties":false,"required":["stateServices","statutoryMunicipalServices"],"properties":{"stateServices":{"title":"Statlige tjenester","description":"Arbeids- og velferdsetatens tjenester kontoret har ansvaret for.","type":"array","minItems":1,"maxItems":30,"x-identity":"value","items":{"title":"Statlig tjeneste","description":"Én tjeneste.","$ref":"#/definitions/text"},"default":["Ansvar for å levere tjenester på området arbeidsrettet brukeroppfølging; herunder oppfølging av arbeidssøkere uten ytelser, oppfølging av arbeidssøkere som mottar dagpenger, arbeidsavklaringspenger, sykepenger, overgangsstønad, uføretrygd og tiltakspenger","Oppfølging av arbeidsmarkedet og arbeidsgivere"]},"statutoryMunicipalServices":{"title":"Lovpålagte kommunale tjenester","description":"Minimumet etter NAV-loven og sosialtjenesteloven. Alle fem skal være med.","type":"array","maxItems":5,"uniqueItems":true,"x-identity":"value","x-locked":true,"items":{"title":"Lovpålagt tjeneste","description":"Én av de fem lovpålagte tjenestene.","type":"string","enum":["økonomisk stønad","råd og veiledning","kvalifiseringsprogrammet","midlertidig bolig","individuell plan"]},"default":["økonomisk stønad","råd og veiledning","kvalifiseringsprogrammet","midlertidig bolig","individuell plan"]},"additionalMunicipalServices":{"title":"Andre kommunale tjenester","description":"Kommunale tjenester i kontoret ut over lovens minimum, for eksempel «gjeldsrådgivning» eller «flyktningtjenesten».","type":"array","maxItems":50,"x-identity":"value","items":{"title":"Kommunal tjeneste","description":"Én tjeneste.","$ref":"#/definitions/text"}}}},"userParticipation":{"title":"Brukermedvirkning","description":"Hvordan brukermedvirkning ivaretas på individnivå og systemnivå.","x-section":"5.0","type":"object","additionalProperties":false,"required":[],"properties":{"individualLevel":{"title":"Brukermedvirkning på individnivå","description":"Hvordan brukeren får en reell stemme i egen sak.","$ref":"#/definitions/text"},"systemLevel":{"title":"Brukermedvirkning på systemnivå","description":"For eksempel brukerutvalg og hvordan det brukes.","$ref":"#/definitions/text"},"navAppointsUserCouncil":{"title":"NAV utpeker representanter til brukerutvalget","description":"Foreslått av NAV Nordland: avtalen slår fast at NAV har myndighet til å utpeke representanter til brukerutvalget.","type":"boolean","default":false}}},"cooperation":{"title":"Samhandling med øvrige tjenestetilbud","description":"Samarbeidsavtaler og -rutiner med andre kommunale og statlige tjenester.","x-section":"6.0","type":"object","additionalProperties":false,"required":[],"properties":{"agreements":{"title":"Samarbeidsavtaler og -rutiner","description":"For eksempel «Samarbeidsavtale med Nordlandssykehuset om IPS».","type":"array","maxItems":50,"x-identity":"value","items":{"title":"Samarbeidsavtale","description":"Én avtale eller rutine.","$ref":"#/definitions/text"}}}},"disputeResolution":{"title":"Prinsipper for tvisteløsning ved uenighet","description":"Lokale forhandlinger først, deretter forskrift om nemndbasert tvisteløsning.","x-section":"7.0","type":"object","additionalProperties":false,"required":[],"properties":{"localProcedure":{"title":"Lokal framgangsmåte","description":"Eventuelt hvordan eierne vil søke å løse uenighet lokalt før tvisteløsning, for eksempel at saken først drøftes i partnerskapsmøtet.","$ref":"#/definitions/text"}}},"externalAudit":{"title":"Revisjon","description":"Revisjonenes tilgang til det felles NAV-kontoret.","x-section":"8.0","type":"object","additionalProperties":false,"required":[],"properties":{"municipalAuditor":{"title":"Kommunens revisor","description":"For eksempel «Salten kommunerevisjon IKS».","$ref":"#/definitions/line"}}},"period":{"title":"Avtaleperiode","description":"Gyldighetsperiode og evalueringsintervall.","x-section":"9.0","type":"object","additionalProperties":false,"required":["start"],"properties":{"start":{"title":"Gyldig fra","description":"Første dag avtalen gjelder (ÅÅÅÅ-MM-DD).","$ref":"#/definitions/date"},"end":{"title":"Gyldig til","description":"Siste dag avtalen gjelder (ÅÅÅÅ-MM-DD). Utelates når avtalen gjelder til ny avtale er inngått.","$ref":"#/definitions/date"},"evaluationIntervalYears":{"title":"Evalueringsintervall (år)","description":"Hvor mange år det går mellom hver evaluering og revisjon av avtalen.","type":"integer","minimum":1,"maximum":10,"default":2},"revisionDate":{"title":"Avtalt revisjonsdato","description":"Datoen eierne har avtalt å revidere avtalen (ÅÅÅÅ-MM-DD).","$ref":"#/definitions/date"}}},"signing":{"title":"Underskrift","description":"Sted, dato og hvem som underskriver for hver eier.","type":"object","additionalProperties":false,"required":[],"properties":{"place":{"title":"Sted","description":"Stedet avtalen underskrives.","$ref":"#/definitions/line"},"date":{"title":"Dato","description":"Datoen avtalen underskrives (ÅÅÅÅ-MM-DD).","$ref":"#/definitions/date"},"municipalSignatory":{"title":"Underskriver for kommunen","description":"Navnet på kommunedirektøren/rådmannen som underskriver.","$ref":"#/definitions/line"},"stateSignatory":{"title":"Underskriver for staten","description":"Navnet på direktøren for NAV fylke som underskriver.","$ref":"#/definitions/line"}}},"attachments":{"title":"Vedlegg","description":"Dokumenter som følger avtalen. Driftsavtale og delegasjonsvedtak skal være med.","type":"array","maxItems":30,"x-identity":"title","items":{"title":"Vedlegg","description":"Ett vedlegg.","type":"object","additionalProperties":false,"required":["kind","title"],"properties":{"kind":{"title":"Type vedlegg","description":"Driftsavtale, delegasjonsvedtak eller annet.","type":"string","enum":["driftsavtale","delegasjonsvedtak","annet"],"x-enumLabels":{"driftsavtale":"Driftsavtale","delegasjonsvedtak":"Delegasjonsvedtak","annet":"Annet"}},"title":{"title":"Tittel","description":"Tittelen på vedlegget.","$ref":"#/definitions/line"},"date":{"title":"Dato","description":"Datoen på vedlegget (ÅÅÅÅ-MM-DD).","$ref":"#/definitions/date"}}},"default":[{"kind":"driftsavtale","title":"Driftsavtale"},{"kind":"delegasjonsvedtak","title":"Delegasjonsvedtak"}]},"checklist":{"title":"Til vurdering","description":"Svarene på spørsmålene «Til vurdering» i veilederen, per spørsmål.","type":"object","x-checklist":true,"propertyNames":{"title":"Spørsmål-id","description":"Id-en til spørsmålet i veilederen, for eksempel «3.7-2».","enum":["1.0-1","2.0-1","2.0-2","2.0-3","2.0-4","2.1-1","2.1-2","2.1-3","2.1-4","2.1-5","2.1-6","3.1-1","3.1-2","3.1-3","3.1-4","3.2-1","3.2-2","3.2-3","3.3-1","3.3-2","3.3-3","3.3-4","3.4-1","3.4-2","3.4-3","3.5-1","3.6-1","3.6-2","3.7-1","3.7-2","3.7-3","3.7-4","3.8-1","3.8-2","4.0-1","4.0-2","5.0-1","5.0-2","6.0-1","6.0-2","7.0-1","8.0-1","9.0-1","9.0-2"]},"additionalProperties":{"title":"Svar","description":"Vurderingen av ett spørsmål.","type":"object","additionalProperties":false,"required":["status"],"properties":{"status":{"title":"Vurdering","description":"Ja, nei, delvis eller ikke relevant.","type":"string","enum":["ja","nei","delvis","ikke relevant"],"x-enumLabels":{"ja":"Ja","nei":"Nei","delvis":"Delvis","ikke relevant":"Ikke relevant"}},"comment":{"title":"Kommentar","description":"Begrunnelse eller oppfølging.","x-internal":true,"$ref":"#/definitions/text"},"answeredBy":{"title":"Vurdert av","description":"Hvem som vurderte spørsmålet.","$ref":"#/definitions/line"},"answeredAt":{"title":"Vurdert dato","description":"Datoen spørsmålet ble vurdert (ÅÅÅÅ-MM-DD).","$ref":"#/definitions/date"}}}}},"definitions":{"text":{"title":"Tekst","description":"Fritekst; linjeskift gir nytt avsnitt.","type":"string","minLength":1,"maxLength":5000,"pattern":"\\S","format":"xml-text"},"line":{"title":"Tekstlinje","description":"Kort tekst på én linje.","type":"string","minLength":1,"maxLength":200,"pattern":"^[^\\n\\r]*\\S[^\\n\\r]*$","format":"xml-text"},"navName":{"title":"NAV-navn","description":"Navn som begynner med «NAV ».","type":"string","maxLength":100,"pattern":"^NAV [^\\n\\r]*\\S$","format":"xml-text"},"date":{"title":"Dato","description":"Dato som ÅÅÅÅ-MM-DD.","type":"string","format":"date"},"clock":{"title":"Klokkeslett","description":"Klokkeslett som TT:MM.","type":"string","pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$"},"weekday":{"title":"Ukedag","description":"En ukedag.","type":"string","enum":["mandag","tirsdag","onsdag","torsdag","fredag","lørdag","søndag"]},"municipalityNumber":{"title":"Kommunenummer","description":"Fire sifre; de to første er fylkesnummeret, for eksempel «1841» for Fauske.","type":"string","pattern":"^[0-9]{4}$"},"municipality":{"title":"Kommune","description":"En kommune med navn, kommunenummer og organisasjonsnummer.","type":"object","additionalProperties":false,"required":["name","number","orgNumber"],"properties":{"name":{"title":"Kommunens navn","description":"Det offisielle norske navnet, som slutter på «kommune», for eksempel «Fauske kommune». Et samisk navn føres i «Samisk navn».","type":"string","minLength":1,"maxLength":200,"pattern":"^[^\\n\\r]*\\S[^\\n\\r]* kommune$","format":"xml-text"},"samiName":{"title":"Samisk navn","description":"Kommunens navn på samisk, der kommunen har det, for eksempel «Hábmer».","$ref":"#/definitions/line"},"number":{"title":"Kommunenummer","description":"Fire sifre, for eksempel «1841».","$ref":"#/definitions/municipalityNumber"},"orgNumber":{"title":"Organisasjonsnummer","description":"Ni sifre fra Enhetsregisteret; det siste er et kontrollsiffer (modulus 11).","type":"string","format":"organisasjonsnummer"}}}}};
const schema14 = {"title":"Kommunenummer","description":"Fire sifre; de to første er fylkesnummeret, for eksempel «1841» for Fauske.","type":"string","pattern":"^[0-9]{4}$"};
const schema16 = {"title":"NAV-navn","description":"Navn som begynner med «NAV ».","type":"string","maxLength":100,"pattern":"^NAV [^\\n\\r]*\\S$","format":"xml-text"};
const schema13 = {"title":"Tekstlinje","description":"Kort tekst på én linje.","type":"string","minLength":1,"maxLength":200,"pattern":"^[^\\n\\r]*\\S[^\\n\\r]*$","format":"xml-text"};
const schema19 = {"title":"Tekst","description":"Fritekst; linjeskift gir nytt avsnitt.","type":"string","minLength":1,"maxLength":5000,"pattern":"\\S","format":"xml-text"};
const schema23 = {"title":"Ukedag","description":"En ukedag.","type":"string","enum":["mandag","tirsdag","onsdag","torsdag","fredag","lørdag","søndag"]};
const schema25 = {"title":"Klokkeslett","description":"Klokkeslett som TT:MM.","type":"string","pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$"};
const schema33 = {"title":"Dato","description":"Dato som ÅÅÅÅ-MM-DD.","type":"string","format":"date"};
const func2 = Object.prototype.hasOwnProperty;
const func3 = __ucs2length;
const schema12 = {"title":"Kommune","description":"En kommune med navn, kommunenummer og organisasjonsnummer.","type":"object","additionalProperties":false,"required":["name","number","orgNumber"],"properties":{"name":{"title":"Kommunens navn","description":"Det offisielle norske navnet, som slutter på «kommune», for eksempel «Fauske kommune». Et samisk navn føres i «Samisk navn».","type":"string","minLength":1,"maxLength":200,"pattern":"^[^\\n\\r]*\\S[^\\n\\r]* kommune$","format":"xml-text"},"samiName":{"title":"Samisk navn","description":"Kommunens navn på samisk, der kommunen har det, for eksempel «Hábmer».","$ref":"#/definitions/line"},"number":{"title":"Kommunenummer","description":"Fire sifre, for eksempel «1841».","$ref":"#/definitions/municipalityNumber"},"orgNumber":{"title":"Organisasjonsnummer","description":"Ni sifre fra Enhetsregisteret; det siste er et kontrollsiffer (modulus 11).","type":"string","format":"organisasjonsnummer"}}};
const formats0 = formats["xml-text"];
const formats4 = formats.organisasjonsnummer;
const pattern0 = new RegExp("^[^\\n\\r]*\\S[^\\n\\r]* kommune$", "u");
const pattern1 = new RegExp("^[^\\n\\r]*\\S[^\\n\\r]*$", "u");
const pattern2 = new RegExp("^[0-9]{4}$", "u");

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.number === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "number"},message:"must have required property '"+"number"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.orgNumber === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orgNumber"},message:"must have required property '"+"orgNumber"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "samiName")) || (key0 === "number")) || (key0 === "orgNumber"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func3(data0) > 200){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func3(data0) < 1){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern0.test(data0)){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*\\S[^\\n\\r]* kommune$"},message:"must match pattern \""+"^[^\\n\\r]*\\S[^\\n\\r]* kommune$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(formats0.validate(data0))){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/format",keyword:"format",params:{format: "xml-text"},message:"must match format \""+"xml-text"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.samiName !== undefined){
let data1 = data.samiName;
if(typeof data1 === "string"){
if(func3(data1) > 200){
const err9 = {instancePath:instancePath+"/samiName",schemaPath:"#/definitions/line/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func3(data1) < 1){
const err10 = {instancePath:instancePath+"/samiName",schemaPath:"#/definitions/line/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern1.test(data1)){
const err11 = {instancePath:instancePath+"/samiName",schemaPath:"#/definitions/line/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*\\S[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*\\S[^\\n\\r]*$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!(formats0.validate(data1))){
const err12 = {instancePath:instancePath+"/samiName",schemaPath:"#/definitions/line/format",keyword:"format",params:{format: "xml-text"},message:"must match format \""+"xml-text"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/samiName",schemaPath:"#/definitions/line/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.number !== undefined){
let data2 = data.number;
if(typeof data2 === "string"){
if(!pattern2.test(data2)){
const err14 = {instancePath:instancePath+"/number",schemaPath:"#/definitions/municipalityNumber/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}$"},message:"must match pattern \""+"^[0-9]{4}$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/number",schemaPath:"#/definitions/municipalityNumber/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.orgNumber !== undefined){
let data3 = data.orgNumber;
if(typeof data3 === "string"){
if(!(formats4.validate(data3))){
const err16 = {instancePath:instancePath+"/orgNumber",schemaPath:"#/properties/orgNumber/format",keyword:"format",params:{format: "organisasjonsnummer"},message:"must match format \""+"organisasjonsnummer"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/orgNumber",schemaPath:"#/properties/orgNumber/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

const pattern4 = new RegExp("^NAV [^\\n\\r]*\\S$", "u");
const pattern7 = new RegExp("\\S", "u");
const pattern12 = new RegExp("^([01][0-9]|2[0-3]):[0-5][0-9]$", "u");
const formats32 = formats.date;
const formats44 = formats.hundredths;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://partnerskap.no/schemas/partnerskapsavtale-1.0.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schemaVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schemaVersion"},message:"must have required property '"+"schemaVersion"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.parties === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "parties"},message:"must have required property '"+"parties"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.purpose === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "purpose"},message:"must have required property '"+"purpose"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.location === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "location"},message:"must have required property '"+"location"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.governance === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "governance"},message:"must have required property '"+"governance"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.leadership === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "leadership"},message:"must have required property '"+"leadership"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.security === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "security"},message:"must have required property '"+"security"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.coDetermination === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "coDetermination"},message:"must have required property '"+"coDetermination"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.goals === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "goals"},message:"must have required property '"+"goals"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.competence === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "competence"},message:"must have required property '"+"competence"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.delegation === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "delegation"},message:"must have required property '"+"delegation"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.costs === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "costs"},message:"must have required property '"+"costs"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.services === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "services"},message:"must have required property '"+"services"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.userParticipation === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "userParticipation"},message:"must have required property '"+"userParticipation"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.cooperation === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cooperation"},message:"must have required property '"+"cooperation"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.disputeResolution === undefined){
const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "disputeResolution"},message:"must have required property '"+"disputeResolution"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.externalAudit === undefined){
const err16 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "externalAudit"},message:"must have required property '"+"externalAudit"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data.period === undefined){
const err17 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "period"},message:"must have required property '"+"period"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data.signing === undefined){
const err18 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "signing"},message:"must have required property '"+"signing"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data.attachments === undefined){
const err19 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "attachments"},message:"must have required property '"+"attachments"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err20 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.schemaVersion !== undefined){
let data0 = data.schemaVersion;
if(typeof data0 !== "string"){
const err21 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if("1.0" !== data0){
const err22 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: "1.0"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.parties !== undefined){
let data1 = data.parties;
const _errs6 = errors;
let valid1 = true;
const _errs7 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing0;
if((data1.form === undefined) && (missing0 = "form")){
const err23 = {};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
else {
if(data1.form !== undefined){
if("vertskommune" !== data1.form){
const err24 = {};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
}
var _valid0 = _errs7 === errors;
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs9 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.host === undefined){
const err25 = {instancePath:instancePath+"/parties",schemaPath:"#/properties/parties/then/required",keyword:"required",params:{missingProperty: "host"},message:"must have required property '"+"host"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
valid1 = _valid0;
ifClause0 = "then";
}
else {
const _errs10 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.municipalities !== undefined){
let data3 = data1.municipalities;
if(Array.isArray(data3)){
if(data3.length > 1){
const err26 = {instancePath:instancePath+"/parties/municipalities",schemaPath:"#/properties/parties/else/properties/municipalities/maxItems",keyword:"maxItems",params:{limit: 1},message:"must NOT have more than 1 items"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/parties/municipalities",schemaPath:"#/properties/parties/else/properties/municipalities/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data1.host !== undefined){
const err28 = {instancePath:instancePath+"/parties/host",schemaPath:"#/properties/parties/else/properties/host/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
var _valid0 = _errs10 === errors;
valid1 = _valid0;
ifClause0 = "else";
}
if(!valid1){
const err29 = {instancePath:instancePath+"/parties",schemaPath:"#/properties/parties/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.form === undefined){
const err30 = {instancePath:instancePath+"/parties",schemaPath:"#/properties/parties/required",keyword:"required",params:{missingProperty: "form"},message:"must have required property '"+"form"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data1.municipalities === undefined){
const err31 = {instancePath:instancePath+"/parties",schemaPath:"#/properties/parties/required",keyword:"required",params:{missingProperty: "municipalities"},message:"must have required property '"+"municipalities"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data1.municipalSignatoryTitle === undefined){
const err32 = {instancePath:instancePath+"/parties",schemaPath:"#/properties/parties/required",keyword:"required",params:{missingProperty: "municipalSignatoryTitle"},message:"must have required property '"+"municipalSignatoryTitle"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data1.county === undefined){
const err33 = {instancePath:instancePath+"/parties",schemaPath:"#/properties/parties/required",keyword:"required",params:{missingProperty: "county"},message:"must have required property '"+"county"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data1.officeName === undefined){
const err34 = {instancePath:instancePath+"/parties",schemaPath:"#/properties/parties/required",keyword:"required",params:{missingProperty: "officeName"},message:"must have required property '"+"officeName"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
for(const key1 in data1){
if(!((((((key1 === "form") || (key1 === "municipalities")) || (key1 === "host")) || (key1 === "municipalSignatoryTitle")) || (key1 === "county")) || (key1 === "officeName"))){
const err35 = {instancePath:instancePath+"/parties",schemaPath:"#/properties/parties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data1.form !== undefined){
let data5 = data1.form;
if(typeof data5 !== "string"){
const err36 = {instancePath:instancePath+"/parties/form",schemaPath:"#/properties/parties/properties/form/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(!((data5 === "enkeltkommune") || (data5 === "vertskommune"))){
const err37 = {instancePath:instancePath+"/parties/form",schemaPath:"#/properties/parties/properties/form/enum",keyword:"enum",params:{allowedValues: schema11.properties.parties.properties.form.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data1.municipalities !== undefined){
let data6 = data1.municipalities;
if(Array.isArray(data6)){
if(data6.length > 50){
const err38 = {instancePath:instancePath+"/parties/municipalities",schemaPath:"#/properties/parties/properties/municipalities/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data6.length < 1){
const err39 = {instancePath:instancePath+"/parties/municipalities",schemaPath:"#/properties/parties/properties/municipalities/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(!(validate11(data6[i0], {instancePath:instancePath+"/parties/municipalities/" + i0,parentData:data6,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err40 = {instancePath:instancePath+"/parties/municipalities",schemaPath:"#/properties/parties/properties/municipalities/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data1.host !== undefined){
let data8 = data1.host;
if(typeof data8 === "string"){
if(!pattern2.test(data8)){
const err41 = {instancePath:instancePath+"/parties/host",schemaPath:"#/definitions/municipalityNumber/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}$"},message:"must match pattern \""+"^[0-9]{4}$"+"\""};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/parties/host",schemaPath:"#/definitions/municipalityNumber/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data1.municipalSignatoryTitle !== undefined){
let data9 = data1.municipalSignatoryTitle;
if(typeof data9 !== "string"){
const err43 = {instancePath:instancePath+"/parties/municipalSignatoryTitle",schemaPath:"#/properties/parties/properties/municipalSignatoryTitle/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(!((data9 === "rådmann") || (data9 === "kommunedirektør"))){
const err44 = {instancePath:instancePath+"/parties/municipalSignatoryTitle",schemaPath:"#/properties/parties/properties/municipalSignatoryTitle/enum",keyword:"enum",params:{allowedValues: schema11.properties.parties.properties.municipalSignatoryTitle.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data1.county !== undefined){
let data10 = data1.county;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.name === undefined){
const err45 = {instancePath:instancePath+"/parties/county",schemaPath:"#/properties/parties/properties/county/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
for(const key2 in data10){
if(!((key2 === "name") || (key2 === "director"))){
const err46 = {instancePath:instancePath+"/parties/county",schemaPath:"#/properties/parties/properties/county/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data10.name !== undefined){
let data11 = data10.name;
if(typeof data11 === "string"){
if(func3(data11) > 100){
const err47 = {instancePath:instancePath+"/parties/county/name",schemaPath:"#/definitions/navName/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(!pattern4.test(data11)){
const err48 = {instancePath:instancePath+"/parties/county/name",schemaPath:"#/definitions/navName/pattern",keyword:"pattern",params:{pattern: "^NAV [^\\n\\r]*\\S$"},message:"must match pattern \""+"^NAV [^\\n\\r]*\\S$"+"\""};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(!(formats0.validate(data11))){
const err49 = {instancePath:instancePath+"/parties/county/name",schemaPath:"#/definitions/navName/format",keyword:"format",params:{format: "xml-text"},message:"must match format \""+"xml-text"+"\""};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/parties/county/name",schemaPath:"#/definitions/navName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data10.director !== undefined){
let data12 = data10.director;
if(typeof data12 === "string"){
if(func3(data12) > 200){
const err51 = {instancePath:instancePath+"/parties/county/director",schemaPath:"#/definitions/line/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(func3(data12) < 1){
const err52 = {instancePath:instancePath+"/parties/county/director",schemaPath:"#/definitions/line/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(!pattern1.test(data12)){
const err53 = {instancePath:instancePath+"/parties/county/director",schemaPath:"#/definitions/line/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*\\S[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*\\S[^\\n\\r]*$"+"\""};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(!(formats0.validate(data12))){
const err54 = {instancePath:instancePath+"/parties/county/director",schemaPath:"#/definitions/line/format",keyword:"format",params:{format: "xml-text"},message:"must match format \""+"xml-text"+"\""};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/parties/county/director",schemaPath:"#/definitions/line/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/parties/county",schemaPath:"#/properties/parties/properties/county/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data1.officeName !== undefined){
let data13 = data1.officeName;
if(typeof data13 === "string"){
if(func3(data13) > 100){
const err57 = {instancePath:instancePath+"/parties/officeName",schemaPath:"#/definitions/navName/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(!pattern4.test(data13)){
const err58 = {instancePath:instancePath+"/parties/officeName",schemaPath:"#/definitions/navName/pattern",keyword:"pattern",params:{pattern: "^NAV [^\\n\\r]*\\S$"},message:"must match pattern \""+"^NAV [^\\n\\r]*\\S$"+"\""};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(!(formats0.validate(data13))){
const err59 = {instancePath:instancePath+"/parties/officeName",schemaPath:"#/definitions/navName/format",keyword:"format",params:{format: "xml-text"},message:"must match format \""+"xml-text"+"\""};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/parties/officeName",schemaPath:"#/definitions/navName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/parties",schemaPath:"#/properties/parties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.purpose !== undefined){
let data14 = data.purpose;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key3 in data14){
if(!((key3 === "municipalValues") || (key3 === "localGoals"))){
const err62 = {instancePath:instancePath+"/purpose",schemaPath:"#/properties/purpose/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data14.municipalValues !== undefined){
let data15 = data14.municipalValues;
if(typeof data15 === "string"){
if(func3(data15) > 5000){
const err63 = {instancePath:instancePath+"/purpose/municipalValues",schemaPath:"#/definitions/text/maxLength",keyword:"maxLength",params:{limit: 5000},message:"must NOT have more than 5000 characters"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(func3(data15) < 1){
const err64 = {instancePath:instancePath+"/purpose/municipalValues",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(!pattern7.test(data15)){
const err65 = {instancePath:instancePath+"/purpose/municipalValues",schemaPath:"#/definitions/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(!(formats0.validate(data15))){
const err66 = {instancePath:instancePath+"/purpose/municipalValues",schemaPath:"#/definitions/text/format",keyword:"format",params:{format: "xml-text"},message:"must match format \""+"xml-text"+"\""};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
else {
const err67 = {instancePath:instancePath+"/purpose/municipalValues",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data14.localGoals !== undefined){
let data16 = data14.localGoals;
if(Array.isArray(data16)){
if(data16.length > 50){
const err68 = {instancePath:instancePath+"/purpose/localGoals",schemaPath:"#/properties/purpose/properties/localGoals/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
const len1 = data16.length;
for(let i1=0; i1<len1; i1++){
let data17 = data16[i1];
if(typeof data17 === "string"){
if(func3(data17) > 5000){
const err69 = {instancePath:instancePath+"/purpose/localGoals/" + i1,schemaPath:"#/definitions/text/maxLength",keyword:"maxLength",params:{limit: 5000},message:"must NOT have more than 5000 characters"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(func3(data17) < 1){
const err70 = {instancePath:instancePath+"/purpose/localGoals/" + i1,schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(!pattern7.test(data17)){
const err71 = {instancePath:instancePath+"/purpose/localGoals/" + i1,schemaPath:"#/definitions/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(!(formats0.validate(data17))){
const err72 = {instancePath:instancePath+"/purpose/localGoals/" + i1,schemaPath:"#/definitions/text/format",keyword:"format",params:{format: "xml-text"},message:"must match format \""+"xml-text"+"\""};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/purpose/localGoals/" + i1,schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
else {
const err74 = {instancePath:instancePath+"/purpose/localGoals",schemaPath:"#/properties/purpose/properties/localGoals/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
else {
const err75 = {instancePath:instancePath+"/purpose",schemaPath:"#/properties/purpose/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data.location !== undefined){
let data18 = data.location;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.address === undefined){
const err76 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(data18.openingHours === undefined){
const err77 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/required",keyword:"required",params:{missingProperty: "openingHours"},message:"must have required property '"+"openingHours"+"'"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
for(const key4 in data18){
if(!((key4 === "address") || (key4 === "openingHours"))){
const err78 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data18.address !== undefined){
let data19 = data18.address;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.street === undefined){
const err79 = {instancePath:instancePath+"/location/address",schemaPath:"#/properties/location/properties/address/required",keyword:"required",params:{missingProperty: "street"},message:"must have required property '"+"street"+"'"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(data19.postalCode === undefined){
const err80 = {instancePath:instancePath+"/location/address",schemaPath:"#/properties/location/properties/address/required",keyword:"required",params:{missingProperty: "postalCode"},message:"must have required property '"+"postalCode"+"'"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(data19.city === undefined){
const err81 = {instancePath:instancePath+"/location/address",schemaPath:"#/properties/location/properties/address/required",keyword:"required",params:{missingProperty: "city"},message:"must have required property '"+"city"+"'"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
for(const key5 in data19){
if(!(((key5 === "street") || (key5 === "postalCode")) || (key5 === "city"))){
const err82 = {instancePath:instancePath+"/location/address",schemaPath:"#/properties/location/properties/address/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data19.street !== undefined){
let data20 = data19.street;
if(typeof data20 === "string"){
if(func3(data20) > 200){
const err83 = {instancePath:instancePath+"/location/address/street",schemaPath:"#/definitions/line/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(func3(data20) < 1){
const err84 = {instancePath:instancePath+"/location/address/street",schemaPath:"#/definitions/line/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(!pattern1.test(data20)){
const err85 = {instancePath:instancePath+"/location/address/street",schemaPath:"#/definitions/line/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*\\S[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*\\S[^\\n\\r]*$"+"\""};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(!(formats0.validate(data20))){
const err86 = {instancePath:instancePath+"/location/address/street",schemaPath:"#/definitions/line/format",keyword:"format",params:{format: "xml-text"},message:"must match format \""+"xml-text"+"\""};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
else {
const err87 = {instancePath:instancePath+"/location/address/street",schemaPath:"#/definitions/line/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data19.postalCode !== undefined){
let data21 = data19.postalCode;
if(typeof data21 === "string"){
if(!pattern2.test(data21)){
const err88 = {instancePath:instancePath+"/location/address/postalCode",schemaPath:"#/properties/location/properties/address/properties/postalCode/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}$"},message:"must match pattern \""+"^[0-9]{4}$"+"\""};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
else {
const err89 = {instancePath:instancePath+"/location/address/postalCode",schemaPath:"#/properties/location/properties/address/properties/postalCode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data19.city !== undefined){
let data22 = data19.city;
if(typeof data22 === "string"){
if(func3(data22) > 200){
const err90 = {instancePath:instancePath+"/location/address/city",schemaPath:"#/definitions/line/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(func3(data22) < 1){
const err91 = {instancePath:instancePath+"/location/address/city",schemaPath:"#/definitions/line/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(!pattern1.test(data22)){
const err92 = {instancePath:instancePath+"/location/address/city",schemaPath:"#/definitions/line/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*\\S[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*\\S[^\\n\\r]*$"+"\""};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if(!(formats0.validate(data22))){
const err93 = {instancePath:instancePath+"/location/address/city",schemaPath:"#/definitions/line/format",keyword:"format",params:{format: "xml-text"},message:"must match format \""+"xml-text"+"\""};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
else {
const err94 = {instancePath:instancePath+"/location/address/city",schemaPath:"#/definitions/line/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
else {
const err95 = {instancePath:instancePath+"/location/address",schemaPath:"#/properties/location/properties/address/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data18.openingHours !== undefined){
let data23 = data18.openingHours;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.fromDay === undefined){
const err96 = {instancePath:instancePath+"/location/openingHours",schemaPath:"#/properties/location/properties/openingHours/required",keyword:"required",params:{missingProperty: "fromDay"},message:"must have required property '"+"fromDay"+"'"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(data23.toDay === undefined){
const err97 = {instancePath:instancePath+"/location/openingHours",schemaPath:"#/properties/location/properties/openingHours/required",keyword:"required",params:{missingProperty: "toDay"},message:"must have required property '"+"toDay"+"'"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(data23.opens === undefined){
const err98 = {instancePath:instancePath+"/location/openingHours",schemaPath:"#/properties/location/properties/openingHours/required",keyword:"required",params:{missingProperty: "opens"},message:"must have required property '"+"opens"+"'"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(data23.closes === undefined){
const err99 = {instancePath:instancePath+"/location/openingHours",schemaPath:"#/properties/location/properties/openingHours/required",keyword:"required",params:{missingProperty: "closes"},message:"must have required property '"+"closes"+"'"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
for(const key6 in data23){
if(!((((key6 === "fromDay") || (key6 === "toDay")) || (key6 === "opens")) || (key6 === "closes"))){
const err100 = {instancePath:instancePath+"/location/openingHours",schemaPath:"#/properties/location/properties/openingHours/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data23.fromDay !== undefined){
let data24 = data23.fromDay;
if(typeof data24 !== "string"){
const err101 = {instancePath:instancePath+"/location/openingHours/fromDay",schemaPath:"#/definitions/weekday/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(!(((((((data24 === "mandag") || (data24 === "tirsdag")) || (data24 === "onsdag")) || (data24 === "torsdag")) || (data24 === "fredag")) || (data24 === "lørdag")) || (data24 === "søndag"))){
const err102 = {instancePath:instancePath+"/location/openingHours/fromDay",schemaPath:"#/definitions/weekday/enum",keyword:"enum",params:{allowedValues: schema23.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data23.toDay !== undefined){
let data25 = data23.toDay;
if(typeof data25 !== "string"){
const err103 = {instancePath:instancePath+"/location/openingHours/toDay",schemaPath:"#/definitions/weekday/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(!(((((((data25 === "mandag") || (data25 === "tirsdag")) || (data25 === "onsdag")) || (data25 === "torsdag")) || (data25 === "fredag")) || (data25 === "lørdag")) || (data25 === "søndag"))){
const err104 = {instancePath:instancePath+"/location/openingHours/toDay",schemaPath:"#/definitions/weekday/enum",keyword:"enum",params:{allowedValues: schema23.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data23.opens !== undefined){
let data26 = data23.opens;
if(typeof data26 === "string"){
if(!pattern12.test(data26)){
const err105 = {instancePath:instancePath+"/location/openingHours/opens",schemaPath:"#/definitions/clock/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]$"+"\""};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
else {
const err106 = {instancePath:instancePath+"/location/openingHours/opens",schemaPath:"#/definitions/clock/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data23.closes !== undefined){
let data27 = data23.closes;
if(typeof data27 === "string"){
if(!pattern12.test(data27)){
const err107 = {instancePath:instancePath+"/location/openingHours/closes",schemaPath:"#/definitions/clock/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]$"+"\""};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
else {
const err108 = {instancePath:instancePath+"/location/openingHours/closes",schemaPath:"#/definitions/clock/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
}
else {
const err109 = {instancePath:instancePath+"/location/openingHours",schemaPath:"#/properties/location/properties/openingHours/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
}
else {
const err110 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data.governance !== undefined){
let data28 = data.governance;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
for(const key7 in data28){
if(!(((key7 === "meetingsPerYear") || (key7 === "statusItemFirst")) || (key7 === "additionalAgendaItems"))){
const err111 = {instancePath:instancePath+"/governance",schemaPath:"#/properties/governance/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data28.meetingsPerYear !== undefined){
let data29 = data28.meetingsPerYear;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
const err112 = {instancePath:instancePath+"/governance/meetingsPerYear",schemaPath:"#/properties/governance/properties/meetingsPerYear/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 > 12 || isNaN(data29)){
const err113 = {instancePath:instancePath+"/governance/meetingsPerYear",schemaPath:"#/properties/governance/properties/meetingsPerYear/maximum",keyword:"maximum",params:{comparison: "<=", limit: 12},message:"must be <= 12"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
if(data29 < 1 || isNaN(data29)){
const err114 = {instancePath:instancePath+"/governance/meetingsPerYear",schemaPath:"#/properties/governance/properties/meetingsPerYear/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
}
if(data28.statusItemFirst !== undefined){
if(typeof data28.statusItemFirst !== "boolean"){
const err115 = {instancePath:instancePath+"/governance/statusItemFirst",schemaPath:"#/properties/governance/properties/statusItemFirst/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data28.additionalAgendaItems !== undefined){
let data31 = data28.additionalAgendaItems;
if(Array.isArray(data31)){
if(data31.length > 30){
const err116 = {instancePath:instancePath+"/governance/additionalAgendaItems",schemaPath:"#/properties/governance/properties/additionalAgendaItems/maxItems",keyword:"maxItems",params:{limit: 30},message:"must NOT have more than 30 items"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
const len2 = data31.length;
for(let i2=0; i2<len2; i2++){
let data32 = data31[i2];
if(typeof data32 === "string"){
if(func3(data32) > 5000){
const err117 = {instancePath:instancePath+"/governance/additionalAgendaItems/" + i2,schemaPath:"#/definitions/text/maxLength",keyword:"maxLength",params:{limit: 5000},message:"must NOT have more than 5000 characters"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
if(func3(data32) < 1){
const err118 = {instancePath:instancePath+"/governance/additionalAgendaItems/" + i2,schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
if(!pattern7.test(data32)){
const err119 = {instancePath:instancePath+"/governance/additionalAgendaItems/" + i2,schemaPath:"#/definitions/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if(!(formats0.validate(data32))){
const err120 = {instancePath:instancePath+"/governance/additionalAgendaItems/" + i2,schemaPath:"#/definitions/text/format",keyword:"format",params:{format: "xml-text"},message:"must match format \""+"xml-text"+"\""};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
else {
const err121 = {instancePath:instancePath+"/governance/additionalAgendaItems/" + i2,schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
}
else {
const err122 = {instancePath:instancePath+"/governance/additionalAgendaItems",schemaPath:"#/properties/governance/properties/additionalAgendaItems/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
}
else {
const err123 = {instancePath:instancePath+"/governance",schemaPath:"#/properties/governance/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data.leadership !== undefined){
let data33 = data.leadership;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.model === undefined){
const err124 = {instancePath:instancePath+"/leadership",schemaPath:"#/properties/leadership/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
if(data33.managerTerms === undefined){
const err125 = {instancePath:instancePath+"/leadership",schemaPath:"#/properties/leadership/required",keyword:"required",params:{missingProperty: "managerTerms"},message:"must have required property '"+"managerTerms"+"'"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
if(data33.municipalLeaderGroup === undefined){
const err126 = {instancePath:instancePath+"/leadership",schemaPath:"#/properties/leadership/required",keyword:"required",params:{missingProperty: "municipalLeaderGroup"},message:"must have required property '"+"municipalLeaderGroup"+"'"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
if(data33.municipalReportsTo === undefined){
const err127 = {instancePath:instancePath+"/leadership",schemaPath:"#/properties/leadership/required",keyword:"required",params:{missingProperty: "municipalReportsTo"},message:"must have required property '"+"municipalReportsTo"+"'"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
if(data33.stateReportsTo === undefined){
const err128 = {instancePath:instancePath+"/leadership",schemaPath:"#/properties/leadership/required",keyword:"required",params:{missingProperty: "stateReportsTo"},message:"must have required property '"+"stateReportsTo"+"'"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
for(const key8 in data33){
if(!(((((key8 === "model") || (key8 === "managerTerms")) || (key8 === "municipalLeaderGroup")) || (key8 === "municipalReportsTo")) || (key8 === "stateReportsTo"))){
const err129 = {instancePath:instancePath+"/leadership",schemaPath:"#/properties/leadership/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data33.model !== undefined){
let data34 = data33.model;
if(typeof data34 !== "string"){
const err130 = {instancePath:instancePath+"/leadership/model",schemaPath:"#/properties/leadership/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
if(!((data34 === "felles") || (data34 === "delt"))){
const err131 = {instancePath:instancePath+"/leadership/model",schemaPath:"#/properties/leadership/properties/model/enum",keyword:"enum",params:{allowedValues: schema11.properties.leadership.properties.model.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data33.managerTerms !== undefined){
let data35 = data33.managerTerms;
if(typeof data35 !== "string"){
const err132 = {instancePath:instancePath+"/leadership/managerTerms",schemaPath:"#/properties/leadership/properties/managerTerms/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
if(!((data35 === "kommunale") || (data35 === "statlige"))){
const err133 = {instancePath:instancePath+"/leadership/managerTerms",schemaPath:"#/properties/leadership/properties/managerTerms/enum",keyword:"enum",params:{allowedValues: schema11.properties.leadership.properties.managerTerms.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(data33.municipalLeaderGroup !== undefined){
let data36 = data33.municipalLeaderGroup;
if(typeof data36 === "string"){
if(func3(data36) > 200){
const err134 = {instancePath:instancePath+"/leadership/municipalLeaderGroup",schemaPath:"#/definitions/line/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
if(func3(data36) < 1){
const err135 = {instancePath:instancePath+"/leadership/municipalLeaderGroup",schemaPath:"#/definitions/line/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
if(!pattern1.test(data36)){
const err136 = {instancePath:instancePath+"/leadership/municipalLeaderGroup",schemaPath:"#/definitions/line/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*\\S[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*\\S[^\\n\\r]*$"+"\""};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
if(!(formats0.validate(data36))){
const err137 = {instancePath:instancePath+"/leadership/municipalLeaderGroup",schemaPath:"#/definitions/line/format",keyword:"format",params:{format: "xml-text"},message:"must match format \""+"xml-text"+"\""};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
else {
const err138 = {instancePath:instancePath+"/leadership/municipalLeaderGroup",schemaPath:"#/definitions/line/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data33.municipalReportsTo !== undefined){
let data37 = data33.municipalReportsTo;
if(typeof data37 === "string"){
if(func3(data37) > 200){
const err139 = {instancePath:instancePath+"/leadership/municipalReportsTo",schemaPath:"#/definitions/line/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
if(func3(data37) < 1){
const err140 = {instancePath:instancePath+"/leadership/municipalReportsTo",schemaPath:"#/definitions/line/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
if(!pattern1.test(data37)){
const err141 = {instancePath:instancePath+"/leadership/municipalReportsTo",schemaPath:"#/definitions/line/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*\\S[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*\\S[^\\n\\r]*$"+"\""};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
if(!(formats0.validate(data37))){
const err142 = {instancePath:instancePath+"/leadership/municipalReportsTo",schemaPath:"#/definitions/line/format",keyword:"format",params:{format: "xml-text"},message:"must match format \""+"xml-text"+"\""};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
else {
const err143 = {instancePath:instancePath+"/leadership/municipalReportsTo",schemaPath:"#/definitions/line/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data33.stateReportsTo !== undefined){
let data38 = data33.stateReportsTo;
if(typeof data38 === "string"){
if(func3(data38) > 200){
const err144 = {instancePath:instancePath+"/leadership/stateReportsTo",schemaPath:"#/definitions/line/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
if(func3(data38) < 1){
const err145 = {instancePath:instancePath+"/leadership/stateReportsTo",schemaPath:"#/definitions/line/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
if(!pattern1.test(data38)){
const err146 = {instancePath:instancePath+"/leadership/stateReportsTo",schemaPath:"#/definitions/line/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*\\S[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*\\S[^\\n\\r]*$"+"\""};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
if(!(formats0.validate(data38))){
const err147 = {instancePath:instancePath+"/leadership/stateReportsTo",schemaPath:"#/definitions/line/format",keyword:"format",params:{format: "xml-text"},message:"must match format \""+"xml-text"+"\""};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
else {
const err148 = {instancePath:instancePath+"/leadership/stateReportsTo",schemaPath:"#/definitions/line/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
}
else {
const err149 = {instancePath:instancePath+"/leadership",schemaPath:"#/properties/leadership/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
if(data.security !== undefined){
let data39 = data.security;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
for(const key9 in data39){
if(!(key9 === "additionalRoutines")){
const err150 = {instancePath:instancePath+"/security",schemaPath:"#/properties/security/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
if(data39.additionalRoutines !== undefined){
let data40 = data39.additionalRoutines;
if(Array.isArray(data40)){
if(data40.length > 30){
const err151 = {instancePath:instancePath+"/security/additionalRoutines",schemaPath:"#/properties/security/properties/additionalRoutines/maxItems",keyword:"maxItems",params:{limit: 30},message:"must NOT have more than 30 items"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
const len3 = data40.length;
for(let i3=0; i3<len3; i3++){
let data41 = data40[i3];
if(typeof data41 === "string"){
if(func3(data41) > 5000){
const err152 = {instancePath:instancePath+"/security/additionalRoutines/" + i3,schemaPath:"#/definitions/text/maxLength",keyword:"maxLength",params:{limit: 5000},message:"must NOT have more than 5000 characters"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
if(func3(data41) < 1){
const err153 = {instancePath:instancePath+"/security/additionalRoutines/" + i3,schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
if(!pattern7.test(data41)){
const err154 = {instancePath:instancePath+"/security/additionalRoutines/" + i3,schemaPath:"#/definitions/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
if(!(formats0.validate(data41))){
const err155 = {instancePath:instancePath+"/security/additionalRoutines/" + i3,schemaPath:"#/definitions/text/format",keyword:"format",params:{format: "xml-text"},message:"must match format \""+"xml-text"+"\""};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
else {
const err156 = {instancePath:instancePath+"/security/additionalRoutines/" + i3,schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
}
else {
const err157 = {instancePath:instancePath+"/security/additionalRoutines",schemaPath:"#/properties/security/properties/additionalRoutines/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
}
else {
const err158 = {instancePath:instancePath+"/security",schemaPath:"#/properties/security/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
if(data.coDetermination !== undefined){
let data42 = data.coDetermination;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
if(data42.mainAgreements === undefined){
const err159 = {instancePath:instancePath+"/coDetermination",schemaPath:"#/properties/coDetermination/required",keyword:"required",params:{missingProperty: "mainAgreements"},message:"must have required property '"+"mainAgreements"+"'"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
for(const key10 in data42){
if(!((key10 === "mainAgreements") || (key10 === "consultation"))){
const err160 = {instancePath:instancePath+"/coDetermination",schemaPath:"#/properties/coDetermination/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
if(data42.mainAgreements !== undefined){
let data43 = data42.mainAgreements;
if(Array.isArray(data43)){
if(data43.length > 10){
const err161 = {instancePath:instancePath+"/coDetermination/mainAgreements",schemaPath:"#/properties/coDetermination/properties/mainAgreements/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
if(data43.length < 1){
const err162 = {instancePath:instancePath+"/coDetermination/mainAgreements",schemaPath:"#/properties/coDetermination/properties/mainAgreements/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
const len4 = data43.length;
for(let i4=0; i4<len4; i4++){
let data44 = data43[i4];
if(typeof data44 === "string"){
if(func3(data44) > 5000){
const err163 = {instancePath:instancePath+"/coDetermination/mainAgreements/" + i4,schemaPath:"#/definitions/text/maxLength",keyword:"maxLength",params:{limit: 5000},message:"must NOT have more than 5000 characters"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
if(func3(data44) < 1){
const err164 = {instancePath:instancePath+"/coDetermination/mainAgreements/" + i4,schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
if(!pattern7.test(data44)){
const err165 = {instancePath:instancePath+"/coDetermination/mainAgreements/" + i4,schemaPath:"#/definitions/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
if(!(formats0.validate(data44))){
const err166 = {instancePath:instancePath+"/coDetermination/mainAgreements/" + i4,schemaPath:"#/definitions/text/format",keyword:"format",params:{format: "xml-text"},message:"must match format \""+"xml-text"+"\""};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
else {
const err167 = {instancePath:instancePath+"/coDetermination/mainAgreements/" + i4,schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
}
else {
const err168 = {instancePath:instancePath+"/coDetermination/mainAgreements",schemaPath:"#/properties/coDetermination/properties/mainAgreements/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
if(data42.consultation !== undefined){
let data45 = data42.consultation;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
if(data45.date === undefined){
const err169 = {instancePath:instancePath+"/coDetermination/consultation",schemaPath:"#/properties/coDetermination/properties/consultation/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
for(const key11 in data45){
if(!((key11 === "date") || (key11 === "organisations"))){
const err170 = {instancePath:instancePath+"/coDetermination/consultation",schemaPath:"#/properties/coDetermination/properties/consultation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
if(data45.date !== undefined){
let data46 = data45.date;
if(typeof data46 === "string"){
if(!(formats32.validate(data46))){
const err171 = {instancePath:instancePath+"/coDetermination/consultation/date",schemaPath:"#/definitions/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
else {
const err172 = {instancePath:instancePath+"/coDetermination/consultation/date",schemaPath:"#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
if(data45.organisations !== undefined){
let data47 = data45.organisations;
if(Array.isArray(data47)){
if(data47.length > 30){
const err173 = {instancePath:instancePath+"/coDetermination/consultation/organisations",schemaPath:"#/properties/coDetermination/properties/consultation/properties/organisations/maxItems",keyword:"maxItems",params:{limit: 30},message:"must NOT have more than 30 items"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
const len5 = data47.length;
for(let i5=0; i5<len5; i5++){
let data48 = data47[i5];
if(typeof data48 === "string"){
if(func3(data48) > 200){
const err174 = {instancePath:instancePath+"/coDetermination/consultation/organisations/" + i5,schemaPath:"#/definitions/line/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
if(func3(data48) < 1){
const err175 = {instancePath:instancePath+"/coDetermination/consultation/organisations/" + i5,schemaPath:"#/definitions/line/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
if(!pattern1.test(data48)){
const err176 = {instancePath:instancePath+"/coDetermination/consultation/organisations/" + i5,schemaPath:"#/definitions/line/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*\\S[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*\\S[^\\n\\r]*$"+"\""};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
if(!(formats0.validate(data48))){
const err177 = {instancePath:instancePath+"/coDetermination/consultation/organisations/" + i5,schemaPath:"#/definitions/line/format",keyword:"format",params:{format: "xml-text"},message:"must match format \""+"xml-text"+"\""};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
else {
const err178 = {instancePath:instancePath+"/coDetermination/consultation/organisations/" + i5,schemaPath:"#/definitions/line/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
}
else {
const err179 = {instancePath:instancePath+"/coDetermination/consultation/organisations",schemaPath:"#/properties/coDetermination/properties/consultation/properties/organisations/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
}
else {
const err180 = {instancePath:instancePath+"/coDetermination/consultation",schemaPath:"#/properties/coDetermination/properties/consultation/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
}
else {
const err181 = {instancePath:instancePath+"/coDetermination",schemaPath:"#/properties/coDetermination/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
if(data.goals !== undefined){
let data49 = data.goals;
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
for(const key12 in data49){
if(!((key12 === "resultGoals") || (key12 === "councilBriefing"))){
const err182 = {instancePath:instancePath+"/goals",schemaPath:"#/properties/goals/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
if(data49.resultGoals !== undefined){
let data50 = data49.resultGoals;
if(Array.isArray(data50)){
if(data50.length > 20){
const err183 = {instancePath:instancePath+"/goals/resultGoals",schemaPath:"#/properties/goals/properties/resultGoals/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
const len6 = data50.length;
for(let i6=0; i6<len6; i6++){
let data51 = data50[i6];
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
if(data51.year === undefined){
const err184 = {instancePath:instancePath+"/goals/resultGoals/" + i6,schemaPath:"#/properties/goals/properties/resultGoals/items/required",keyword:"required",params:{missingProperty: "year"},message:"must have required property '"+"year"+"'"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
if(data51.goals === undefined){
const err185 = {instancePath:instancePath+"/goals/resultGoals/" + i6,schemaPath:"#/properties/goals/properties/resultGoals/items/required",keyword:"required",params:{missingProperty: "goals"},message:"must have required property '"+"goals"+"'"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
for(const key13 in data51){
if(!((key13 === "year") || (key13 === "goals"))){
const err186 = {instancePath:instancePath+"/goals/resultGoals/" + i6,schemaPath:"#/properties/goals/properties/resultGoals/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
if(data51.year !== undefined){
let data52 = data51.year;
if(!(((typeof data52 == "number") && (!(data52 % 1) && !isNaN(data52))) && (isFinite(data52)))){
const err187 = {instancePath:instancePath+"/goals/resultGoals/" + i6+"/year",schemaPath:"#/properties/goals/properties/resultGoals/items/properties/year/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
if((typeof data52 == "number") && (isFinite(data52))){
if(data52 > 2100 || isNaN(data52)){
const err188 = {instancePath:instancePath+"/goals/resultGoals/" + i6+"/year",schemaPath:"#/properties/goals/properties/resultGoals/items/properties/year/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
if(data52 < 2000 || isNaN(data52)){
const err189 = {instancePath:instancePath+"/goals/resultGoals/" + i6+"/year",schemaPath:"#/properties/goals/properties/resultGoals/items/properties/year/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2000},message:"must be >= 2000"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
}
if(data51.goals !== undefined){
let data53 = data51.goals;
if(Array.isArray(data53)){
if(data53.length > 30){
const err190 = {instancePath:instancePath+"/goals/resultGoals/" + i6+"/goals",schemaPath:"#/properties/goals/properties/resultGoals/items/properties/goals/maxItems",keyword:"maxItems",params:{limit: 30},message:"must NOT have more than 30 items"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
if(data53.length < 1){
const err191 = {instancePath:instancePath+"/goals/resultGoals/" + i6+"/goals",schemaPath:"#/properties/goals/properties/resultGoals/items/properties/goals/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
const len7 = data53.length;
for(let i7=0; i7<len7; i7++){
let data54 = data53[i7];
if(typeof data54 === "string"){
if(func3(data54) > 5000){
const err192 = {instancePath:instancePath+"/goals/resultGoals/" + i6+"/goals/" + i7,schemaPath:"#/definitions/text/maxLength",keyword:"maxLength",params:{limit: 5000},message:"must NOT have more than 5000 characters"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
if(func3(data54) < 1){
const err193 = {instancePath:instancePath+"/goals/resultGoals/" + i6+"/goals/" + i7,schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
if(!pattern7.test(data54)){
const err194 = {instancePath:instancePath+"/goals/resultGoals/" + i6+"/goals/" + i7,schemaPath:"#/definitions/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
if(!(formats0.validate(data54))){
const err195 = {instancePath:instancePath+"/goals/resultGoals/" + i6+"/goals/" + i7,schemaPath:"#/definitions/text/format",keyword:"format",params:{format: "xml-text"},message:"must match format \""+"xml-text"+"\""};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
else {
const err196 = {instancePath:instancePath+"/goals/resultGoals/" + i6+"/goals/" + i7,schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
}
else {
const err197 = {instancePath:instancePath+"/goals/resultGoals/" + i6+"/goals",schemaPath:"#/properties/goals/properties/resultGoals/items/properties/goals/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
}
else {
const err198 = {instancePath:instancePath+"/goals/resultGoals/" + i6,schemaPath:"#/properties/goals/properties/resultGoals/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
}
else {
const err199 = {instancePath:instancePath+"/goals/resultGoals",schemaPath:"#/properties/goals/properties/resultGoals/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
if(data49.councilBriefing !== undefined){
if(typeof data49.councilBriefing !== "boolean"){
const err200 = {instancePath:instancePath+"/goals/councilBriefing",schemaPath:"#/properties/goals/properties/councilBriefing/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
}
else {
const err201 = {instancePath:instancePath+"/goals",schemaPath:"#/properties/goals/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
if(data.competence !== undefined){
let data56 = data.competence;
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
for(const key14 in data56){
if(!(key14 === "commonMeasures")){
const err202 = {instancePath:instancePath+"/competence",schemaPath:"#/properties/competence/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
if(data56.commonMeasures !== undefined){
let data57 = data56.commonMeasures;
if(Array.isArray(data57)){
if(data57.length > 30){
const err203 = {instancePath:instancePath+"/competence/commonMeasures",schemaPath:"#/properties/competence/properties/commonMeasures/maxItems",keyword:"maxItems",params:{limit: 30},message:"must NOT have more than 30 items"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
const len8 = data57.length;
for(let i8=0; i8<len8; i8++){
let data58 = data57[i8];
if(typeof data58 === "string"){
if(func3(data58) > 5000){
const err204 = {instancePath:instancePath+"/competence/commonMeasures/" + i8,schemaPath:"#/definitions/text/maxLength",keyword:"maxLength",params:{limit: 5000},message:"must NOT have more than 5000 characters"};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
if(func3(data58) < 1){
const err205 = {instancePath:instancePath+"/competence/commonMeasures/" + i8,schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
if(!pattern7.test(data58)){
const err206 = {instancePath:instancePath+"/competence/commonMeasures/" + i8,schemaPath:"#/definitions/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
if(!(formats0.validate(data58))){
const err207 = {instancePath:instancePath+"/competence/commonMeasures/" + i8,schemaPath:"#/definitions/text/format",keyword:"format",params:{format: "xml-text"},message:"must match format \""+"xml-text"+"\""};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
else {
const err208 = {instancePath:instancePath+"/competence/commonMeasures/" + i8,schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
}
else {
const err209 = {instancePath:instancePath+"/competence/commonMeasures",schemaPath:"#/properties/competence/properties/commonMeasures/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
}
else {
const err210 = {instancePath:instancePath+"/competence",schemaPath:"#/properties/competence/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
if(data.delegation !== undefined){
let data59 = data.delegation;
const _errs158 = errors;
let valid58 = true;
const _errs159 = errors;
const _errs160 = errors;
let valid59 = false;
const _errs161 = errors;
if(data59 && typeof data59 == "object" && !Array.isArray(data59)){
let missing1;
if((data59.stateStaffOnMunicipalTasks === undefined) && (missing1 = "stateStaffOnMunicipalTasks")){
const err211 = {};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
else {
if(data59.stateStaffOnMunicipalTasks !== undefined){
if(true !== data59.stateStaffOnMunicipalTasks){
const err212 = {};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
}
}
var _valid2 = _errs161 === errors;
valid59 = valid59 || _valid2;
if(!valid59){
const _errs163 = errors;
if(data59 && typeof data59 == "object" && !Array.isArray(data59)){
let missing2;
if((data59.municipalStaffOnStateTasks === undefined) && (missing2 = "municipalStaffOnStateTasks")){
const err213 = {};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
else {
if(data59.municipalStaffOnStateTasks !== undefined){
if(true !== data59.municipalStaffOnStateTasks){
const err214 = {};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
}
}
var _valid2 = _errs163 === errors;
valid59 = valid59 || _valid2;
}
if(!valid59){
const err215 = {};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
else {
errors = _errs160;
if(vErrors !== null){
if(_errs160){
vErrors.length = _errs160;
}
else {
vErrors = null;
}
}
}
var _valid1 = _errs159 === errors;
errors = _errs158;
if(vErrors !== null){
if(_errs158){
vErrors.length = _errs158;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs165 = errors;
if(data59 && typeof data59 == "object" && !Array.isArray(data59)){
if(data59.decision === undefined){
const err216 = {instancePath:instancePath+"/delegation",schemaPath:"#/properties/delegation/then/required",keyword:"required",params:{missingProperty: "decision"},message:"must have required property '"+"decision"+"'"};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
var _valid1 = _errs165 === errors;
valid58 = _valid1;
}
if(!valid58){
const err217 = {instancePath:instancePath+"/delegation",schemaPath:"#/properties/delegation/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
if(data59 && typeof data59 == "object" && !Array.isArray(data59)){
if(data59.stateStaffOnMunicipalTasks === undefined){
const err218 = {instancePath:instancePath+"/delegation",schemaPath:"#/properties/delegation/required",keyword:"required",params:{missingProperty: "stateStaffOnMunicipalTasks"},message:"must have required property '"+"stateStaffOnMunicipalTasks"+"'"};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
if(data59.municipalStaffOnStateTasks === undefined){
const err219 = {instancePath:instancePath+"/delegation",schemaPath:"#/properties/delegation/required",keyword:"required",params:{missingProperty: "municipalStaffOnStateTasks"},message:"must have required property '"+"municipalStaffOnStateTasks"+"'"};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
for(const key15 in data59){
if(!(((key15 === "stateStaffOnMunicipalTasks") || (key15 === "municipalStaffOnStateTasks")) || (key15 === "decision"))){
const err220 = {instancePath:instancePath+"/delegation",schemaPath:"#/properties/delegation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
}
if(data59.stateStaffOnMunicipalTasks !== undefined){
if(typeof data59.stateStaffOnMunicipalTasks !== "boolean"){
const err221 = {instancePath:instancePath+"/delegation/stateStaffOnMunicipalTasks",schemaPath:"#/properties/delegation/properties/stateStaffOnMunicipalTasks/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
if(data59.municipalStaffOnStateTasks !== undefined){
if(typeof data59.municipalStaffOnStateTasks !== "boolean"){
const err222 = {instancePath:instancePath+"/delegation/municipalStaffOnStateTasks",schemaPath:"#/properties/delegation/properties/municipalStaffOnStateTasks/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
if(data59.decision !== undefined){
let data64 = data59.decision;
if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
if(data64.reference === undefined){
const err223 = {instancePath:instancePath+"/delegation/decision",schemaPath:"#/properties/delegation/properties/decision/required",keyword:"required",params:{missingProperty: "reference"},message:"must have required property '"+"reference"+"'"};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
for(const key16 in data64){
if(!((key16 === "reference") || (key16 === "date"))){
const err224 = {instancePath:instancePath+"/delegation/decision",schemaPath:"#/properties/delegation/properties/decision/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
if(data64.reference !== undefined){
let data65 = data64.reference;
if(typeof data65 === "string"){
if(func3(data65) > 200){
const err225 = {instancePath:instancePath+"/delegation/decision/reference",schemaPath:"#/definitions/line/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
if(func3(data65) < 1){
const err226 = {instancePath:instancePath+"/delegation/decision/reference",schemaPath:"#/definitions/line/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
if(!pattern1.test(data65)){
const err227 = {instancePath:instancePath+"/delegation/decision/reference",schemaPath:"#/definitions/line/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*\\S[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*\\S[^\\n\\r]*$"+"\""};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
if(!(formats0.validate(data65))){
const err228 = {instancePath:instancePath+"/delegation/decision/reference",schemaPath:"#/definitions/line/format",keyword:"format",params:{format: "xml-text"},message:"must match format \""+"xml-text"+"\""};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
else {
const err229 = {instancePath:instancePath+"/delegation/decision/reference",schemaPath:"#/definitions/line/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
if(data64.date !== undefined){
let data66 = data64.date;
if(typeof data66 === "string"){
if(!(formats32.validate(data66))){
const err230 = {instancePath:instancePath+"/delegation/decision/date",schemaPath:"#/definitions/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
else {
const err231 = {instancePath:instancePath+"/delegation/decision/date",schemaPath:"#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
}
else {
const err232 = {instancePath:instancePath+"/delegation/decision",schemaPath:"#/properties/delegation/properties/decision/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
}
}
else {
const err233 = {instancePath:instancePath+"/delegation",schemaPath:"#/properties/delegation/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
if(data.costs !== undefined){
let data67 = data.costs;
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
if(data67.stateFte === undefined){
const err234 = {instancePath:instancePath+"/costs",schemaPath:"#/properties/costs/required",keyword:"required",params:{missingProperty: "stateFte"},message:"must have required property '"+"stateFte"+"'"};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
if(data67.fte === undefined){
const err235 = {instancePath:instancePath+"/costs",schemaPath:"#/properties/costs/required",keyword:"required",params:{missingProperty: "fte"},message:"must have required property '"+"fte"+"'"};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
for(const key17 in data67){
if(!((((((key17 === "stateFte") || (key17 === "fte")) || (key17 === "managerShare")) || (key17 === "annualBudget")) || (key17 === "managerPostCost")) || (key17 === "invoicing"))){
const err236 = {instancePath:instancePath+"/costs",schemaPath:"#/properties/costs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
if(data67.stateFte !== undefined){
let data68 = data67.stateFte;
if((typeof data68 == "number") && (isFinite(data68))){
if(data68 > 10000 || isNaN(data68)){
const err237 = {instancePath:instancePath+"/costs/stateFte",schemaPath:"#/properties/costs/properties/stateFte/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000"};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
if(data68 < 0 || isNaN(data68)){
const err238 = {instancePath:instancePath+"/costs/stateFte",schemaPath:"#/properties/costs/properties/stateFte/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
let res0;
if((0.01 === 0 || (res0 = data68/0.01, Math.abs(Math.round(res0) - res0) > 1e-9))){
const err239 = {instancePath:instancePath+"/costs/stateFte",schemaPath:"#/properties/costs/properties/stateFte/multipleOf",keyword:"multipleOf",params:{multipleOf: 0.01},message:"must be multiple of 0.01"};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
if(!(formats44.validate(data68))){
const err240 = {instancePath:instancePath+"/costs/stateFte",schemaPath:"#/properties/costs/properties/stateFte/format",keyword:"format",params:{format: "hundredths"},message:"must match format \""+"hundredths"+"\""};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
}
else {
const err241 = {instancePath:instancePath+"/costs/stateFte",schemaPath:"#/properties/costs/properties/stateFte/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
}
if(data67.fte !== undefined){
let data69 = data67.fte;
if(Array.isArray(data69)){
if(data69.length > 50){
const err242 = {instancePath:instancePath+"/costs/fte",schemaPath:"#/properties/costs/properties/fte/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
if(data69.length < 1){
const err243 = {instancePath:instancePath+"/costs/fte",schemaPath:"#/properties/costs/properties/fte/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
const len9 = data69.length;
for(let i9=0; i9<len9; i9++){
let data70 = data69[i9];
if(data70 && typeof data70 == "object" && !Array.isArray(data70)){
if(data70.municipality === undefined){
const err244 = {instancePath:instancePath+"/costs/fte/" + i9,schemaPath:"#/properties/costs/properties/fte/items/required",keyword:"required",params:{missingProperty: "municipality"},message:"must have required property '"+"municipality"+"'"};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
if(data70.fte === undefined){
const err245 = {instancePath:instancePath+"/costs/fte/" + i9,schemaPath:"#/properties/costs/properties/fte/items/required",keyword:"required",params:{missingProperty: "fte"},message:"must have required property '"+"fte"+"'"};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
for(const key18 in data70){
if(!((key18 === "municipality") || (key18 === "fte"))){
const err246 = {instancePath:instancePath+"/costs/fte/" + i9,schemaPath:"#/properties/costs/properties/fte/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
if(data70.municipality !== undefined){
let data71 = data70.municipality;
if(typeof data71 === "string"){
if(!pattern2.test(data71)){
const err247 = {instancePath:instancePath+"/costs/fte/" + i9+"/municipality",schemaPath:"#/definitions/municipalityNumber/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}$"},message:"must match pattern \""+"^[0-9]{4}$"+"\""};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
else {
const err248 = {instancePath:instancePath+"/costs/fte/" + i9+"/municipality",schemaPath:"#/definitions/municipalityNumber/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
}
if(data70.fte !== undefined){
let data72 = data70.fte;
if((typeof data72 == "number") && (isFinite(data72))){
if(data72 > 10000 || isNaN(data72)){
const err249 = {instancePath:instancePath+"/costs/fte/" + i9+"/fte",schemaPath:"#/properties/costs/properties/fte/items/properties/fte/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000"};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
if(data72 < 0 || isNaN(data72)){
const err250 = {instancePath:instancePath+"/costs/fte/" + i9+"/fte",schemaPath:"#/properties/costs/properties/fte/items/properties/fte/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
let res1;
if((0.01 === 0 || (res1 = data72/0.01, Math.abs(Math.round(res1) - res1) > 1e-9))){
const err251 = {instancePath:instancePath+"/costs/fte/" + i9+"/fte",schemaPath:"#/properties/costs/properties/fte/items/properties/fte/multipleOf",keyword:"multipleOf",params:{multipleOf: 0.01},message:"must be multiple of 0.01"};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
if(!(formats44.validate(data72))){
const err252 = {instancePath:instancePath+"/costs/fte/" + i9+"/fte",schemaPath:"#/properties/costs/properties/fte/items/properties/fte/format",keyword:"format",params:{format: "hundredths"},message:"must match format \""+"hundredths"+"\""};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
}
else {
const err253 = {instancePath:instancePath+"/costs/fte/" + i9+"/fte",schemaPath:"#/properties/costs/properties/fte/items/properties/fte/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
}
}
else {
const err254 = {instancePath:instancePath+"/costs/fte/" + i9,schemaPath:"#/properties/costs/properties/fte/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
}
else {
const err255 = {instancePath:instancePath+"/costs/fte",schemaPath:"#/properties/costs/properties/fte/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
}
if(data67.managerShare !== undefined){
let data73 = data67.managerShare;
if(data73 && typeof data73 == "object" && !Array.isArray(data73)){
if(data73.state === undefined){
const err256 = {instancePath:instancePath+"/costs/managerShare",schemaPath:"#/properties/costs/properties/managerShare/required",keyword:"required",params:{missingProperty: "state"},message:"must have required property '"+"state"+"'"};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
if(data73.municipal === undefined){
const err257 = {instancePath:instancePath+"/costs/managerShare",schemaPath:"#/properties/costs/properties/managerShare/required",keyword:"required",params:{missingProperty: "municipal"},message:"must have required property '"+"municipal"+"'"};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
for(const key19 in data73){
if(!((key19 === "state") || (key19 === "municipal"))){
const err258 = {instancePath:instancePath+"/costs/managerShare",schemaPath:"#/properties/costs/properties/managerShare/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
}
if(data73.state !== undefined){
let data74 = data73.state;
if((typeof data74 == "number") && (isFinite(data74))){
if(data74 > 100 || isNaN(data74)){
const err259 = {instancePath:instancePath+"/costs/managerShare/state",schemaPath:"#/properties/costs/properties/managerShare/properties/state/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
if(data74 < 0 || isNaN(data74)){
const err260 = {instancePath:instancePath+"/costs/managerShare/state",schemaPath:"#/properties/costs/properties/managerShare/properties/state/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
}
else {
const err261 = {instancePath:instancePath+"/costs/managerShare/state",schemaPath:"#/properties/costs/properties/managerShare/properties/state/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
}
if(data73.municipal !== undefined){
let data75 = data73.municipal;
if((typeof data75 == "number") && (isFinite(data75))){
if(data75 > 100 || isNaN(data75)){
const err262 = {instancePath:instancePath+"/costs/managerShare/municipal",schemaPath:"#/properties/costs/properties/managerShare/properties/municipal/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
if(data75 < 0 || isNaN(data75)){
const err263 = {instancePath:instancePath+"/costs/managerShare/municipal",schemaPath:"#/properties/costs/properties/managerShare/properties/municipal/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
else {
const err264 = {instancePath:instancePath+"/costs/managerShare/municipal",schemaPath:"#/properties/costs/properties/managerShare/properties/municipal/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
}
}
else {
const err265 = {instancePath:instancePath+"/costs/managerShare",schemaPath:"#/properties/costs/properties/managerShare/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
}
if(data67.annualBudget !== undefined){
let data76 = data67.annualBudget;
if(!(((typeof data76 == "number") && (!(data76 % 1) && !isNaN(data76))) && (isFinite(data76)))){
const err266 = {instancePath:instancePath+"/costs/annualBudget",schemaPath:"#/properties/costs/properties/annualBudget/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
if((typeof data76 == "number") && (isFinite(data76))){
if(data76 > 10000000000 || isNaN(data76)){
const err267 = {instancePath:instancePath+"/costs/annualBudget",schemaPath:"#/properties/costs/properties/annualBudget/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000000},message:"must be <= 10000000000"};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
if(data76 < 0 || isNaN(data76)){
const err268 = {instancePath:instancePath+"/costs/annualBudget",schemaPath:"#/properties/costs/properties/annualBudget/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
}
}
if(data67.managerPostCost !== undefined){
let data77 = data67.managerPostCost;
if(!(((typeof data77 == "number") && (!(data77 % 1) && !isNaN(data77))) && (isFinite(data77)))){
const err269 = {instancePath:instancePath+"/costs/managerPostCost",schemaPath:"#/properties/costs/properties/managerPostCost/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
if((typeof data77 == "number") && (isFinite(data77))){
if(data77 > 100000000 || isNaN(data77)){
const err270 = {instancePath:instancePath+"/costs/managerPostCost",schemaPath:"#/properties/costs/properties/managerPostCost/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000000},message:"must be <= 100000000"};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
if(data77 < 0 || isNaN(data77)){
const err271 = {instancePath:instancePath+"/costs/managerPostCost",schemaPath:"#/properties/costs/properties/managerPostCost/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
}
}
if(data67.invoicing !== undefined){
let data78 = data67.invoicing;
if(typeof data78 === "string"){
if(func3(data78) > 5000){
const err272 = {instancePath:instancePath+"/costs/invoicing",schemaPath:"#/definitions/text/maxLength",keyword:"maxLength",params:{limit: 5000},message:"must NOT have more than 5000 characters"};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
if(func3(data78) < 1){
const err273 = {instancePath:instancePath+"/costs/invoicing",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
if(!pattern7.test(data78)){
const err274 = {instancePath:instancePath+"/costs/invoicing",schemaPath:"#/definitions/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
if(!(formats0.validate(data78))){
const err275 = {instancePath:instancePath+"/costs/invoicing",schemaPath:"#/definitions/text/format",keyword:"format",params:{format: "xml-text"},message:"must match format \""+"xml-text"+"\""};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
}
else {
const err276 = {instancePath:instancePath+"/costs/invoicing",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
}
}
else {
const err277 = {instancePath:instancePath+"/costs",schemaPath:"#/properties/costs/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
}
if(data.services !== undefined){
let data79 = data.services;
if(data79 && typeof data79 == "object" && !Array.isArray(data79)){
if(data79.stateServices === undefined){
const err278 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/required",keyword:"required",params:{missingProperty: "stateServices"},message:"must have required property '"+"stateServices"+"'"};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
if(data79.statutoryMunicipalServices === undefined){
const err279 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/required",keyword:"required",params:{missingProperty: "statutoryMunicipalServices"},message:"must have required property '"+"statutoryMunicipalServices"+"'"};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
for(const key20 in data79){
if(!(((key20 === "stateServices") || (key20 === "statutoryMunicipalServices")) || (key20 === "additionalMunicipalServices"))){
const err280 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
}
if(data79.stateServices !== undefined){
let data80 = data79.stateServices;
if(Array.isArray(data80)){
if(data80.length > 30){
const err281 = {instancePath:instancePath+"/services/stateServices",schemaPath:"#/properties/services/properties/stateServices/maxItems",keyword:"maxItems",params:{limit: 30},message:"must NOT have more than 30 items"};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
if(data80.length < 1){
const err282 = {instancePath:instancePath+"/services/stateServices",schemaPath:"#/properties/services/properties/stateServices/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
const len10 = data80.length;
for(let i10=0; i10<len10; i10++){
let data81 = data80[i10];
if(typeof data81 === "string"){
if(func3(data81) > 5000){
const err283 = {instancePath:instancePath+"/services/stateServices/" + i10,schemaPath:"#/definitions/text/maxLength",keyword:"maxLength",params:{limit: 5000},message:"must NOT have more than 5000 characters"};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
if(func3(data81) < 1){
const err284 = {instancePath:instancePath+"/services/stateServices/" + i10,schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
if(!pattern7.test(data81)){
const err285 = {instancePath:instancePath+"/services/stateServices/" + i10,schemaPath:"#/definitions/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
if(!(formats0.validate(data81))){
const err286 = {instancePath:instancePath+"/services/stateServices/" + i10,schemaPath:"#/definitions/text/format",keyword:"format",params:{format: "xml-text"},message:"must match format \""+"xml-text"+"\""};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
else {
const err287 = {instancePath:instancePath+"/services/stateServices/" + i10,schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
}
}
else {
const err288 = {instancePath:instancePath+"/services/stateServices",schemaPath:"#/properties/services/properties/stateServices/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
}
if(data79.statutoryMunicipalServices !== undefined){
let data82 = data79.statutoryMunicipalServices;
if(Array.isArray(data82)){
if(data82.length > 5){
const err289 = {instancePath:instancePath+"/services/statutoryMunicipalServices",schemaPath:"#/properties/services/properties/statutoryMunicipalServices/maxItems",keyword:"maxItems",params:{limit: 5},message:"must NOT have more than 5 items"};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
const len11 = data82.length;
for(let i11=0; i11<len11; i11++){
let data83 = data82[i11];
if(typeof data83 !== "string"){
const err290 = {instancePath:instancePath+"/services/statutoryMunicipalServices/" + i11,schemaPath:"#/properties/services/properties/statutoryMunicipalServices/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
if(!(((((data83 === "økonomisk stønad") || (data83 === "råd og veiledning")) || (data83 === "kvalifiseringsprogrammet")) || (data83 === "midlertidig bolig")) || (data83 === "individuell plan"))){
const err291 = {instancePath:instancePath+"/services/statutoryMunicipalServices/" + i11,schemaPath:"#/properties/services/properties/statutoryMunicipalServices/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.services.properties.statutoryMunicipalServices.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
}
let i12 = data82.length;
let j0;
if(i12 > 1){
const indices0 = {};
for(;i12--;){
let item0 = data82[i12];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err292 = {instancePath:instancePath+"/services/statutoryMunicipalServices",schemaPath:"#/properties/services/properties/statutoryMunicipalServices/uniqueItems",keyword:"uniqueItems",params:{i: i12, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i12+" are identical)"};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
break;
}
indices0[item0] = i12;
}
}
}
else {
const err293 = {instancePath:instancePath+"/services/statutoryMunicipalServices",schemaPath:"#/properties/services/properties/statutoryMunicipalServices/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
}
if(data79.additionalMunicipalServices !== undefined){
let data84 = data79.additionalMunicipalServices;
if(Array.isArray(data84)){
if(data84.length > 50){
const err294 = {instancePath:instancePath+"/services/additionalMunicipalServices",schemaPath:"#/properties/services/properties/additionalMunicipalServices/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
const len12 = data84.length;
for(let i13=0; i13<len12; i13++){
let data85 = data84[i13];
if(typeof data85 === "string"){
if(func3(data85) > 5000){
const err295 = {instancePath:instancePath+"/services/additionalMunicipalServices/" + i13,schemaPath:"#/definitions/text/maxLength",keyword:"maxLength",params:{limit: 5000},message:"must NOT have more than 5000 characters"};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
if(func3(data85) < 1){
const err296 = {instancePath:instancePath+"/services/additionalMunicipalServices/" + i13,schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
if(!pattern7.test(data85)){
const err297 = {instancePath:instancePath+"/services/additionalMunicipalServices/" + i13,schemaPath:"#/definitions/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
if(!(formats0.validate(data85))){
const err298 = {instancePath:instancePath+"/services/additionalMunicipalServices/" + i13,schemaPath:"#/definitions/text/format",keyword:"format",params:{format: "xml-text"},message:"must match format \""+"xml-text"+"\""};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
}
else {
const err299 = {instancePath:instancePath+"/services/additionalMunicipalServices/" + i13,schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
}
}
else {
const err300 = {instancePath:instancePath+"/services/additionalMunicipalServices",schemaPath:"#/properties/services/properties/additionalMunicipalServices/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
}
}
else {
const err301 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
}
if(data.userParticipation !== undefined){
let data86 = data.userParticipation;
if(data86 && typeof data86 == "object" && !Array.isArray(data86)){
for(const key21 in data86){
if(!(((key21 === "individualLevel") || (key21 === "systemLevel")) || (key21 === "navAppointsUserCouncil"))){
const err302 = {instancePath:instancePath+"/userParticipation",schemaPath:"#/properties/userParticipation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
}
if(data86.individualLevel !== undefined){
let data87 = data86.individualLevel;
if(typeof data87 === "string"){
if(func3(data87) > 5000){
const err303 = {instancePath:instancePath+"/userParticipation/individualLevel",schemaPath:"#/definitions/text/maxLength",keyword:"maxLength",params:{limit: 5000},message:"must NOT have more than 5000 characters"};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
if(func3(data87) < 1){
const err304 = {instancePath:instancePath+"/userParticipation/individualLevel",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
if(!pattern7.test(data87)){
const err305 = {instancePath:instancePath+"/userParticipation/individualLevel",schemaPath:"#/definitions/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
if(!(formats0.validate(data87))){
const err306 = {instancePath:instancePath+"/userParticipation/individualLevel",schemaPath:"#/definitions/text/format",keyword:"format",params:{format: "xml-text"},message:"must match format \""+"xml-text"+"\""};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
}
else {
const err307 = {instancePath:instancePath+"/userParticipation/individualLevel",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
}
if(data86.systemLevel !== undefined){
let data88 = data86.systemLevel;
if(typeof data88 === "string"){
if(func3(data88) > 5000){
const err308 = {instancePath:instancePath+"/userParticipation/systemLevel",schemaPath:"#/definitions/text/maxLength",keyword:"maxLength",params:{limit: 5000},message:"must NOT have more than 5000 characters"};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
if(func3(data88) < 1){
const err309 = {instancePath:instancePath+"/userParticipation/systemLevel",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err309];
}
else {
vErrors.push(err309);
}
errors++;
}
if(!pattern7.test(data88)){
const err310 = {instancePath:instancePath+"/userParticipation/systemLevel",schemaPath:"#/definitions/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
if(!(formats0.validate(data88))){
const err311 = {instancePath:instancePath+"/userParticipation/systemLevel",schemaPath:"#/definitions/text/format",keyword:"format",params:{format: "xml-text"},message:"must match format \""+"xml-text"+"\""};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
}
}
else {
const err312 = {instancePath:instancePath+"/userParticipation/systemLevel",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
}
}
if(data86.navAppointsUserCouncil !== undefined){
if(typeof data86.navAppointsUserCouncil !== "boolean"){
const err313 = {instancePath:instancePath+"/userParticipation/navAppointsUserCouncil",schemaPath:"#/properties/userParticipation/properties/navAppointsUserCouncil/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
}
}
else {
const err314 = {instancePath:instancePath+"/userParticipation",schemaPath:"#/properties/userParticipation/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err314];
}
else {
vErrors.push(err314);
}
errors++;
}
}
if(data.cooperation !== undefined){
let data90 = data.cooperation;
if(data90 && typeof data90 == "object" && !Array.isArray(data90)){
for(const key22 in data90){
if(!(key22 === "agreements")){
const err315 = {instancePath:instancePath+"/cooperation",schemaPath:"#/properties/cooperation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err315];
}
else {
vErrors.push(err315);
}
errors++;
}
}
if(data90.agreements !== undefined){
let data91 = data90.agreements;
if(Array.isArray(data91)){
if(data91.length > 50){
const err316 = {instancePath:instancePath+"/cooperation/agreements",schemaPath:"#/properties/cooperation/properties/agreements/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"};
if(vErrors === null){
vErrors = [err316];
}
else {
vErrors.push(err316);
}
errors++;
}
const len13 = data91.length;
for(let i14=0; i14<len13; i14++){
let data92 = data91[i14];
if(typeof data92 === "string"){
if(func3(data92) > 5000){
const err317 = {instancePath:instancePath+"/cooperation/agreements/" + i14,schemaPath:"#/definitions/text/maxLength",keyword:"maxLength",params:{limit: 5000},message:"must NOT have more than 5000 characters"};
if(vErrors === null){
vErrors = [err317];
}
else {
vErrors.push(err317);
}
errors++;
}
if(func3(data92) < 1){
const err318 = {instancePath:instancePath+"/cooperation/agreements/" + i14,schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
}
if(!pattern7.test(data92)){
const err319 = {instancePath:instancePath+"/cooperation/agreements/" + i14,schemaPath:"#/definitions/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
if(!(formats0.validate(data92))){
const err320 = {instancePath:instancePath+"/cooperation/agreements/" + i14,schemaPath:"#/definitions/text/format",keyword:"format",params:{format: "xml-text"},message:"must match format \""+"xml-text"+"\""};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
}
else {
const err321 = {instancePath:instancePath+"/cooperation/agreements/" + i14,schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
}
}
else {
const err322 = {instancePath:instancePath+"/cooperation/agreements",schemaPath:"#/properties/cooperation/properties/agreements/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err322];
}
else {
vErrors.push(err322);
}
errors++;
}
}
}
else {
const err323 = {instancePath:instancePath+"/cooperation",schemaPath:"#/properties/cooperation/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
}
if(data.disputeResolution !== undefined){
let data93 = data.disputeResolution;
if(data93 && typeof data93 == "object" && !Array.isArray(data93)){
for(const key23 in data93){
if(!(key23 === "localProcedure")){
const err324 = {instancePath:instancePath+"/disputeResolution",schemaPath:"#/properties/disputeResolution/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err324];
}
else {
vErrors.push(err324);
}
errors++;
}
}
if(data93.localProcedure !== undefined){
let data94 = data93.localProcedure;
if(typeof data94 === "string"){
if(func3(data94) > 5000){
const err325 = {instancePath:instancePath+"/disputeResolution/localProcedure",schemaPath:"#/definitions/text/maxLength",keyword:"maxLength",params:{limit: 5000},message:"must NOT have more than 5000 characters"};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
}
if(func3(data94) < 1){
const err326 = {instancePath:instancePath+"/disputeResolution/localProcedure",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
}
if(!pattern7.test(data94)){
const err327 = {instancePath:instancePath+"/disputeResolution/localProcedure",schemaPath:"#/definitions/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
if(!(formats0.validate(data94))){
const err328 = {instancePath:instancePath+"/disputeResolution/localProcedure",schemaPath:"#/definitions/text/format",keyword:"format",params:{format: "xml-text"},message:"must match format \""+"xml-text"+"\""};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
}
else {
const err329 = {instancePath:instancePath+"/disputeResolution/localProcedure",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err329];
}
else {
vErrors.push(err329);
}
errors++;
}
}
}
else {
const err330 = {instancePath:instancePath+"/disputeResolution",schemaPath:"#/properties/disputeResolution/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err330];
}
else {
vErrors.push(err330);
}
errors++;
}
}
if(data.externalAudit !== undefined){
let data95 = data.externalAudit;
if(data95 && typeof data95 == "object" && !Array.isArray(data95)){
for(const key24 in data95){
if(!(key24 === "municipalAuditor")){
const err331 = {instancePath:instancePath+"/externalAudit",schemaPath:"#/properties/externalAudit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err331];
}
else {
vErrors.push(err331);
}
errors++;
}
}
if(data95.municipalAuditor !== undefined){
let data96 = data95.municipalAuditor;
if(typeof data96 === "string"){
if(func3(data96) > 200){
const err332 = {instancePath:instancePath+"/externalAudit/municipalAuditor",schemaPath:"#/definitions/line/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
}
if(func3(data96) < 1){
const err333 = {instancePath:instancePath+"/externalAudit/municipalAuditor",schemaPath:"#/definitions/line/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
if(!pattern1.test(data96)){
const err334 = {instancePath:instancePath+"/externalAudit/municipalAuditor",schemaPath:"#/definitions/line/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*\\S[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*\\S[^\\n\\r]*$"+"\""};
if(vErrors === null){
vErrors = [err334];
}
else {
vErrors.push(err334);
}
errors++;
}
if(!(formats0.validate(data96))){
const err335 = {instancePath:instancePath+"/externalAudit/municipalAuditor",schemaPath:"#/definitions/line/format",keyword:"format",params:{format: "xml-text"},message:"must match format \""+"xml-text"+"\""};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
}
else {
const err336 = {instancePath:instancePath+"/externalAudit/municipalAuditor",schemaPath:"#/definitions/line/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err336];
}
else {
vErrors.push(err336);
}
errors++;
}
}
}
else {
const err337 = {instancePath:instancePath+"/externalAudit",schemaPath:"#/properties/externalAudit/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err337];
}
else {
vErrors.push(err337);
}
errors++;
}
}
if(data.period !== undefined){
let data97 = data.period;
if(data97 && typeof data97 == "object" && !Array.isArray(data97)){
if(data97.start === undefined){
const err338 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err338];
}
else {
vErrors.push(err338);
}
errors++;
}
for(const key25 in data97){
if(!((((key25 === "start") || (key25 === "end")) || (key25 === "evaluationIntervalYears")) || (key25 === "revisionDate"))){
const err339 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err339];
}
else {
vErrors.push(err339);
}
errors++;
}
}
if(data97.start !== undefined){
let data98 = data97.start;
if(typeof data98 === "string"){
if(!(formats32.validate(data98))){
const err340 = {instancePath:instancePath+"/period/start",schemaPath:"#/definitions/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err340];
}
else {
vErrors.push(err340);
}
errors++;
}
}
else {
const err341 = {instancePath:instancePath+"/period/start",schemaPath:"#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err341];
}
else {
vErrors.push(err341);
}
errors++;
}
}
if(data97.end !== undefined){
let data99 = data97.end;
if(typeof data99 === "string"){
if(!(formats32.validate(data99))){
const err342 = {instancePath:instancePath+"/period/end",schemaPath:"#/definitions/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err342];
}
else {
vErrors.push(err342);
}
errors++;
}
}
else {
const err343 = {instancePath:instancePath+"/period/end",schemaPath:"#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err343];
}
else {
vErrors.push(err343);
}
errors++;
}
}
if(data97.evaluationIntervalYears !== undefined){
let data100 = data97.evaluationIntervalYears;
if(!(((typeof data100 == "number") && (!(data100 % 1) && !isNaN(data100))) && (isFinite(data100)))){
const err344 = {instancePath:instancePath+"/period/evaluationIntervalYears",schemaPath:"#/properties/period/properties/evaluationIntervalYears/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err344];
}
else {
vErrors.push(err344);
}
errors++;
}
if((typeof data100 == "number") && (isFinite(data100))){
if(data100 > 10 || isNaN(data100)){
const err345 = {instancePath:instancePath+"/period/evaluationIntervalYears",schemaPath:"#/properties/period/properties/evaluationIntervalYears/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};
if(vErrors === null){
vErrors = [err345];
}
else {
vErrors.push(err345);
}
errors++;
}
if(data100 < 1 || isNaN(data100)){
const err346 = {instancePath:instancePath+"/period/evaluationIntervalYears",schemaPath:"#/properties/period/properties/evaluationIntervalYears/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err346];
}
else {
vErrors.push(err346);
}
errors++;
}
}
}
if(data97.revisionDate !== undefined){
let data101 = data97.revisionDate;
if(typeof data101 === "string"){
if(!(formats32.validate(data101))){
const err347 = {instancePath:instancePath+"/period/revisionDate",schemaPath:"#/definitions/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err347];
}
else {
vErrors.push(err347);
}
errors++;
}
}
else {
const err348 = {instancePath:instancePath+"/period/revisionDate",schemaPath:"#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err348];
}
else {
vErrors.push(err348);
}
errors++;
}
}
}
else {
const err349 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err349];
}
else {
vErrors.push(err349);
}
errors++;
}
}
if(data.signing !== undefined){
let data102 = data.signing;
if(data102 && typeof data102 == "object" && !Array.isArray(data102)){
for(const key26 in data102){
if(!((((key26 === "place") || (key26 === "date")) || (key26 === "municipalSignatory")) || (key26 === "stateSignatory"))){
const err350 = {instancePath:instancePath+"/signing",schemaPath:"#/properties/signing/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err350];
}
else {
vErrors.push(err350);
}
errors++;
}
}
if(data102.place !== undefined){
let data103 = data102.place;
if(typeof data103 === "string"){
if(func3(data103) > 200){
const err351 = {instancePath:instancePath+"/signing/place",schemaPath:"#/definitions/line/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err351];
}
else {
vErrors.push(err351);
}
errors++;
}
if(func3(data103) < 1){
const err352 = {instancePath:instancePath+"/signing/place",schemaPath:"#/definitions/line/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err352];
}
else {
vErrors.push(err352);
}
errors++;
}
if(!pattern1.test(data103)){
const err353 = {instancePath:instancePath+"/signing/place",schemaPath:"#/definitions/line/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*\\S[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*\\S[^\\n\\r]*$"+"\""};
if(vErrors === null){
vErrors = [err353];
}
else {
vErrors.push(err353);
}
errors++;
}
if(!(formats0.validate(data103))){
const err354 = {instancePath:instancePath+"/signing/place",schemaPath:"#/definitions/line/format",keyword:"format",params:{format: "xml-text"},message:"must match format \""+"xml-text"+"\""};
if(vErrors === null){
vErrors = [err354];
}
else {
vErrors.push(err354);
}
errors++;
}
}
else {
const err355 = {instancePath:instancePath+"/signing/place",schemaPath:"#/definitions/line/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err355];
}
else {
vErrors.push(err355);
}
errors++;
}
}
if(data102.date !== undefined){
let data104 = data102.date;
if(typeof data104 === "string"){
if(!(formats32.validate(data104))){
const err356 = {instancePath:instancePath+"/signing/date",schemaPath:"#/definitions/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err356];
}
else {
vErrors.push(err356);
}
errors++;
}
}
else {
const err357 = {instancePath:instancePath+"/signing/date",schemaPath:"#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err357];
}
else {
vErrors.push(err357);
}
errors++;
}
}
if(data102.municipalSignatory !== undefined){
let data105 = data102.municipalSignatory;
if(typeof data105 === "string"){
if(func3(data105) > 200){
const err358 = {instancePath:instancePath+"/signing/municipalSignatory",schemaPath:"#/definitions/line/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err358];
}
else {
vErrors.push(err358);
}
errors++;
}
if(func3(data105) < 1){
const err359 = {instancePath:instancePath+"/signing/municipalSignatory",schemaPath:"#/definitions/line/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err359];
}
else {
vErrors.push(err359);
}
errors++;
}
if(!pattern1.test(data105)){
const err360 = {instancePath:instancePath+"/signing/municipalSignatory",schemaPath:"#/definitions/line/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*\\S[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*\\S[^\\n\\r]*$"+"\""};
if(vErrors === null){
vErrors = [err360];
}
else {
vErrors.push(err360);
}
errors++;
}
if(!(formats0.validate(data105))){
const err361 = {instancePath:instancePath+"/signing/municipalSignatory",schemaPath:"#/definitions/line/format",keyword:"format",params:{format: "xml-text"},message:"must match format \""+"xml-text"+"\""};
if(vErrors === null){
vErrors = [err361];
}
else {
vErrors.push(err361);
}
errors++;
}
}
else {
const err362 = {instancePath:instancePath+"/signing/municipalSignatory",schemaPath:"#/definitions/line/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err362];
}
else {
vErrors.push(err362);
}
errors++;
}
}
if(data102.stateSignatory !== undefined){
let data106 = data102.stateSignatory;
if(typeof data106 === "string"){
if(func3(data106) > 200){
const err363 = {instancePath:instancePath+"/signing/stateSignatory",schemaPath:"#/definitions/line/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err363];
}
else {
vErrors.push(err363);
}
errors++;
}
if(func3(data106) < 1){
const err364 = {instancePath:instancePath+"/signing/stateSignatory",schemaPath:"#/definitions/line/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err364];
}
else {
vErrors.push(err364);
}
errors++;
}
if(!pattern1.test(data106)){
const err365 = {instancePath:instancePath+"/signing/stateSignatory",schemaPath:"#/definitions/line/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*\\S[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*\\S[^\\n\\r]*$"+"\""};
if(vErrors === null){
vErrors = [err365];
}
else {
vErrors.push(err365);
}
errors++;
}
if(!(formats0.validate(data106))){
const err366 = {instancePath:instancePath+"/signing/stateSignatory",schemaPath:"#/definitions/line/format",keyword:"format",params:{format: "xml-text"},message:"must match format \""+"xml-text"+"\""};
if(vErrors === null){
vErrors = [err366];
}
else {
vErrors.push(err366);
}
errors++;
}
}
else {
const err367 = {instancePath:instancePath+"/signing/stateSignatory",schemaPath:"#/definitions/line/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err367];
}
else {
vErrors.push(err367);
}
errors++;
}
}
}
else {
const err368 = {instancePath:instancePath+"/signing",schemaPath:"#/properties/signing/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err368];
}
else {
vErrors.push(err368);
}
errors++;
}
}
if(data.attachments !== undefined){
let data107 = data.attachments;
if(Array.isArray(data107)){
if(data107.length > 30){
const err369 = {instancePath:instancePath+"/attachments",schemaPath:"#/properties/attachments/maxItems",keyword:"maxItems",params:{limit: 30},message:"must NOT have more than 30 items"};
if(vErrors === null){
vErrors = [err369];
}
else {
vErrors.push(err369);
}
errors++;
}
const len14 = data107.length;
for(let i15=0; i15<len14; i15++){
let data108 = data107[i15];
if(data108 && typeof data108 == "object" && !Array.isArray(data108)){
if(data108.kind === undefined){
const err370 = {instancePath:instancePath+"/attachments/" + i15,schemaPath:"#/properties/attachments/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err370];
}
else {
vErrors.push(err370);
}
errors++;
}
if(data108.title === undefined){
const err371 = {instancePath:instancePath+"/attachments/" + i15,schemaPath:"#/properties/attachments/items/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err371];
}
else {
vErrors.push(err371);
}
errors++;
}
for(const key27 in data108){
if(!(((key27 === "kind") || (key27 === "title")) || (key27 === "date"))){
const err372 = {instancePath:instancePath+"/attachments/" + i15,schemaPath:"#/properties/attachments/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err372];
}
else {
vErrors.push(err372);
}
errors++;
}
}
if(data108.kind !== undefined){
let data109 = data108.kind;
if(typeof data109 !== "string"){
const err373 = {instancePath:instancePath+"/attachments/" + i15+"/kind",schemaPath:"#/properties/attachments/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err373];
}
else {
vErrors.push(err373);
}
errors++;
}
if(!(((data109 === "driftsavtale") || (data109 === "delegasjonsvedtak")) || (data109 === "annet"))){
const err374 = {instancePath:instancePath+"/attachments/" + i15+"/kind",schemaPath:"#/properties/attachments/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema11.properties.attachments.items.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err374];
}
else {
vErrors.push(err374);
}
errors++;
}
}
if(data108.title !== undefined){
let data110 = data108.title;
if(typeof data110 === "string"){
if(func3(data110) > 200){
const err375 = {instancePath:instancePath+"/attachments/" + i15+"/title",schemaPath:"#/definitions/line/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err375];
}
else {
vErrors.push(err375);
}
errors++;
}
if(func3(data110) < 1){
const err376 = {instancePath:instancePath+"/attachments/" + i15+"/title",schemaPath:"#/definitions/line/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err376];
}
else {
vErrors.push(err376);
}
errors++;
}
if(!pattern1.test(data110)){
const err377 = {instancePath:instancePath+"/attachments/" + i15+"/title",schemaPath:"#/definitions/line/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*\\S[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*\\S[^\\n\\r]*$"+"\""};
if(vErrors === null){
vErrors = [err377];
}
else {
vErrors.push(err377);
}
errors++;
}
if(!(formats0.validate(data110))){
const err378 = {instancePath:instancePath+"/attachments/" + i15+"/title",schemaPath:"#/definitions/line/format",keyword:"format",params:{format: "xml-text"},message:"must match format \""+"xml-text"+"\""};
if(vErrors === null){
vErrors = [err378];
}
else {
vErrors.push(err378);
}
errors++;
}
}
else {
const err379 = {instancePath:instancePath+"/attachments/" + i15+"/title",schemaPath:"#/definitions/line/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err379];
}
else {
vErrors.push(err379);
}
errors++;
}
}
if(data108.date !== undefined){
let data111 = data108.date;
if(typeof data111 === "string"){
if(!(formats32.validate(data111))){
const err380 = {instancePath:instancePath+"/attachments/" + i15+"/date",schemaPath:"#/definitions/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err380];
}
else {
vErrors.push(err380);
}
errors++;
}
}
else {
const err381 = {instancePath:instancePath+"/attachments/" + i15+"/date",schemaPath:"#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err381];
}
else {
vErrors.push(err381);
}
errors++;
}
}
}
else {
const err382 = {instancePath:instancePath+"/attachments/" + i15,schemaPath:"#/properties/attachments/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err382];
}
else {
vErrors.push(err382);
}
errors++;
}
}
}
else {
const err383 = {instancePath:instancePath+"/attachments",schemaPath:"#/properties/attachments/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err383];
}
else {
vErrors.push(err383);
}
errors++;
}
}
if(data.checklist !== undefined){
let data112 = data.checklist;
if(data112 && typeof data112 == "object" && !Array.isArray(data112)){
for(const key28 in data112){
const _errs301 = errors;
if(!((((((((((((((((((((((((((((((((((((((((((((key28 === "1.0-1") || (key28 === "2.0-1")) || (key28 === "2.0-2")) || (key28 === "2.0-3")) || (key28 === "2.0-4")) || (key28 === "2.1-1")) || (key28 === "2.1-2")) || (key28 === "2.1-3")) || (key28 === "2.1-4")) || (key28 === "2.1-5")) || (key28 === "2.1-6")) || (key28 === "3.1-1")) || (key28 === "3.1-2")) || (key28 === "3.1-3")) || (key28 === "3.1-4")) || (key28 === "3.2-1")) || (key28 === "3.2-2")) || (key28 === "3.2-3")) || (key28 === "3.3-1")) || (key28 === "3.3-2")) || (key28 === "3.3-3")) || (key28 === "3.3-4")) || (key28 === "3.4-1")) || (key28 === "3.4-2")) || (key28 === "3.4-3")) || (key28 === "3.5-1")) || (key28 === "3.6-1")) || (key28 === "3.6-2")) || (key28 === "3.7-1")) || (key28 === "3.7-2")) || (key28 === "3.7-3")) || (key28 === "3.7-4")) || (key28 === "3.8-1")) || (key28 === "3.8-2")) || (key28 === "4.0-1")) || (key28 === "4.0-2")) || (key28 === "5.0-1")) || (key28 === "5.0-2")) || (key28 === "6.0-1")) || (key28 === "6.0-2")) || (key28 === "7.0-1")) || (key28 === "8.0-1")) || (key28 === "9.0-1")) || (key28 === "9.0-2"))){
const err384 = {instancePath:instancePath+"/checklist",schemaPath:"#/properties/checklist/propertyNames/enum",keyword:"enum",params:{allowedValues: schema11.properties.checklist.propertyNames.enum},message:"must be equal to one of the allowed values",propertyName:key28};
if(vErrors === null){
vErrors = [err384];
}
else {
vErrors.push(err384);
}
errors++;
}
var valid108 = _errs301 === errors;
if(!valid108){
const err385 = {instancePath:instancePath+"/checklist",schemaPath:"#/properties/checklist/propertyNames",keyword:"propertyNames",params:{propertyName: key28},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err385];
}
else {
vErrors.push(err385);
}
errors++;
}
}
for(const key29 in data112){
let data113 = data112[key29];
if(data113 && typeof data113 == "object" && !Array.isArray(data113)){
if(data113.status === undefined){
const err386 = {instancePath:instancePath+"/checklist/" + key29.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/checklist/additionalProperties/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err386];
}
else {
vErrors.push(err386);
}
errors++;
}
for(const key30 in data113){
if(!((((key30 === "status") || (key30 === "comment")) || (key30 === "answeredBy")) || (key30 === "answeredAt"))){
const err387 = {instancePath:instancePath+"/checklist/" + key29.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/checklist/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key30},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err387];
}
else {
vErrors.push(err387);
}
errors++;
}
}
if(data113.status !== undefined){
let data114 = data113.status;
if(typeof data114 !== "string"){
const err388 = {instancePath:instancePath+"/checklist/" + key29.replace(/~/g, "~0").replace(/\//g, "~1")+"/status",schemaPath:"#/properties/checklist/additionalProperties/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err388];
}
else {
vErrors.push(err388);
}
errors++;
}
if(!((((data114 === "ja") || (data114 === "nei")) || (data114 === "delvis")) || (data114 === "ikke relevant"))){
const err389 = {instancePath:instancePath+"/checklist/" + key29.replace(/~/g, "~0").replace(/\//g, "~1")+"/status",schemaPath:"#/properties/checklist/additionalProperties/properties/status/enum",keyword:"enum",params:{allowedValues: schema11.properties.checklist.additionalProperties.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err389];
}
else {
vErrors.push(err389);
}
errors++;
}
}
if(data113.comment !== undefined){
let data115 = data113.comment;
if(typeof data115 === "string"){
if(func3(data115) > 5000){
const err390 = {instancePath:instancePath+"/checklist/" + key29.replace(/~/g, "~0").replace(/\//g, "~1")+"/comment",schemaPath:"#/definitions/text/maxLength",keyword:"maxLength",params:{limit: 5000},message:"must NOT have more than 5000 characters"};
if(vErrors === null){
vErrors = [err390];
}
else {
vErrors.push(err390);
}
errors++;
}
if(func3(data115) < 1){
const err391 = {instancePath:instancePath+"/checklist/" + key29.replace(/~/g, "~0").replace(/\//g, "~1")+"/comment",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err391];
}
else {
vErrors.push(err391);
}
errors++;
}
if(!pattern7.test(data115)){
const err392 = {instancePath:instancePath+"/checklist/" + key29.replace(/~/g, "~0").replace(/\//g, "~1")+"/comment",schemaPath:"#/definitions/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err392];
}
else {
vErrors.push(err392);
}
errors++;
}
if(!(formats0.validate(data115))){
const err393 = {instancePath:instancePath+"/checklist/" + key29.replace(/~/g, "~0").replace(/\//g, "~1")+"/comment",schemaPath:"#/definitions/text/format",keyword:"format",params:{format: "xml-text"},message:"must match format \""+"xml-text"+"\""};
if(vErrors === null){
vErrors = [err393];
}
else {
vErrors.push(err393);
}
errors++;
}
}
else {
const err394 = {instancePath:instancePath+"/checklist/" + key29.replace(/~/g, "~0").replace(/\//g, "~1")+"/comment",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err394];
}
else {
vErrors.push(err394);
}
errors++;
}
}
if(data113.answeredBy !== undefined){
let data116 = data113.answeredBy;
if(typeof data116 === "string"){
if(func3(data116) > 200){
const err395 = {instancePath:instancePath+"/checklist/" + key29.replace(/~/g, "~0").replace(/\//g, "~1")+"/answeredBy",schemaPath:"#/definitions/line/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err395];
}
else {
vErrors.push(err395);
}
errors++;
}
if(func3(data116) < 1){
const err396 = {instancePath:instancePath+"/checklist/" + key29.replace(/~/g, "~0").replace(/\//g, "~1")+"/answeredBy",schemaPath:"#/definitions/line/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err396];
}
else {
vErrors.push(err396);
}
errors++;
}
if(!pattern1.test(data116)){
const err397 = {instancePath:instancePath+"/checklist/" + key29.replace(/~/g, "~0").replace(/\//g, "~1")+"/answeredBy",schemaPath:"#/definitions/line/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*\\S[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*\\S[^\\n\\r]*$"+"\""};
if(vErrors === null){
vErrors = [err397];
}
else {
vErrors.push(err397);
}
errors++;
}
if(!(formats0.validate(data116))){
const err398 = {instancePath:instancePath+"/checklist/" + key29.replace(/~/g, "~0").replace(/\//g, "~1")+"/answeredBy",schemaPath:"#/definitions/line/format",keyword:"format",params:{format: "xml-text"},message:"must match format \""+"xml-text"+"\""};
if(vErrors === null){
vErrors = [err398];
}
else {
vErrors.push(err398);
}
errors++;
}
}
else {
const err399 = {instancePath:instancePath+"/checklist/" + key29.replace(/~/g, "~0").replace(/\//g, "~1")+"/answeredBy",schemaPath:"#/definitions/line/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err399];
}
else {
vErrors.push(err399);
}
errors++;
}
}
if(data113.answeredAt !== undefined){
let data117 = data113.answeredAt;
if(typeof data117 === "string"){
if(!(formats32.validate(data117))){
const err400 = {instancePath:instancePath+"/checklist/" + key29.replace(/~/g, "~0").replace(/\//g, "~1")+"/answeredAt",schemaPath:"#/definitions/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err400];
}
else {
vErrors.push(err400);
}
errors++;
}
}
else {
const err401 = {instancePath:instancePath+"/checklist/" + key29.replace(/~/g, "~0").replace(/\//g, "~1")+"/answeredAt",schemaPath:"#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err401];
}
else {
vErrors.push(err401);
}
errors++;
}
}
}
else {
const err402 = {instancePath:instancePath+"/checklist/" + key29.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/checklist/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err402];
}
else {
vErrors.push(err402);
}
errors++;
}
}
}
else {
const err403 = {instancePath:instancePath+"/checklist",schemaPath:"#/properties/checklist/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err403];
}
else {
vErrors.push(err403);
}
errors++;
}
}
}
else {
const err404 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err404];
}
else {
vErrors.push(err404);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
