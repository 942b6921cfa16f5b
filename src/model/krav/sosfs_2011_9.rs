//! SOSFS 2011:9, Socialstyrelsens föreskrifter och allmänna råd om ledningssystem för
//! systematiskt kvalitetsarbete: the binding paragraphs (föreskrifter) of 1 and 3–7 kap.,
//! in the regulation's order.
//!
//! The catalogue reflects the consolidated text as amended up to HSLF-FS 2023:27 (in
//! force from 2023-07-01), the latest amendment seen in the sources. 1 kap. 1 § still
//! refers to the repealed socialtjänstlag (2001:453); whether a later amendment has
//! adapted it to socialtjänstlagen (2025:400) could not be verified.
//!
//! Left out: 2 kap. (definitions, which are not requirements) and all allmänna råd
//! (recommendations, not binding), e.g. the yearly kvalitetsberättelse under 7 kap. 1 §.
//!
//! The paraphrases are ours, short Swedish summaries written for `lsk krav`; they are not
//! quotations and not the authoritative text. Each entry's `source` says where its wording
//! and number were checked; entries marked "unverified" could not be confirmed against a
//! source that quotes the paragraph with its number. The details are in
//! `docs/krav-verifiering.md`.

use super::{Areas, Requirement};
use crate::model::Area;

/// Hälso- och sjukvård and tandvård: the areas where the provider is a vårdgivare.
const VARDGIVARE: &[Area] = &[Area::Hsl, Area::Tandvard];

/// Socialtjänst (including LVU and LVM, which 2 kap. 1 § counts as socialtjänst) and LSS.
const SOCIALTJANST_OCH_LSS: &[Area] = &[Area::Sol, Area::Lss, Area::Lvu, Area::Lvm];

pub(super) static CATALOGUE: &[Requirement] = &[
    // 1 kap. Tillämpningsområde
    Requirement {
        chapter: 1,
        paragraph: "1",
        heading: "Tillämpningsområde",
        paraphrase: "Föreskrifterna gäller arbetet med att systematiskt och fortlöpande utveckla och säkra kvaliteten i verksamhet enligt 5 kap. 4 § hälso- och sjukvårdslagen, 16 § tandvårdslagen, 6 § LSS och 3 kap. 3 § fjärde stycket socialtjänstlagen (2001:453); socialtjänsten omfattar även verksamhet enligt LVU och LVM.",
        areas: Areas::All,
        checked_by: &[],
        source: "socialstyrelsen.se, konsoliderade föreskrifter/20119-om-ledningssystem-for-systematiskt-kvalitetsarbete (1 kap. 1 §, lydelse HSLF-FS 2023:27); LVU/LVM: 2 kap. 1 § as printed in HSLF-FS 2020:64 (lagen.nu/hslf-fs/2020:64); seed 003 §1.1 (older wording, 31 § HSL)",
    },
    Requirement {
        chapter: 1,
        paragraph: "2",
        heading: "Tillämpningsområde",
        paraphrase: "Föreskrifterna ska också tillämpas i det systematiska patientsäkerhetsarbete som vårdgivaren ska bedriva enligt 3 kap. patientsäkerhetslagen.",
        areas: Areas::Only(VARDGIVARE),
        checked_by: &[],
        source: "socialstyrelsen.se, konsoliderade föreskrifter/20119-om-ledningssystem-for-systematiskt-kvalitetsarbete (1 kap. 2 §); kunskapsguiden.se, lagstiftning-som-staller-krav-pa-ledningssystem (\"Av 1 kap. 2 § SOSFS 2011:9 framgår …\")",
    },
    // 3 kap. Ledningssystem
    Requirement {
        chapter: 3,
        paragraph: "1",
        heading: "Ledningssystem",
        paraphrase: "Vårdgivaren eller den som bedriver socialtjänst eller verksamhet enligt LSS ansvarar för att det finns ett ledningssystem för verksamheten, med vars hjälp kvaliteten systematiskt och fortlöpande utvecklas och säkras.",
        areas: Areas::All,
        checked_by: &["LSK109"],
        source: "wording: forbattringskunskap.se/nationella-riktlinjer-och-ledningssystem (quotes the sentence), seed 000 (SOSFS list, first item); paragraph number: unverified (not seen quoted with its number)",
    },
    Requirement {
        chapter: 3,
        paragraph: "2",
        heading: "Ledningssystem",
        paraphrase: "Med stöd av ledningssystemet ska verksamheten planeras, ledas, kontrolleras, följas upp, utvärderas och förbättras.",
        areas: Areas::All,
        checked_by: &[],
        source: "wording: seed 002 (\"… ska med stöd av ledningssystemet planera, leda, kontrollera, följa upp, utvärdera och förbättra verksamheten (SOSFS 2011:9)\"), vemfargoravad.socialstyrelsen.se/sida/ledningssystem-systematiskt-kvalitetsarbete; paragraph number: unverified",
    },
    // 4 kap. Ledningssystemets uppbyggnad: uppgifter, processer, rutiner, samverkan
    Requirement {
        chapter: 4,
        paragraph: "1",
        heading: "Fördelning av uppgifter",
        paraphrase: "I ledningssystemet ska det anges hur uppgifterna i arbetet med att systematiskt och fortlöpande utveckla och säkra kvaliteten är fördelade i verksamheten.",
        areas: Areas::All,
        checked_by: &["LSK103", "LSK108", "LSK110", "LSK206"],
        source: "wording: seed 000 (SOSFS list, third item \"Ange hur uppgifterna … är fördelade i verksamheten\"), seed 003 §1.2; paragraph number and heading: unverified (placed before 4 kap. 2 §, as RULES.md says)",
    },
    Requirement {
        chapter: 4,
        paragraph: "2",
        heading: "Processer",
        paraphrase: "De processer i verksamheten som behövs för att säkra kvaliteten ska identifieras, beskrivas och fastställas.",
        areas: Areas::All,
        checked_by: &["LSK107"],
        source: "docplayer.se/3860226 (Riktlinje för handläggning av dokument i ledningssystemet: \"SOSFS 2011:9 4 kap 2-4 säger följande …\"); seed 000 (SOSFS list)",
    },
    Requirement {
        chapter: 4,
        paragraph: "3",
        heading: "Processer",
        paraphrase: "För varje process ska de aktiviteter som ingår identifieras och deras inbördes ordning bestämmas.",
        areas: Areas::All,
        checked_by: &["LSK102"],
        source: "docplayer.se/3860226 (\"SOSFS 2011:9 4 kap 2-4 …\", second item); seed 000 (SOSFS list); uppfoljningsguiden.se …/processer-och-rutiner",
    },
    Requirement {
        chapter: 4,
        paragraph: "4",
        heading: "Rutiner",
        paraphrase: "För varje aktivitet ska de rutiner som behövs för att säkra kvaliteten tas fram och fastställas; en rutin beskriver ett bestämt tillvägagångssätt för aktiviteten och hur ansvaret för utförandet är fördelat.",
        areas: Areas::All,
        checked_by: &["LSK103", "LSK104", "LSK105", "LSK106"],
        source: "docplayer.se/3860226 (\"SOSFS 2011:9 4 kap 2-4 …\", third item); seed 000 (SOSFS list, last item, full wording); kunskapsguiden.se …/processer-och-rutiner",
    },
    Requirement {
        chapter: 4,
        paragraph: "5",
        heading: "Samverkan",
        paraphrase: "Vårdgivaren ska identifiera de processer där samverkan behövs för att förebygga att patienter drabbas av vårdskada, och den som bedriver socialtjänst eller LSS-verksamhet de processer där samverkan behövs för att säkra kvaliteten.",
        areas: Areas::All,
        checked_by: &["LSK112"],
        source: "wording: forbattringskunskap.se/nationella-riktlinjer-och-ledningssystem (vårdgivare), seed 000 §1 Samverkan (socialtjänst/LSS); paragraph number: unverified (RULES.md's \"5–7 §§\" not confirmed either)",
    },
    Requirement {
        chapter: 4,
        paragraph: "6",
        heading: "Samverkan",
        paraphrase: "Av processerna och rutinerna ska det framgå hur samverkan bedrivs i den egna verksamheten.",
        areas: Areas::All,
        checked_by: &["LSK112"],
        source: "wording: seed 000 §1 Samverkan (\"Det ska framgå av processerna och rutinerna hur samverkan ska bedrivas i den egna verksamheten\"); paragraph number: unverified",
    },
    Requirement {
        chapter: 4,
        paragraph: "7",
        heading: "Samverkan",
        paraphrase: "Vårdgivaren ska genom processerna och rutinerna se till att samverkan kan ske med andra vårdgivare, med socialtjänst och LSS-verksamhet och med myndigheter.",
        areas: Areas::Only(VARDGIVARE),
        checked_by: &[],
        source: "wording: seed 000 §1 Samverkan, Hälso- och sjukvård; paragraph number and the split into a paragraph of its own: unverified",
    },
    Requirement {
        chapter: 4,
        paragraph: "8",
        heading: "Samverkan",
        paraphrase: "Den som bedriver socialtjänst eller LSS-verksamhet ska genom processerna och rutinerna se till att samverkan kan ske med andra verksamheter inom socialtjänsten och LSS, med vårdgivare, myndigheter, föreningar och andra organisationer.",
        areas: Areas::Only(SOCIALTJANST_OCH_LSS),
        checked_by: &[],
        source: "wording: seed 000 §1 Samverkan, Socialtjänst och LSS; paragraph number and existence as a paragraph of its own: unverified",
    },
    // 5 kap. Systematiskt förbättringsarbete
    Requirement {
        chapter: 5,
        paragraph: "1",
        heading: "Riskanalys",
        paraphrase: "Vårdgivaren eller den som bedriver socialtjänst eller verksamhet enligt LSS ska fortlöpande bedöma om det finns risk för händelser som skulle kunna medföra brister i verksamhetens kvalitet, uppskatta sannolikheten och bedöma konsekvenserna.",
        areas: Areas::All,
        checked_by: &["LSK301", "LSK302"],
        source: "vaxjo.se …/omsorgen-ledningssystem/…/systematiskt-forbattringsarbete/riskanalyser.html (\"Föreskrifter SOSFS 2011:9 5 kap. 1 §\"); seed 000 §2 (wording)",
    },
    Requirement {
        chapter: 5,
        paragraph: "2",
        heading: "Egenkontroll",
        paraphrase: "Verksamheten ska utöva egenkontroll, så ofta och i den omfattning som behövs för att kvaliteten ska kunna säkras.",
        areas: Areas::All,
        checked_by: &["LSK305"],
        source: "wording: seed 000 §3, kristianstad.se …/kvalitetsledningssystem/systematiskt-forbattringsarbete/egenkontroll; paragraph number: inferred (between the verified 5 kap. 1 § and 3 §), not seen quoted",
    },
    Requirement {
        chapter: 5,
        paragraph: "3",
        heading: "Klagomål och synpunkter",
        paraphrase: "Klagomål och synpunkter på verksamhetens kvalitet ska tas emot och utredas, vare sig de kommer från vård- och omsorgstagare och närstående, personal, andra vårdgivare och utförare, myndigheter, föreningar eller andra intressenter.",
        areas: Areas::All,
        checked_by: &[],
        source: "vaxjo.se …/utredning-av-avvikelser/synpunkter-och-klagomal.html (\"Föreskrifter SOSFS 2011:9 5 kap. 3 §\"); klagapastan.se/sa-har-funkar-det/lagar-och-regler (\"Reglerna om klagomål står i 5 kap. 3 §\"); seed 000 §4 (list of senders)",
    },
    Requirement {
        chapter: 5,
        paragraph: "4",
        heading: "Rapporter",
        paraphrase: "Vårdgivaren ska ta emot och utreda rapporter från personalen om risker för vårdskador och om händelser som har medfört eller hade kunnat medföra vårdskada.",
        areas: Areas::Only(VARDGIVARE),
        checked_by: &[],
        source: "unverified: reports are part of the improvement work (seed 000 §4 Rapporteringsskyldighet, seed 004 §7.3, tibro.se …/Ledningssystem/Dokumentation); number, wording and the split between vårdgivare (4 §) and socialtjänst/LSS (5 §) are from memory of the text",
    },
    Requirement {
        chapter: 5,
        paragraph: "5",
        heading: "Rapporter",
        paraphrase: "Den som bedriver socialtjänst eller LSS-verksamhet ska ta emot och utreda rapporter om missförhållanden och påtagliga risker för missförhållanden.",
        areas: Areas::Only(SOCIALTJANST_OCH_LSS),
        checked_by: &[],
        source: "unverified: see 5 kap. 4 §; the underlying duties to report are verified in SoL (2025:400) 27 kap. 2 § and LSS 24 b § (se-lex/sfs-processor), not in SOSFS 2011:9 itself",
    },
    Requirement {
        chapter: 5,
        paragraph: "6",
        heading: "Sammanställning och analys",
        paraphrase: "Inkomna klagomål, synpunkter och rapporter och resultaten av utredningarna ska regelbundet sammanställas och analyseras, så att mönster och trender som tyder på brister i kvaliteten kan upptäckas.",
        areas: Areas::All,
        checked_by: &["LSK308"],
        source: "content: klagapastan.se/sa-har-funkar-det/lagar-och-regler (\"klagomål ska sammanställas och analyseras … mönster och trender\"), seed 004 §7.3, seed 001 (\"regelbundet sammanställas för att kunna se mönster\"); paragraph number: unverified",
    },
    Requirement {
        chapter: 5,
        paragraph: "7",
        heading: "Åtgärder",
        paraphrase: "De åtgärder som behövs för att säkra verksamhetens kvalitet ska vidtas utifrån det som riskanalys, egenkontroll, utredningar och analyser visar.",
        areas: Areas::All,
        checked_by: &["LSK303"],
        source: "content: klagapastan.se/sa-har-funkar-det/lagar-och-regler (\"obligatoriskt att åtgärda de brister som upptäcks\"), seed 004 §7.5; paragraph number and exact scope: unverified",
    },
    // 6 kap. Personalens medverkan
    Requirement {
        chapter: 6,
        paragraph: "1",
        heading: "Personalens medverkan",
        paraphrase: "Verksamheten ska säkerställa att personalen arbetar enligt de processer och rutiner som ingår i ledningssystemet.",
        areas: Areas::All,
        checked_by: &[],
        source: "wording: seed 000 §5 (\"… ska säkerställa att verksamhetens personal arbetar i enlighet med processerna och rutinerna som ingår i ledningssystemet\"); paragraph number: unverified",
    },
    // 7 kap. Dokumentation
    Requirement {
        chapter: 7,
        paragraph: "1",
        heading: "Dokumentation",
        paraphrase: "Arbetet med att systematiskt och fortlöpande utveckla och säkra kvaliteten ska dokumenteras, både ledningssystemets uppbyggnad och det systematiska förbättringsarbetet.",
        areas: Areas::All,
        checked_by: &["LSK114"],
        source: "wording: tibro.se …/Ledningssystem/Dokumentation, uppfoljningsguiden.se …/bestam-innehallet/dokumentation; number: stratsys.com kunskapshub (cites the allmänt råd on the kvalitetsberättelse as \"7 kap. 1 §\")",
    },
    Requirement {
        chapter: 7,
        paragraph: "2",
        heading: "Patientsäkerhetsberättelse",
        paraphrase: "Vårdgivaren ska i den årliga patientsäkerhetsberättelsen redovisa bland annat hur ansvaret för patientsäkerhetsarbetet är fördelat och hur egenkontroll, samverkan och hanteringen av risker för vårdskador har bedrivits.",
        areas: Areas::Only(VARDGIVARE),
        checked_by: &[],
        source: "vgregion.se …/Mallar-patientsakerhetberattelse (\"7 kap 2-3 §§ … patientsäkerhetsberättelse och dess innehåll\"); content items: staffanstorp.se/resurscentrum/skolskoterska/patientsakerhetsberattelse; exact list: unverified",
    },
    Requirement {
        chapter: 7,
        paragraph: "3",
        heading: "Patientsäkerhetsberättelse",
        paraphrase: "Patientsäkerhetsberättelsen ska vara så detaljerad att det går att bedöma hur patientsäkerhetsarbetet har bedrivits och att externa intressenters behov av information tillgodoses.",
        areas: Areas::Only(VARDGIVARE),
        checked_by: &[],
        source: "vgregion.se …/Mallar-patientsakerhetberattelse (\"… detaljeringsgrad … (SOSFS 2011:9 7 kap. 3 §)\")",
    },
];
