//! Every help text of the command line, in Swedish and English: what each command does,
//! what each argument means and the names of their values. [`super::localise`] lays them
//! over the clap command before parsing; its tests check that every command and every
//! visible argument has its texts here, and nothing here is left over.
//!
//! The possible values, defaults and environment variables are added to the texts by
//! [`super::localise`] from the clap definitions, in the chosen language.

/// `(svenska, English)`.
pub type Text = (&'static str, &'static str);

/// One command's texts.
pub struct CommandText {
    /// The subcommand's name; `lsk` for the program itself.
    pub name: &'static str,
    pub about: Text,
    pub args: &'static [ArgText],
}

/// One argument's texts.
pub struct ArgText {
    /// The clap id (the field's name).
    pub id: &'static str,
    pub help: Text,
    /// The name of its value in the usage line (`<SÖKVÄG>`).
    pub value: Option<Text>,
    /// A long flag named differently in each language; the other name stays an alias.
    pub long: Option<Text>,
}

const fn flag(id: &'static str, help: Text) -> ArgText {
    ArgText {
        id,
        help,
        value: None,
        long: None,
    }
}

const fn value(id: &'static str, value: Text, help: Text) -> ArgText {
    ArgText {
        id,
        help,
        value: Some(value),
        long: None,
    }
}

// Value names.
const PATH: Text = ("SÖKVÄG", "PATH");
const DATE: Text = ("DATUM", "DATE");
const DAYS: Text = ("DAGAR", "DAYS");
const ROLE: Text = ("ROLL", "ROLE");
const FORMAT: Text = ("FORMAT", "FORMAT");
const ID: Text = ("ID", "ID");
const FOLDER: Text = ("MAPP", "FOLDER");

const FORMAT_HELP: Text = ("Utdataformat.", "Output format.");

/// `[SÖKVÄG]` of the commands that read a repository.
const IN_REPOSITORY: ArgText = value(
    "path",
    PATH,
    (
        "En mapp i förrådet (roten söks uppåt härifrån); standard den aktuella mappen.",
        "A folder in the repository (its root is found upwards from here); default the current folder.",
    ),
);

/// `-o FIL` of the commands that write a file.
const OUTPUT: ArgText = value(
    "output",
    ("FIL", "FILE"),
    (
        "Skriv till den här filen (i ett svep) i stället för till standard ut.",
        "Write to this file (atomically) instead of standard output.",
    ),
);

/// The program, its global arguments and the `help` command.
pub const PROGRAM: CommandText = CommandText {
    name: "lsk",
    about: (
        "Kontrollerar ett ledningssystem för systematiskt kvalitetsarbete (SOSFS 2011:9) som förs i YAML och Markdown.",
        "Checks a management system for systematic quality work (SOSFS 2011:9) kept as YAML and Markdown.",
    ),
    args: &[
        value(
            "today",
            DATE,
            (
                "Datumet (ÅÅÅÅ-MM-DD) som kommandot räknar som i dag; standard dagens datum i Europe/Stockholm.",
                "The date (YYYY-MM-DD) the command takes as today; default today in Europe/Stockholm.",
            ),
        ),
        value(
            "lang",
            ("SPRÅK", "LANGUAGE"),
            (
                "Språk för meddelanden och hjälp, sv eller en; standard `språk` i lsk.yaml, annars sv.",
                "Language of messages and help, sv or en; default `språk` in lsk.yaml, else sv.",
            ),
        ),
    ],
};

/// `-h, --help` of every command and `-V, --version` of the program.
pub const HELP_FLAG: Text = ("Visar hjälpen.", "Shows the help.");
pub const VERSION_FLAG: Text = ("Visar versionen.", "Shows the version.");

/// The headings of the help.
pub const USAGE: Text = ("Användning", "Usage");
pub const COMMANDS: Text = ("Kommandon", "Commands");
pub const ARGUMENTS: Text = ("Argument", "Arguments");
pub const OPTIONS: Text = ("Flaggor", "Options");
/// `[OPTIONS]` and `<COMMAND>` in a usage line.
pub const OPTIONS_PLACEHOLDER: Text = ("[FLAGGOR]", "[OPTIONS]");
pub const COMMAND_PLACEHOLDER: Text = ("KOMMANDO", "COMMAND");

/// Every subcommand, in the order of the help.
pub const COMMANDS_TEXTS: &[CommandText] = &[
    CommandText {
        name: "check",
        about: (
            "Kontrollerar förrådet (kommandot för pre-commit och CI). Skriver aldrig något.",
            "Checks the repository (the pre-commit and CI command). Never writes.",
        ),
        args: &[
            value(
                "paths",
                PATH,
                (
                    "En mapp i förrådet (roten söks uppåt härifrån; standard den aktuella mappen), eller filer: då visas fynden i filerna och fel i resten av förrådet som inte beror på datum (så kör pre-commit).",
                    "A folder in the repository (its root is found upwards from here; default the current folder), or files: then the findings in those files are shown, and errors elsewhere in the repository that do not depend on dates (as pre-commit runs it).",
                ),
            ),
            value("format", FORMAT, FORMAT_HELP),
            flag(
                "deny_warnings",
                (
                    "Varningar gör också att kontrollen misslyckas.",
                    "Warnings fail the check too.",
                ),
            ),
            flag(
                "quiet",
                (
                    "Bara felen och en sammanfattande rad.",
                    "Only the errors and a one-line summary.",
                ),
            ),
            flag(
                "statistics",
                (
                    "Antalet fynd per regel (och hur många som tystats) i stället för fynden.",
                    "The number of findings per rule (and how many were silenced) instead of the findings.",
                ),
            ),
        ],
    },
    CommandText {
        name: "due",
        about: (
            "Listar allt som förfaller eller är försenat: revisioner, åtgärder, egenkontroller, uppföljning av samverkan, kvalitetsråd och årets berättelser.",
            "Lists everything that falls due or is overdue: reviews, actions, self-inspections, follow-ups of collaboration, quality councils and the yearly reports.",
        ),
        args: &[
            IN_REPOSITORY,
            value(
                "within",
                DAYS,
                (
                    "Listar det som förfaller inom så många dagar (det försenade listas alltid); standard `varning_dagar` i lsk.yaml, eller 366 för ics.",
                    "Lists what falls due within this many days (overdue items are always listed); default `varning_dagar` from lsk.yaml, or 366 for ics.",
                ),
            ),
            value(
                "owner",
                ROLE,
                (
                    "Bara det som den här rollen ansvarar för.",
                    "Only the items this role owns.",
                ),
            ),
            value("format", FORMAT, FORMAT_HELP),
            ArgText {
                id: "reminder",
                help: (
                    "För ics: en påminnelse så många dagar före varje datum (kl. 9), 0 ingen; standard `påminnelse_dagar` i lsk.yaml, annars 7. Även --paminnelse.",
                    "For ics: a reminder this many days before each date (at 09:00), 0 none; default `påminnelse_dagar` from lsk.yaml, else 7.",
                ),
                value: Some(DAYS),
                long: Some(("påminnelse", "reminder")),
            },
        ],
    },
    CommandText {
        name: "explain",
        about: (
            "Förklarar en regel: vad den kontrollerar, varför, grunden, hur man åtgärdar, med exempel.",
            "Explains a rule: what it checks, why, its basis, how to fix it, with examples.",
        ),
        args: &[value(
            "code",
            ("KOD", "CODE"),
            (
                "En regels kod (LSK102) eller namn (process-without-activities).",
                "A rule's code (LSK102) or name (process-without-activities).",
            ),
        )],
    },
    CommandText {
        name: "rules",
        about: (
            "Listar alla regler: kod, namn, standardnivå och den nivå som gäller i förrådet.",
            "Lists all rules: code, name, default severity and the severity in force in the repository.",
        ),
        args: &[
            value(
                "path",
                PATH,
                (
                    "En mapp i ett förråd vars lsk.yaml ändrar nivåerna (`regler`); standard den aktuella mappen, om den är i ett förråd.",
                    "A folder in a repository whose lsk.yaml changes the severities (`regler`); default the current folder, if it is in one.",
                ),
            ),
            value("format", FORMAT, FORMAT_HELP),
        ],
    },
    CommandText {
        name: "krav",
        about: (
            "Listar kravkatalogen för SOSFS 2011:9 och de dokument som uppfyller varje paragraf.",
            "Lists the SOSFS 2011:9 requirement catalogue and the documents that meet each paragraph.",
        ),
        args: &[
            value(
                "path",
                PATH,
                (
                    "En mapp i förrådet; utanför ett förråd listas bara katalogen. Standard den aktuella mappen.",
                    "A folder in the repository; outside one, only the catalogue is listed. Default the current folder.",
                ),
            ),
            value("format", FORMAT, FORMAT_HELP),
            ArgText {
                id: "changed_since",
                help: (
                    "Bara de paragrafer som ändrats efter detta datum (ÅÅÅÅ-MM-DD), och dokumenten som hänvisar till dem. Även --andrade-sedan.",
                    "Only the paragraphs amended after this date (YYYY-MM-DD), and the documents that cite them.",
                ),
                value: Some(DATE),
                long: Some(("ändrade-sedan", "changed-since")),
            },
        ],
    },
    CommandText {
        name: "report",
        about: (
            "Skriver årets kvalitetsberättelse eller patientsäkerhetsberättelse ur förrådet och dess git-historik.",
            "Writes the year's quality report or patient safety report from the repository and its git history.",
        ),
        args: &[
            value(
                "kind",
                ("BERÄTTELSE", "REPORT"),
                (
                    "kvalitetsberättelse eller patientsäkerhetsberättelse (också utan å, ä och ö).",
                    "kvalitetsberättelse (quality report) or patientsäkerhetsberättelse (patient safety report); ASCII spellings accepted.",
                ),
            ),
            IN_REPOSITORY,
            value(
                "year",
                ("ÅR", "YEAR"),
                (
                    "Året som berättelsen gäller.",
                    "The year the report covers.",
                ),
            ),
            value(
                "format",
                FORMAT,
                (
                    "Utdataformat; standard efter filändelsen i -o (.html, .json, .md), annars md.",
                    "Output format; default from the -o file's extension (.html, .json, .md), else md.",
                ),
            ),
            OUTPUT,
        ],
    },
    CommandText {
        name: "graph",
        about: (
            "Ritar en process som en karta med simbanor: en bana per ansvarig roll, aktiviteterna i ordning med sina rutiner, delprocesser och samverkan med externa parter.",
            "Draws a process as a swimlane map: a lane per responsible role, the activities in order with their routines, sub-processes and collaboration with external parties.",
        ),
        args: &[
            value(
                "process",
                ("PROCESS", "PROCESS"),
                (
                    "Processens id, t.ex. P-SÄBO.",
                    "The process's id, e.g. P-SÄBO.",
                ),
            ),
            IN_REPOSITORY,
            value(
                "format",
                FORMAT,
                (
                    "Utdataformat: svg (ritad av lsk, för utskrift på A4 liggande), mermaid (för Markdown i GitLab och GitHub) eller dot (Graphviz); standard efter filändelsen i -o (.svg, .mmd, .dot), annars svg.",
                    "Output format: svg (drawn by lsk, printable on A4 landscape), mermaid (for Markdown in GitLab and GitHub) or dot (Graphviz); default from the -o file's extension (.svg, .mmd, .dot), else svg.",
                ),
            ),
            OUTPUT,
        ],
    },
    CommandText {
        name: "matrix",
        about: (
            "Skriver en matris: ansvar (vilken roll som utför, äger, leder, beslutar om och äger dokumenten för varje process och aktivitet) eller krav (vilka dokument som uppfyller varje paragraf i SOSFS 2011:9, och luckorna).",
            "Writes a matrix: ansvar (which role performs, owns, leads, approves and owns the documents of each process and activity) or krav (which documents meet each paragraph of SOSFS 2011:9, and the gaps).",
        ),
        args: &[
            value(
                "kind",
                ("MATRIS", "MATRIX"),
                (
                    "ansvar (roller och processer) eller krav (paragrafer och dokument).",
                    "ansvar (roles and processes) or krav (paragraphs and documents).",
                ),
            ),
            IN_REPOSITORY,
            value(
                "format",
                FORMAT,
                (
                    "Utdataformat; standard efter filändelsen i -o (.md, .html, .csv, .json), annars md.",
                    "Output format; default from the -o file's extension (.md, .html, .csv, .json), else md.",
                ),
            ),
            OUTPUT,
        ],
    },
    CommandText {
        name: "site",
        about: (
            "Publicerar ledningssystemet som en webbplats för personalen: processer med kartor, rutiner, roller, krav, att göra och årshjul, med sökning. Fungerar från fil och från vilken webbserver som helst.",
            "Publishes the management system as a web site for staff: processes with maps, routines, roles, requirements, what is due and the year wheel, with search. Works from a file and from any web server.",
        ),
        args: &[
            IN_REPOSITORY,
            value(
                "output",
                ("MAPP", "FOLDER"),
                (
                    "Mappen som webbplatsen skrivs till: ny, tom eller en som lsk skrivit förut.",
                    "The folder the site is written to: new, empty, or one lsk wrote before.",
                ),
            ),
            flag(
                "drafts",
                (
                    "Ta med utkast, märkta som utkast.",
                    "Include drafts, marked as drafts.",
                ),
            ),
        ],
    },
    CommandText {
        name: "schema",
        about: (
            "Skriver JSON-scheman för alla dokumenttyper och för lsk.yaml (för redigerarstöd).",
            "Writes the JSON Schemas of every document type and of lsk.yaml (for editor support).",
        ),
        args: &[value(
            "out",
            FOLDER,
            (
                "Mappen som schemana skrivs till.",
                "The folder to write the schemas into.",
            ),
        )],
    },
    CommandText {
        name: "approve",
        about: (
            "Registrerar ett beslut (fastställer ett dokument): skriver fastställd, beslutad_av, revideras_senast och kontrollsumma och rör inget annat i filen.",
            "Records a decision (approves a document): writes its decision fields (fastställd, beslutad_av, revideras_senast, kontrollsumma), touching nothing else in the file.",
        ),
        args: &[
            value("id", ID, ("Dokumentets id.", "The document's id.")),
            IN_REPOSITORY,
            value(
                "by",
                ROLE,
                (
                    "Rollen som fattade beslutet.",
                    "The role that made the decision.",
                ),
            ),
            value(
                "date",
                DATE,
                (
                    "Beslutets datum (ÅÅÅÅ-MM-DD); standard i dag.",
                    "The date of the decision (YYYY-MM-DD); default today.",
                ),
            ),
        ],
    },
    CommandText {
        name: "new",
        about: (
            "Skapar ett dokument ur en mall, med nästa lediga id i förrådets egen stil. Skriver aldrig över.",
            "Creates a document from a template, with the next free id in the repository's own style. Never overwrites.",
        ),
        args: &[
            value(
                "typ",
                ("TYP", "TYPE"),
                (
                    "Dokumenttypen, t.ex. rutin, process, riskanalys (också utan å, ä och ö).",
                    "The document type, e.g. rutin, process, riskanalys (ASCII spellings accepted).",
                ),
            ),
            value(
                "title",
                ("TITEL", "TITLE"),
                (
                    "Titeln (inom citattecken om den har mellanslag).",
                    "The title (in quotes if it has spaces).",
                ),
            ),
            IN_REPOSITORY,
            value(
                "id",
                ID,
                (
                    "Id:t; standard nästa lediga i förrådets stil.",
                    "The id; default the next free one in the repository's style.",
                ),
            ),
            value(
                "owner",
                ROLE,
                (
                    "Rollen som äger dokumentet (dokumentägare, och processägare för en process).",
                    "The role that owns the document (document owner, and process owner of a process).",
                ),
            ),
        ],
    },
    CommandText {
        name: "log",
        about: (
            "Visar ett dokuments historik ur git (flyttar följs) tillsammans med dess egna revisioner.",
            "Shows a document's history from git (renames followed) together with its own revisions.",
        ),
        args: &[
            value("id", ID, ("Dokumentets id.", "The document's id.")),
            IN_REPOSITORY,
            value("format", FORMAT, FORMAT_HELP),
        ],
    },
    CommandText {
        name: "changes",
        about: (
            "Visar vad som skapats, beslutats, flyttats och upphävts under en period, ur git.",
            "Shows what was created, decided, moved and repealed in a period, from git.",
        ),
        args: &[
            IN_REPOSITORY,
            value(
                "since",
                DATE,
                (
                    "Periodens första dag (ÅÅÅÅ-MM-DD).",
                    "The first day of the period (YYYY-MM-DD).",
                ),
            ),
            value(
                "until",
                DATE,
                (
                    "Periodens sista dag (ÅÅÅÅ-MM-DD); standard i dag.",
                    "The last day of the period (YYYY-MM-DD); default today.",
                ),
            ),
            value("format", FORMAT, FORMAT_HELP),
        ],
    },
    CommandText {
        name: "init",
        about: (
            "Skapar ett nytt förråd som klarar `lsk check` direkt. Skriver inget över.",
            "Creates a new repository that passes `lsk check` as it stands. Overwrites nothing.",
        ),
        args: &[
            value(
                "path",
                FOLDER,
                (
                    "Mappen där förrådet skapas (den skapas om den saknas); standard den aktuella mappen.",
                    "The folder to create the repository in (created if missing); default the current folder.",
                ),
            ),
            value(
                "organisation",
                ("NAMN", "NAME"),
                ("Organisationens namn.", "The organisation's name."),
            ),
            value(
                "verksamhet",
                ("OMRÅDEN", "AREAS"),
                (
                    "Verksamheter som ledningssystemet gäller, kommaseparerade: SoL, LSS, HSL, LVU, LVM, Tandvårdslagen (stora eller små bokstäver).",
                    "The legal areas the system covers, comma-separated: SoL, LSS, HSL, LVU, LVM, Tandvårdslagen (any case).",
                ),
            ),
            value(
                "ci",
                ("CI", "CI"),
                (
                    "Skriv också en CI-mall. I ett befintligt förråd (lsk.yaml finns) skrivs bara den, och inte om den redan finns.",
                    "Also write a CI template. In an existing repository (lsk.yaml is there) only that is written, and not if it already exists.",
                ),
            ),
        ],
    },
    CommandText {
        name: "help",
        about: (
            "Visar hjälpen för lsk eller för ett kommando.",
            "Shows the help of lsk or of a command.",
        ),
        args: &[value(
            "command",
            COMMAND_PLACEHOLDER,
            (
                "Kommandot att visa hjälpen för.",
                "The command to show the help of.",
            ),
        )],
    },
];
