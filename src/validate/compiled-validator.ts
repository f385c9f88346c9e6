// @ts-nocheck
/* Generated from schemas/partnerskapsavtale.schema.json by src/build/compile-validator.ts. Do not edit; run `npm run codegen`. */
import { formats } from './formats.js';
import __ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
const __ucs2length = typeof __ucs2lengthModule === 'function' ? __ucs2lengthModule : __ucs2lengthModule.default;

export const validate = validate21;
export default validate21;
const schema6 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://partnerskap.no/schemas/partnerskapsavtale-2.0.schema.json","title":"Partnerskapsavtale","description":"Avtale etter NAV-loven § 14 mellom kommunen og Arbeids- og velferdsetaten om etablering og drift av et felles NAV-kontor. Dataformat 2.0.","x-nn":{"title":"Partnarskapsavtale","description":"Avtale etter NAV-lova § 14 mellom kommunen og Arbeids- og velferdsetaten om etablering og drift av eit felles NAV-kontor. Dataformat 2.0."},"type":"object","additionalProperties":false,"required":["schemaVersion","document","parties","purpose","location","governance","leadership","security","coDetermination","goals","competence","delegation","costs","services","userParticipation","cooperation","disputeResolution","externalAudit","period","signing","attachments"],"properties":{"schemaVersion":{"title":"Skjemaversjon","description":"Versjonen av dataformatet. Skal være \"2.0\". En fil i format 1.0 gjøres om med «partnerskap migrate».","x-nn":{"title":"Skjemaversjon","description":"Versjonen av dataformatet. Skal vere \"2.0\". Ei fil i format 1.0 blir gjord om med «partnerskap migrate»."},"type":"string","const":"2.0"},"document":{"title":"Dokumentet","description":"Skrivemåte, versjon og hvilken tidligere avtale dokumentet erstatter.","x-nn":{"title":"Dokumentet","description":"Målform, skrivemåte, versjon og kva for tidlegare avtale dokumentet erstattar."},"type":"object","additionalProperties":false,"required":["navSpelling"],"properties":{"language":{"title":"Målform","description":"Målformen avtalen, veilederen, rapportene og filnavnene skrives på: bokmål (nb) eller nynorsk (nn). Velg den målformen kommunen har vedtatt som sin.","x-nn":{"title":"Målform","description":"Målforma avtalen, rettleiaren, rapportane og filnamna blir skrivne på: bokmål (nb) eller nynorsk (nn). Vel den målforma kommunen har vedteke som si.","enumLabels":{"nb":"Bokmål","nn":"Nynorsk"}},"type":"string","enum":["nb","nn"],"x-enumLabels":{"nb":"Bokmål","nn":"Nynorsk"},"default":"nb"},"navSpelling":{"title":"Skrivemåte for NAV","description":"Om dokumentet skriver «NAV» (som i malen fra 2019) eller «Nav» (slik etaten skriver navnet i dag). Gjelder alle setninger, overskrifter og filnavn, og navnene på kontoret og fylket.","x-nn":{"title":"Skrivemåte for NAV","description":"Om dokumentet skriv «NAV» (som i malen frå 2019) eller «Nav» (slik etaten skriv namnet i dag). Gjeld alle setningar, overskrifter og filnamn, og namna på kontoret og fylket.","enumLabels":{"NAV":"NAV (som i malen frå 2019)","Nav":"Nav (slik Nav skriv namnet i dag)"}},"type":"string","enum":["NAV","Nav"],"x-enumLabels":{"NAV":"NAV (som i malen fra 2019)","Nav":"Nav (slik Nav skriver navnet i dag)"},"default":"NAV"},"version":{"title":"Avtalens versjon","description":"Versjonsnummeret til avtalen, for eksempel «2» eller «2.1». Vises som «Versjon 2».","x-nn":{"title":"Versjonen av avtalen","description":"Versjonsnummeret til avtalen, til dømes «2» eller «2.1». Blir vist som «Versjon 2»."},"type":"string","pattern":"^[0-9]{1,3}(\\.[0-9]{1,3})?$"},"replaces":{"title":"Erstatter avtale","description":"Den tidligere partnerskapsavtalen som denne avtalen erstatter.","x-nn":{"title":"Erstattar avtale","description":"Den tidlegare partnarskapsavtalen som denne avtalen erstattar."},"type":"object","additionalProperties":false,"required":["date"],"properties":{"version":{"title":"Versjon","description":"Versjonsnummeret til avtalen som erstattes, for eksempel «1».","x-nn":{"title":"Versjon","description":"Versjonsnummeret til avtalen som blir erstatta, til dømes «1»."},"type":"string","pattern":"^[0-9]{1,3}(\\.[0-9]{1,3})?$"},"date":{"title":"Dato","description":"Datoen avtalen som erstattes, ble inngått (ÅÅÅÅ-MM-DD).","x-nn":{"title":"Dato","description":"Datoen då avtalen som blir erstatta, blei inngått (ÅÅÅÅ-MM-DD)."},"$ref":"#/definitions/date"}}}}},"parties":{"title":"Avtaleparter – eiere","description":"Hvem som inngår avtalen, hvilke kommuner som omfattes og hvilket NAV-kontor avtalen gjelder.","x-nn":{"title":"Avtalepartar – eigarar","description":"Kven som inngår avtalen, kva for kommunar som er omfatta, og kva for NAV-kontor avtalen gjeld."},"x-section":"1.0","type":"object","additionalProperties":false,"required":["form","municipalities","municipalHeadTitle","county","officeName"],"properties":{"form":{"title":"Avtaleform","description":"Alternativ 1: avtalen inngås med én kommune. Alternativ 2: avtalen inngås med en vertskommune som kommunene har delegert myndighet til (kommuneloven kapittel 20).","x-nn":{"title":"Avtaleform","description":"Alternativ 1: avtalen blir inngått med éin kommune. Alternativ 2: avtalen blir inngått med ein vertskommune som kommunane har delegert mynde til (kommunelova kapittel 20).","enumLabels":{"enkeltkommune":"Alternativ 1: éin kommune","vertskommune":"Alternativ 2: vertskommune for fleire kommunar"}},"type":"string","enum":["enkeltkommune","vertskommune"],"x-enumLabels":{"enkeltkommune":"Alternativ 1: én kommune","vertskommune":"Alternativ 2: vertskommune for flere kommuner"},"default":"enkeltkommune"},"municipalities":{"title":"Kommuner","description":"Kommunene (eller bydelen) som omfattes av avtalen. Ved Alternativ 1 én kommune eller én bydel i Oslo; ved Alternativ 2 vertskommunen og alle kommunene den er vertskommune for.","x-nn":{"title":"Kommunar","description":"Kommunane (eller bydelen) som avtalen omfattar. Ved Alternativ 1 éin kommune eller éin bydel i Oslo; ved Alternativ 2 vertskommunen og alle kommunane den er vertskommune for."},"type":"array","minItems":1,"maxItems":50,"x-identity":"number","items":{"$ref":"#/definitions/municipality"}},"host":{"title":"Vertskommune","description":"Kommunenummeret til vertskommunen (bare ved Alternativ 2). Vertskommunen må være en av kommunene i listen.","x-nn":{"title":"Vertskommune","description":"Kommunenummeret til vertskommunen (berre ved Alternativ 2). Vertskommunen må vere ein av kommunane i lista."},"$ref":"#/definitions/municipalityNumber"},"municipalHeadTitle":{"title":"Tittel for øverste administrative leder","description":"Tittelen til kommunens (eller bydelens) øverste administrative leder, brukt i avtaleteksten («kommunedirektør i …»). Malen bruker «rådmann»; etter kommuneloven 2018 brukes oftest «kommunedirektør»; i Oslo «bydelsdirektør».","x-nn":{"title":"Tittel for øvste administrative leiar","description":"Tittelen til den øvste administrative leiaren i kommunen (eller bydelen), brukt i avtaleteksten («kommunedirektør i …»). Malen bruker «rådmann»; etter kommunelova 2018 blir «kommunedirektør» oftast brukt; i Oslo «bydelsdirektør».","enumLabels":{"rådmann":"Rådmann","kommunedirektør":"Kommunedirektør","bydelsdirektør":"Bydelsdirektør"}},"type":"string","enum":["rådmann","kommunedirektør","bydelsdirektør"],"x-enumLabels":{"rådmann":"Rådmann","kommunedirektør":"Kommunedirektør","bydelsdirektør":"Bydelsdirektør"},"default":"kommunedirektør"},"county":{"title":"NAV fylke","description":"Arbeids- og velferdsetatens fylkesledd som inngår avtalen.","x-nn":{"title":"NAV fylke","description":"Fylkesleddet i Arbeids- og velferdsetaten som inngår avtalen."},"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"title":"Navn på NAV fylke","description":"For eksempel «NAV Nordland», «Nav Nordland» eller «NAV Oslo».","x-nn":{"title":"Namnet på NAV fylke","description":"Til dømes «NAV Nordland», «Nav Nordland» eller «NAV Oslo»."},"$ref":"#/definitions/navName"},"director":{"title":"Direktør for NAV fylke","description":"Navnet på direktøren for NAV fylke.","x-nn":{"title":"Direktør for NAV fylke","description":"Namnet på direktøren for NAV fylke."},"$ref":"#/definitions/line"},"caseNumber":{"title":"Saksnummer","description":"NAV fylkes saksnummer (arkivsak) for avtalen, for eksempel 25/8812.","x-nn":{"title":"Saksnummer","description":"Saksnummeret (arkivsaka) til NAV fylke for avtalen, til dømes 25/8812."},"$ref":"#/definitions/line"},"contact":{"title":"Kontaktperson","description":"Kontaktperson i NAV fylke for avtalen. Intern opplysning: utelates i offentlig versjon (--offentlig).","x-nn":{"title":"Kontaktperson","description":"Kontaktperson i NAV fylke for avtalen. Intern opplysning: blir utelaten i offentleg versjon (--offentlig)."},"x-internal":true,"$ref":"#/definitions/contact"}}},"officeName":{"title":"NAV-kontorets navn","description":"Navnet på det felles NAV-kontoret, for eksempel «NAV Indre Salten» eller «Nav Bodø».","x-nn":{"title":"Namnet på NAV-kontoret","description":"Namnet på det felles NAV-kontoret, til dømes «NAV Indre Salten» eller «Nav Bodø»."},"$ref":"#/definitions/navName"}},"if":{"properties":{"form":{"const":"vertskommune"}},"required":["form"]},"then":{"required":["host"],"properties":{"municipalities":{"type":"array","items":{"type":"object","properties":{"kind":{"type":"string","enum":["kommune"]}}}}}},"else":{"properties":{"municipalities":{"type":"array","maxItems":1},"host":false}}},"purpose":{"title":"Formålet med partnerskapsavtalen","description":"Eiernes visjon og verdier, og andre lokale mål for samarbeidet.","x-nn":{"title":"Føremålet med partnarskapsavtalen","description":"Visjonen og verdiane til eigarane, og andre lokale mål for samarbeidet."},"x-section":"2.0","type":"object","additionalProperties":false,"required":[],"properties":{"municipalValues":{"title":"Kommunens verdier","description":"Kommunens verdier som NAV-kontoret skal arbeide etter, for eksempel «åpenhet, respekt og samarbeid».","x-nn":{"title":"Verdiane til kommunen","description":"Verdiane til kommunen som NAV-kontoret skal arbeide etter, til dømes «openheit, respekt og samarbeid»."},"$ref":"#/definitions/text"},"localGoals":{"title":"Andre lokale mål","description":"Andre lokale mål som legges til grunn for samarbeidet, ett mål per punkt.","x-nn":{"title":"Andre lokale mål","description":"Andre lokale mål som blir lagde til grunn for samarbeidet, eitt mål per punkt."},"type":"array","maxItems":50,"x-identity":"value","items":{"title":"Lokalt mål","description":"Ett lokalt mål.","x-nn":{"title":"Lokalt mål","description":"Eitt lokalt mål."},"$ref":"#/definitions/text"}}}},"location":{"title":"Fysisk lokalisering og utforming","description":"Hvor NAV-kontoret ligger, med hovedkontor og eventuelle avdelingskontorer og servicepunkter, og når det er åpent.","x-nn":{"title":"Fysisk lokalisering og utforming","description":"Kvar NAV-kontoret ligg, med hovudkontor og eventuelle avdelingskontor og servicepunkt, og når det er ope."},"x-section":"2.1","type":"object","additionalProperties":false,"required":["sites"],"properties":{"sites":{"title":"Lokasjoner","description":"Stedene kontoret tar imot publikum: nøyaktig ett hovedkontor, og eventuelle avdelingskontorer og lokale servicepunkter.","x-nn":{"title":"Lokasjonar","description":"Stadene der kontoret tek imot publikum: nøyaktig eitt hovudkontor, og eventuelle avdelingskontor og lokale servicepunkt."},"type":"array","minItems":1,"maxItems":30,"x-identity":"name","items":{"$ref":"#/definitions/site"}}}},"governance":{"title":"Styring og ledelse","description":"Partnerskapsmøtene mellom eierne og deres agenda.","x-nn":{"title":"Styring og leiing","description":"Partnarskapsmøta mellom eigarane og agendaen for dei."},"x-section":"3.1","type":"object","additionalProperties":false,"required":[],"properties":{"meetingsPerYear":{"title":"Partnerskapsmøter per år","description":"Hvor mange partnerskapsmøter eierne har i året. Malen foreslår ett til to.","x-nn":{"title":"Partnarskapsmøte per år","description":"Kor mange partnarskapsmøte eigarane har i året. Malen føreslår eitt til to."},"type":"integer","minimum":1,"maximum":12,"default":2},"statusItemFirst":{"title":"«Status partnerskapsavtale» som første faste agendapunkt","description":"Foreslått av NAV Nordland: status for partnerskapsavtalen som fast første punkt i partnerskapsmøtene.","x-nn":{"title":"«Status partnarskapsavtale» som første faste agendapunkt","description":"Føreslått av NAV Nordland: status for partnarskapsavtalen som fast første punkt i partnarskapsmøta."},"type":"boolean","default":false},"additionalAgendaItems":{"title":"Andre agendapunkter","description":"Lokale agendapunkter i tillegg til de fire i malen.","x-nn":{"title":"Andre agendapunkt","description":"Lokale agendapunkt i tillegg til dei fire i malen."},"type":"array","maxItems":30,"x-identity":"value","items":{"title":"Agendapunkt","description":"Ett agendapunkt.","x-nn":{"title":"Agendapunkt","description":"Eitt agendapunkt."},"$ref":"#/definitions/text"}}}},"leadership":{"title":"Tilsetting av leder og medarbeidere","description":"Ledermodell, tilsettingsvilkår og rapporteringslinjer: for én NAV-leder ved felles ledelse, for hver av de to lederne ved delt ledelse.","x-nn":{"title":"Tilsetjing av leiar og medarbeidarar","description":"Leiarmodell, tilsetjingsvilkåra til NAV-leiaren og rapporteringsliner."},"x-section":"3.2","type":"object","additionalProperties":false,"required":["model"],"properties":{"model":{"title":"Ledermodell","description":"Felles eller delt administrativ og faglig ledelse.","x-nn":{"title":"Leiarmodell","description":"Felles eller delt administrativ og fagleg leiing.","enumLabels":{"felles":"Felles administrativ og fagleg leiing","delt":"Delt administrativ og fagleg leiing"}},"type":"string","enum":["felles","delt"],"x-enumLabels":{"felles":"Felles administrativ og faglig ledelse","delt":"Delt administrativ og faglig ledelse"},"default":"felles"},"managerTerms":{"title":"NAV-leders tilsettingsvilkår","description":"Om NAV-leder er tilsatt på kommunale eller statlige vilkår. Påkrevd ved felles ledelse.","x-nn":{"title":"Tilsetjingsvilkåra til NAV-leiaren","description":"Om NAV-leiaren er tilsett på kommunale eller statlege vilkår. Påkravd ved felles leiing.","enumLabels":{"kommunale":"Kommunale vilkår","statlige":"Statlege vilkår"}},"type":"string","enum":["kommunale","statlige"],"x-enumLabels":{"kommunale":"Kommunale vilkår","statlige":"Statlige vilkår"}},"municipalLeaderGroup":{"title":"Kommunal ledergruppe","description":"Ledergruppen NAV-leder er plassert i i kommunen, for eksempel «kommunedirektøren». Påkrevd ved felles ledelse.","x-nn":{"title":"Kommunal leiargruppe","description":"Leiargruppa i kommunen som NAV-leiaren er plassert i, til dømes «kommunedirektøren». Påkravd ved felles leiing."},"$ref":"#/definitions/line"},"municipalReportsTo":{"title":"Rapporterer i kommunen til","description":"Hvem NAV-leder rapporterer til i kommunen, for eksempel «kommunalsjef for helse og velferd». Påkrevd ved felles ledelse.","x-nn":{"title":"Rapporterer i kommunen til","description":"Kven NAV-leiaren rapporterer til i kommunen, til dømes «kommunalsjef for helse og velferd». Påkravd ved felles leiing."},"$ref":"#/definitions/line"},"stateReportsTo":{"title":"Rapporterer i staten til","description":"Hvem NAV-leder rapporterer til i NAV fylke, for eksempel «direktør for NAV Nordland». Påkrevd ved felles ledelse.","x-nn":{"title":"Rapporterer i staten til","description":"Kven NAV-leiaren rapporterer til i NAV fylke, til dømes «direktør for NAV Nordland». Påkravd ved felles leiing."},"$ref":"#/definitions/line"},"municipalLeader":{"title":"Leder for de kommunale tjenestene","description":"Ved delt ledelse: lederen med administrativt og faglig ansvar for de kommunale tjenestene i kontoret.","x-nn":{"title":"Leiar for dei kommunale tenestene","description":"Ved delt leiing: leiaren med administrativt og fagleg ansvar for dei kommunale tenestene i kontoret."},"$ref":"#/definitions/leader"},"stateLeader":{"title":"Leder for de statlige tjenestene","description":"Ved delt ledelse: lederen med administrativt og faglig ansvar for de statlige tjenestene i kontoret.","x-nn":{"title":"Leiar for dei statlege tenestene","description":"Ved delt leiing: leiaren med administrativt og fagleg ansvar for dei statlege tenestene i kontoret."},"$ref":"#/definitions/leader"}},"if":{"properties":{"model":{"const":"delt"}},"required":["model"]},"then":{"required":["municipalLeader","stateLeader"]},"else":{"required":["managerTerms","municipalLeaderGroup","municipalReportsTo","stateReportsTo"]}},"security":{"title":"Personvern, informasjonssikkerhet og beredskap","description":"Sikkerhetsrutinene eierne er enige om ved NAV-kontoret.","x-nn":{"title":"Personvern, informasjonstryggleik og beredskap","description":"Tryggleiksrutinane eigarane er samde om ved NAV-kontoret."},"x-section":"3.3","type":"object","additionalProperties":false,"required":[],"properties":{"additionalRoutines":{"title":"Andre sikkerhetsrutiner","description":"Rutiner i tillegg til «Felles sikkerhetsnorm for Arbeids- og velferdsforvaltningen» og kommunens interne sikkerhetsrutiner, for eksempel en lokal beredskapsplan.","x-nn":{"title":"Andre tryggleiksrutinar","description":"Rutinar i tillegg til «Felles sikkerhetsnorm for Arbeids- og velferdsforvaltningen» og dei interne tryggleiksrutinane til kommunen, til dømes ein lokal beredskapsplan."},"type":"array","maxItems":30,"x-identity":"value","items":{"title":"Sikkerhetsrutine","description":"Navnet på rutinen.","x-nn":{"title":"Tryggleiksrutine","description":"Namnet på rutinen."},"$ref":"#/definitions/text"}}}},"coDetermination":{"title":"Medbestemmelse","description":"Hovedavtalene medbestemmelsen utøves innenfor, og drøftingen med de ansattes organisasjoner før avtalen inngås.","x-nn":{"title":"Medråderett","description":"Hovudavtalane medråderetten blir utøvd innanfor, og drøftinga med organisasjonane til dei tilsette før avtalen blir inngått."},"x-section":"3.4","type":"object","additionalProperties":false,"required":["mainAgreements"],"properties":{"mainAgreements":{"title":"Hovedavtaler","description":"Hovedavtalene medbestemmelsen utøves innenfor, gjerne med lenke.","x-nn":{"title":"Hovudavtalar","description":"Hovudavtalane medråderetten blir utøvd innanfor, gjerne med lenkje."},"type":"array","minItems":1,"maxItems":10,"x-identity":"value","items":{"title":"Hovedavtale","description":"Navn og eventuelt lenke.","x-nn":{"title":"Hovudavtale","description":"Namn og eventuelt lenkje."},"$ref":"#/definitions/text"},"default":["Hovedavtalen i staten","Hovedavtalen KS"]},"consultation":{"title":"Drøfting med de ansattes organisasjoner","description":"Før partnerskapsavtalen inngås skal innholdet drøftes med de ansattes organisasjoner.","x-nn":{"title":"Drøfting med organisasjonane til dei tilsette","description":"Før partnarskapsavtalen blir inngått, skal innhaldet drøftast med organisasjonane til dei tilsette."},"type":"object","additionalProperties":false,"required":["date"],"properties":{"date":{"title":"Dato for drøfting","description":"Datoen drøftingsmøtet ble holdt (ÅÅÅÅ-MM-DD).","x-nn":{"title":"Dato for drøfting","description":"Datoen då drøftingsmøtet blei halde (ÅÅÅÅ-MM-DD)."},"$ref":"#/definitions/date"},"organisations":{"title":"Organisasjoner","description":"Organisasjonene som deltok, for eksempel «Fagforbundet» og «NTL».","x-nn":{"title":"Organisasjonar","description":"Organisasjonane som deltok, til dømes «Fagforbundet» og «NTL»."},"type":"array","maxItems":30,"x-identity":"value","items":{"title":"Organisasjon","description":"Navnet på organisasjonen.","x-nn":{"title":"Organisasjon","description":"Namnet på organisasjonen."},"$ref":"#/definitions/line"}}}}}},"goals":{"title":"Mål og resultatkrav","description":"Eiernes resultatmål for NAV-kontoret, år for år.","x-nn":{"title":"Mål og resultatkrav","description":"Resultatmåla eigarane har for NAV-kontoret, år for år."},"x-section":"3.5","type":"object","additionalProperties":false,"required":[],"properties":{"resultGoals":{"title":"Resultatmål","description":"Resultatmål eierne ønsker for et gitt år.","x-nn":{"title":"Resultatmål","description":"Resultatmål eigarane ønskjer for eit gitt år."},"type":"array","maxItems":20,"x-identity":"year","items":{"title":"Resultatmål for ett år","description":"Årstallet og målene for det året.","x-nn":{"title":"Resultatmål for eitt år","description":"Årstalet og måla for det året."},"type":"object","additionalProperties":false,"required":["year","goals"],"properties":{"year":{"title":"År","description":"Årstallet målene gjelder for.","x-nn":{"title":"År","description":"Årstalet måla gjeld for."},"type":"integer","minimum":2000,"maximum":2100},"goals":{"title":"Mål","description":"Ett resultatmål per punkt.","x-nn":{"title":"Mål","description":"Eitt resultatmål per punkt."},"type":"array","minItems":1,"maxItems":30,"x-identity":"value","items":{"title":"Mål","description":"Ett resultatmål.","x-nn":{"title":"Mål","description":"Eitt resultatmål."},"$ref":"#/definitions/text"}}}}},"councilBriefing":{"title":"Årlig orientering til kommunestyret","description":"Foreslått av NAV Nordland: minst én gang i året gir NAV-leder en orientering til kommunestyret.","x-nn":{"title":"Årleg orientering til kommunestyret","description":"Føreslått av NAV Nordland: minst éin gong i året gir NAV-leiaren ei orientering til kommunestyret."},"type":"boolean","default":true}}},"competence":{"title":"Kompetanseutvikling","description":"Felles kompetansetiltak for alle ansatte ved NAV-kontoret.","x-nn":{"title":"Kompetanseutvikling","description":"Felles kompetansetiltak for alle tilsette ved NAV-kontoret."},"x-section":"3.6","type":"object","additionalProperties":false,"required":[],"properties":{"commonMeasures":{"title":"Felles kompetansetiltak","description":"Kompetansetiltak som skal gjelde alle ansatte, for eksempel «motiverende intervju».","x-nn":{"title":"Felles kompetansetiltak","description":"Kompetansetiltak som skal gjelde alle tilsette, til dømes «motiverande intervju»."},"type":"array","maxItems":30,"x-identity":"value","items":{"title":"Kompetansetiltak","description":"Ett tiltak.","x-nn":{"title":"Kompetansetiltak","description":"Eitt tiltak."},"$ref":"#/definitions/text"}}}},"delegation":{"title":"Delegert myndighet og oppgaveutførelse på hverandres myndighetsområder","description":"Om ansatte hos den ene eieren kan utføre oppgaver på den andre eierens myndighetsområde (NAV-loven § 14), og delegasjonsvedtaket.","x-nn":{"title":"Delegert mynde og utføring av oppgåver på myndeområda til kvarandre","description":"Om tilsette hos den eine eigaren kan utføre oppgåver på myndeområdet til den andre eigaren (NAV-lova § 14), og delegasjonsvedtaket."},"x-section":"3.7","type":"object","additionalProperties":false,"required":["stateStaffOnMunicipalTasks","municipalStaffOnStateTasks"],"properties":{"stateStaffOnMunicipalTasks":{"title":"Statlig ansatte utfører kommunale oppgaver","description":"Medarbeidere ansatt i statlig linje kan utføre oppgaver på kommunens myndighetsområder.","x-nn":{"title":"Statleg tilsette utfører kommunale oppgåver","description":"Medarbeidarar tilsette i statleg line kan utføre oppgåver på myndeområda til kommunen."},"type":"boolean","default":true},"municipalStaffOnStateTasks":{"title":"Kommunalt ansatte utfører statlige oppgaver","description":"Medarbeidere ansatt i kommunal linje kan utføre oppgaver på Arbeids- og velferdsetatens myndighetsområder.","x-nn":{"title":"Kommunalt tilsette utfører statlege oppgåver","description":"Medarbeidarar tilsette i kommunal line kan utføre oppgåver på myndeområda til Arbeids- og velferdsetaten."},"type":"boolean","default":true},"decision":{"title":"Delegasjonsvedtak","description":"Vedtaket som angir NAV-leders fullmakter og hvilke oppgaver som kan utføres på den andre eierens område. Skal legges ved avtalen.","x-nn":{"title":"Delegasjonsvedtak","description":"Vedtaket som fastset fullmaktene til NAV-leiaren og kva for oppgåver som kan utførast på området til den andre eigaren. Skal leggjast ved avtalen."},"type":"object","additionalProperties":false,"required":["reference"],"properties":{"reference":{"title":"Referanse","description":"Saksnummer eller annen referanse til vedtaket, for eksempel «sak 25/1234».","x-nn":{"title":"Referanse","description":"Saksnummer eller annan referanse til vedtaket, til dømes «sak 25/1234»."},"$ref":"#/definitions/line"},"date":{"title":"Vedtaksdato","description":"Datoen vedtaket ble fattet (ÅÅÅÅ-MM-DD).","x-nn":{"title":"Vedtaksdato","description":"Datoen då vedtaket blei gjort (ÅÅÅÅ-MM-DD)."},"$ref":"#/definitions/date"}}}},"if":{"anyOf":[{"properties":{"stateStaffOnMunicipalTasks":{"const":true}},"required":["stateStaffOnMunicipalTasks"]},{"properties":{"municipalStaffOnStateTasks":{"const":true}},"required":["municipalStaffOnStateTasks"]}]},"then":{"required":["decision"]}},"costs":{"title":"Driftsavtale","description":"Fordeling av felles driftsutgifter (etter årsverk eller en avtalt nøkkel), utgiftene til NAV-lederstillingen, betaling og avregning.","x-nn":{"title":"Driftsavtale","description":"Fordeling av felles driftsutgifter (etter årsverk eller ein avtalt nøkkel), utgiftene til NAV-leiarstillinga, betaling og avrekning."},"x-section":"3.8","type":"object","additionalProperties":false,"properties":{"stateFte":{"title":"Statlige årsverk","description":"Antall årsverk Arbeids- og velferdsetaten er representert med i kontoret, utenom NAV-leder, med høyst to desimaler. Påkrevd når felles driftsutgifter fordeles etter årsverk.","x-nn":{"title":"Statlege årsverk","description":"Talet på årsverk Arbeids- og velferdsetaten er representert med i kontoret, utanom NAV-leiaren, med høgst to desimalar. Påkravd når felles driftsutgifter blir fordelte etter årsverk."},"type":"number","minimum":0,"maximum":10000,"multipleOf":0.01,"format":"hundredths"},"fte":{"title":"Årsverk","description":"Antall kommunale årsverk i kontoret, utenom NAV-leder, for hver kommune. Påkrevd når felles driftsutgifter fordeles etter årsverk.","x-nn":{"title":"Årsverk","description":"Talet på kommunale årsverk i kontoret, utanom NAV-leiaren, for kvar kommune. Påkravd når felles driftsutgifter blir fordelte etter årsverk."},"type":"array","minItems":1,"maxItems":50,"x-identity":"municipality","items":{"title":"Kommunale årsverk","description":"Årsverkene én kommune er representert med.","x-nn":{"title":"Kommunale årsverk","description":"Årsverka éin kommune er representert med."},"type":"object","additionalProperties":false,"required":["municipality","fte"],"properties":{"municipality":{"title":"Kommune","description":"Kommunenummeret til kommunen årsverkene gjelder.","x-nn":{"title":"Kommune","description":"Kommunenummeret til kommunen årsverka gjeld."},"$ref":"#/definitions/municipalityNumber"},"fte":{"title":"Årsverk","description":"Antall årsverk med høyst to desimaler, for eksempel 4,5.","x-nn":{"title":"Årsverk","description":"Talet på årsverk med høgst to desimalar, til dømes 4,5."},"type":"number","minimum":0,"maximum":10000,"multipleOf":0.01,"format":"hundredths"}}}},"allocationKey":{"title":"Fordelingsnøkkel for felles driftsutgifter","description":"Malen fordeler felles driftsutgifter etter årsverk. Eierne kan avtale en annen fordeling i prosent.","x-nn":{"title":"Fordelingsnøkkel for felles driftsutgifter","description":"Malen fordeler felles driftsutgifter etter årsverk. Eigarane kan avtale ei anna fordeling i prosent.","enumLabels":{"årsverk":"Etter årsverk (som i malen)","avtalt":"Avtalt fordeling i prosent"}},"type":"string","enum":["årsverk","avtalt"],"x-enumLabels":{"årsverk":"Etter årsverk (som i malen)","avtalt":"Avtalt fordeling i prosent"},"default":"årsverk"},"agreedShares":{"title":"Avtalt fordeling","description":"Prosentandelen av felles driftsutgifter for hver eier, med høyst to desimaler. Hver eier skal stå én gang, og andelene skal til sammen være 100. Påkrevd når fordelingsnøkkelen er avtalt.","x-nn":{"title":"Avtalt fordeling","description":"Prosentdelen av felles driftsutgifter for kvar eigar, med høgst to desimalar. Kvar eigar skal stå éin gong, og delane skal til saman vere 100. Påkravd når fordelingsnøkkelen er avtalt."},"type":"array","minItems":1,"maxItems":51,"x-identity":"party","items":{"title":"Andel","description":"Én eiers andel.","x-nn":{"title":"Del","description":"Delen til éin eigar."},"type":"object","additionalProperties":false,"required":["party","percent"],"properties":{"party":{"title":"Eier","description":"«stat» for Arbeids- og velferdsetaten, ellers kommunenummeret (eller bydelsnummeret).","x-nn":{"title":"Eigar","description":"«stat» for Arbeids- og velferdsetaten, elles kommunenummeret (eller bydelsnummeret)."},"type":"string","pattern":"^stat$|^[0-9]{4}$|^0301[0-9]{2}$"},"percent":{"title":"Andel (%)","description":"Prosent av felles driftsutgifter, med høyst to desimaler.","x-nn":{"title":"Del (%)","description":"Prosent av felles driftsutgifter, med høgst to desimalar."},"type":"number","minimum":0,"maximum":100,"multipleOf":0.01,"format":"hundredths"}}}},"managerShare":{"title":"Fordeling av NAV-lederstillingen","description":"Prosentandel av utgiftene til NAV-lederstillingen for hver eier, med høyst to desimaler og til sammen 100. Malen anbefaler 50/50 uavhengig av tilsettingsforhold; avtaler eierne noe annet, sier avtaleteksten det.","x-nn":{"title":"Fordeling av NAV-leiarstillinga","description":"Prosentdelen av utgiftene til NAV-leiarstillinga for kvar eigar, med høgst to desimalar og til saman 100. Malen tilrår 50/50 uavhengig av tilsetjingsforhold; avtaler eigarane noko anna, seier avtaleteksten det."},"type":"object","additionalProperties":false,"required":["state","municipal"],"properties":{"state":{"title":"Statens andel (%)","description":"Prosent av NAV-lederstillingen som staten dekker.","x-nn":{"title":"Delen til staten (%)","description":"Prosent av NAV-leiarstillinga som staten dekkjer."},"type":"number","minimum":0,"maximum":100,"default":50,"multipleOf":0.01,"format":"hundredths"},"municipal":{"title":"Kommunens andel (%)","description":"Prosent av NAV-lederstillingen som kommunen(e) dekker.","x-nn":{"title":"Delen til kommunen (%)","description":"Prosent av NAV-leiarstillinga som kommunen (kommunane) dekkjer."},"type":"number","minimum":0,"maximum":100,"default":50,"multipleOf":0.01,"format":"hundredths"}}},"managerMunicipalSplit":{"title":"Fordeling av kommunenes andel av NAV-lederstillingen","description":"Bare ved Alternativ 2: hvordan kommunenes andel av NAV-lederstillingen fordeles mellom kommunene.","x-nn":{"title":"Fordeling av delen til kommunane av NAV-leiarstillinga","description":"Berre ved Alternativ 2: korleis delen til kommunane av NAV-leiarstillinga blir fordelt mellom kommunane.","enumLabels":{"årsverk":"Etter årsverka til kommunane","likt":"Likt mellom kommunane","vertskommunen":"Vertskommunen dekkjer heile delen til kommunane"}},"type":"string","enum":["årsverk","likt","vertskommunen"],"x-enumLabels":{"årsverk":"Etter kommunenes årsverk","likt":"Likt mellom kommunene","vertskommunen":"Vertskommunen dekker hele kommunenes andel"},"default":"årsverk"},"annualBudget":{"title":"Felles driftsutgifter per år (kr)","description":"Budsjetterte felles driftsutgifter i hele kroner per år, som fordeles etter årsverk.","x-nn":{"title":"Felles driftsutgifter per år (kr)","description":"Budsjetterte felles driftsutgifter i heile kroner per år, som blir fordelte etter årsverk."},"type":"integer","minimum":0,"maximum":10000000000},"managerPostCost":{"title":"Utgifter til NAV-lederstillingen per år (kr)","description":"Lønn og sosiale kostnader for NAV-lederstillingen i hele kroner per år.","x-nn":{"title":"Utgifter til NAV-leiarstillinga per år (kr)","description":"Løn og sosiale kostnader for NAV-leiarstillinga i heile kroner per år."},"type":"integer","minimum":0,"maximum":100000000},"invoicing":{"title":"Fakturering","description":"Faktureringstidspunkter og -måter, for eksempel «halvårlig etterskuddsvis».","x-nn":{"title":"Fakturering","description":"Tidspunkt og måtar for fakturering, til dømes «halvårleg etterskotsvis»."},"$ref":"#/definitions/text"},"payments":{"title":"Betaling og avregning","description":"Hvor ofte eierne betaler, om det betales a konto, når årsavregningen gjøres og hvem som fakturerer.","x-nn":{"title":"Betaling og avrekning","description":"Kor ofte eigarane betaler, om det blir betalt a konto, når årsavrekninga blir gjord, og kven som fakturerer."},"type":"object","additionalProperties":false,"required":["frequency"],"properties":{"frequency":{"title":"Betalingshyppighet","description":"Hvor ofte eierne betaler.","x-nn":{"title":"Kor ofte det blir betalt","description":"Kor ofte eigarane betaler.","enumLabels":{"månedlig":"Kvar månad","kvartalsvis":"Kvart kvartal","halvårlig":"Kvart halvår","årlig":"Éin gong i året"}},"type":"string","enum":["månedlig","kvartalsvis","halvårlig","årlig"],"x-enumLabels":{"månedlig":"Hver måned","kvartalsvis":"Hvert kvartal","halvårlig":"Hvert halvår","årlig":"Én gang i året"},"default":"kvartalsvis"},"aKonto":{"title":"Betaling a konto","description":"Eierne betaler a konto gjennom året, og utgiftene avregnes endelig etter årets slutt.","x-nn":{"title":"Betaling a konto","description":"Eigarane betaler a konto gjennom året, og utgiftene blir endeleg avrekna etter slutten av året."},"type":"boolean","default":true},"settlementMonth":{"title":"Årsavregning innen utgangen av måned","description":"Måneden året etter (1–12) da den endelige årsavregningen skal være gjort, for eksempel 3 for mars.","x-nn":{"title":"Årsavrekning innan utgangen av månad","description":"Månaden året etter (1–12) då den endelege årsavrekninga skal vere gjord, til dømes 3 for mars."},"type":"integer","minimum":1,"maximum":12},"invoicingParty":{"title":"Hvem fakturerer","description":"Eieren som sender faktura til den andre.","x-nn":{"title":"Kven fakturerer","description":"Eigaren som sender faktura til den andre.","enumLabels":{"stat":"Arbeids- og velferdsetaten","kommune":"Kommunen"}},"type":"string","enum":["stat","kommune"],"x-enumLabels":{"stat":"Arbeids- og velferdsetaten","kommune":"Kommunen"}}}},"firstYearProRata":{"title":"Forholdsmessig første år","description":"Når avtalen begynner etter 1. januar, betales en forholdsmessig del av årsbeløpene det første året (hele gjenstående måneder / 12).","x-nn":{"title":"Forholdsmessig første år","description":"Når avtalen tek til etter 1. januar, blir ein forholdsmessig del av årsbeløpa betalt det første året (heile månader som står att / 12)."},"type":"boolean","default":false}},"if":{"properties":{"allocationKey":{"const":"avtalt"}},"required":["allocationKey"]},"then":{"required":["agreedShares"]},"else":{"required":["stateFte","fte"]}},"services":{"title":"Tjenestetilbud","description":"Statlige tjenester, kommunens lovpålagte minimum og andre kommunale tjenester i NAV-kontoret.","x-nn":{"title":"Tenestetilbod","description":"Statlege tenester, det lovpålagde minimumet til kommunen og andre kommunale tenester i NAV-kontoret."},"x-section":"4.0","type":"object","additionalProperties":false,"required":["stateServices","statutoryMunicipalServices"],"properties":{"stateServices":{"title":"Statlige tjenester","description":"Arbeids- og velferdsetatens tjenester kontoret har ansvaret for.","x-nn":{"title":"Statlege tenester","description":"Tenestene til Arbeids- og velferdsetaten som kontoret har ansvaret for."},"type":"array","minItems":1,"maxItems":30,"x-identity":"value","items":{"title":"Statlig tjeneste","description":"Én tjeneste.","x-nn":{"title":"Statleg teneste","description":"Éi teneste."},"$ref":"#/definitions/text"},"default":["Ansvar for å levere tjenester på området arbeidsrettet brukeroppfølging; herunder oppfølging av arbeidssøkere uten ytelser, oppfølging av arbeidssøkere som mottar dagpenger, arbeidsavklaringspenger, sykepenger, overgangsstønad, uføretrygd og tiltakspenger","Oppfølging av arbeidsmarkedet og arbeidsgivere"]},"statutoryMunicipalServices":{"title":"Lovpålagte kommunale tjenester","description":"Minimumet etter NAV-loven og sosialtjenesteloven. Alle fem skal være med.","x-nn":{"title":"Lovpålagde kommunale tenester","description":"Minimumet etter NAV-lova og sosialtenestelova. Alle fem skal vere med."},"type":"array","maxItems":5,"uniqueItems":true,"x-identity":"value","x-locked":true,"items":{"title":"Lovpålagt tjeneste","description":"Én av de fem lovpålagte tjenestene.","x-nn":{"title":"Lovpålagd teneste","description":"Éi av dei fem lovpålagde tenestene.","enumLabels":{"økonomisk stønad":"økonomisk stønad","råd og veiledning":"råd og rettleiing","kvalifiseringsprogrammet":"kvalifiseringsprogrammet","midlertidig bolig":"mellombels bustad","individuell plan":"individuell plan"}},"type":"string","enum":["økonomisk stønad","råd og veiledning","kvalifiseringsprogrammet","midlertidig bolig","individuell plan"]},"default":["økonomisk stønad","råd og veiledning","kvalifiseringsprogrammet","midlertidig bolig","individuell plan"]},"additionalMunicipalServices":{"title":"Andre kommunale tjenester","description":"Kommunale tjenester i kontoret ut over lovens minimum, for eksempel «rustjenester» eller «flyktningtjenesten».","x-nn":{"title":"Andre kommunale tenester","description":"Kommunale tenester i kontoret ut over minimumet i lova, til dømes «rustenester» eller «flyktningtenesta»."},"type":"array","maxItems":50,"x-identity":"value","items":{"title":"Kommunal tjeneste","description":"Én tjeneste.","x-nn":{"title":"Kommunal teneste","description":"Éi teneste."},"$ref":"#/definitions/text"}}}},"userParticipation":{"title":"Brukermedvirkning","description":"Hvordan brukermedvirkning ivaretas på individnivå og systemnivå.","x-nn":{"title":"Brukarmedverknad","description":"Korleis brukarmedverknad blir teken vare på på individnivå og systemnivå."},"x-section":"5.0","type":"object","additionalProperties":false,"required":[],"properties":{"individualLevel":{"title":"Brukermedvirkning på individnivå","description":"Hvordan brukeren får en reell stemme i egen sak.","x-nn":{"title":"Brukarmedverknad på individnivå","description":"Korleis brukaren får ei reell stemme i eiga sak."},"$ref":"#/definitions/text"},"systemLevel":{"title":"Brukermedvirkning på systemnivå","description":"For eksempel brukerutvalg og hvordan det brukes.","x-nn":{"title":"Brukarmedverknad på systemnivå","description":"Til dømes brukarutval og korleis det blir brukt."},"$ref":"#/definitions/text"},"navAppointsUserCouncil":{"title":"NAV utpeker representanter til brukerutvalget","description":"Foreslått av NAV Nordland: avtalen slår fast at NAV har myndighet til å utpeke representanter til brukerutvalget.","x-nn":{"title":"NAV peikar ut representantar til brukarutvalet","description":"Føreslått av NAV Nordland: avtalen slår fast at NAV har mynde til å peike ut representantar til brukarutvalet."},"type":"boolean","default":false}}},"cooperation":{"title":"Samhandling med øvrige tjenestetilbud","description":"Samarbeidsavtaler og -rutiner med andre kommunale og statlige tjenester.","x-nn":{"title":"Samhandling med andre tenestetilbod","description":"Samarbeidsavtalar og -rutinar med andre kommunale og statlege tenester."},"x-section":"6.0","type":"object","additionalProperties":false,"required":[],"properties":{"agreements":{"title":"Samarbeidsavtaler og -rutiner","description":"For eksempel «Samarbeidsavtale med Nordlandssykehuset om IPS».","x-nn":{"title":"Samarbeidsavtalar og -rutinar","description":"Til dømes «Samarbeidsavtale med Nordlandssykehuset om IPS»."},"type":"array","maxItems":50,"x-identity":"value","items":{"title":"Samarbeidsavtale","description":"Én avtale eller rutine.","x-nn":{"title":"Samarbeidsavtale","description":"Éin avtale eller rutine."},"$ref":"#/definitions/text"}}}},"disputeResolution":{"title":"Prinsipper for tvisteløsning ved uenighet","description":"Lokale forhandlinger først; fører de ikke fram, mekling ved statsforvalteren og deretter tvisteløsningsnemnd etter forskrift 12. mars 2007 nr. 294, for tvister som hindrer inngåelse eller gjennomføring av avtalen.","x-nn":{"title":"Prinsipp for tvisteløysing ved usemje","description":"Lokale forhandlingar først; fører dei ikkje fram, mekling ved statsforvaltaren og deretter tvisteløysingsnemnd etter forskrift 12. mars 2007 nr. 294, for tvistar som hindrar at avtalen blir inngått eller gjennomført."},"x-section":"7.0","type":"object","additionalProperties":false,"required":[],"properties":{"localProcedure":{"title":"Lokal framgangsmåte","description":"Eventuelt hvordan eierne vil søke å løse uenighet lokalt før tvisteløsning, for eksempel at saken først drøftes i partnerskapsmøtet.","x-nn":{"title":"Lokal framgangsmåte","description":"Eventuelt korleis eigarane vil freiste å løyse usemje lokalt før tvisteløysing, til dømes at saka først blir drøfta i partnarskapsmøtet."},"$ref":"#/definitions/text"}}},"externalAudit":{"title":"Revisjon","description":"Revisjonenes tilgang til det felles NAV-kontoret.","x-nn":{"title":"Revisjon","description":"Tilgangen revisjonane har til det felles NAV-kontoret."},"x-section":"8.0","type":"object","additionalProperties":false,"required":[],"properties":{"municipalAuditor":{"title":"Kommunens revisor","description":"For eksempel «Salten kommunerevisjon IKS».","x-nn":{"title":"Revisoren til kommunen","description":"Til dømes «Salten kommunerevisjon IKS»."},"$ref":"#/definitions/line"}}},"period":{"title":"Avtaleperiode","description":"Gyldighetsperiode og evalueringsintervall.","x-nn":{"title":"Avtaleperiode","description":"Kor lenge avtalen gjeld, og kor ofte den blir evaluert."},"x-section":"9.0","type":"object","additionalProperties":false,"required":["start"],"properties":{"start":{"title":"Gyldig fra","description":"Første dag avtalen gjelder (ÅÅÅÅ-MM-DD).","x-nn":{"title":"Gyldig frå","description":"Første dagen avtalen gjeld (ÅÅÅÅ-MM-DD)."},"$ref":"#/definitions/date"},"end":{"title":"Gyldig til","description":"Siste dag avtalen gjelder (ÅÅÅÅ-MM-DD). Utelates når avtalen gjelder til ny avtale er inngått.","x-nn":{"title":"Gyldig til","description":"Siste dagen avtalen gjeld (ÅÅÅÅ-MM-DD). Blir utelaten når avtalen gjeld til ny avtale er inngått."},"$ref":"#/definitions/date"},"evaluationIntervalYears":{"title":"Evalueringsintervall (år)","description":"Hvor mange år det går mellom hver evaluering og revisjon av avtalen.","x-nn":{"title":"Evalueringsintervall (år)","description":"Kor mange år det går mellom kvar evaluering og revisjon av avtalen."},"type":"integer","minimum":1,"maximum":10,"default":2},"revisionDate":{"title":"Avtalt revisjonsdato","description":"Datoen eierne har avtalt å revidere avtalen (ÅÅÅÅ-MM-DD).","x-nn":{"title":"Avtalt revisjonsdato","description":"Datoen eigarane har avtalt å revidere avtalen (ÅÅÅÅ-MM-DD)."},"$ref":"#/definitions/date"}}},"signing":{"title":"Underskrift","description":"Sted, dato, signeringsmåte og hvem som underskriver for hver eier.","x-nn":{"title":"Underskrift","description":"Stad, dato, signeringsmåte og kven som skriv under for kvar eigar."},"type":"object","additionalProperties":false,"required":[],"properties":{"place":{"title":"Sted","description":"Stedet avtalen underskrives.","x-nn":{"title":"Stad","description":"Staden der avtalen blir underskriven."},"$ref":"#/definitions/line"},"date":{"title":"Dato","description":"Datoen avtalen underskrives (ÅÅÅÅ-MM-DD).","x-nn":{"title":"Dato","description":"Datoen avtalen blir underskriven (ÅÅÅÅ-MM-DD)."},"$ref":"#/definitions/date"},"method":{"title":"Signeringsmåte","description":"Håndskrevet: dokumentet får signaturlinjer. Elektronisk signering: dokumentet får ingen signaturlinjer, men underskrivernes navn og titler.","x-nn":{"title":"Signeringsmåte","description":"Handskriven: dokumentet får signaturliner. Elektronisk signering: dokumentet får ingen signaturliner, men namna og titlane til dei som skriv under.","enumLabels":{"håndskrevet":"Handskriven","elektronisk":"Elektronisk signering"}},"type":"string","enum":["håndskrevet","elektronisk"],"x-enumLabels":{"håndskrevet":"Håndskrevet","elektronisk":"Elektronisk signering"},"default":"håndskrevet"},"municipal":{"title":"Underskriver for kommunen","description":"Den som underskriver for kommunen (vertskommunen, eller bydelen), med tittel, for eksempel kommunedirektøren.","x-nn":{"title":"Underskrivar for kommunen","description":"Den som skriv under for kommunen (vertskommunen, eller bydelen), med tittel, til dømes kommunedirektøren."},"$ref":"#/definitions/signatory"},"state":{"title":"Underskriver for staten","description":"Den som underskriver for Arbeids- og velferdsetaten, med tittel, for eksempel direktøren for NAV fylke.","x-nn":{"title":"Underskrivar for staten","description":"Den som skriv under for Arbeids- og velferdsetaten, med tittel, til dømes direktøren for NAV fylke."},"$ref":"#/definitions/signatory"}}},"attachments":{"title":"Vedlegg","description":"Dokumenter som følger avtalen. Driftsavtale og delegasjonsvedtak skal være med; ved Alternativ 2 også vertskommuneavtalen.","x-nn":{"title":"Vedlegg","description":"Dokument som følgjer avtalen. Driftsavtale og delegasjonsvedtak skal vere med; ved Alternativ 2 òg vertskommuneavtalen."},"type":"array","maxItems":30,"x-identity":"title","items":{"title":"Vedlegg","description":"Ett vedlegg.","x-nn":{"title":"Vedlegg","description":"Eitt vedlegg."},"type":"object","additionalProperties":false,"required":["kind","title"],"properties":{"kind":{"title":"Type vedlegg","description":"Driftsavtale, delegasjonsvedtak, vertskommuneavtale eller annet.","x-nn":{"title":"Type vedlegg","description":"Driftsavtale, delegasjonsvedtak, vertskommuneavtale eller anna.","enumLabels":{"driftsavtale":"Driftsavtale","delegasjonsvedtak":"Delegasjonsvedtak","vertskommuneavtale":"Vertskommuneavtale etter kommunelova kapittel 20","annet":"Anna"}},"type":"string","enum":["driftsavtale","delegasjonsvedtak","vertskommuneavtale","annet"],"x-enumLabels":{"driftsavtale":"Driftsavtale","delegasjonsvedtak":"Delegasjonsvedtak","vertskommuneavtale":"Vertskommuneavtale etter kommuneloven kapittel 20","annet":"Annet"}},"title":{"title":"Tittel","description":"Tittelen på vedlegget.","x-nn":{"title":"Tittel","description":"Tittelen på vedlegget."},"$ref":"#/definitions/line"},"date":{"title":"Dato","description":"Datoen på vedlegget (ÅÅÅÅ-MM-DD).","x-nn":{"title":"Dato","description":"Datoen på vedlegget (ÅÅÅÅ-MM-DD)."},"$ref":"#/definitions/date"}}},"default":[{"kind":"driftsavtale","title":"Driftsavtale"},{"kind":"delegasjonsvedtak","title":"Delegasjonsvedtak"}]},"checklist":{"title":"Til vurdering","description":"Svarene på spørsmålene «Til vurdering» i veilederen, per spørsmål.","x-nn":{"title":"Til vurdering","description":"Svara på spørsmåla «Til vurdering» i rettleiaren, per spørsmål."},"type":"object","x-checklist":true,"propertyNames":{"title":"Spørsmål-id","description":"Id-en til spørsmålet i veilederen, for eksempel «3.7-2».","x-nn":{"title":"Spørsmål-id","description":"Id-en til spørsmålet i rettleiaren, til dømes «3.7-2»."},"enum":["1.0-1","2.0-1","2.0-2","2.0-3","2.0-4","2.1-1","2.1-2","2.1-3","2.1-4","2.1-5","2.1-6","3.1-1","3.1-2","3.1-3","3.1-4","3.2-1","3.2-2","3.2-3","3.3-1","3.3-2","3.3-3","3.3-4","3.4-1","3.4-2","3.4-3","3.5-1","3.6-1","3.6-2","3.7-1","3.7-2","3.7-3","3.7-4","3.8-1","3.8-2","4.0-1","4.0-2","5.0-1","5.0-2","6.0-1","6.0-2","7.0-1","8.0-1","9.0-1","9.0-2"]},"additionalProperties":{"title":"Svar","description":"Vurderingen av ett spørsmål.","x-nn":{"title":"Svar","description":"Vurderinga av eitt spørsmål."},"type":"object","additionalProperties":false,"required":["status"],"properties":{"status":{"title":"Vurdering","description":"Ja, nei, delvis eller ikke relevant.","x-nn":{"title":"Vurdering","description":"Ja, nei, delvis eller ikkje relevant.","enumLabels":{"ja":"Ja","nei":"Nei","delvis":"Delvis","ikke relevant":"Ikkje relevant"}},"type":"string","enum":["ja","nei","delvis","ikke relevant"],"x-enumLabels":{"ja":"Ja","nei":"Nei","delvis":"Delvis","ikke relevant":"Ikke relevant"}},"comment":{"title":"Kommentar","description":"Begrunnelse eller oppfølging.","x-nn":{"title":"Kommentar","description":"Grunngiving eller oppfølging."},"x-internal":true,"$ref":"#/definitions/text"},"answeredBy":{"title":"Vurdert av","description":"Hvem som vurderte spørsmålet.","x-nn":{"title":"Vurdert av","description":"Kven som vurderte spørsmålet."},"$ref":"#/definitions/line"},"answeredAt":{"title":"Vurdert dato","description":"Datoen spørsmålet ble vurdert (ÅÅÅÅ-MM-DD).","x-nn":{"title":"Vurdert dato","description":"Datoen då spørsmålet blei vurdert (ÅÅÅÅ-MM-DD)."},"$ref":"#/definitions/date"}}}}},"definitions":{"text":{"title":"Tekst","description":"Fritekst; linjeskift gir nytt avsnitt.","x-nn":{"title":"Tekst","description":"Fritekst; linjeskift gir nytt avsnitt."},"type":"string","minLength":1,"maxLength":5000,"pattern":"\\S","format":"xml-text"},"line":{"title":"Tekstlinje","description":"Kort tekst på én linje.","x-nn":{"title":"Tekstline","description":"Kort tekst på éi line."},"type":"string","minLength":1,"maxLength":200,"pattern":"^[^\\n\\r]*\\S[^\\n\\r]*$","format":"xml-text"},"navName":{"title":"NAV-navn","description":"Navn som begynner med «NAV » eller «Nav ».","x-nn":{"title":"NAV-namn","description":"Namn som byrjar med «NAV » eller «Nav »."},"type":"string","maxLength":100,"pattern":"^(NAV|Nav) [^\\n\\r]*\\S$","format":"xml-text"},"date":{"title":"Dato","description":"Dato som ÅÅÅÅ-MM-DD.","x-nn":{"title":"Dato","description":"Dato som ÅÅÅÅ-MM-DD."},"type":"string","format":"date"},"clock":{"title":"Klokkeslett","description":"Klokkeslett som TT:MM.","x-nn":{"title":"Klokkeslett","description":"Klokkeslett som TT:MM."},"type":"string","pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$"},"weekday":{"title":"Ukedag","description":"En ukedag.","x-nn":{"title":"Vekedag","description":"Ein vekedag.","enumLabels":{"mandag":"måndag","tirsdag":"tysdag","onsdag":"onsdag","torsdag":"torsdag","fredag":"fredag","lørdag":"laurdag","søndag":"sundag"}},"type":"string","enum":["mandag","tirsdag","onsdag","torsdag","fredag","lørdag","søndag"]},"municipalityNumber":{"title":"Kommunenummer","description":"Fire sifre for en kommune, der de to første er fylkesnummeret, for eksempel «1841» for Fauske; seks sifre for en bydel i Oslo, for eksempel «030113».","x-nn":{"title":"Kommunenummer","description":"Fire siffer for ein kommune, der dei to første er fylkesnummeret, til dømes «1841» for Fauske; seks siffer for ein bydel i Oslo, til dømes «030113»."},"type":"string","pattern":"^[0-9]{4}$|^0301[0-9]{2}$"},"municipality":{"title":"Kommune eller bydel","description":"En kommune (eller en bydel i Oslo) med navn, nummer og organisasjonsnummer.","x-nn":{"title":"Kommune eller bydel","description":"Ein kommune (eller ein bydel i Oslo) med namn, nummer og organisasjonsnummer."},"type":"object","additionalProperties":false,"required":["name","number","orgNumber"],"properties":{"kind":{"title":"Type part","description":"Kommune, eller bydel i Oslo kommune. En bydel kan bare være part ved Alternativ 1, i kommunens sted.","x-nn":{"title":"Type part","description":"Kommune, eller bydel i Oslo kommune. Ein bydel kan berre vere part ved Alternativ 1, i staden for kommunen.","enumLabels":{"kommune":"Kommune","bydel":"Bydel i Oslo kommune"}},"type":"string","enum":["kommune","bydel"],"x-enumLabels":{"kommune":"Kommune","bydel":"Bydel i Oslo kommune"},"default":"kommune"},"name":{"title":"Kommunens navn","description":"Navnet kommunen (eller bydelen) bruker om seg selv, for eksempel «Fauske kommune», «Hamarøy kommune», «Bydel Østensjø» eller «Divtasvuona suohkan».","x-nn":{"title":"Namnet på kommunen","description":"Namnet kommunen (eller bydelen) bruker om seg sjølv, til dømes «Fauske kommune», «Hamarøy kommune», «Bydel Østensjø» eller «Divtasvuona suohkan»."},"$ref":"#/definitions/line"},"samiName":{"title":"Samisk navn","description":"Kommunens navn på samisk, der kommunen har det, for eksempel «Hábmer».","x-nn":{"title":"Samisk namn","description":"Namnet på kommunen på samisk, der kommunen har det, til dømes «Hábmer»."},"$ref":"#/definitions/line"},"number":{"title":"Kommunenummer eller bydelsnummer","description":"Fire sifre for en kommune, for eksempel «1841»; for en bydel i Oslo bydelsnummeret, seks sifre, for eksempel «030113».","x-nn":{"title":"Kommunenummer eller bydelsnummer","description":"Fire siffer for ein kommune, til dømes «1841»; for ein bydel i Oslo bydelsnummeret, seks siffer, til dømes «030113»."},"$ref":"#/definitions/municipalityNumber"},"orgNumber":{"title":"Organisasjonsnummer","description":"Ni sifre fra Enhetsregisteret; det siste er et kontrollsiffer (modulus 11).","x-nn":{"title":"Organisasjonsnummer","description":"Ni siffer frå Einingsregisteret; det siste er eit kontrollsiffer (modulus 11)."},"type":"string","format":"organisasjonsnummer"},"caseNumber":{"title":"Saksnummer","description":"Partens saksnummer (arkivsak) for avtalen, for eksempel 25/1412.","x-nn":{"title":"Saksnummer","description":"Saksnummeret (arkivsaka) til parten for avtalen, til dømes 25/1412."},"$ref":"#/definitions/line"},"contact":{"title":"Kontaktperson","description":"Kontaktperson hos parten for avtalen. Intern opplysning: utelates i offentlig versjon (--offentlig).","x-nn":{"title":"Kontaktperson","description":"Kontaktperson hos parten for avtalen. Intern opplysning: blir utelaten i offentleg versjon (--offentlig)."},"x-internal":true,"$ref":"#/definitions/contact"},"approval":{"title":"Politisk godkjenning","description":"Vedtaket der kommunen sluttet seg til vertskommunesamarbeidet og avtalen (kommuneloven kapittel 20).","x-nn":{"title":"Politisk godkjenning","description":"Vedtaket der kommunen slutta seg til vertskommunesamarbeidet og avtalen (kommunelova kapittel 20)."},"type":"object","additionalProperties":false,"required":["body","date"],"properties":{"body":{"title":"Vedtaksorgan","description":"Organet som fattet vedtaket.","x-nn":{"title":"Vedtaksorgan","description":"Organet som gjorde vedtaket.","enumLabels":{"kommunestyret":"Kommunestyret","bystyret":"Bystyret","formannskapet":"Formannskapet","bydelsutvalget":"Bydelsutvalet","annet":"Anna organ"}},"type":"string","enum":["kommunestyret","bystyret","formannskapet","bydelsutvalget","annet"],"x-enumLabels":{"kommunestyret":"Kommunestyret","bystyret":"Bystyret","formannskapet":"Formannskapet","bydelsutvalget":"Bydelsutvalget","annet":"Annet organ"}},"bodyName":{"title":"Navn på organet","description":"Navnet på organet når det ikke er et av valgene, for eksempel «hovedutvalg for helse og omsorg».","x-nn":{"title":"Namnet på organet","description":"Namnet på organet når det ikkje er eitt av vala, til dømes «hovudutval for helse og omsorg»."},"$ref":"#/definitions/line"},"date":{"title":"Vedtaksdato","description":"Datoen vedtaket ble fattet (ÅÅÅÅ-MM-DD).","x-nn":{"title":"Vedtaksdato","description":"Datoen då vedtaket blei gjort (ÅÅÅÅ-MM-DD)."},"$ref":"#/definitions/date"},"caseNumber":{"title":"Saksnummer","description":"Saksnummeret til vedtaket, for eksempel 25/1412.","x-nn":{"title":"Saksnummer","description":"Saksnummeret til vedtaket, til dømes 25/1412."},"$ref":"#/definitions/line"}},"if":{"properties":{"body":{"const":"annet"}},"required":["body"]},"then":{"required":["bodyName"]}}},"if":{"properties":{"kind":{"const":"bydel"}},"required":["kind"]},"then":{"properties":{"number":{"type":"string","pattern":"^0301[0-9]{2}$"}}},"else":{"properties":{"number":{"type":"string","pattern":"^[0-9]{4}$"}}}},"contact":{"title":"Kontaktperson","description":"Navn og eventuelt tittel, e-post og telefon.","x-nn":{"title":"Kontaktperson","description":"Namn og eventuelt tittel, e-post og telefon."},"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"title":"Navn","description":"Kontaktpersonens navn.","x-nn":{"title":"Namn","description":"Namnet på kontaktpersonen."},"$ref":"#/definitions/line"},"title":{"title":"Tittel","description":"Kontaktpersonens tittel, for eksempel «rådgiver».","x-nn":{"title":"Tittel","description":"Tittelen til kontaktpersonen, til dømes «rådgivar»."},"$ref":"#/definitions/line"},"email":{"title":"E-post","description":"E-postadresse, for eksempel «ola.nordmann@bodo.kommune.no».","x-nn":{"title":"E-post","description":"E-postadresse, til dømes «ola.nordmann@bodo.kommune.no»."},"type":"string","maxLength":200,"pattern":"^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$"},"phone":{"title":"Telefon","description":"Telefonnummer, 8 til 15 sifre, gjerne med landskode, for eksempel «+47 75 55 50 00».","x-nn":{"title":"Telefon","description":"Telefonnummer, 8 til 15 siffer, gjerne med landskode, til dømes «+47 75 55 50 00»."},"type":"string","pattern":"^\\+?[0-9 ]{8,15}$"}}},"signatory":{"title":"Underskriver","description":"Navn, tittel og eventuelt fullmakt for den som underskriver.","x-nn":{"title":"Underskrivar","description":"Namn, tittel og eventuelt fullmakt for den som skriv under."},"type":"object","additionalProperties":false,"required":["name","title"],"properties":{"name":{"title":"Navn","description":"Navnet på den som underskriver.","x-nn":{"title":"Namn","description":"Namnet på den som skriv under."},"$ref":"#/definitions/line"},"title":{"title":"Tittel","description":"Tittelen til den som underskriver, for eksempel «kommunedirektør», «konstituert kommunedirektør», «bydelsdirektør», «direktør» eller «fylkesdirektør».","x-nn":{"title":"Tittel","description":"Tittelen til den som skriv under, til dømes «kommunedirektør», «konstituert kommunedirektør», «bydelsdirektør», «direktør» eller «fylkesdirektør»."},"$ref":"#/definitions/line"},"authority":{"title":"Fullmakt","description":"Når underskriveren handler etter fullmakt, for eksempel «etter fullmakt fra kommunedirektøren». Vises under navnet.","x-nn":{"title":"Fullmakt","description":"Når underskrivaren handlar etter fullmakt, til dømes «etter fullmakt frå kommunedirektøren». Blir vist under namnet."},"$ref":"#/definitions/line"}}},"site":{"title":"Lokasjon","description":"Ett sted kontoret tar imot publikum.","x-nn":{"title":"Lokasjon","description":"Éin stad der kontoret tek imot publikum."},"type":"object","additionalProperties":false,"required":["name","role","municipality","address","openingHours"],"properties":{"name":{"title":"Navn på lokasjonen","description":"For eksempel «Fauske» eller «Rognan».","x-nn":{"title":"Namnet på lokasjonen","description":"Til dømes «Fauske» eller «Rognan»."},"$ref":"#/definitions/line"},"role":{"title":"Type lokasjon","description":"Hovedkontor, avdelingskontor eller lokalt servicepunkt.","x-nn":{"title":"Type lokasjon","description":"Hovudkontor, avdelingskontor eller lokalt servicepunkt.","enumLabels":{"hovedkontor":"Hovudkontor","avdelingskontor":"Avdelingskontor","servicepunkt":"Lokalt servicepunkt"}},"type":"string","enum":["hovedkontor","avdelingskontor","servicepunkt"],"x-enumLabels":{"hovedkontor":"Hovedkontor","avdelingskontor":"Avdelingskontor","servicepunkt":"Lokalt servicepunkt"},"default":"hovedkontor"},"municipality":{"title":"Kommune","description":"Kommunenummeret (eller bydelsnummeret) der lokasjonen ligger. Kommunen må være part i avtalen.","x-nn":{"title":"Kommune","description":"Kommunenummeret (eller bydelsnummeret) der lokasjonen ligg. Kommunen må vere part i avtalen."},"$ref":"#/definitions/municipalityNumber"},"address":{"title":"Adresse","description":"Besøksadressen til NAV-kontoret.","x-nn":{"title":"Adresse","description":"Besøksadressa til NAV-kontoret."},"type":"object","additionalProperties":false,"required":["street","postalCode","city"],"properties":{"street":{"title":"Gateadresse","description":"Gate og husnummer, for eksempel «Sjøgata 55».","x-nn":{"title":"Gateadresse","description":"Gate og husnummer, til dømes «Sjøgata 55»."},"$ref":"#/definitions/line"},"postalCode":{"title":"Postnummer","description":"Fire sifre, for eksempel «8200».","x-nn":{"title":"Postnummer","description":"Fire siffer, til dømes «8200»."},"type":"string","pattern":"^[0-9]{4}$"},"city":{"title":"Poststed","description":"For eksempel «Fauske».","x-nn":{"title":"Poststad","description":"Til dømes «Fauske»."},"$ref":"#/definitions/line"}}},"openingHours":{"title":"Åpningstider","description":"Dagene og klokkeslettene lokasjonen er åpen for publikum. Dager som ikke står her, er stengt.","x-nn":{"title":"Opningstider","description":"Dagane og klokkesletta lokasjonen er open for publikum. Dagar som ikkje står her, er stengde."},"type":"array","minItems":0,"maxItems":14,"items":{"$ref":"#/definitions/openingHours"}},"byAppointment":{"title":"Ellers etter avtale","description":"Lokasjonen tar ellers imot etter avtale («… og ellers etter avtale»).","x-nn":{"title":"Elles etter avtale","description":"Lokasjonen tek elles imot etter avtale («… og elles etter avtale»)."},"type":"boolean","default":false},"note":{"title":"Merknad om åpningstider","description":"For eksempel «stengt i juli».","x-nn":{"title":"Merknad om opningstider","description":"Til dømes «stengt i juli»."},"$ref":"#/definitions/line"}}},"openingHours":{"title":"Åpningstid","description":"Én dag eller et sammenhengende dagsintervall med samme åpningstid.","x-nn":{"title":"Opningstid","description":"Éin dag eller eit samanhengande dagsintervall med same opningstid."},"type":"object","additionalProperties":false,"required":["fromDay","opens","closes"],"properties":{"fromDay":{"title":"Fra ukedag","description":"Første ukedag med denne åpningstiden (eller den eneste).","x-nn":{"title":"Frå vekedag","description":"Første vekedagen med denne opningstida (eller den einaste)."},"$ref":"#/definitions/weekday","default":"mandag"},"toDay":{"title":"Til ukedag","description":"Siste ukedag med denne åpningstiden. Utelates når tiden gjelder én dag.","x-nn":{"title":"Til vekedag","description":"Siste vekedagen med denne opningstida. Blir utelaten når tida gjeld éin dag."},"$ref":"#/definitions/weekday","default":"fredag"},"opens":{"title":"Åpner kl.","description":"Klokkeslett som TT:MM, for eksempel «09:00».","x-nn":{"title":"Opnar kl.","description":"Klokkeslett som TT:MM, til dømes «09:00»."},"$ref":"#/definitions/clock","default":"09:00"},"closes":{"title":"Stenger kl.","description":"Klokkeslett som TT:MM, for eksempel «15:00».","x-nn":{"title":"Stengjer kl.","description":"Klokkeslett som TT:MM, til dømes «15:00»."},"$ref":"#/definitions/clock","default":"15:00"},"kind":{"title":"Type åpningstid","description":"Åpent for alle, drop-in eller bare timeavtale.","x-nn":{"title":"Type opningstid","description":"Ope for alle, drop-in eller berre timeavtale.","enumLabels":{"åpent":"Ope","drop-in":"Drop-in","timeavtale":"Berre timeavtale"}},"type":"string","enum":["åpent","drop-in","timeavtale"],"x-enumLabels":{"åpent":"Åpent","drop-in":"Drop-in","timeavtale":"Bare timeavtale"},"default":"åpent"}}},"leader":{"title":"Leder","description":"En av de to lederne ved delt ledelse: stilling, tilsettingsvilkår, ledergruppe og rapportering.","x-nn":{"title":"Leiar","description":"Ein av dei to leiarane ved delt leiing: stilling, tilsetjingsvilkår, leiargruppe og rapportering."},"type":"object","additionalProperties":false,"required":["position","terms","leaderGroup","reportsTo"],"properties":{"position":{"title":"Stilling","description":"Lederens stilling slik den skal stå i avtalen, med liten forbokstav, for eksempel «leder for sosialtjenesten» eller «NAV-leder stat».","x-nn":{"title":"Stilling","description":"Stillinga til leiaren slik den skal stå i avtalen, med liten forbokstav, til dømes «leiar for sosialtenesta» eller «NAV-leiar stat»."},"$ref":"#/definitions/line"},"terms":{"title":"Tilsettingsvilkår","description":"Om lederen er tilsatt på kommunale eller statlige vilkår.","x-nn":{"title":"Tilsetjingsvilkår","description":"Om leiaren er tilsett på kommunale eller statlege vilkår.","enumLabels":{"kommunale":"Kommunale vilkår","statlige":"Statlege vilkår"}},"type":"string","enum":["kommunale","statlige"],"x-enumLabels":{"kommunale":"Kommunale vilkår","statlige":"Statlige vilkår"}},"leaderGroup":{"title":"Ledergruppe","description":"Lederen for ledergruppen lederen er plassert i, for eksempel «kommunedirektøren» eller «direktøren for NAV Nordland».","x-nn":{"title":"Leiargruppe","description":"Leiaren for leiargruppa leiaren er plassert i, til dømes «kommunedirektøren» eller «direktøren for NAV Nordland»."},"$ref":"#/definitions/line"},"reportsTo":{"title":"Rapporterer til","description":"Hvem lederen rapporterer til, for eksempel «kommunalsjef for helse og velferd».","x-nn":{"title":"Rapporterer til","description":"Kven leiaren rapporterer til, til dømes «kommunalsjef for helse og velferd»."},"$ref":"#/definitions/line"}}}}};
const func2 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp("^[0-9]{1,3}(\\.[0-9]{1,3})?$", "u");
const pattern12 = new RegExp("^stat$|^[0-9]{4}$|^0301[0-9]{2}$", "u");
const schema7 = {"title":"Dato","description":"Dato som ÅÅÅÅ-MM-DD.","x-nn":{"title":"Dato","description":"Dato som ÅÅÅÅ-MM-DD."},"type":"string","format":"date"};
const formats0 = formats.date;

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(!(formats0.validate(data))){
const err0 = {instancePath,schemaPath:"#/format",keyword:"format",params:{format: "date"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}

const schema8 = {"title":"Kommune eller bydel","description":"En kommune (eller en bydel i Oslo) med navn, nummer og organisasjonsnummer.","x-nn":{"title":"Kommune eller bydel","description":"Ein kommune (eller ein bydel i Oslo) med namn, nummer og organisasjonsnummer."},"type":"object","additionalProperties":false,"required":["name","number","orgNumber"],"properties":{"kind":{"title":"Type part","description":"Kommune, eller bydel i Oslo kommune. En bydel kan bare være part ved Alternativ 1, i kommunens sted.","x-nn":{"title":"Type part","description":"Kommune, eller bydel i Oslo kommune. Ein bydel kan berre vere part ved Alternativ 1, i staden for kommunen.","enumLabels":{"kommune":"Kommune","bydel":"Bydel i Oslo kommune"}},"type":"string","enum":["kommune","bydel"],"x-enumLabels":{"kommune":"Kommune","bydel":"Bydel i Oslo kommune"},"default":"kommune"},"name":{"title":"Kommunens navn","description":"Navnet kommunen (eller bydelen) bruker om seg selv, for eksempel «Fauske kommune», «Hamarøy kommune», «Bydel Østensjø» eller «Divtasvuona suohkan».","x-nn":{"title":"Namnet på kommunen","description":"Namnet kommunen (eller bydelen) bruker om seg sjølv, til dømes «Fauske kommune», «Hamarøy kommune», «Bydel Østensjø» eller «Divtasvuona suohkan»."},"$ref":"#/definitions/line"},"samiName":{"title":"Samisk navn","description":"Kommunens navn på samisk, der kommunen har det, for eksempel «Hábmer».","x-nn":{"title":"Samisk namn","description":"Namnet på kommunen på samisk, der kommunen har det, til dømes «Hábmer»."},"$ref":"#/definitions/line"},"number":{"title":"Kommunenummer eller bydelsnummer","description":"Fire sifre for en kommune, for eksempel «1841»; for en bydel i Oslo bydelsnummeret, seks sifre, for eksempel «030113».","x-nn":{"title":"Kommunenummer eller bydelsnummer","description":"Fire siffer for ein kommune, til dømes «1841»; for ein bydel i Oslo bydelsnummeret, seks siffer, til dømes «030113»."},"$ref":"#/definitions/municipalityNumber"},"orgNumber":{"title":"Organisasjonsnummer","description":"Ni sifre fra Enhetsregisteret; det siste er et kontrollsiffer (modulus 11).","x-nn":{"title":"Organisasjonsnummer","description":"Ni siffer frå Einingsregisteret; det siste er eit kontrollsiffer (modulus 11)."},"type":"string","format":"organisasjonsnummer"},"caseNumber":{"title":"Saksnummer","description":"Partens saksnummer (arkivsak) for avtalen, for eksempel 25/1412.","x-nn":{"title":"Saksnummer","description":"Saksnummeret (arkivsaka) til parten for avtalen, til dømes 25/1412."},"$ref":"#/definitions/line"},"contact":{"title":"Kontaktperson","description":"Kontaktperson hos parten for avtalen. Intern opplysning: utelates i offentlig versjon (--offentlig).","x-nn":{"title":"Kontaktperson","description":"Kontaktperson hos parten for avtalen. Intern opplysning: blir utelaten i offentleg versjon (--offentlig)."},"x-internal":true,"$ref":"#/definitions/contact"},"approval":{"title":"Politisk godkjenning","description":"Vedtaket der kommunen sluttet seg til vertskommunesamarbeidet og avtalen (kommuneloven kapittel 20).","x-nn":{"title":"Politisk godkjenning","description":"Vedtaket der kommunen slutta seg til vertskommunesamarbeidet og avtalen (kommunelova kapittel 20)."},"type":"object","additionalProperties":false,"required":["body","date"],"properties":{"body":{"title":"Vedtaksorgan","description":"Organet som fattet vedtaket.","x-nn":{"title":"Vedtaksorgan","description":"Organet som gjorde vedtaket.","enumLabels":{"kommunestyret":"Kommunestyret","bystyret":"Bystyret","formannskapet":"Formannskapet","bydelsutvalget":"Bydelsutvalet","annet":"Anna organ"}},"type":"string","enum":["kommunestyret","bystyret","formannskapet","bydelsutvalget","annet"],"x-enumLabels":{"kommunestyret":"Kommunestyret","bystyret":"Bystyret","formannskapet":"Formannskapet","bydelsutvalget":"Bydelsutvalget","annet":"Annet organ"}},"bodyName":{"title":"Navn på organet","description":"Navnet på organet når det ikke er et av valgene, for eksempel «hovedutvalg for helse og omsorg».","x-nn":{"title":"Namnet på organet","description":"Namnet på organet når det ikkje er eitt av vala, til dømes «hovudutval for helse og omsorg»."},"$ref":"#/definitions/line"},"date":{"title":"Vedtaksdato","description":"Datoen vedtaket ble fattet (ÅÅÅÅ-MM-DD).","x-nn":{"title":"Vedtaksdato","description":"Datoen då vedtaket blei gjort (ÅÅÅÅ-MM-DD)."},"$ref":"#/definitions/date"},"caseNumber":{"title":"Saksnummer","description":"Saksnummeret til vedtaket, for eksempel 25/1412.","x-nn":{"title":"Saksnummer","description":"Saksnummeret til vedtaket, til dømes 25/1412."},"$ref":"#/definitions/line"}},"if":{"properties":{"body":{"const":"annet"}},"required":["body"]},"then":{"required":["bodyName"]}}},"if":{"properties":{"kind":{"const":"bydel"}},"required":["kind"]},"then":{"properties":{"number":{"type":"string","pattern":"^0301[0-9]{2}$"}}},"else":{"properties":{"number":{"type":"string","pattern":"^[0-9]{4}$"}}}};
const pattern2 = new RegExp("^0301[0-9]{2}$", "u");
const pattern3 = new RegExp("^[0-9]{4}$", "u");
const schema9 = {"title":"Tekstlinje","description":"Kort tekst på én linje.","x-nn":{"title":"Tekstline","description":"Kort tekst på éi line."},"type":"string","minLength":1,"maxLength":200,"pattern":"^[^\\n\\r]*\\S[^\\n\\r]*$","format":"xml-text"};
const formats2 = formats["xml-text"];
const func3 = __ucs2length;
const pattern4 = new RegExp("^[^\\n\\r]*\\S[^\\n\\r]*$", "u");

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(func3(data) > 200){
const err0 = {instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 200}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func3(data) < 1){
const err1 = {instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern4.test(data)){
const err2 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*\\S[^\\n\\r]*$"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(formats2.validate(data))){
const err3 = {instancePath,schemaPath:"#/format",keyword:"format",params:{format: "xml-text"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}

const schema10 = {"title":"Kommunenummer","description":"Fire sifre for en kommune, der de to første er fylkesnummeret, for eksempel «1841» for Fauske; seks sifre for en bydel i Oslo, for eksempel «030113».","x-nn":{"title":"Kommunenummer","description":"Fire siffer for ein kommune, der dei to første er fylkesnummeret, til dømes «1841» for Fauske; seks siffer for ein bydel i Oslo, til dømes «030113»."},"type":"string","pattern":"^[0-9]{4}$|^0301[0-9]{2}$"};
const pattern5 = new RegExp("^[0-9]{4}$|^0301[0-9]{2}$", "u");

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(!pattern5.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}$|^0301[0-9]{2}$"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}

const schema11 = {"title":"Kontaktperson","description":"Navn og eventuelt tittel, e-post og telefon.","x-nn":{"title":"Kontaktperson","description":"Namn og eventuelt tittel, e-post og telefon."},"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"title":"Navn","description":"Kontaktpersonens navn.","x-nn":{"title":"Namn","description":"Namnet på kontaktpersonen."},"$ref":"#/definitions/line"},"title":{"title":"Tittel","description":"Kontaktpersonens tittel, for eksempel «rådgiver».","x-nn":{"title":"Tittel","description":"Tittelen til kontaktpersonen, til dømes «rådgivar»."},"$ref":"#/definitions/line"},"email":{"title":"E-post","description":"E-postadresse, for eksempel «ola.nordmann@bodo.kommune.no».","x-nn":{"title":"E-post","description":"E-postadresse, til dømes «ola.nordmann@bodo.kommune.no»."},"type":"string","maxLength":200,"pattern":"^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$"},"phone":{"title":"Telefon","description":"Telefonnummer, 8 til 15 sifre, gjerne med landskode, for eksempel «+47 75 55 50 00».","x-nn":{"title":"Telefon","description":"Telefonnummer, 8 til 15 siffer, gjerne med landskode, til dømes «+47 75 55 50 00»."},"type":"string","pattern":"^\\+?[0-9 ]{8,15}$"}}};
const pattern6 = new RegExp("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$", "u");
const pattern7 = new RegExp("^\\+?[0-9 ]{8,15}$", "u");

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "title")) || (key0 === "email")) || (key0 === "phone"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
if(!(validate25(data.name, {instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.title !== undefined){
if(!(validate25(data.title, {instancePath:instancePath+"/title",parentData:data,parentDataProperty:"title",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.email !== undefined){
let data2 = data.email;
if(typeof data2 === "string"){
if(func3(data2) > 200){
const err2 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/maxLength",keyword:"maxLength",params:{limit: 200}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern6.test(data2)){
const err3 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/pattern",keyword:"pattern",params:{pattern: "^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.phone !== undefined){
let data3 = data.phone;
if(typeof data3 === "string"){
if(!pattern7.test(data3)){
const err5 = {instancePath:instancePath+"/phone",schemaPath:"#/properties/phone/pattern",keyword:"pattern",params:{pattern: "^\\+?[0-9 ]{8,15}$"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/phone",schemaPath:"#/properties/phone/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}

const formats4 = formats.organisasjonsnummer;

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.kind === undefined) && (missing0 = "kind")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.kind !== undefined){
if("bydel" !== data.kind){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.number !== undefined){
let data1 = data.number;
if(typeof data1 === "string"){
if(!pattern2.test(data1)){
const err2 = {instancePath:instancePath+"/number",schemaPath:"#/then/properties/number/pattern",keyword:"pattern",params:{pattern: "^0301[0-9]{2}$"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/number",schemaPath:"#/then/properties/number/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs7 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.number !== undefined){
let data2 = data.number;
if(typeof data2 === "string"){
if(!pattern3.test(data2)){
const err4 = {instancePath:instancePath+"/number",schemaPath:"#/else/properties/number/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}$"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/number",schemaPath:"#/else/properties/number/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
var _valid0 = _errs7 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err6 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.number === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "number"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.orgNumber === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orgNumber"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "kind") || (key0 === "name")) || (key0 === "samiName")) || (key0 === "number")) || (key0 === "orgNumber")) || (key0 === "caseNumber")) || (key0 === "contact")) || (key0 === "approval"))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.kind !== undefined){
let data3 = data.kind;
if(typeof data3 !== "string"){
const err11 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!((data3 === "kommune") || (data3 === "bydel"))){
const err12 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema8.properties.kind.enum}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.name !== undefined){
if(!(validate25(data.name, {instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.samiName !== undefined){
if(!(validate25(data.samiName, {instancePath:instancePath+"/samiName",parentData:data,parentDataProperty:"samiName",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.number !== undefined){
if(!(validate28(data.number, {instancePath:instancePath+"/number",parentData:data,parentDataProperty:"number",rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.orgNumber !== undefined){
let data7 = data.orgNumber;
if(typeof data7 === "string"){
if(!(formats4.validate(data7))){
const err13 = {instancePath:instancePath+"/orgNumber",schemaPath:"#/properties/orgNumber/format",keyword:"format",params:{format: "organisasjonsnummer"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/orgNumber",schemaPath:"#/properties/orgNumber/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.caseNumber !== undefined){
if(!(validate25(data.caseNumber, {instancePath:instancePath+"/caseNumber",parentData:data,parentDataProperty:"caseNumber",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.contact !== undefined){
if(!(validate31(data.contact, {instancePath:instancePath+"/contact",parentData:data,parentDataProperty:"contact",rootData}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
if(data.approval !== undefined){
let data10 = data.approval;
const _errs22 = errors;
let valid5 = true;
const _errs23 = errors;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing1;
if((data10.body === undefined) && (missing1 = "body")){
const err15 = {};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
if(data10.body !== undefined){
if("annet" !== data10.body){
const err16 = {};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
var _valid1 = _errs23 === errors;
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs25 = errors;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.bodyName === undefined){
const err17 = {instancePath:instancePath+"/approval",schemaPath:"#/properties/approval/then/required",keyword:"required",params:{missingProperty: "bodyName"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
var _valid1 = _errs25 === errors;
valid5 = _valid1;
}
if(!valid5){
const err18 = {instancePath:instancePath+"/approval",schemaPath:"#/properties/approval/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.body === undefined){
const err19 = {instancePath:instancePath+"/approval",schemaPath:"#/properties/approval/required",keyword:"required",params:{missingProperty: "body"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data10.date === undefined){
const err20 = {instancePath:instancePath+"/approval",schemaPath:"#/properties/approval/required",keyword:"required",params:{missingProperty: "date"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key1 in data10){
if(!((((key1 === "body") || (key1 === "bodyName")) || (key1 === "date")) || (key1 === "caseNumber"))){
const err21 = {instancePath:instancePath+"/approval",schemaPath:"#/properties/approval/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data10.body !== undefined){
let data12 = data10.body;
if(typeof data12 !== "string"){
const err22 = {instancePath:instancePath+"/approval/body",schemaPath:"#/properties/approval/properties/body/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!(((((data12 === "kommunestyret") || (data12 === "bystyret")) || (data12 === "formannskapet")) || (data12 === "bydelsutvalget")) || (data12 === "annet"))){
const err23 = {instancePath:instancePath+"/approval/body",schemaPath:"#/properties/approval/properties/body/enum",keyword:"enum",params:{allowedValues: schema8.properties.approval.properties.body.enum}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data10.bodyName !== undefined){
if(!(validate25(data10.bodyName, {instancePath:instancePath+"/approval/bodyName",parentData:data10,parentDataProperty:"bodyName",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data10.date !== undefined){
if(!(validate22(data10.date, {instancePath:instancePath+"/approval/date",parentData:data10,parentDataProperty:"date",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data10.caseNumber !== undefined){
if(!(validate25(data10.caseNumber, {instancePath:instancePath+"/approval/caseNumber",parentData:data10,parentDataProperty:"caseNumber",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err24 = {instancePath:instancePath+"/approval",schemaPath:"#/properties/approval/type",keyword:"type",params:{type: "object"}};
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
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}

const schema12 = {"title":"NAV-navn","description":"Navn som begynner med «NAV » eller «Nav ».","x-nn":{"title":"NAV-namn","description":"Namn som byrjar med «NAV » eller «Nav »."},"type":"string","maxLength":100,"pattern":"^(NAV|Nav) [^\\n\\r]*\\S$","format":"xml-text"};
const pattern8 = new RegExp("^(NAV|Nav) [^\\n\\r]*\\S$", "u");

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(func3(data) > 100){
const err0 = {instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 100}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!pattern8.test(data)){
const err1 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(NAV|Nav) [^\\n\\r]*\\S$"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(formats2.validate(data))){
const err2 = {instancePath,schemaPath:"#/format",keyword:"format",params:{format: "xml-text"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}

const schema13 = {"title":"Tekst","description":"Fritekst; linjeskift gir nytt avsnitt.","x-nn":{"title":"Tekst","description":"Fritekst; linjeskift gir nytt avsnitt."},"type":"string","minLength":1,"maxLength":5000,"pattern":"\\S","format":"xml-text"};
const pattern9 = new RegExp("\\S", "u");

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(func3(data) > 5000){
const err0 = {instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 5000}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func3(data) < 1){
const err1 = {instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern9.test(data)){
const err2 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "\\S"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(formats2.validate(data))){
const err3 = {instancePath,schemaPath:"#/format",keyword:"format",params:{format: "xml-text"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}

const schema14 = {"title":"Lokasjon","description":"Ett sted kontoret tar imot publikum.","x-nn":{"title":"Lokasjon","description":"Éin stad der kontoret tek imot publikum."},"type":"object","additionalProperties":false,"required":["name","role","municipality","address","openingHours"],"properties":{"name":{"title":"Navn på lokasjonen","description":"For eksempel «Fauske» eller «Rognan».","x-nn":{"title":"Namnet på lokasjonen","description":"Til dømes «Fauske» eller «Rognan»."},"$ref":"#/definitions/line"},"role":{"title":"Type lokasjon","description":"Hovedkontor, avdelingskontor eller lokalt servicepunkt.","x-nn":{"title":"Type lokasjon","description":"Hovudkontor, avdelingskontor eller lokalt servicepunkt.","enumLabels":{"hovedkontor":"Hovudkontor","avdelingskontor":"Avdelingskontor","servicepunkt":"Lokalt servicepunkt"}},"type":"string","enum":["hovedkontor","avdelingskontor","servicepunkt"],"x-enumLabels":{"hovedkontor":"Hovedkontor","avdelingskontor":"Avdelingskontor","servicepunkt":"Lokalt servicepunkt"},"default":"hovedkontor"},"municipality":{"title":"Kommune","description":"Kommunenummeret (eller bydelsnummeret) der lokasjonen ligger. Kommunen må være part i avtalen.","x-nn":{"title":"Kommune","description":"Kommunenummeret (eller bydelsnummeret) der lokasjonen ligg. Kommunen må vere part i avtalen."},"$ref":"#/definitions/municipalityNumber"},"address":{"title":"Adresse","description":"Besøksadressen til NAV-kontoret.","x-nn":{"title":"Adresse","description":"Besøksadressa til NAV-kontoret."},"type":"object","additionalProperties":false,"required":["street","postalCode","city"],"properties":{"street":{"title":"Gateadresse","description":"Gate og husnummer, for eksempel «Sjøgata 55».","x-nn":{"title":"Gateadresse","description":"Gate og husnummer, til dømes «Sjøgata 55»."},"$ref":"#/definitions/line"},"postalCode":{"title":"Postnummer","description":"Fire sifre, for eksempel «8200».","x-nn":{"title":"Postnummer","description":"Fire siffer, til dømes «8200»."},"type":"string","pattern":"^[0-9]{4}$"},"city":{"title":"Poststed","description":"For eksempel «Fauske».","x-nn":{"title":"Poststad","description":"Til dømes «Fauske»."},"$ref":"#/definitions/line"}}},"openingHours":{"title":"Åpningstider","description":"Dagene og klokkeslettene lokasjonen er åpen for publikum. Dager som ikke står her, er stengt.","x-nn":{"title":"Opningstider","description":"Dagane og klokkesletta lokasjonen er open for publikum. Dagar som ikkje står her, er stengde."},"type":"array","minItems":0,"maxItems":14,"items":{"$ref":"#/definitions/openingHours"}},"byAppointment":{"title":"Ellers etter avtale","description":"Lokasjonen tar ellers imot etter avtale («… og ellers etter avtale»).","x-nn":{"title":"Elles etter avtale","description":"Lokasjonen tek elles imot etter avtale («… og elles etter avtale»)."},"type":"boolean","default":false},"note":{"title":"Merknad om åpningstider","description":"For eksempel «stengt i juli».","x-nn":{"title":"Merknad om opningstider","description":"Til dømes «stengt i juli»."},"$ref":"#/definitions/line"}}};
const schema15 = {"title":"Åpningstid","description":"Én dag eller et sammenhengende dagsintervall med samme åpningstid.","x-nn":{"title":"Opningstid","description":"Éin dag eller eit samanhengande dagsintervall med same opningstid."},"type":"object","additionalProperties":false,"required":["fromDay","opens","closes"],"properties":{"fromDay":{"title":"Fra ukedag","description":"Første ukedag med denne åpningstiden (eller den eneste).","x-nn":{"title":"Frå vekedag","description":"Første vekedagen med denne opningstida (eller den einaste)."},"$ref":"#/definitions/weekday","default":"mandag"},"toDay":{"title":"Til ukedag","description":"Siste ukedag med denne åpningstiden. Utelates når tiden gjelder én dag.","x-nn":{"title":"Til vekedag","description":"Siste vekedagen med denne opningstida. Blir utelaten når tida gjeld éin dag."},"$ref":"#/definitions/weekday","default":"fredag"},"opens":{"title":"Åpner kl.","description":"Klokkeslett som TT:MM, for eksempel «09:00».","x-nn":{"title":"Opnar kl.","description":"Klokkeslett som TT:MM, til dømes «09:00»."},"$ref":"#/definitions/clock","default":"09:00"},"closes":{"title":"Stenger kl.","description":"Klokkeslett som TT:MM, for eksempel «15:00».","x-nn":{"title":"Stengjer kl.","description":"Klokkeslett som TT:MM, til dømes «15:00»."},"$ref":"#/definitions/clock","default":"15:00"},"kind":{"title":"Type åpningstid","description":"Åpent for alle, drop-in eller bare timeavtale.","x-nn":{"title":"Type opningstid","description":"Ope for alle, drop-in eller berre timeavtale.","enumLabels":{"åpent":"Ope","drop-in":"Drop-in","timeavtale":"Berre timeavtale"}},"type":"string","enum":["åpent","drop-in","timeavtale"],"x-enumLabels":{"åpent":"Åpent","drop-in":"Drop-in","timeavtale":"Bare timeavtale"},"default":"åpent"}}};
const schema16 = {"title":"Ukedag","description":"En ukedag.","x-nn":{"title":"Vekedag","description":"Ein vekedag.","enumLabels":{"mandag":"måndag","tirsdag":"tysdag","onsdag":"onsdag","torsdag":"torsdag","fredag":"fredag","lørdag":"laurdag","søndag":"sundag"}},"type":"string","enum":["mandag","tirsdag","onsdag","torsdag","fredag","lørdag","søndag"]};

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((((((data === "mandag") || (data === "tirsdag")) || (data === "onsdag")) || (data === "torsdag")) || (data === "fredag")) || (data === "lørdag")) || (data === "søndag"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema16.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate55.errors = vErrors;
return errors === 0;
}

const schema17 = {"title":"Klokkeslett","description":"Klokkeslett som TT:MM.","x-nn":{"title":"Klokkeslett","description":"Klokkeslett som TT:MM."},"type":"string","pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$"};
const pattern11 = new RegExp("^([01][0-9]|2[0-3]):[0-5][0-9]$", "u");

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(!pattern11.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
}


function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.fromDay === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fromDay"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.opens === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "opens"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.closes === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "closes"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "fromDay") || (key0 === "toDay")) || (key0 === "opens")) || (key0 === "closes")) || (key0 === "kind"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.fromDay !== undefined){
if(!(validate55(data.fromDay, {instancePath:instancePath+"/fromDay",parentData:data,parentDataProperty:"fromDay",rootData}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
}
if(data.toDay !== undefined){
if(!(validate55(data.toDay, {instancePath:instancePath+"/toDay",parentData:data,parentDataProperty:"toDay",rootData}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
}
if(data.opens !== undefined){
if(!(validate58(data.opens, {instancePath:instancePath+"/opens",parentData:data,parentDataProperty:"opens",rootData}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
if(data.closes !== undefined){
if(!(validate58(data.closes, {instancePath:instancePath+"/closes",parentData:data,parentDataProperty:"closes",rootData}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
if(data.kind !== undefined){
let data4 = data.kind;
if(typeof data4 !== "string"){
const err4 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(((data4 === "åpent") || (data4 === "drop-in")) || (data4 === "timeavtale"))){
const err5 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema15.properties.kind.enum}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}


function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.role === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "role"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.municipality === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "municipality"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.address === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "address"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.openingHours === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "openingHours"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "name") || (key0 === "role")) || (key0 === "municipality")) || (key0 === "address")) || (key0 === "openingHours")) || (key0 === "byAppointment")) || (key0 === "note"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
if(!(validate25(data.name, {instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.role !== undefined){
let data1 = data.role;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(((data1 === "hovedkontor") || (data1 === "avdelingskontor")) || (data1 === "servicepunkt"))){
const err7 = {instancePath:instancePath+"/role",schemaPath:"#/properties/role/enum",keyword:"enum",params:{allowedValues: schema14.properties.role.enum}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.municipality !== undefined){
if(!(validate28(data.municipality, {instancePath:instancePath+"/municipality",parentData:data,parentDataProperty:"municipality",rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.address !== undefined){
let data3 = data.address;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.street === undefined){
const err8 = {instancePath:instancePath+"/address",schemaPath:"#/properties/address/required",keyword:"required",params:{missingProperty: "street"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3.postalCode === undefined){
const err9 = {instancePath:instancePath+"/address",schemaPath:"#/properties/address/required",keyword:"required",params:{missingProperty: "postalCode"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data3.city === undefined){
const err10 = {instancePath:instancePath+"/address",schemaPath:"#/properties/address/required",keyword:"required",params:{missingProperty: "city"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data3){
if(!(((key1 === "street") || (key1 === "postalCode")) || (key1 === "city"))){
const err11 = {instancePath:instancePath+"/address",schemaPath:"#/properties/address/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data3.street !== undefined){
if(!(validate25(data3.street, {instancePath:instancePath+"/address/street",parentData:data3,parentDataProperty:"street",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data3.postalCode !== undefined){
let data5 = data3.postalCode;
if(typeof data5 === "string"){
if(!pattern3.test(data5)){
const err12 = {instancePath:instancePath+"/address/postalCode",schemaPath:"#/properties/address/properties/postalCode/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}$"}};
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
const err13 = {instancePath:instancePath+"/address/postalCode",schemaPath:"#/properties/address/properties/postalCode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data3.city !== undefined){
if(!(validate25(data3.city, {instancePath:instancePath+"/address/city",parentData:data3,parentDataProperty:"city",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/address",schemaPath:"#/properties/address/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.openingHours !== undefined){
let data7 = data.openingHours;
if(Array.isArray(data7)){
if(data7.length > 14){
const err15 = {instancePath:instancePath+"/openingHours",schemaPath:"#/properties/openingHours/maxItems",keyword:"maxItems",params:{limit: 14}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data7.length < 0){
const err16 = {instancePath:instancePath+"/openingHours",schemaPath:"#/properties/openingHours/minItems",keyword:"minItems",params:{limit: 0}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(!(validate54(data7[i0], {instancePath:instancePath+"/openingHours/" + i0,parentData:data7,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath:instancePath+"/openingHours",schemaPath:"#/properties/openingHours/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.byAppointment !== undefined){
if(typeof data.byAppointment !== "boolean"){
const err18 = {instancePath:instancePath+"/byAppointment",schemaPath:"#/properties/byAppointment/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.note !== undefined){
if(!(validate25(data.note, {instancePath:instancePath+"/note",parentData:data,parentDataProperty:"note",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}

const schema18 = {"title":"Leder","description":"En av de to lederne ved delt ledelse: stilling, tilsettingsvilkår, ledergruppe og rapportering.","x-nn":{"title":"Leiar","description":"Ein av dei to leiarane ved delt leiing: stilling, tilsetjingsvilkår, leiargruppe og rapportering."},"type":"object","additionalProperties":false,"required":["position","terms","leaderGroup","reportsTo"],"properties":{"position":{"title":"Stilling","description":"Lederens stilling slik den skal stå i avtalen, med liten forbokstav, for eksempel «leder for sosialtjenesten» eller «NAV-leder stat».","x-nn":{"title":"Stilling","description":"Stillinga til leiaren slik den skal stå i avtalen, med liten forbokstav, til dømes «leiar for sosialtenesta» eller «NAV-leiar stat»."},"$ref":"#/definitions/line"},"terms":{"title":"Tilsettingsvilkår","description":"Om lederen er tilsatt på kommunale eller statlige vilkår.","x-nn":{"title":"Tilsetjingsvilkår","description":"Om leiaren er tilsett på kommunale eller statlege vilkår.","enumLabels":{"kommunale":"Kommunale vilkår","statlige":"Statlege vilkår"}},"type":"string","enum":["kommunale","statlige"],"x-enumLabels":{"kommunale":"Kommunale vilkår","statlige":"Statlige vilkår"}},"leaderGroup":{"title":"Ledergruppe","description":"Lederen for ledergruppen lederen er plassert i, for eksempel «kommunedirektøren» eller «direktøren for NAV Nordland».","x-nn":{"title":"Leiargruppe","description":"Leiaren for leiargruppa leiaren er plassert i, til dømes «kommunedirektøren» eller «direktøren for NAV Nordland»."},"$ref":"#/definitions/line"},"reportsTo":{"title":"Rapporterer til","description":"Hvem lederen rapporterer til, for eksempel «kommunalsjef for helse og velferd».","x-nn":{"title":"Rapporterer til","description":"Kven leiaren rapporterer til, til dømes «kommunalsjef for helse og velferd»."},"$ref":"#/definitions/line"}}};

function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.position === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "position"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.terms === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "terms"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.leaderGroup === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "leaderGroup"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.reportsTo === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reportsTo"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "position") || (key0 === "terms")) || (key0 === "leaderGroup")) || (key0 === "reportsTo"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.position !== undefined){
if(!(validate25(data.position, {instancePath:instancePath+"/position",parentData:data,parentDataProperty:"position",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.terms !== undefined){
let data1 = data.terms;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/terms",schemaPath:"#/properties/terms/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((data1 === "kommunale") || (data1 === "statlige"))){
const err6 = {instancePath:instancePath+"/terms",schemaPath:"#/properties/terms/enum",keyword:"enum",params:{allowedValues: schema18.properties.terms.enum}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.leaderGroup !== undefined){
if(!(validate25(data.leaderGroup, {instancePath:instancePath+"/leaderGroup",parentData:data,parentDataProperty:"leaderGroup",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.reportsTo !== undefined){
if(!(validate25(data.reportsTo, {instancePath:instancePath+"/reportsTo",parentData:data,parentDataProperty:"reportsTo",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate68.errors = vErrors;
return errors === 0;
}

const schema19 = {"title":"Underskriver","description":"Navn, tittel og eventuelt fullmakt for den som underskriver.","x-nn":{"title":"Underskrivar","description":"Namn, tittel og eventuelt fullmakt for den som skriv under."},"type":"object","additionalProperties":false,"required":["name","title"],"properties":{"name":{"title":"Navn","description":"Navnet på den som underskriver.","x-nn":{"title":"Namn","description":"Namnet på den som skriv under."},"$ref":"#/definitions/line"},"title":{"title":"Tittel","description":"Tittelen til den som underskriver, for eksempel «kommunedirektør», «konstituert kommunedirektør», «bydelsdirektør», «direktør» eller «fylkesdirektør».","x-nn":{"title":"Tittel","description":"Tittelen til den som skriv under, til dømes «kommunedirektør», «konstituert kommunedirektør», «bydelsdirektør», «direktør» eller «fylkesdirektør»."},"$ref":"#/definitions/line"},"authority":{"title":"Fullmakt","description":"Når underskriveren handler etter fullmakt, for eksempel «etter fullmakt fra kommunedirektøren». Vises under navnet.","x-nn":{"title":"Fullmakt","description":"Når underskrivaren handlar etter fullmakt, til dømes «etter fullmakt frå kommunedirektøren». Blir vist under namnet."},"$ref":"#/definitions/line"}}};

function validate96(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "name") || (key0 === "title")) || (key0 === "authority"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
if(!(validate25(data.name, {instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.title !== undefined){
if(!(validate25(data.title, {instancePath:instancePath+"/title",parentData:data,parentDataProperty:"title",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.authority !== undefined){
if(!(validate25(data.authority, {instancePath:instancePath+"/authority",parentData:data,parentDataProperty:"authority",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate96.errors = vErrors;
return errors === 0;
}

const formats10 = formats.hundredths;

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://partnerskap.no/schemas/partnerskapsavtale-2.0.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schemaVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schemaVersion"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.document === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "document"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.parties === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "parties"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.purpose === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "purpose"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.location === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "location"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.governance === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "governance"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.leadership === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "leadership"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.security === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "security"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.coDetermination === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "coDetermination"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.goals === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "goals"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.competence === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "competence"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.delegation === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "delegation"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.costs === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "costs"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.services === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "services"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.userParticipation === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "userParticipation"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.cooperation === undefined){
const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cooperation"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.disputeResolution === undefined){
const err16 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "disputeResolution"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data.externalAudit === undefined){
const err17 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "externalAudit"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data.period === undefined){
const err18 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "period"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data.signing === undefined){
const err19 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "signing"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data.attachments === undefined){
const err20 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "attachments"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema6.properties, key0))){
const err21 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.schemaVersion !== undefined){
let data0 = data.schemaVersion;
if(typeof data0 !== "string"){
const err22 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if("2.0" !== data0){
const err23 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: "2.0"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.document !== undefined){
let data1 = data.document;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.navSpelling === undefined){
const err24 = {instancePath:instancePath+"/document",schemaPath:"#/properties/document/required",keyword:"required",params:{missingProperty: "navSpelling"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key1 in data1){
if(!((((key1 === "language") || (key1 === "navSpelling")) || (key1 === "version")) || (key1 === "replaces"))){
const err25 = {instancePath:instancePath+"/document",schemaPath:"#/properties/document/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data1.language !== undefined){
let data2 = data1.language;
if(typeof data2 !== "string"){
const err26 = {instancePath:instancePath+"/document/language",schemaPath:"#/properties/document/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!((data2 === "nb") || (data2 === "nn"))){
const err27 = {instancePath:instancePath+"/document/language",schemaPath:"#/properties/document/properties/language/enum",keyword:"enum",params:{allowedValues: schema6.properties.document.properties.language.enum}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data1.navSpelling !== undefined){
let data3 = data1.navSpelling;
if(typeof data3 !== "string"){
const err28 = {instancePath:instancePath+"/document/navSpelling",schemaPath:"#/properties/document/properties/navSpelling/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!((data3 === "NAV") || (data3 === "Nav"))){
const err29 = {instancePath:instancePath+"/document/navSpelling",schemaPath:"#/properties/document/properties/navSpelling/enum",keyword:"enum",params:{allowedValues: schema6.properties.document.properties.navSpelling.enum}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data1.version !== undefined){
let data4 = data1.version;
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err30 = {instancePath:instancePath+"/document/version",schemaPath:"#/properties/document/properties/version/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,3}(\\.[0-9]{1,3})?$"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/document/version",schemaPath:"#/properties/document/properties/version/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data1.replaces !== undefined){
let data5 = data1.replaces;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.date === undefined){
const err32 = {instancePath:instancePath+"/document/replaces",schemaPath:"#/properties/document/properties/replaces/required",keyword:"required",params:{missingProperty: "date"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
for(const key2 in data5){
if(!((key2 === "version") || (key2 === "date"))){
const err33 = {instancePath:instancePath+"/document/replaces",schemaPath:"#/properties/document/properties/replaces/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data5.version !== undefined){
let data6 = data5.version;
if(typeof data6 === "string"){
if(!pattern0.test(data6)){
const err34 = {instancePath:instancePath+"/document/replaces/version",schemaPath:"#/properties/document/properties/replaces/properties/version/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,3}(\\.[0-9]{1,3})?$"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/document/replaces/version",schemaPath:"#/properties/document/properties/replaces/properties/version/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data5.date !== undefined){
if(!(validate22(data5.date, {instancePath:instancePath+"/document/replaces/date",parentData:data5,parentDataProperty:"date",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err36 = {instancePath:instancePath+"/document/replaces",schemaPath:"#/properties/document/properties/replaces/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/document",schemaPath:"#/properties/document/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.parties !== undefined){
let data8 = data.parties;
const _errs21 = errors;
let valid3 = true;
const _errs22 = errors;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
let missing0;
if((data8.form === undefined) && (missing0 = "form")){
const err38 = {};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
else {
if(data8.form !== undefined){
if("vertskommune" !== data8.form){
const err39 = {};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
}
var _valid0 = _errs22 === errors;
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs24 = errors;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.host === undefined){
const err40 = {instancePath:instancePath+"/parties",schemaPath:"#/properties/parties/then/required",keyword:"required",params:{missingProperty: "host"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data8.municipalities !== undefined){
let data10 = data8.municipalities;
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
let data11 = data10[i0];
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.kind !== undefined){
let data12 = data11.kind;
if(typeof data12 !== "string"){
const err41 = {instancePath:instancePath+"/parties/municipalities/" + i0+"/kind",schemaPath:"#/properties/parties/then/properties/municipalities/items/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(!(data12 === "kommune")){
const err42 = {instancePath:instancePath+"/parties/municipalities/" + i0+"/kind",schemaPath:"#/properties/parties/then/properties/municipalities/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema6.properties.parties.then.properties.municipalities.items.properties.kind.enum}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/parties/municipalities/" + i0,schemaPath:"#/properties/parties/then/properties/municipalities/items/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/parties/municipalities",schemaPath:"#/properties/parties/then/properties/municipalities/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
var _valid0 = _errs24 === errors;
valid3 = _valid0;
ifClause0 = "then";
}
else {
const _errs31 = errors;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.municipalities !== undefined){
let data13 = data8.municipalities;
if(Array.isArray(data13)){
if(data13.length > 1){
const err45 = {instancePath:instancePath+"/parties/municipalities",schemaPath:"#/properties/parties/else/properties/municipalities/maxItems",keyword:"maxItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/parties/municipalities",schemaPath:"#/properties/parties/else/properties/municipalities/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data8.host !== undefined){
const err47 = {instancePath:instancePath+"/parties/host",schemaPath:"#/properties/parties/else/properties/host/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
var _valid0 = _errs31 === errors;
valid3 = _valid0;
ifClause0 = "else";
}
if(!valid3){
const err48 = {instancePath:instancePath+"/parties",schemaPath:"#/properties/parties/if",keyword:"if",params:{failingKeyword: ifClause0}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.form === undefined){
const err49 = {instancePath:instancePath+"/parties",schemaPath:"#/properties/parties/required",keyword:"required",params:{missingProperty: "form"}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data8.municipalities === undefined){
const err50 = {instancePath:instancePath+"/parties",schemaPath:"#/properties/parties/required",keyword:"required",params:{missingProperty: "municipalities"}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data8.municipalHeadTitle === undefined){
const err51 = {instancePath:instancePath+"/parties",schemaPath:"#/properties/parties/required",keyword:"required",params:{missingProperty: "municipalHeadTitle"}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data8.county === undefined){
const err52 = {instancePath:instancePath+"/parties",schemaPath:"#/properties/parties/required",keyword:"required",params:{missingProperty: "county"}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data8.officeName === undefined){
const err53 = {instancePath:instancePath+"/parties",schemaPath:"#/properties/parties/required",keyword:"required",params:{missingProperty: "officeName"}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
for(const key3 in data8){
if(!((((((key3 === "form") || (key3 === "municipalities")) || (key3 === "host")) || (key3 === "municipalHeadTitle")) || (key3 === "county")) || (key3 === "officeName"))){
const err54 = {instancePath:instancePath+"/parties",schemaPath:"#/properties/parties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data8.form !== undefined){
let data15 = data8.form;
if(typeof data15 !== "string"){
const err55 = {instancePath:instancePath+"/parties/form",schemaPath:"#/properties/parties/properties/form/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(!((data15 === "enkeltkommune") || (data15 === "vertskommune"))){
const err56 = {instancePath:instancePath+"/parties/form",schemaPath:"#/properties/parties/properties/form/enum",keyword:"enum",params:{allowedValues: schema6.properties.parties.properties.form.enum}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data8.municipalities !== undefined){
let data16 = data8.municipalities;
if(Array.isArray(data16)){
if(data16.length > 50){
const err57 = {instancePath:instancePath+"/parties/municipalities",schemaPath:"#/properties/parties/properties/municipalities/maxItems",keyword:"maxItems",params:{limit: 50}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data16.length < 1){
const err58 = {instancePath:instancePath+"/parties/municipalities",schemaPath:"#/properties/parties/properties/municipalities/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
const len1 = data16.length;
for(let i1=0; i1<len1; i1++){
if(!(validate24(data16[i1], {instancePath:instancePath+"/parties/municipalities/" + i1,parentData:data16,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err59 = {instancePath:instancePath+"/parties/municipalities",schemaPath:"#/properties/parties/properties/municipalities/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data8.host !== undefined){
if(!(validate28(data8.host, {instancePath:instancePath+"/parties/host",parentData:data8,parentDataProperty:"host",rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data8.municipalHeadTitle !== undefined){
let data19 = data8.municipalHeadTitle;
if(typeof data19 !== "string"){
const err60 = {instancePath:instancePath+"/parties/municipalHeadTitle",schemaPath:"#/properties/parties/properties/municipalHeadTitle/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(!(((data19 === "rådmann") || (data19 === "kommunedirektør")) || (data19 === "bydelsdirektør"))){
const err61 = {instancePath:instancePath+"/parties/municipalHeadTitle",schemaPath:"#/properties/parties/properties/municipalHeadTitle/enum",keyword:"enum",params:{allowedValues: schema6.properties.parties.properties.municipalHeadTitle.enum}};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data8.county !== undefined){
let data20 = data8.county;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.name === undefined){
const err62 = {instancePath:instancePath+"/parties/county",schemaPath:"#/properties/parties/properties/county/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
for(const key4 in data20){
if(!((((key4 === "name") || (key4 === "director")) || (key4 === "caseNumber")) || (key4 === "contact"))){
const err63 = {instancePath:instancePath+"/parties/county",schemaPath:"#/properties/parties/properties/county/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4}};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data20.name !== undefined){
if(!(validate40(data20.name, {instancePath:instancePath+"/parties/county/name",parentData:data20,parentDataProperty:"name",rootData}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
}
if(data20.director !== undefined){
if(!(validate25(data20.director, {instancePath:instancePath+"/parties/county/director",parentData:data20,parentDataProperty:"director",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data20.caseNumber !== undefined){
if(!(validate25(data20.caseNumber, {instancePath:instancePath+"/parties/county/caseNumber",parentData:data20,parentDataProperty:"caseNumber",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data20.contact !== undefined){
if(!(validate31(data20.contact, {instancePath:instancePath+"/parties/county/contact",parentData:data20,parentDataProperty:"contact",rootData}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
}
else {
const err64 = {instancePath:instancePath+"/parties/county",schemaPath:"#/properties/parties/properties/county/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data8.officeName !== undefined){
if(!(validate40(data8.officeName, {instancePath:instancePath+"/parties/officeName",parentData:data8,parentDataProperty:"officeName",rootData}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
}
}
else {
const err65 = {instancePath:instancePath+"/parties",schemaPath:"#/properties/parties/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.purpose !== undefined){
let data26 = data.purpose;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
for(const key5 in data26){
if(!((key5 === "municipalValues") || (key5 === "localGoals"))){
const err66 = {instancePath:instancePath+"/purpose",schemaPath:"#/properties/purpose/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5}};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data26.municipalValues !== undefined){
if(!(validate46(data26.municipalValues, {instancePath:instancePath+"/purpose/municipalValues",parentData:data26,parentDataProperty:"municipalValues",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data26.localGoals !== undefined){
let data28 = data26.localGoals;
if(Array.isArray(data28)){
if(data28.length > 50){
const err67 = {instancePath:instancePath+"/purpose/localGoals",schemaPath:"#/properties/purpose/properties/localGoals/maxItems",keyword:"maxItems",params:{limit: 50}};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
const len2 = data28.length;
for(let i2=0; i2<len2; i2++){
if(!(validate46(data28[i2], {instancePath:instancePath+"/purpose/localGoals/" + i2,parentData:data28,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
}
else {
const err68 = {instancePath:instancePath+"/purpose/localGoals",schemaPath:"#/properties/purpose/properties/localGoals/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath:instancePath+"/purpose",schemaPath:"#/properties/purpose/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data.location !== undefined){
let data30 = data.location;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.sites === undefined){
const err70 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/required",keyword:"required",params:{missingProperty: "sites"}};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
for(const key6 in data30){
if(!(key6 === "sites")){
const err71 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6}};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data30.sites !== undefined){
let data31 = data30.sites;
if(Array.isArray(data31)){
if(data31.length > 30){
const err72 = {instancePath:instancePath+"/location/sites",schemaPath:"#/properties/location/properties/sites/maxItems",keyword:"maxItems",params:{limit: 30}};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data31.length < 1){
const err73 = {instancePath:instancePath+"/location/sites",schemaPath:"#/properties/location/properties/sites/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
const len3 = data31.length;
for(let i3=0; i3<len3; i3++){
if(!(validate49(data31[i3], {instancePath:instancePath+"/location/sites/" + i3,parentData:data31,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
errors = vErrors.length;
}
}
}
else {
const err74 = {instancePath:instancePath+"/location/sites",schemaPath:"#/properties/location/properties/sites/type",keyword:"type",params:{type: "array"}};
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
const err75 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data.governance !== undefined){
let data33 = data.governance;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
for(const key7 in data33){
if(!(((key7 === "meetingsPerYear") || (key7 === "statusItemFirst")) || (key7 === "additionalAgendaItems"))){
const err76 = {instancePath:instancePath+"/governance",schemaPath:"#/properties/governance/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7}};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data33.meetingsPerYear !== undefined){
let data34 = data33.meetingsPerYear;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
const err77 = {instancePath:instancePath+"/governance/meetingsPerYear",schemaPath:"#/properties/governance/properties/meetingsPerYear/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if((typeof data34 == "number") && (isFinite(data34))){
if(data34 > 12 || isNaN(data34)){
const err78 = {instancePath:instancePath+"/governance/meetingsPerYear",schemaPath:"#/properties/governance/properties/meetingsPerYear/maximum",keyword:"maximum",params:{comparison: "<=", limit: 12}};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(data34 < 1 || isNaN(data34)){
const err79 = {instancePath:instancePath+"/governance/meetingsPerYear",schemaPath:"#/properties/governance/properties/meetingsPerYear/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
if(data33.statusItemFirst !== undefined){
if(typeof data33.statusItemFirst !== "boolean"){
const err80 = {instancePath:instancePath+"/governance/statusItemFirst",schemaPath:"#/properties/governance/properties/statusItemFirst/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data33.additionalAgendaItems !== undefined){
let data36 = data33.additionalAgendaItems;
if(Array.isArray(data36)){
if(data36.length > 30){
const err81 = {instancePath:instancePath+"/governance/additionalAgendaItems",schemaPath:"#/properties/governance/properties/additionalAgendaItems/maxItems",keyword:"maxItems",params:{limit: 30}};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
const len4 = data36.length;
for(let i4=0; i4<len4; i4++){
if(!(validate46(data36[i4], {instancePath:instancePath+"/governance/additionalAgendaItems/" + i4,parentData:data36,parentDataProperty:i4,rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
}
else {
const err82 = {instancePath:instancePath+"/governance/additionalAgendaItems",schemaPath:"#/properties/governance/properties/additionalAgendaItems/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
else {
const err83 = {instancePath:instancePath+"/governance",schemaPath:"#/properties/governance/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data.leadership !== undefined){
let data38 = data.leadership;
const _errs76 = errors;
let valid23 = true;
const _errs77 = errors;
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
let missing1;
if((data38.model === undefined) && (missing1 = "model")){
const err84 = {};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
else {
if(data38.model !== undefined){
if("delt" !== data38.model){
const err85 = {};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
}
var _valid1 = _errs77 === errors;
errors = _errs76;
if(vErrors !== null){
if(_errs76){
vErrors.length = _errs76;
}
else {
vErrors = null;
}
}
let ifClause1;
if(_valid1){
const _errs79 = errors;
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
if(data38.municipalLeader === undefined){
const err86 = {instancePath:instancePath+"/leadership",schemaPath:"#/properties/leadership/then/required",keyword:"required",params:{missingProperty: "municipalLeader"}};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(data38.stateLeader === undefined){
const err87 = {instancePath:instancePath+"/leadership",schemaPath:"#/properties/leadership/then/required",keyword:"required",params:{missingProperty: "stateLeader"}};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
var _valid1 = _errs79 === errors;
valid23 = _valid1;
ifClause1 = "then";
}
else {
const _errs80 = errors;
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
if(data38.managerTerms === undefined){
const err88 = {instancePath:instancePath+"/leadership",schemaPath:"#/properties/leadership/else/required",keyword:"required",params:{missingProperty: "managerTerms"}};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(data38.municipalLeaderGroup === undefined){
const err89 = {instancePath:instancePath+"/leadership",schemaPath:"#/properties/leadership/else/required",keyword:"required",params:{missingProperty: "municipalLeaderGroup"}};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(data38.municipalReportsTo === undefined){
const err90 = {instancePath:instancePath+"/leadership",schemaPath:"#/properties/leadership/else/required",keyword:"required",params:{missingProperty: "municipalReportsTo"}};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(data38.stateReportsTo === undefined){
const err91 = {instancePath:instancePath+"/leadership",schemaPath:"#/properties/leadership/else/required",keyword:"required",params:{missingProperty: "stateReportsTo"}};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
var _valid1 = _errs80 === errors;
valid23 = _valid1;
ifClause1 = "else";
}
if(!valid23){
const err92 = {instancePath:instancePath+"/leadership",schemaPath:"#/properties/leadership/if",keyword:"if",params:{failingKeyword: ifClause1}};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
if(data38.model === undefined){
const err93 = {instancePath:instancePath+"/leadership",schemaPath:"#/properties/leadership/required",keyword:"required",params:{missingProperty: "model"}};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
for(const key8 in data38){
if(!(((((((key8 === "model") || (key8 === "managerTerms")) || (key8 === "municipalLeaderGroup")) || (key8 === "municipalReportsTo")) || (key8 === "stateReportsTo")) || (key8 === "municipalLeader")) || (key8 === "stateLeader"))){
const err94 = {instancePath:instancePath+"/leadership",schemaPath:"#/properties/leadership/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8}};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data38.model !== undefined){
let data40 = data38.model;
if(typeof data40 !== "string"){
const err95 = {instancePath:instancePath+"/leadership/model",schemaPath:"#/properties/leadership/properties/model/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(!((data40 === "felles") || (data40 === "delt"))){
const err96 = {instancePath:instancePath+"/leadership/model",schemaPath:"#/properties/leadership/properties/model/enum",keyword:"enum",params:{allowedValues: schema6.properties.leadership.properties.model.enum}};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data38.managerTerms !== undefined){
let data41 = data38.managerTerms;
if(typeof data41 !== "string"){
const err97 = {instancePath:instancePath+"/leadership/managerTerms",schemaPath:"#/properties/leadership/properties/managerTerms/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(!((data41 === "kommunale") || (data41 === "statlige"))){
const err98 = {instancePath:instancePath+"/leadership/managerTerms",schemaPath:"#/properties/leadership/properties/managerTerms/enum",keyword:"enum",params:{allowedValues: schema6.properties.leadership.properties.managerTerms.enum}};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data38.municipalLeaderGroup !== undefined){
if(!(validate25(data38.municipalLeaderGroup, {instancePath:instancePath+"/leadership/municipalLeaderGroup",parentData:data38,parentDataProperty:"municipalLeaderGroup",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data38.municipalReportsTo !== undefined){
if(!(validate25(data38.municipalReportsTo, {instancePath:instancePath+"/leadership/municipalReportsTo",parentData:data38,parentDataProperty:"municipalReportsTo",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data38.stateReportsTo !== undefined){
if(!(validate25(data38.stateReportsTo, {instancePath:instancePath+"/leadership/stateReportsTo",parentData:data38,parentDataProperty:"stateReportsTo",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data38.municipalLeader !== undefined){
if(!(validate68(data38.municipalLeader, {instancePath:instancePath+"/leadership/municipalLeader",parentData:data38,parentDataProperty:"municipalLeader",rootData}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
if(data38.stateLeader !== undefined){
if(!(validate68(data38.stateLeader, {instancePath:instancePath+"/leadership/stateLeader",parentData:data38,parentDataProperty:"stateLeader",rootData}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
else {
const err99 = {instancePath:instancePath+"/leadership",schemaPath:"#/properties/leadership/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data.security !== undefined){
let data47 = data.security;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
for(const key9 in data47){
if(!(key9 === "additionalRoutines")){
const err100 = {instancePath:instancePath+"/security",schemaPath:"#/properties/security/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9}};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data47.additionalRoutines !== undefined){
let data48 = data47.additionalRoutines;
if(Array.isArray(data48)){
if(data48.length > 30){
const err101 = {instancePath:instancePath+"/security/additionalRoutines",schemaPath:"#/properties/security/properties/additionalRoutines/maxItems",keyword:"maxItems",params:{limit: 30}};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
const len5 = data48.length;
for(let i5=0; i5<len5; i5++){
if(!(validate46(data48[i5], {instancePath:instancePath+"/security/additionalRoutines/" + i5,parentData:data48,parentDataProperty:i5,rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
}
else {
const err102 = {instancePath:instancePath+"/security/additionalRoutines",schemaPath:"#/properties/security/properties/additionalRoutines/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
}
else {
const err103 = {instancePath:instancePath+"/security",schemaPath:"#/properties/security/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data.coDetermination !== undefined){
let data50 = data.coDetermination;
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
if(data50.mainAgreements === undefined){
const err104 = {instancePath:instancePath+"/coDetermination",schemaPath:"#/properties/coDetermination/required",keyword:"required",params:{missingProperty: "mainAgreements"}};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
for(const key10 in data50){
if(!((key10 === "mainAgreements") || (key10 === "consultation"))){
const err105 = {instancePath:instancePath+"/coDetermination",schemaPath:"#/properties/coDetermination/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10}};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data50.mainAgreements !== undefined){
let data51 = data50.mainAgreements;
if(Array.isArray(data51)){
if(data51.length > 10){
const err106 = {instancePath:instancePath+"/coDetermination/mainAgreements",schemaPath:"#/properties/coDetermination/properties/mainAgreements/maxItems",keyword:"maxItems",params:{limit: 10}};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if(data51.length < 1){
const err107 = {instancePath:instancePath+"/coDetermination/mainAgreements",schemaPath:"#/properties/coDetermination/properties/mainAgreements/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
const len6 = data51.length;
for(let i6=0; i6<len6; i6++){
if(!(validate46(data51[i6], {instancePath:instancePath+"/coDetermination/mainAgreements/" + i6,parentData:data51,parentDataProperty:i6,rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
}
else {
const err108 = {instancePath:instancePath+"/coDetermination/mainAgreements",schemaPath:"#/properties/coDetermination/properties/mainAgreements/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data50.consultation !== undefined){
let data53 = data50.consultation;
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
if(data53.date === undefined){
const err109 = {instancePath:instancePath+"/coDetermination/consultation",schemaPath:"#/properties/coDetermination/properties/consultation/required",keyword:"required",params:{missingProperty: "date"}};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
for(const key11 in data53){
if(!((key11 === "date") || (key11 === "organisations"))){
const err110 = {instancePath:instancePath+"/coDetermination/consultation",schemaPath:"#/properties/coDetermination/properties/consultation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11}};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data53.date !== undefined){
if(!(validate22(data53.date, {instancePath:instancePath+"/coDetermination/consultation/date",parentData:data53,parentDataProperty:"date",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data53.organisations !== undefined){
let data55 = data53.organisations;
if(Array.isArray(data55)){
if(data55.length > 30){
const err111 = {instancePath:instancePath+"/coDetermination/consultation/organisations",schemaPath:"#/properties/coDetermination/properties/consultation/properties/organisations/maxItems",keyword:"maxItems",params:{limit: 30}};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
const len7 = data55.length;
for(let i7=0; i7<len7; i7++){
if(!(validate25(data55[i7], {instancePath:instancePath+"/coDetermination/consultation/organisations/" + i7,parentData:data55,parentDataProperty:i7,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err112 = {instancePath:instancePath+"/coDetermination/consultation/organisations",schemaPath:"#/properties/coDetermination/properties/consultation/properties/organisations/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
}
else {
const err113 = {instancePath:instancePath+"/coDetermination/consultation",schemaPath:"#/properties/coDetermination/properties/consultation/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
}
else {
const err114 = {instancePath:instancePath+"/coDetermination",schemaPath:"#/properties/coDetermination/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data.goals !== undefined){
let data57 = data.goals;
if(data57 && typeof data57 == "object" && !Array.isArray(data57)){
for(const key12 in data57){
if(!((key12 === "resultGoals") || (key12 === "councilBriefing"))){
const err115 = {instancePath:instancePath+"/goals",schemaPath:"#/properties/goals/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12}};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data57.resultGoals !== undefined){
let data58 = data57.resultGoals;
if(Array.isArray(data58)){
if(data58.length > 20){
const err116 = {instancePath:instancePath+"/goals/resultGoals",schemaPath:"#/properties/goals/properties/resultGoals/maxItems",keyword:"maxItems",params:{limit: 20}};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
const len8 = data58.length;
for(let i8=0; i8<len8; i8++){
let data59 = data58[i8];
if(data59 && typeof data59 == "object" && !Array.isArray(data59)){
if(data59.year === undefined){
const err117 = {instancePath:instancePath+"/goals/resultGoals/" + i8,schemaPath:"#/properties/goals/properties/resultGoals/items/required",keyword:"required",params:{missingProperty: "year"}};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
if(data59.goals === undefined){
const err118 = {instancePath:instancePath+"/goals/resultGoals/" + i8,schemaPath:"#/properties/goals/properties/resultGoals/items/required",keyword:"required",params:{missingProperty: "goals"}};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
for(const key13 in data59){
if(!((key13 === "year") || (key13 === "goals"))){
const err119 = {instancePath:instancePath+"/goals/resultGoals/" + i8,schemaPath:"#/properties/goals/properties/resultGoals/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13}};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data59.year !== undefined){
let data60 = data59.year;
if(!(((typeof data60 == "number") && (!(data60 % 1) && !isNaN(data60))) && (isFinite(data60)))){
const err120 = {instancePath:instancePath+"/goals/resultGoals/" + i8+"/year",schemaPath:"#/properties/goals/properties/resultGoals/items/properties/year/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if((typeof data60 == "number") && (isFinite(data60))){
if(data60 > 2100 || isNaN(data60)){
const err121 = {instancePath:instancePath+"/goals/resultGoals/" + i8+"/year",schemaPath:"#/properties/goals/properties/resultGoals/items/properties/year/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100}};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
if(data60 < 2000 || isNaN(data60)){
const err122 = {instancePath:instancePath+"/goals/resultGoals/" + i8+"/year",schemaPath:"#/properties/goals/properties/resultGoals/items/properties/year/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2000}};
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
if(data59.goals !== undefined){
let data61 = data59.goals;
if(Array.isArray(data61)){
if(data61.length > 30){
const err123 = {instancePath:instancePath+"/goals/resultGoals/" + i8+"/goals",schemaPath:"#/properties/goals/properties/resultGoals/items/properties/goals/maxItems",keyword:"maxItems",params:{limit: 30}};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
if(data61.length < 1){
const err124 = {instancePath:instancePath+"/goals/resultGoals/" + i8+"/goals",schemaPath:"#/properties/goals/properties/resultGoals/items/properties/goals/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
const len9 = data61.length;
for(let i9=0; i9<len9; i9++){
if(!(validate46(data61[i9], {instancePath:instancePath+"/goals/resultGoals/" + i8+"/goals/" + i9,parentData:data61,parentDataProperty:i9,rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
}
else {
const err125 = {instancePath:instancePath+"/goals/resultGoals/" + i8+"/goals",schemaPath:"#/properties/goals/properties/resultGoals/items/properties/goals/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
}
else {
const err126 = {instancePath:instancePath+"/goals/resultGoals/" + i8,schemaPath:"#/properties/goals/properties/resultGoals/items/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
}
else {
const err127 = {instancePath:instancePath+"/goals/resultGoals",schemaPath:"#/properties/goals/properties/resultGoals/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
if(data57.councilBriefing !== undefined){
if(typeof data57.councilBriefing !== "boolean"){
const err128 = {instancePath:instancePath+"/goals/councilBriefing",schemaPath:"#/properties/goals/properties/councilBriefing/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
}
else {
const err129 = {instancePath:instancePath+"/goals",schemaPath:"#/properties/goals/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data.competence !== undefined){
let data64 = data.competence;
if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
for(const key14 in data64){
if(!(key14 === "commonMeasures")){
const err130 = {instancePath:instancePath+"/competence",schemaPath:"#/properties/competence/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14}};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data64.commonMeasures !== undefined){
let data65 = data64.commonMeasures;
if(Array.isArray(data65)){
if(data65.length > 30){
const err131 = {instancePath:instancePath+"/competence/commonMeasures",schemaPath:"#/properties/competence/properties/commonMeasures/maxItems",keyword:"maxItems",params:{limit: 30}};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
const len10 = data65.length;
for(let i10=0; i10<len10; i10++){
if(!(validate46(data65[i10], {instancePath:instancePath+"/competence/commonMeasures/" + i10,parentData:data65,parentDataProperty:i10,rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
}
else {
const err132 = {instancePath:instancePath+"/competence/commonMeasures",schemaPath:"#/properties/competence/properties/commonMeasures/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
}
else {
const err133 = {instancePath:instancePath+"/competence",schemaPath:"#/properties/competence/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(data.delegation !== undefined){
let data67 = data.delegation;
const _errs133 = errors;
let valid44 = true;
const _errs134 = errors;
const _errs135 = errors;
let valid45 = false;
const _errs136 = errors;
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
let missing2;
if((data67.stateStaffOnMunicipalTasks === undefined) && (missing2 = "stateStaffOnMunicipalTasks")){
const err134 = {};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
else {
if(data67.stateStaffOnMunicipalTasks !== undefined){
if(true !== data67.stateStaffOnMunicipalTasks){
const err135 = {};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
}
}
var _valid3 = _errs136 === errors;
valid45 = valid45 || _valid3;
if(!valid45){
const _errs138 = errors;
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
let missing3;
if((data67.municipalStaffOnStateTasks === undefined) && (missing3 = "municipalStaffOnStateTasks")){
const err136 = {};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
else {
if(data67.municipalStaffOnStateTasks !== undefined){
if(true !== data67.municipalStaffOnStateTasks){
const err137 = {};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
}
}
var _valid3 = _errs138 === errors;
valid45 = valid45 || _valid3;
}
if(!valid45){
const err138 = {};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
else {
errors = _errs135;
if(vErrors !== null){
if(_errs135){
vErrors.length = _errs135;
}
else {
vErrors = null;
}
}
}
var _valid2 = _errs134 === errors;
errors = _errs133;
if(vErrors !== null){
if(_errs133){
vErrors.length = _errs133;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs140 = errors;
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
if(data67.decision === undefined){
const err139 = {instancePath:instancePath+"/delegation",schemaPath:"#/properties/delegation/then/required",keyword:"required",params:{missingProperty: "decision"}};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
var _valid2 = _errs140 === errors;
valid44 = _valid2;
}
if(!valid44){
const err140 = {instancePath:instancePath+"/delegation",schemaPath:"#/properties/delegation/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
if(data67.stateStaffOnMunicipalTasks === undefined){
const err141 = {instancePath:instancePath+"/delegation",schemaPath:"#/properties/delegation/required",keyword:"required",params:{missingProperty: "stateStaffOnMunicipalTasks"}};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
if(data67.municipalStaffOnStateTasks === undefined){
const err142 = {instancePath:instancePath+"/delegation",schemaPath:"#/properties/delegation/required",keyword:"required",params:{missingProperty: "municipalStaffOnStateTasks"}};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
for(const key15 in data67){
if(!(((key15 === "stateStaffOnMunicipalTasks") || (key15 === "municipalStaffOnStateTasks")) || (key15 === "decision"))){
const err143 = {instancePath:instancePath+"/delegation",schemaPath:"#/properties/delegation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15}};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data67.stateStaffOnMunicipalTasks !== undefined){
if(typeof data67.stateStaffOnMunicipalTasks !== "boolean"){
const err144 = {instancePath:instancePath+"/delegation/stateStaffOnMunicipalTasks",schemaPath:"#/properties/delegation/properties/stateStaffOnMunicipalTasks/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data67.municipalStaffOnStateTasks !== undefined){
if(typeof data67.municipalStaffOnStateTasks !== "boolean"){
const err145 = {instancePath:instancePath+"/delegation/municipalStaffOnStateTasks",schemaPath:"#/properties/delegation/properties/municipalStaffOnStateTasks/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data67.decision !== undefined){
let data72 = data67.decision;
if(data72 && typeof data72 == "object" && !Array.isArray(data72)){
if(data72.reference === undefined){
const err146 = {instancePath:instancePath+"/delegation/decision",schemaPath:"#/properties/delegation/properties/decision/required",keyword:"required",params:{missingProperty: "reference"}};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
for(const key16 in data72){
if(!((key16 === "reference") || (key16 === "date"))){
const err147 = {instancePath:instancePath+"/delegation/decision",schemaPath:"#/properties/delegation/properties/decision/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16}};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
if(data72.reference !== undefined){
if(!(validate25(data72.reference, {instancePath:instancePath+"/delegation/decision/reference",parentData:data72,parentDataProperty:"reference",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data72.date !== undefined){
if(!(validate22(data72.date, {instancePath:instancePath+"/delegation/decision/date",parentData:data72,parentDataProperty:"date",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err148 = {instancePath:instancePath+"/delegation/decision",schemaPath:"#/properties/delegation/properties/decision/type",keyword:"type",params:{type: "object"}};
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
const err149 = {instancePath:instancePath+"/delegation",schemaPath:"#/properties/delegation/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
if(data.costs !== undefined){
let data75 = data.costs;
const _errs153 = errors;
let valid50 = true;
const _errs154 = errors;
if(data75 && typeof data75 == "object" && !Array.isArray(data75)){
let missing4;
if((data75.allocationKey === undefined) && (missing4 = "allocationKey")){
const err150 = {};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
else {
if(data75.allocationKey !== undefined){
if("avtalt" !== data75.allocationKey){
const err151 = {};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
}
}
var _valid4 = _errs154 === errors;
errors = _errs153;
if(vErrors !== null){
if(_errs153){
vErrors.length = _errs153;
}
else {
vErrors = null;
}
}
let ifClause2;
if(_valid4){
const _errs156 = errors;
if(data75 && typeof data75 == "object" && !Array.isArray(data75)){
if(data75.agreedShares === undefined){
const err152 = {instancePath:instancePath+"/costs",schemaPath:"#/properties/costs/then/required",keyword:"required",params:{missingProperty: "agreedShares"}};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
var _valid4 = _errs156 === errors;
valid50 = _valid4;
ifClause2 = "then";
}
else {
const _errs157 = errors;
if(data75 && typeof data75 == "object" && !Array.isArray(data75)){
if(data75.stateFte === undefined){
const err153 = {instancePath:instancePath+"/costs",schemaPath:"#/properties/costs/else/required",keyword:"required",params:{missingProperty: "stateFte"}};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
if(data75.fte === undefined){
const err154 = {instancePath:instancePath+"/costs",schemaPath:"#/properties/costs/else/required",keyword:"required",params:{missingProperty: "fte"}};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
var _valid4 = _errs157 === errors;
valid50 = _valid4;
ifClause2 = "else";
}
if(!valid50){
const err155 = {instancePath:instancePath+"/costs",schemaPath:"#/properties/costs/if",keyword:"if",params:{failingKeyword: ifClause2}};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
if(data75 && typeof data75 == "object" && !Array.isArray(data75)){
for(const key17 in data75){
if(!(func2.call(schema6.properties.costs.properties, key17))){
const err156 = {instancePath:instancePath+"/costs",schemaPath:"#/properties/costs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17}};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(data75.stateFte !== undefined){
let data77 = data75.stateFte;
if((typeof data77 == "number") && (isFinite(data77))){
if(data77 > 10000 || isNaN(data77)){
const err157 = {instancePath:instancePath+"/costs/stateFte",schemaPath:"#/properties/costs/properties/stateFte/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000}};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
if(data77 < 0 || isNaN(data77)){
const err158 = {instancePath:instancePath+"/costs/stateFte",schemaPath:"#/properties/costs/properties/stateFte/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
let res0;
if((0.01 === 0 || (res0 = data77/0.01, Math.abs(Math.round(res0) - res0) > 1e-9))){
const err159 = {instancePath:instancePath+"/costs/stateFte",schemaPath:"#/properties/costs/properties/stateFte/multipleOf",keyword:"multipleOf",params:{multipleOf: 0.01}};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
if(!(formats10.validate(data77))){
const err160 = {instancePath:instancePath+"/costs/stateFte",schemaPath:"#/properties/costs/properties/stateFte/format",keyword:"format",params:{format: "hundredths"}};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
else {
const err161 = {instancePath:instancePath+"/costs/stateFte",schemaPath:"#/properties/costs/properties/stateFte/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
if(data75.fte !== undefined){
let data78 = data75.fte;
if(Array.isArray(data78)){
if(data78.length > 50){
const err162 = {instancePath:instancePath+"/costs/fte",schemaPath:"#/properties/costs/properties/fte/maxItems",keyword:"maxItems",params:{limit: 50}};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
if(data78.length < 1){
const err163 = {instancePath:instancePath+"/costs/fte",schemaPath:"#/properties/costs/properties/fte/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
const len11 = data78.length;
for(let i11=0; i11<len11; i11++){
let data79 = data78[i11];
if(data79 && typeof data79 == "object" && !Array.isArray(data79)){
if(data79.municipality === undefined){
const err164 = {instancePath:instancePath+"/costs/fte/" + i11,schemaPath:"#/properties/costs/properties/fte/items/required",keyword:"required",params:{missingProperty: "municipality"}};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
if(data79.fte === undefined){
const err165 = {instancePath:instancePath+"/costs/fte/" + i11,schemaPath:"#/properties/costs/properties/fte/items/required",keyword:"required",params:{missingProperty: "fte"}};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
for(const key18 in data79){
if(!((key18 === "municipality") || (key18 === "fte"))){
const err166 = {instancePath:instancePath+"/costs/fte/" + i11,schemaPath:"#/properties/costs/properties/fte/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18}};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
if(data79.municipality !== undefined){
if(!(validate28(data79.municipality, {instancePath:instancePath+"/costs/fte/" + i11+"/municipality",parentData:data79,parentDataProperty:"municipality",rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data79.fte !== undefined){
let data81 = data79.fte;
if((typeof data81 == "number") && (isFinite(data81))){
if(data81 > 10000 || isNaN(data81)){
const err167 = {instancePath:instancePath+"/costs/fte/" + i11+"/fte",schemaPath:"#/properties/costs/properties/fte/items/properties/fte/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000}};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
if(data81 < 0 || isNaN(data81)){
const err168 = {instancePath:instancePath+"/costs/fte/" + i11+"/fte",schemaPath:"#/properties/costs/properties/fte/items/properties/fte/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
let res1;
if((0.01 === 0 || (res1 = data81/0.01, Math.abs(Math.round(res1) - res1) > 1e-9))){
const err169 = {instancePath:instancePath+"/costs/fte/" + i11+"/fte",schemaPath:"#/properties/costs/properties/fte/items/properties/fte/multipleOf",keyword:"multipleOf",params:{multipleOf: 0.01}};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
if(!(formats10.validate(data81))){
const err170 = {instancePath:instancePath+"/costs/fte/" + i11+"/fte",schemaPath:"#/properties/costs/properties/fte/items/properties/fte/format",keyword:"format",params:{format: "hundredths"}};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
else {
const err171 = {instancePath:instancePath+"/costs/fte/" + i11+"/fte",schemaPath:"#/properties/costs/properties/fte/items/properties/fte/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
}
else {
const err172 = {instancePath:instancePath+"/costs/fte/" + i11,schemaPath:"#/properties/costs/properties/fte/items/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
}
else {
const err173 = {instancePath:instancePath+"/costs/fte",schemaPath:"#/properties/costs/properties/fte/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
if(data75.allocationKey !== undefined){
let data82 = data75.allocationKey;
if(typeof data82 !== "string"){
const err174 = {instancePath:instancePath+"/costs/allocationKey",schemaPath:"#/properties/costs/properties/allocationKey/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
if(!((data82 === "årsverk") || (data82 === "avtalt"))){
const err175 = {instancePath:instancePath+"/costs/allocationKey",schemaPath:"#/properties/costs/properties/allocationKey/enum",keyword:"enum",params:{allowedValues: schema6.properties.costs.properties.allocationKey.enum}};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
if(data75.agreedShares !== undefined){
let data83 = data75.agreedShares;
if(Array.isArray(data83)){
if(data83.length > 51){
const err176 = {instancePath:instancePath+"/costs/agreedShares",schemaPath:"#/properties/costs/properties/agreedShares/maxItems",keyword:"maxItems",params:{limit: 51}};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
if(data83.length < 1){
const err177 = {instancePath:instancePath+"/costs/agreedShares",schemaPath:"#/properties/costs/properties/agreedShares/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
const len12 = data83.length;
for(let i12=0; i12<len12; i12++){
let data84 = data83[i12];
if(data84 && typeof data84 == "object" && !Array.isArray(data84)){
if(data84.party === undefined){
const err178 = {instancePath:instancePath+"/costs/agreedShares/" + i12,schemaPath:"#/properties/costs/properties/agreedShares/items/required",keyword:"required",params:{missingProperty: "party"}};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
if(data84.percent === undefined){
const err179 = {instancePath:instancePath+"/costs/agreedShares/" + i12,schemaPath:"#/properties/costs/properties/agreedShares/items/required",keyword:"required",params:{missingProperty: "percent"}};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
for(const key19 in data84){
if(!((key19 === "party") || (key19 === "percent"))){
const err180 = {instancePath:instancePath+"/costs/agreedShares/" + i12,schemaPath:"#/properties/costs/properties/agreedShares/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19}};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
if(data84.party !== undefined){
let data85 = data84.party;
if(typeof data85 === "string"){
if(!pattern12.test(data85)){
const err181 = {instancePath:instancePath+"/costs/agreedShares/" + i12+"/party",schemaPath:"#/properties/costs/properties/agreedShares/items/properties/party/pattern",keyword:"pattern",params:{pattern: "^stat$|^[0-9]{4}$|^0301[0-9]{2}$"}};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
else {
const err182 = {instancePath:instancePath+"/costs/agreedShares/" + i12+"/party",schemaPath:"#/properties/costs/properties/agreedShares/items/properties/party/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
if(data84.percent !== undefined){
let data86 = data84.percent;
if((typeof data86 == "number") && (isFinite(data86))){
if(data86 > 100 || isNaN(data86)){
const err183 = {instancePath:instancePath+"/costs/agreedShares/" + i12+"/percent",schemaPath:"#/properties/costs/properties/agreedShares/items/properties/percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100}};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
if(data86 < 0 || isNaN(data86)){
const err184 = {instancePath:instancePath+"/costs/agreedShares/" + i12+"/percent",schemaPath:"#/properties/costs/properties/agreedShares/items/properties/percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
let res2;
if((0.01 === 0 || (res2 = data86/0.01, Math.abs(Math.round(res2) - res2) > 1e-9))){
const err185 = {instancePath:instancePath+"/costs/agreedShares/" + i12+"/percent",schemaPath:"#/properties/costs/properties/agreedShares/items/properties/percent/multipleOf",keyword:"multipleOf",params:{multipleOf: 0.01}};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
if(!(formats10.validate(data86))){
const err186 = {instancePath:instancePath+"/costs/agreedShares/" + i12+"/percent",schemaPath:"#/properties/costs/properties/agreedShares/items/properties/percent/format",keyword:"format",params:{format: "hundredths"}};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
else {
const err187 = {instancePath:instancePath+"/costs/agreedShares/" + i12+"/percent",schemaPath:"#/properties/costs/properties/agreedShares/items/properties/percent/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
}
else {
const err188 = {instancePath:instancePath+"/costs/agreedShares/" + i12,schemaPath:"#/properties/costs/properties/agreedShares/items/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
}
else {
const err189 = {instancePath:instancePath+"/costs/agreedShares",schemaPath:"#/properties/costs/properties/agreedShares/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
if(data75.managerShare !== undefined){
let data87 = data75.managerShare;
if(data87 && typeof data87 == "object" && !Array.isArray(data87)){
if(data87.state === undefined){
const err190 = {instancePath:instancePath+"/costs/managerShare",schemaPath:"#/properties/costs/properties/managerShare/required",keyword:"required",params:{missingProperty: "state"}};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
if(data87.municipal === undefined){
const err191 = {instancePath:instancePath+"/costs/managerShare",schemaPath:"#/properties/costs/properties/managerShare/required",keyword:"required",params:{missingProperty: "municipal"}};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
for(const key20 in data87){
if(!((key20 === "state") || (key20 === "municipal"))){
const err192 = {instancePath:instancePath+"/costs/managerShare",schemaPath:"#/properties/costs/properties/managerShare/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20}};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
if(data87.state !== undefined){
let data88 = data87.state;
if((typeof data88 == "number") && (isFinite(data88))){
if(data88 > 100 || isNaN(data88)){
const err193 = {instancePath:instancePath+"/costs/managerShare/state",schemaPath:"#/properties/costs/properties/managerShare/properties/state/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100}};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
if(data88 < 0 || isNaN(data88)){
const err194 = {instancePath:instancePath+"/costs/managerShare/state",schemaPath:"#/properties/costs/properties/managerShare/properties/state/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
let res3;
if((0.01 === 0 || (res3 = data88/0.01, Math.abs(Math.round(res3) - res3) > 1e-9))){
const err195 = {instancePath:instancePath+"/costs/managerShare/state",schemaPath:"#/properties/costs/properties/managerShare/properties/state/multipleOf",keyword:"multipleOf",params:{multipleOf: 0.01}};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
if(!(formats10.validate(data88))){
const err196 = {instancePath:instancePath+"/costs/managerShare/state",schemaPath:"#/properties/costs/properties/managerShare/properties/state/format",keyword:"format",params:{format: "hundredths"}};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
else {
const err197 = {instancePath:instancePath+"/costs/managerShare/state",schemaPath:"#/properties/costs/properties/managerShare/properties/state/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
if(data87.municipal !== undefined){
let data89 = data87.municipal;
if((typeof data89 == "number") && (isFinite(data89))){
if(data89 > 100 || isNaN(data89)){
const err198 = {instancePath:instancePath+"/costs/managerShare/municipal",schemaPath:"#/properties/costs/properties/managerShare/properties/municipal/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100}};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
if(data89 < 0 || isNaN(data89)){
const err199 = {instancePath:instancePath+"/costs/managerShare/municipal",schemaPath:"#/properties/costs/properties/managerShare/properties/municipal/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
let res4;
if((0.01 === 0 || (res4 = data89/0.01, Math.abs(Math.round(res4) - res4) > 1e-9))){
const err200 = {instancePath:instancePath+"/costs/managerShare/municipal",schemaPath:"#/properties/costs/properties/managerShare/properties/municipal/multipleOf",keyword:"multipleOf",params:{multipleOf: 0.01}};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
if(!(formats10.validate(data89))){
const err201 = {instancePath:instancePath+"/costs/managerShare/municipal",schemaPath:"#/properties/costs/properties/managerShare/properties/municipal/format",keyword:"format",params:{format: "hundredths"}};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
else {
const err202 = {instancePath:instancePath+"/costs/managerShare/municipal",schemaPath:"#/properties/costs/properties/managerShare/properties/municipal/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
}
else {
const err203 = {instancePath:instancePath+"/costs/managerShare",schemaPath:"#/properties/costs/properties/managerShare/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
if(data75.managerMunicipalSplit !== undefined){
let data90 = data75.managerMunicipalSplit;
if(typeof data90 !== "string"){
const err204 = {instancePath:instancePath+"/costs/managerMunicipalSplit",schemaPath:"#/properties/costs/properties/managerMunicipalSplit/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
if(!(((data90 === "årsverk") || (data90 === "likt")) || (data90 === "vertskommunen"))){
const err205 = {instancePath:instancePath+"/costs/managerMunicipalSplit",schemaPath:"#/properties/costs/properties/managerMunicipalSplit/enum",keyword:"enum",params:{allowedValues: schema6.properties.costs.properties.managerMunicipalSplit.enum}};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
if(data75.annualBudget !== undefined){
let data91 = data75.annualBudget;
if(!(((typeof data91 == "number") && (!(data91 % 1) && !isNaN(data91))) && (isFinite(data91)))){
const err206 = {instancePath:instancePath+"/costs/annualBudget",schemaPath:"#/properties/costs/properties/annualBudget/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
if((typeof data91 == "number") && (isFinite(data91))){
if(data91 > 10000000000 || isNaN(data91)){
const err207 = {instancePath:instancePath+"/costs/annualBudget",schemaPath:"#/properties/costs/properties/annualBudget/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000000}};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
if(data91 < 0 || isNaN(data91)){
const err208 = {instancePath:instancePath+"/costs/annualBudget",schemaPath:"#/properties/costs/properties/annualBudget/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data75.managerPostCost !== undefined){
let data92 = data75.managerPostCost;
if(!(((typeof data92 == "number") && (!(data92 % 1) && !isNaN(data92))) && (isFinite(data92)))){
const err209 = {instancePath:instancePath+"/costs/managerPostCost",schemaPath:"#/properties/costs/properties/managerPostCost/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
if((typeof data92 == "number") && (isFinite(data92))){
if(data92 > 100000000 || isNaN(data92)){
const err210 = {instancePath:instancePath+"/costs/managerPostCost",schemaPath:"#/properties/costs/properties/managerPostCost/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000000}};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
if(data92 < 0 || isNaN(data92)){
const err211 = {instancePath:instancePath+"/costs/managerPostCost",schemaPath:"#/properties/costs/properties/managerPostCost/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
}
if(data75.invoicing !== undefined){
if(!(validate46(data75.invoicing, {instancePath:instancePath+"/costs/invoicing",parentData:data75,parentDataProperty:"invoicing",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data75.payments !== undefined){
let data94 = data75.payments;
if(data94 && typeof data94 == "object" && !Array.isArray(data94)){
if(data94.frequency === undefined){
const err212 = {instancePath:instancePath+"/costs/payments",schemaPath:"#/properties/costs/properties/payments/required",keyword:"required",params:{missingProperty: "frequency"}};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
for(const key21 in data94){
if(!((((key21 === "frequency") || (key21 === "aKonto")) || (key21 === "settlementMonth")) || (key21 === "invoicingParty"))){
const err213 = {instancePath:instancePath+"/costs/payments",schemaPath:"#/properties/costs/properties/payments/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21}};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
if(data94.frequency !== undefined){
let data95 = data94.frequency;
if(typeof data95 !== "string"){
const err214 = {instancePath:instancePath+"/costs/payments/frequency",schemaPath:"#/properties/costs/properties/payments/properties/frequency/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
if(!((((data95 === "månedlig") || (data95 === "kvartalsvis")) || (data95 === "halvårlig")) || (data95 === "årlig"))){
const err215 = {instancePath:instancePath+"/costs/payments/frequency",schemaPath:"#/properties/costs/properties/payments/properties/frequency/enum",keyword:"enum",params:{allowedValues: schema6.properties.costs.properties.payments.properties.frequency.enum}};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
if(data94.aKonto !== undefined){
if(typeof data94.aKonto !== "boolean"){
const err216 = {instancePath:instancePath+"/costs/payments/aKonto",schemaPath:"#/properties/costs/properties/payments/properties/aKonto/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
if(data94.settlementMonth !== undefined){
let data97 = data94.settlementMonth;
if(!(((typeof data97 == "number") && (!(data97 % 1) && !isNaN(data97))) && (isFinite(data97)))){
const err217 = {instancePath:instancePath+"/costs/payments/settlementMonth",schemaPath:"#/properties/costs/properties/payments/properties/settlementMonth/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
if((typeof data97 == "number") && (isFinite(data97))){
if(data97 > 12 || isNaN(data97)){
const err218 = {instancePath:instancePath+"/costs/payments/settlementMonth",schemaPath:"#/properties/costs/properties/payments/properties/settlementMonth/maximum",keyword:"maximum",params:{comparison: "<=", limit: 12}};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
if(data97 < 1 || isNaN(data97)){
const err219 = {instancePath:instancePath+"/costs/payments/settlementMonth",schemaPath:"#/properties/costs/properties/payments/properties/settlementMonth/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
}
if(data94.invoicingParty !== undefined){
let data98 = data94.invoicingParty;
if(typeof data98 !== "string"){
const err220 = {instancePath:instancePath+"/costs/payments/invoicingParty",schemaPath:"#/properties/costs/properties/payments/properties/invoicingParty/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
if(!((data98 === "stat") || (data98 === "kommune"))){
const err221 = {instancePath:instancePath+"/costs/payments/invoicingParty",schemaPath:"#/properties/costs/properties/payments/properties/invoicingParty/enum",keyword:"enum",params:{allowedValues: schema6.properties.costs.properties.payments.properties.invoicingParty.enum}};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
}
else {
const err222 = {instancePath:instancePath+"/costs/payments",schemaPath:"#/properties/costs/properties/payments/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
if(data75.firstYearProRata !== undefined){
if(typeof data75.firstYearProRata !== "boolean"){
const err223 = {instancePath:instancePath+"/costs/firstYearProRata",schemaPath:"#/properties/costs/properties/firstYearProRata/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
}
}
else {
const err224 = {instancePath:instancePath+"/costs",schemaPath:"#/properties/costs/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
if(data.services !== undefined){
let data100 = data.services;
if(data100 && typeof data100 == "object" && !Array.isArray(data100)){
if(data100.stateServices === undefined){
const err225 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/required",keyword:"required",params:{missingProperty: "stateServices"}};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
if(data100.statutoryMunicipalServices === undefined){
const err226 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/required",keyword:"required",params:{missingProperty: "statutoryMunicipalServices"}};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
for(const key22 in data100){
if(!(((key22 === "stateServices") || (key22 === "statutoryMunicipalServices")) || (key22 === "additionalMunicipalServices"))){
const err227 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22}};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
if(data100.stateServices !== undefined){
let data101 = data100.stateServices;
if(Array.isArray(data101)){
if(data101.length > 30){
const err228 = {instancePath:instancePath+"/services/stateServices",schemaPath:"#/properties/services/properties/stateServices/maxItems",keyword:"maxItems",params:{limit: 30}};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
if(data101.length < 1){
const err229 = {instancePath:instancePath+"/services/stateServices",schemaPath:"#/properties/services/properties/stateServices/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
const len13 = data101.length;
for(let i13=0; i13<len13; i13++){
if(!(validate46(data101[i13], {instancePath:instancePath+"/services/stateServices/" + i13,parentData:data101,parentDataProperty:i13,rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
}
else {
const err230 = {instancePath:instancePath+"/services/stateServices",schemaPath:"#/properties/services/properties/stateServices/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
if(data100.statutoryMunicipalServices !== undefined){
let data103 = data100.statutoryMunicipalServices;
if(Array.isArray(data103)){
if(data103.length > 5){
const err231 = {instancePath:instancePath+"/services/statutoryMunicipalServices",schemaPath:"#/properties/services/properties/statutoryMunicipalServices/maxItems",keyword:"maxItems",params:{limit: 5}};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
const len14 = data103.length;
for(let i14=0; i14<len14; i14++){
let data104 = data103[i14];
if(typeof data104 !== "string"){
const err232 = {instancePath:instancePath+"/services/statutoryMunicipalServices/" + i14,schemaPath:"#/properties/services/properties/statutoryMunicipalServices/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
if(!(((((data104 === "økonomisk stønad") || (data104 === "råd og veiledning")) || (data104 === "kvalifiseringsprogrammet")) || (data104 === "midlertidig bolig")) || (data104 === "individuell plan"))){
const err233 = {instancePath:instancePath+"/services/statutoryMunicipalServices/" + i14,schemaPath:"#/properties/services/properties/statutoryMunicipalServices/items/enum",keyword:"enum",params:{allowedValues: schema6.properties.services.properties.statutoryMunicipalServices.items.enum}};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
let i15 = data103.length;
let j0;
if(i15 > 1){
const indices0 = {};
for(;i15--;){
let item0 = data103[i15];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err234 = {instancePath:instancePath+"/services/statutoryMunicipalServices",schemaPath:"#/properties/services/properties/statutoryMunicipalServices/uniqueItems",keyword:"uniqueItems",params:{i: i15, j: j0}};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
break;
}
indices0[item0] = i15;
}
}
}
else {
const err235 = {instancePath:instancePath+"/services/statutoryMunicipalServices",schemaPath:"#/properties/services/properties/statutoryMunicipalServices/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
}
if(data100.additionalMunicipalServices !== undefined){
let data105 = data100.additionalMunicipalServices;
if(Array.isArray(data105)){
if(data105.length > 50){
const err236 = {instancePath:instancePath+"/services/additionalMunicipalServices",schemaPath:"#/properties/services/properties/additionalMunicipalServices/maxItems",keyword:"maxItems",params:{limit: 50}};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
const len15 = data105.length;
for(let i16=0; i16<len15; i16++){
if(!(validate46(data105[i16], {instancePath:instancePath+"/services/additionalMunicipalServices/" + i16,parentData:data105,parentDataProperty:i16,rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
}
else {
const err237 = {instancePath:instancePath+"/services/additionalMunicipalServices",schemaPath:"#/properties/services/properties/additionalMunicipalServices/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
}
}
else {
const err238 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
}
if(data.userParticipation !== undefined){
let data107 = data.userParticipation;
if(data107 && typeof data107 == "object" && !Array.isArray(data107)){
for(const key23 in data107){
if(!(((key23 === "individualLevel") || (key23 === "systemLevel")) || (key23 === "navAppointsUserCouncil"))){
const err239 = {instancePath:instancePath+"/userParticipation",schemaPath:"#/properties/userParticipation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23}};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
if(data107.individualLevel !== undefined){
if(!(validate46(data107.individualLevel, {instancePath:instancePath+"/userParticipation/individualLevel",parentData:data107,parentDataProperty:"individualLevel",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data107.systemLevel !== undefined){
if(!(validate46(data107.systemLevel, {instancePath:instancePath+"/userParticipation/systemLevel",parentData:data107,parentDataProperty:"systemLevel",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data107.navAppointsUserCouncil !== undefined){
if(typeof data107.navAppointsUserCouncil !== "boolean"){
const err240 = {instancePath:instancePath+"/userParticipation/navAppointsUserCouncil",schemaPath:"#/properties/userParticipation/properties/navAppointsUserCouncil/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
}
}
else {
const err241 = {instancePath:instancePath+"/userParticipation",schemaPath:"#/properties/userParticipation/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
}
if(data.cooperation !== undefined){
let data111 = data.cooperation;
if(data111 && typeof data111 == "object" && !Array.isArray(data111)){
for(const key24 in data111){
if(!(key24 === "agreements")){
const err242 = {instancePath:instancePath+"/cooperation",schemaPath:"#/properties/cooperation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24}};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
}
if(data111.agreements !== undefined){
let data112 = data111.agreements;
if(Array.isArray(data112)){
if(data112.length > 50){
const err243 = {instancePath:instancePath+"/cooperation/agreements",schemaPath:"#/properties/cooperation/properties/agreements/maxItems",keyword:"maxItems",params:{limit: 50}};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
const len16 = data112.length;
for(let i17=0; i17<len16; i17++){
if(!(validate46(data112[i17], {instancePath:instancePath+"/cooperation/agreements/" + i17,parentData:data112,parentDataProperty:i17,rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
}
else {
const err244 = {instancePath:instancePath+"/cooperation/agreements",schemaPath:"#/properties/cooperation/properties/agreements/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
}
}
else {
const err245 = {instancePath:instancePath+"/cooperation",schemaPath:"#/properties/cooperation/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
if(data.disputeResolution !== undefined){
let data114 = data.disputeResolution;
if(data114 && typeof data114 == "object" && !Array.isArray(data114)){
for(const key25 in data114){
if(!(key25 === "localProcedure")){
const err246 = {instancePath:instancePath+"/disputeResolution",schemaPath:"#/properties/disputeResolution/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25}};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
if(data114.localProcedure !== undefined){
if(!(validate46(data114.localProcedure, {instancePath:instancePath+"/disputeResolution/localProcedure",parentData:data114,parentDataProperty:"localProcedure",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
}
else {
const err247 = {instancePath:instancePath+"/disputeResolution",schemaPath:"#/properties/disputeResolution/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
if(data.externalAudit !== undefined){
let data116 = data.externalAudit;
if(data116 && typeof data116 == "object" && !Array.isArray(data116)){
for(const key26 in data116){
if(!(key26 === "municipalAuditor")){
const err248 = {instancePath:instancePath+"/externalAudit",schemaPath:"#/properties/externalAudit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26}};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
}
if(data116.municipalAuditor !== undefined){
if(!(validate25(data116.municipalAuditor, {instancePath:instancePath+"/externalAudit/municipalAuditor",parentData:data116,parentDataProperty:"municipalAuditor",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err249 = {instancePath:instancePath+"/externalAudit",schemaPath:"#/properties/externalAudit/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
}
if(data.period !== undefined){
let data118 = data.period;
if(data118 && typeof data118 == "object" && !Array.isArray(data118)){
if(data118.start === undefined){
const err250 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/required",keyword:"required",params:{missingProperty: "start"}};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
for(const key27 in data118){
if(!((((key27 === "start") || (key27 === "end")) || (key27 === "evaluationIntervalYears")) || (key27 === "revisionDate"))){
const err251 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27}};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
}
if(data118.start !== undefined){
if(!(validate22(data118.start, {instancePath:instancePath+"/period/start",parentData:data118,parentDataProperty:"start",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data118.end !== undefined){
if(!(validate22(data118.end, {instancePath:instancePath+"/period/end",parentData:data118,parentDataProperty:"end",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data118.evaluationIntervalYears !== undefined){
let data121 = data118.evaluationIntervalYears;
if(!(((typeof data121 == "number") && (!(data121 % 1) && !isNaN(data121))) && (isFinite(data121)))){
const err252 = {instancePath:instancePath+"/period/evaluationIntervalYears",schemaPath:"#/properties/period/properties/evaluationIntervalYears/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
if((typeof data121 == "number") && (isFinite(data121))){
if(data121 > 10 || isNaN(data121)){
const err253 = {instancePath:instancePath+"/period/evaluationIntervalYears",schemaPath:"#/properties/period/properties/evaluationIntervalYears/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10}};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
if(data121 < 1 || isNaN(data121)){
const err254 = {instancePath:instancePath+"/period/evaluationIntervalYears",schemaPath:"#/properties/period/properties/evaluationIntervalYears/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
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
if(data118.revisionDate !== undefined){
if(!(validate22(data118.revisionDate, {instancePath:instancePath+"/period/revisionDate",parentData:data118,parentDataProperty:"revisionDate",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err255 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
}
if(data.signing !== undefined){
let data123 = data.signing;
if(data123 && typeof data123 == "object" && !Array.isArray(data123)){
for(const key28 in data123){
if(!(((((key28 === "place") || (key28 === "date")) || (key28 === "method")) || (key28 === "municipal")) || (key28 === "state"))){
const err256 = {instancePath:instancePath+"/signing",schemaPath:"#/properties/signing/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28}};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
}
if(data123.place !== undefined){
if(!(validate25(data123.place, {instancePath:instancePath+"/signing/place",parentData:data123,parentDataProperty:"place",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data123.date !== undefined){
if(!(validate22(data123.date, {instancePath:instancePath+"/signing/date",parentData:data123,parentDataProperty:"date",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data123.method !== undefined){
let data126 = data123.method;
if(typeof data126 !== "string"){
const err257 = {instancePath:instancePath+"/signing/method",schemaPath:"#/properties/signing/properties/method/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
if(!((data126 === "håndskrevet") || (data126 === "elektronisk"))){
const err258 = {instancePath:instancePath+"/signing/method",schemaPath:"#/properties/signing/properties/method/enum",keyword:"enum",params:{allowedValues: schema6.properties.signing.properties.method.enum}};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
}
if(data123.municipal !== undefined){
if(!(validate96(data123.municipal, {instancePath:instancePath+"/signing/municipal",parentData:data123,parentDataProperty:"municipal",rootData}))){
vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
errors = vErrors.length;
}
}
if(data123.state !== undefined){
if(!(validate96(data123.state, {instancePath:instancePath+"/signing/state",parentData:data123,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
errors = vErrors.length;
}
}
}
else {
const err259 = {instancePath:instancePath+"/signing",schemaPath:"#/properties/signing/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
}
if(data.attachments !== undefined){
let data129 = data.attachments;
if(Array.isArray(data129)){
if(data129.length > 30){
const err260 = {instancePath:instancePath+"/attachments",schemaPath:"#/properties/attachments/maxItems",keyword:"maxItems",params:{limit: 30}};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
const len17 = data129.length;
for(let i18=0; i18<len17; i18++){
let data130 = data129[i18];
if(data130 && typeof data130 == "object" && !Array.isArray(data130)){
if(data130.kind === undefined){
const err261 = {instancePath:instancePath+"/attachments/" + i18,schemaPath:"#/properties/attachments/items/required",keyword:"required",params:{missingProperty: "kind"}};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
if(data130.title === undefined){
const err262 = {instancePath:instancePath+"/attachments/" + i18,schemaPath:"#/properties/attachments/items/required",keyword:"required",params:{missingProperty: "title"}};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
for(const key29 in data130){
if(!(((key29 === "kind") || (key29 === "title")) || (key29 === "date"))){
const err263 = {instancePath:instancePath+"/attachments/" + i18,schemaPath:"#/properties/attachments/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29}};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
if(data130.kind !== undefined){
let data131 = data130.kind;
if(typeof data131 !== "string"){
const err264 = {instancePath:instancePath+"/attachments/" + i18+"/kind",schemaPath:"#/properties/attachments/items/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
if(!((((data131 === "driftsavtale") || (data131 === "delegasjonsvedtak")) || (data131 === "vertskommuneavtale")) || (data131 === "annet"))){
const err265 = {instancePath:instancePath+"/attachments/" + i18+"/kind",schemaPath:"#/properties/attachments/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema6.properties.attachments.items.properties.kind.enum}};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
}
if(data130.title !== undefined){
if(!(validate25(data130.title, {instancePath:instancePath+"/attachments/" + i18+"/title",parentData:data130,parentDataProperty:"title",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data130.date !== undefined){
if(!(validate22(data130.date, {instancePath:instancePath+"/attachments/" + i18+"/date",parentData:data130,parentDataProperty:"date",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err266 = {instancePath:instancePath+"/attachments/" + i18,schemaPath:"#/properties/attachments/items/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
}
else {
const err267 = {instancePath:instancePath+"/attachments",schemaPath:"#/properties/attachments/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
}
if(data.checklist !== undefined){
let data134 = data.checklist;
if(data134 && typeof data134 == "object" && !Array.isArray(data134)){
for(const key30 in data134){
const _errs269 = errors;
if(!((((((((((((((((((((((((((((((((((((((((((((key30 === "1.0-1") || (key30 === "2.0-1")) || (key30 === "2.0-2")) || (key30 === "2.0-3")) || (key30 === "2.0-4")) || (key30 === "2.1-1")) || (key30 === "2.1-2")) || (key30 === "2.1-3")) || (key30 === "2.1-4")) || (key30 === "2.1-5")) || (key30 === "2.1-6")) || (key30 === "3.1-1")) || (key30 === "3.1-2")) || (key30 === "3.1-3")) || (key30 === "3.1-4")) || (key30 === "3.2-1")) || (key30 === "3.2-2")) || (key30 === "3.2-3")) || (key30 === "3.3-1")) || (key30 === "3.3-2")) || (key30 === "3.3-3")) || (key30 === "3.3-4")) || (key30 === "3.4-1")) || (key30 === "3.4-2")) || (key30 === "3.4-3")) || (key30 === "3.5-1")) || (key30 === "3.6-1")) || (key30 === "3.6-2")) || (key30 === "3.7-1")) || (key30 === "3.7-2")) || (key30 === "3.7-3")) || (key30 === "3.7-4")) || (key30 === "3.8-1")) || (key30 === "3.8-2")) || (key30 === "4.0-1")) || (key30 === "4.0-2")) || (key30 === "5.0-1")) || (key30 === "5.0-2")) || (key30 === "6.0-1")) || (key30 === "6.0-2")) || (key30 === "7.0-1")) || (key30 === "8.0-1")) || (key30 === "9.0-1")) || (key30 === "9.0-2"))){
const err268 = {instancePath:instancePath+"/checklist",schemaPath:"#/properties/checklist/propertyNames/enum",keyword:"enum",params:{allowedValues: schema6.properties.checklist.propertyNames.enum},propertyName:key30};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
var valid80 = _errs269 === errors;
if(!valid80){
const err269 = {instancePath:instancePath+"/checklist",schemaPath:"#/properties/checklist/propertyNames",keyword:"propertyNames",params:{propertyName: key30}};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
}
for(const key31 in data134){
let data135 = data134[key31];
if(data135 && typeof data135 == "object" && !Array.isArray(data135)){
if(data135.status === undefined){
const err270 = {instancePath:instancePath+"/checklist/" + key31.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/checklist/additionalProperties/required",keyword:"required",params:{missingProperty: "status"}};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
for(const key32 in data135){
if(!((((key32 === "status") || (key32 === "comment")) || (key32 === "answeredBy")) || (key32 === "answeredAt"))){
const err271 = {instancePath:instancePath+"/checklist/" + key31.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/checklist/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key32}};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
}
if(data135.status !== undefined){
let data136 = data135.status;
if(typeof data136 !== "string"){
const err272 = {instancePath:instancePath+"/checklist/" + key31.replace(/~/g, "~0").replace(/\//g, "~1")+"/status",schemaPath:"#/properties/checklist/additionalProperties/properties/status/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
if(!((((data136 === "ja") || (data136 === "nei")) || (data136 === "delvis")) || (data136 === "ikke relevant"))){
const err273 = {instancePath:instancePath+"/checklist/" + key31.replace(/~/g, "~0").replace(/\//g, "~1")+"/status",schemaPath:"#/properties/checklist/additionalProperties/properties/status/enum",keyword:"enum",params:{allowedValues: schema6.properties.checklist.additionalProperties.properties.status.enum}};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
}
if(data135.comment !== undefined){
if(!(validate46(data135.comment, {instancePath:instancePath+"/checklist/" + key31.replace(/~/g, "~0").replace(/\//g, "~1")+"/comment",parentData:data135,parentDataProperty:"comment",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data135.answeredBy !== undefined){
if(!(validate25(data135.answeredBy, {instancePath:instancePath+"/checklist/" + key31.replace(/~/g, "~0").replace(/\//g, "~1")+"/answeredBy",parentData:data135,parentDataProperty:"answeredBy",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data135.answeredAt !== undefined){
if(!(validate22(data135.answeredAt, {instancePath:instancePath+"/checklist/" + key31.replace(/~/g, "~0").replace(/\//g, "~1")+"/answeredAt",parentData:data135,parentDataProperty:"answeredAt",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err274 = {instancePath:instancePath+"/checklist/" + key31.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/checklist/additionalProperties/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
}
}
else {
const err275 = {instancePath:instancePath+"/checklist",schemaPath:"#/properties/checklist/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
}
}
else {
const err276 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
