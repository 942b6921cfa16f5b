//! SOSFS 2011:9, Socialstyrelsens föreskrifter och allmänna råd om ledningssystem för
//! systematiskt kvalitetsarbete: the binding paragraphs (föreskrifter) of 1 and 3–7 kap.,
//! in the regulation's order.
//!
//! The original text came into force on 2012-01-01. Its amendments, and what each changed,
//! are data in [`super::amendments`]: HSLF-FS 2017:12, HSLF-FS 2018:10 (5 kap. 3 §, new
//! 5 kap. 3 a §, 7 kap. 2 §), HSLF-FS 2020:64, HSLF-FS 2023:27 and (seen only in a
//! third-party list) HSLF-FS 2025:21.
//!
//! Left out: 2 kap. (definitions, which are not requirements) and all allmänna råd
//! (recommendations, not binding), e.g. the yearly kvalitetsberättelse under 7 kap. 1 §.
//!
//! The paraphrases are ours, short Swedish summaries written for `lsk krav`; they are not
//! quotations and not the authoritative text. Each entry says how far its number and
//! content have been verified (`verification`), where (`sources`), and what is left open
//! (`note`). `docs/krav-verifiering.md` has the whole account.

use super::{Areas, Binding, Requirement, Source, Verification};
use crate::model::Area;

/// Hälso- och sjukvård and tandvård: the areas where the provider is a vårdgivare.
const VARDGIVARE: &[Area] = &[Area::Hsl, Area::Tandvard];

/// Socialtjänst (including LVU and LVM, which 2 kap. 1 § counts as socialtjänst) and LSS.
const SOCIALTJANST_OCH_LSS: &[Area] = &[Area::Sol, Area::Lss, Area::Lvu, Area::Lvm];

const SOS_KONS: Source = Source {
    title: "Socialstyrelsen, SOSFS 2011:9 konsoliderad (lagrad kopia, \"t.o.m. HSLF-FS 2023:27\")",
    address: "https://www.socialstyrelsen.se/kunskapsstod-och-regler/regler-och-riktlinjer/foreskrifter-och-allmanna-rad/konsoliderade-foreskrifter/20119-om-ledningssystem-for-systematiskt-kvalitetsarbete/",
};
const KUNSKAPSGUIDEN: Source = Source {
    title: "Kunskapsguiden, Lagstiftning som ställer krav på ledningssystem",
    address: "https://www.kunskapsguiden.se/omraden-och-teman/verksamhetsutveckling/ledningssystem-for-systematiskt-kvalitetsarbete/lagstiftning-som-staller-krav-pa-ledningssystem/",
};
const LAGEN_2018_10: Source = Source {
    title: "lagen.nu, HSLF-FS 2018:10 (ny lydelse av 5 kap. 3 §, ny 5 kap. 3 a §)",
    address: "https://lagen.nu/hslf-fs/2018:10",
};
const LAGEN_2020_64: Source = Source {
    title: "lagen.nu, HSLF-FS 2020:64 (2 kap. 1 §: socialtjänst omfattar LVU och LVM)",
    address: "https://lagen.nu/hslf-fs/2020:64",
};
const DOCPLAYER: Source = Source {
    title: "Kommunal riktlinje för dokument i ledningssystemet: \"SOSFS 2011:9 4 kap 2-4 säger följande …\"",
    address: "https://docplayer.se/3860226",
};
const FORBATTRINGSKUNSKAP: Source = Source {
    title: "Förbättringskunskap, Nationella riktlinjer och ledningssystem (citerar texten utan paragrafnummer)",
    address: "https://forbattringskunskap.se/nationella-riktlinjer-och-ledningssystem",
};
const PATIENTSAKERHET: Source = Source {
    title: "Socialstyrelsen, patientsäkerhet: SOSFS 2011:9 (3 kap.:s lydelse, utan paragrafnummer)",
    address: "https://patientsakerhet.socialstyrelsen.se/",
};
const VAXJO_RISK: Source = Source {
    title: "Växjö kommun, omsorgens ledningssystem, riskanalyser (\"Föreskrifter SOSFS 2011:9 5 kap. 1 §\")",
    address: "https://www.vaxjo.se/",
};
const VAXJO_KLAGOMAL: Source = Source {
    title: "Växjö kommun, synpunkter och klagomål (\"Föreskrifter SOSFS 2011:9 5 kap. 3 §\")",
    address: "https://www.vaxjo.se/",
};
const KLAGAPASTAN: Source = Source {
    title: "Klagapåstan, lagar och regler (\"Reglerna om klagomål står i 5 kap. 3 §\"; sammanställning och åtgärder utan nummer)",
    address: "https://klagapastan.se/sa-har-funkar-det/lagar-och-regler",
};
const VGR: Source = Source {
    title: "Västra Götalandsregionen, mallar patientsäkerhetsberättelse (\"7 kap 2-3 §§\")",
    address: "https://www.vgregion.se/",
};
const STAFFANSTORP: Source = Source {
    title: "Staffanstorps kommun, patientsäkerhetsberättelse (innehållspunkter utan nummer)",
    address: "https://staffanstorp.se/resurscentrum/skolskoterska/patientsakerhetsberattelse",
};
const STRATSYS: Source = Source {
    title: "Stratsys kunskapshub (det allmänna rådet om kvalitetsberättelse som \"7 kap. 1 §\")",
    address: "https://www.stratsys.com/",
};
const SEED: Source = Source {
    title: "Kommunala ledningssystem (Norrmalm, Tyresö, Ekerö, Hedemora): innehållet utan paragrafnummer",
    address: "README.md, avsnittet om kravkatalogen",
};
const SE_LEX: Source = Source {
    title: "se-lex/sfs-processor: författningstext ur SFS (patientsäkerhetslagen 2010:659, socialtjänstlagen 2025:400)",
    address: "https://github.com/se-lex/sfs-processor",
};

pub(super) static CATALOGUE: &[Requirement] = &[
    // 1 kap. Tillämpningsområde
    Requirement {
        chapter: 1,
        paragraph: "1",
        heading: "Tillämpningsområde",
        paraphrase: "Föreskrifterna gäller arbetet med att systematiskt och fortlöpande utveckla och säkra kvaliteten i hälso- och sjukvård (5 kap. 4 § hälso- och sjukvårdslagen), tandvård (16 § tandvårdslagen), verksamhet enligt LSS (6 § LSS) och socialtjänst, där LVU och LVM ingår.",
        areas: Areas::All,
        checked_by: &[],
        binding: Binding::Regulation,
        verification: Verification::Quoted,
        sources: &[SOS_KONS, KUNSKAPSGUIDEN, LAGEN_2020_64],
        note: "Lydelsen t.o.m. HSLF-FS 2023:27 (sedd) hänvisar för socialtjänsten till 3 kap. 3 § fjärde stycket socialtjänstlagen (2001:453), som upphävts. Att HSLF-FS 2025:21 anpassat paragrafen till socialtjänstlagen (2025:400) anges bara i en tredjepartsförteckning; den nya lydelsen är inte sedd.",
        note_en: "The wording up to HSLF-FS 2023:27 (seen) refers, for social services, to chapter 3, section 3, fourth paragraph of the Social Services Act (2001:453), which has been repealed. That HSLF-FS 2025:21 adapted the paragraph to the Social Services Act (2025:400) is stated only in a third-party list; the new wording has not been seen.",
        also: "socialtjänstlagen (2025:400) 5 kap. 1–2 §§ (kvalitet i socialtjänsten)",
    },
    Requirement {
        chapter: 1,
        paragraph: "2",
        heading: "Tillämpningsområde",
        paraphrase: "Föreskrifterna ska också tillämpas i det systematiska patientsäkerhetsarbete som vårdgivaren ska bedriva enligt 3 kap. patientsäkerhetslagen.",
        areas: Areas::Only(VARDGIVARE),
        checked_by: &[],
        binding: Binding::Regulation,
        verification: Verification::Quoted,
        sources: &[SOS_KONS, KUNSKAPSGUIDEN],
        note: "",
        note_en: "",
        also: "",
    },
    // 3 kap. Ledningssystem
    Requirement {
        chapter: 3,
        paragraph: "1",
        heading: "Ledningssystem",
        paraphrase: "Vårdgivaren eller den som bedriver socialtjänst eller verksamhet enligt LSS ansvarar för att det finns ett ledningssystem för verksamheten, med vars hjälp kvaliteten systematiskt och fortlöpande utvecklas och säkras.",
        areas: Areas::All,
        checked_by: &["LSK109"],
        binding: Binding::Regulation,
        verification: Verification::Unverified,
        sources: &[FORBATTRINGSKUNSKAP, SEED],
        note: "Innehållet är sett, numret inte.",
        note_en: "The content has been seen, the number has not.",
        also: "",
    },
    Requirement {
        chapter: 3,
        paragraph: "2",
        heading: "Ledningssystem",
        paraphrase: "Med stöd av ledningssystemet ska verksamheten planeras, ledas, kontrolleras, följas upp, utvärderas och förbättras.",
        areas: Areas::All,
        checked_by: &[],
        binding: Binding::Regulation,
        verification: Verification::Unverified,
        sources: &[PATIENTSAKERHET, SEED],
        note: "Innehållet är sett, numret inte.",
        note_en: "The content has been seen, the number has not.",
        also: "patientsäkerhetslagen (2010:659) 3 kap. 1 § (planera, leda och kontrollera verksamheten)",
    },
    // 4 kap. Ledningssystemets uppbyggnad
    Requirement {
        chapter: 4,
        paragraph: "1",
        heading: "Fördelning av uppgifter",
        paraphrase: "I ledningssystemet ska det anges hur uppgifterna i arbetet med att systematiskt och fortlöpande utveckla och säkra kvaliteten är fördelade i verksamheten.",
        areas: Areas::All,
        checked_by: &["LSK103", "LSK108", "LSK110", "LSK206"],
        binding: Binding::Regulation,
        verification: Verification::Unverified,
        sources: &[SEED],
        note: "Innehållet är sett utan nummer; numret följer bara av att 4 kap. 2–4 §§ är processer, aktiviteter och rutiner.",
        note_en: "The content has been seen without a number; the number follows only from chapter 4, sections 2–4 being processes, activities and routines.",
        also: "patientsäkerhetslagen (2010:659) 3 kap. 9 §: vårdgivaren ska dokumentera hur det organisatoriska ansvaret för patientsäkerhetsarbetet är fördelat (citat sett)",
    },
    Requirement {
        chapter: 4,
        paragraph: "2",
        heading: "Processer",
        paraphrase: "De processer i verksamheten som behövs för att säkra kvaliteten ska identifieras, beskrivas och fastställas.",
        areas: Areas::All,
        checked_by: &["LSK107"],
        binding: Binding::Regulation,
        verification: Verification::Paraphrased,
        sources: &[DOCPLAYER, SEED],
        note: "",
        note_en: "",
        also: "",
    },
    Requirement {
        chapter: 4,
        paragraph: "3",
        heading: "Processer",
        paraphrase: "För varje process ska de aktiviteter som ingår identifieras och deras inbördes ordning bestämmas.",
        areas: Areas::All,
        checked_by: &["LSK102"],
        binding: Binding::Regulation,
        verification: Verification::Paraphrased,
        sources: &[DOCPLAYER, SEED],
        note: "",
        note_en: "",
        also: "",
    },
    Requirement {
        chapter: 4,
        paragraph: "4",
        heading: "Rutiner",
        paraphrase: "För varje aktivitet ska de rutiner som behövs för att säkra kvaliteten tas fram och fastställas; en rutin beskriver ett bestämt tillvägagångssätt för aktiviteten och hur ansvaret för utförandet är fördelat.",
        areas: Areas::All,
        checked_by: &["LSK103", "LSK104", "LSK105", "LSK106"],
        binding: Binding::Regulation,
        verification: Verification::Paraphrased,
        sources: &[DOCPLAYER, SEED],
        note: "",
        note_en: "",
        also: "patientsäkerhetslagen (2010:659) 3 kap. 9 § (dokumenterad ansvarsfördelning i hälso- och sjukvården)",
    },
    Requirement {
        chapter: 4,
        paragraph: "5",
        heading: "Samverkan",
        paraphrase: "Vårdgivaren ska identifiera de processer där samverkan behövs för att förebygga att patienter drabbas av vårdskada, och den som bedriver socialtjänst eller LSS-verksamhet de processer där samverkan behövs för att säkra kvaliteten.",
        areas: Areas::All,
        checked_by: &["LSK112"],
        binding: Binding::Regulation,
        verification: Verification::Unverified,
        sources: &[FORBATTRINGSKUNSKAP, SEED],
        note: "Innehållet är sett, numret inte. Att samverkan börjar i 5 § följer bara av att 4 kap. 2–4 §§ är belagda.",
        note_en: "The content has been seen, the number has not. That collaboration begins in section 5 follows only from chapter 4, sections 2–4 being attested.",
        also: "",
    },
    Requirement {
        chapter: 4,
        paragraph: "6",
        heading: "Samverkan",
        paraphrase: "Av processerna och rutinerna ska det framgå hur samverkan bedrivs i den egna verksamheten.",
        areas: Areas::All,
        checked_by: &["LSK112"],
        binding: Binding::Regulation,
        verification: Verification::Unverified,
        sources: &[SEED],
        note: "Innehållet är sett, numret inte.",
        note_en: "The content has been seen, the number has not.",
        also: "",
    },
    Requirement {
        chapter: 4,
        paragraph: "7",
        heading: "Samverkan",
        paraphrase: "Vårdgivaren ska genom processerna och rutinerna se till att samverkan kan ske med andra vårdgivare, med socialtjänst och LSS-verksamhet och med myndigheter.",
        areas: Areas::Only(VARDGIVARE),
        checked_by: &[],
        binding: Binding::Regulation,
        verification: Verification::Doubtful,
        sources: &[SEED],
        note: "Innehållet är sett. Ingen källa visar att det är en egen paragraf; det kan vara ett stycke i 6 §. Därför krävs den inte av LSK309.",
        note_en: "The content has been seen. No source shows that it is a section of its own; it may be a paragraph of section 6. LSK309 therefore does not require it.",
        also: "",
    },
    Requirement {
        chapter: 4,
        paragraph: "8",
        heading: "Samverkan",
        paraphrase: "Den som bedriver socialtjänst eller LSS-verksamhet ska genom processerna och rutinerna se till att samverkan kan ske med andra verksamheter inom socialtjänsten och LSS, med vårdgivare, myndigheter, föreningar och andra organisationer.",
        areas: Areas::Only(SOCIALTJANST_OCH_LSS),
        checked_by: &[],
        binding: Binding::Regulation,
        verification: Verification::Doubtful,
        sources: &[SEED],
        note: "Innehållet är sett. Ingen källa nämner 4 kap. 8 §; paragrafen finns kanske inte (kravet kan stå i 6 §). Hänvisa hellre till 4 kap. 6 §. Därför krävs den inte av LSK309.",
        note_en: "The content has been seen. No source names chapter 4, section 8; the section may not exist (the requirement may be in section 6). Prefer to refer to chapter 4, section 6. LSK309 therefore does not require it.",
        also: "",
    },
    // 5 kap. Det systematiska förbättringsarbetet
    Requirement {
        chapter: 5,
        paragraph: "1",
        heading: "Riskanalys",
        paraphrase: "Vårdgivaren eller den som bedriver socialtjänst eller verksamhet enligt LSS ska fortlöpande bedöma om det finns risk för händelser som skulle kunna medföra brister i verksamhetens kvalitet, uppskatta sannolikheten och bedöma konsekvenserna.",
        areas: Areas::All,
        checked_by: &["LSK301", "LSK302"],
        binding: Binding::Regulation,
        verification: Verification::Paraphrased,
        sources: &[VAXJO_RISK, SEED],
        note: "",
        note_en: "",
        also: "",
    },
    Requirement {
        chapter: 5,
        paragraph: "2",
        heading: "Egenkontroll",
        paraphrase: "Verksamheten ska utöva egenkontroll, så ofta och i den omfattning som behövs för att kvaliteten ska kunna säkras.",
        areas: Areas::All,
        checked_by: &["LSK305"],
        binding: Binding::Regulation,
        verification: Verification::Unverified,
        sources: &[SEED],
        note: "Innehållet är sett; numret är en slutsats av ordningen riskanalys (1 §), egenkontroll, klagomål (3 §).",
        note_en: "The content has been seen; the number is inferred from the order risk analysis (section 1), self-inspection, complaints (section 3).",
        also: "",
    },
    Requirement {
        chapter: 5,
        paragraph: "3",
        heading: "Klagomål och synpunkter",
        paraphrase: "Den som bedriver socialtjänst eller verksamhet enligt LSS ska ta emot och utreda klagomål och synpunkter på verksamhetens kvalitet från vård- och omsorgstagare och närstående, personal, vårdgivare, andra som bedriver socialtjänst eller LSS-verksamhet, myndigheter samt föreningar, andra organisationer och intressenter.",
        areas: Areas::Only(SOCIALTJANST_OCH_LSS),
        checked_by: &[],
        binding: Binding::Regulation,
        verification: Verification::Quoted,
        sources: &[LAGEN_2018_10, VAXJO_KLAGOMAL, KLAGAPASTAN],
        note: "Ny lydelse genom HSLF-FS 2018:10; före den gällde paragrafen också vårdgivare. Vårdgivarens motsvarighet är 5 kap. 3 a §.",
        note_en: "New wording by HSLF-FS 2018:10; before it, the section applied to care providers too. The care providers' counterpart is chapter 5, section 3 a.",
        also: "",
    },
    Requirement {
        chapter: 5,
        paragraph: "3 a",
        heading: "Klagomål och synpunkter",
        paraphrase: "Vårdgivaren ska ta emot och utreda klagomål och synpunkter på verksamhetens kvalitet från personal, andra vårdgivare, de som bedriver socialtjänst eller LSS-verksamhet, myndigheter samt föreningar, andra organisationer och intressenter.",
        areas: Areas::Only(VARDGIVARE),
        checked_by: &[],
        binding: Binding::Regulation,
        verification: Verification::Quoted,
        sources: &[LAGEN_2018_10],
        note: "Införd genom HSLF-FS 2018:10. Första stycket är sett; andra stycket (en hänvisning om patienters och närståendes klagomål) bara till början.",
        note_en: "Inserted by HSLF-FS 2018:10. The first paragraph has been seen; the second (a reference on complaints from patients and their families) only in part.",
        also: "patientsäkerhetslagen (2010:659) 3 kap. 8 a §: klagomål och synpunkter från patienter och närstående (citat sett)",
    },
    Requirement {
        chapter: 5,
        paragraph: "4",
        heading: "Rapporter",
        paraphrase: "Vårdgivaren ska ta emot och utreda rapporter från personalen om risker för vårdskador och om händelser som har medfört eller hade kunnat medföra vårdskada.",
        areas: Areas::Only(VARDGIVARE),
        checked_by: &[],
        binding: Binding::Regulation,
        verification: Verification::Unverified,
        sources: &[SEED],
        note: "Nummer, lydelse och uppdelningen mellan vårdgivare (4 §) och socialtjänst/LSS (5 §) är inte sedda; paragrafen kan vara en upplysning om lagens rapporteringsplikt.",
        note_en: "The number, the wording and the split between care providers (section 4) and social services/LSS (section 5) have not been seen; the section may be a note on the statutory duty to report.",
        also: "patientsäkerhetslagen (2010:659) 3 kap. 3 § (utreda händelser som medfört eller kunnat medföra vårdskada)",
    },
    Requirement {
        chapter: 5,
        paragraph: "5",
        heading: "Rapporter",
        paraphrase: "Den som bedriver socialtjänst eller LSS-verksamhet ska ta emot och utreda rapporter om missförhållanden och påtagliga risker för missförhållanden.",
        areas: Areas::Only(SOCIALTJANST_OCH_LSS),
        checked_by: &[],
        binding: Binding::Regulation,
        verification: Verification::Unverified,
        sources: &[SEED, SE_LEX],
        note: "Se 5 kap. 4 §. Rapporteringsplikten själv är belagd i lag, inte här.",
        note_en: "See chapter 5, section 4. The duty to report itself is attested in statute, not here.",
        also: "socialtjänstlagen (2025:400) 27 kap. 1–2 §§ och LSS 24 a–b §§ (lex Sarah)",
    },
    Requirement {
        chapter: 5,
        paragraph: "6",
        heading: "Sammanställning och analys",
        paraphrase: "Inkomna klagomål, synpunkter och rapporter och resultaten av utredningarna ska regelbundet sammanställas och analyseras, så att mönster och trender som tyder på brister i kvaliteten kan upptäckas.",
        areas: Areas::All,
        checked_by: &["LSK308"],
        binding: Binding::Regulation,
        verification: Verification::Unverified,
        sources: &[KLAGAPASTAN, SEED],
        note: "Innehållet är sett, numret inte.",
        note_en: "The content has been seen, the number has not.",
        also: "",
    },
    Requirement {
        chapter: 5,
        paragraph: "7",
        heading: "Åtgärder",
        paraphrase: "De åtgärder som behövs för att säkra verksamhetens kvalitet ska vidtas utifrån det som riskanalys, egenkontroll, utredningar och analyser visar.",
        areas: Areas::All,
        checked_by: &["LSK303"],
        binding: Binding::Regulation,
        verification: Verification::Unverified,
        sources: &[KLAGAPASTAN, SEED],
        note: "Innehållet är sett, numret inte. En tidsplan för åtgärder som inte kan vidtas omedelbart är bindande för vårdgivare genom patientsäkerhetslagen; för socialtjänst och LSS har ingen motsvarande regel setts.",
        note_en: "The content has been seen, the number has not. A timetable for actions that cannot be taken at once binds care providers through the Patient Safety Act; for social services and LSS no corresponding rule has been seen.",
        also: "patientsäkerhetslagen (2010:659) 3 kap. 2 §: åtgärder för att förebygga vårdskador, med tidsplan för dem som inte kan vidtas omedelbart (citat sett)",
    },
    // 6 kap. Personalens medverkan
    Requirement {
        chapter: 6,
        paragraph: "1",
        heading: "Personalens medverkan",
        paraphrase: "Verksamheten ska säkerställa att personalen arbetar enligt de processer och rutiner som ingår i ledningssystemet.",
        areas: Areas::All,
        checked_by: &[],
        binding: Binding::Regulation,
        verification: Verification::Unverified,
        sources: &[SEED],
        note: "Innehållet är sett, numret inte.",
        note_en: "The content has been seen, the number has not.",
        also: "socialtjänstlagen (2025:400) 5 kap. 1 § andra stycket; patientsäkerhetslagen (2010:659) 6 kap. 4 §",
    },
    // 7 kap. Dokumentation
    Requirement {
        chapter: 7,
        paragraph: "1",
        heading: "Dokumentation",
        paraphrase: "Arbetet med att systematiskt och fortlöpande utveckla och säkra kvaliteten ska dokumenteras, både ledningssystemets uppbyggnad och det systematiska förbättringsarbetet.",
        areas: Areas::All,
        checked_by: &["LSK114"],
        binding: Binding::Regulation,
        verification: Verification::Paraphrased,
        sources: &[STRATSYS, SEED],
        note: "Numret kommer från en källa som citerar det allmänna rådet om kvalitetsberättelse under 7 kap. 1 §.",
        note_en: "The number comes from a source that quotes the general advice on the quality report under chapter 7, section 1.",
        also: "",
    },
    Requirement {
        chapter: 7,
        paragraph: "2",
        heading: "Patientsäkerhetsberättelse",
        paraphrase: "Vad vårdgivarens årliga patientsäkerhetsberättelse ska innehålla, bland annat hur ansvaret för patientsäkerhetsarbetet är fördelat och hur egenkontroll, samverkan, klagomål och synpunkter och risker för vårdskador har hanterats.",
        areas: Areas::Only(VARDGIVARE),
        checked_by: &[],
        binding: Binding::Regulation,
        verification: Verification::Paraphrased,
        sources: &[VGR, STAFFANSTORP, LAGEN_2018_10],
        note: "Ny lydelse genom HSLF-FS 2018:10 (ingressen sedd); den gällande innehållslistan är inte sedd.",
        note_en: "New wording by HSLF-FS 2018:10 (the preamble seen); the list of contents in force has not been seen.",
        also: "patientsäkerhetslagen (2010:659) 3 kap. 10 § (patientsäkerhetsberättelsen senast 1 mars)",
    },
    Requirement {
        chapter: 7,
        paragraph: "3",
        heading: "Patientsäkerhetsberättelse",
        paraphrase: "Patientsäkerhetsberättelsen ska vara så detaljerad att det går att bedöma hur patientsäkerhetsarbetet har bedrivits och att externa intressenters behov av information tillgodoses.",
        areas: Areas::Only(VARDGIVARE),
        checked_by: &[],
        binding: Binding::Regulation,
        verification: Verification::Paraphrased,
        sources: &[VGR],
        note: "",
        note_en: "",
        also: "",
    },
];
