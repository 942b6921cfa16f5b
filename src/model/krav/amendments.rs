//! The changes to the law, as data: every amendment of SOSFS 2011:9 with the paragraphs it
//! changed, and every statute that has been repealed and what replaced it. The next
//! amendment is one more entry here; the catalogue's "last changed", LSK208, LSK209 and
//! `lsk krav --ändrade-sedan` all read these lists and nothing else.

use super::Source;

/// What an amendment did to a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// New wording.
    Amended,
    /// A new paragraph.
    Inserted,
}

/// One amendment (ändringsförfattning) of SOSFS 2011:9.
#[derive(Debug)]
pub struct Amendment {
    /// `HSLF-FS 2018:10`.
    pub designation: &'static str,
    /// The date it was published (utkom från trycket), when seen.
    pub published: Option<&'static str>,
    /// The date it came into force, when a source showing it has been seen.
    pub in_force: Option<&'static str>,
    /// (chapter, paragraph, what) for every paragraph it is known to have changed.
    pub changes: &'static [(u8, &'static str, Change)],
    pub source: Source,
    /// What is not known about it, in Swedish; empty when nothing.
    pub note: &'static str,
}

impl Amendment {
    /// From when the new wording applies, as far as known: the date in force; else the
    /// date it was published; else 1 January of the year in its designation. Each is the
    /// earliest it can have come into force.
    pub fn effective(&self) -> crate::model::Date {
        let year = self
            .designation
            .rsplit_once(' ')
            .and_then(|(_, n)| n.split_once(':'))
            .and_then(|(y, _)| y.parse::<i16>().ok());
        self.in_force
            .or(self.published)
            .and_then(crate::model::Date::parse)
            .or_else(|| year.and_then(|y| crate::model::Date::new(y, 1, 1)))
            .expect("an amendment has a date or a year")
    }

    /// "i kraft 2023-07-01", "utkom 2018-05-04; ikraftträdandet ej belagt", or
    /// "ikraftträdandet ej belagt".
    pub fn when(&self, lang: crate::lang::Lang) -> String {
        match (self.in_force, self.published) {
            (Some(date), _) => crate::tr!(lang, "i kraft {}", "in force {}", date),
            (None, Some(date)) => crate::tr!(
                lang,
                "utkom {}; ikraftträdandet ej belagt",
                "published {}; date in force not verified",
                date
            ),
            (None, None) => crate::tr!(
                lang,
                "ikraftträdandet ej belagt",
                "date in force not verified"
            ),
        }
    }
}

/// The amendments of SOSFS 2011:9, oldest first. (The original text, in force from
/// 2012-01-01, is the catalogue itself.)
pub static AMENDMENTS: &[Amendment] = &[
    Amendment {
        designation: "HSLF-FS 2017:12",
        published: None,
        in_force: None,
        changes: &[(1, "1", Change::Amended), (2, "1", Change::Amended)],
        source: Source {
            title: "Socialstyrelsen, SOSFS 2011:9 konsoliderad (\"(HSLF-FS 2017:12)\" vid 2 kap. 1 §); lagen.nu, HSLF-FS 2020:64 (fotnot \"Senaste lydelse HSLF-FS 2017:12\")",
            address: "https://lagen.nu/hslf-fs/2020:64",
        },
        note: "Datum ej sedda; att 1 kap. 1 § ändrades anges men är inte självständigt belagt.",
    },
    Amendment {
        designation: "HSLF-FS 2018:10",
        published: Some("2018-05-04"),
        in_force: None,
        changes: &[
            (5, "3", Change::Amended),
            (5, "3 a", Change::Inserted),
            (7, "2", Change::Amended),
        ],
        source: Source {
            title: "lagen.nu, HSLF-FS 2018:10 (beslutad 2018-04-11, utkom från trycket 2018-05-04; ingressen och nya 5 kap. 3 och 3 a §§)",
            address: "https://lagen.nu/hslf-fs/2018:10",
        },
        note: "Ikraftträdandet är inte sett (troligen 2018-06-01); den nya lydelsen av 7 kap. 2 § är inte sedd.",
    },
    Amendment {
        designation: "HSLF-FS 2020:64",
        published: Some("2020-12-10"),
        in_force: None,
        changes: &[(2, "1", Change::Amended)],
        source: Source {
            title: "lagen.nu, HSLF-FS 2020:64 (beslutad 2020-10-22, utkom 2020-12-10; ändrar 2 kap. 1 §)",
            address: "https://lagen.nu/hslf-fs/2020:64",
        },
        note: "Ikraftträdandet är inte sett.",
    },
    Amendment {
        designation: "HSLF-FS 2023:27",
        published: None,
        in_force: Some("2023-07-01"),
        changes: &[(1, "1", Change::Amended)],
        source: Source {
            title: "Socialstyrelsen, SOSFS 2011:9 konsoliderad (\"Ändrad: t.o.m. HSLF-FS 2023:27\", \"gäller från och med 2023-07-01\")",
            address: "https://www.socialstyrelsen.se/kunskapsstod-och-regler/regler-och-riktlinjer/foreskrifter-och-allmanna-rad/konsoliderade-foreskrifter/20119-om-ledningssystem-for-systematiskt-kvalitetsarbete/",
        },
        note: "",
    },
    Amendment {
        designation: "HSLF-FS 2025:21",
        published: None,
        in_force: None,
        // Which paragraphs it changed has not been seen (probably 1 kap. 1 §, for the new
        // socialtjänstlag): none is listed, so no rule flags anything for it yet.
        changes: &[],
        source: Source {
            title: "Notisums författningsförteckning (\"SOSFS 2011:9 … HSLF-FS 2025:21\"), återgiven i Adstedt/laglig_se 2025-12-09; tredjepartskälla",
            address: "https://github.com/Adstedt/laglig_se",
        },
        note: "Bara känd från en tredjepartsförteckning: vilka paragrafer den ändrar, lydelsen och ikraftträdandet är inte sedda. Troligen anpassas 1 kap. 1 § till socialtjänstlagen (2025:400).",
    },
];

/// A statute that has been repealed, and the one that replaced it.
#[derive(Debug)]
pub struct Repeal {
    /// `SFS 2001:453`.
    pub designation: &'static str,
    pub name: &'static str,
    /// The date it stopped applying.
    pub repealed: &'static str,
    /// `SFS 2025:400`.
    pub replaced_by: &'static str,
    pub replacement_name: &'static str,
    pub source: Source,
}

/// Repealed statutes a management system is likely to still name.
pub static REPEALS: &[Repeal] = &[Repeal {
    designation: "SFS 2001:453",
    name: "Socialtjänstlag (2001:453)",
    repealed: "2025-07-01",
    replaced_by: "SFS 2025:400",
    replacement_name: "Socialtjänstlag (2025:400)",
    source: Source {
        title: "Socialtjänstlag (2025:400), övergångsbestämmelser p. 1–2 (i kraft 2025-07-01; SFS 2001:453 upphävs), se-lex/sfs-processor",
        address: "https://github.com/se-lex/sfs-processor",
    },
}];

/// The repeal of the statute with this designation, compared without spaces and case.
pub fn repeal_of(designation: &str) -> Option<&'static Repeal> {
    let key = squash(designation);
    REPEALS.iter().find(|r| squash(r.designation) == key)
}

fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_uppercase)
        .collect()
}

/// The amendments that changed a paragraph, oldest first.
pub fn of(chapter: u8, paragraph: &str) -> impl Iterator<Item = &'static Amendment> {
    let paragraph = paragraph.to_string();
    AMENDMENTS.iter().filter(move |a| {
        a.changes
            .iter()
            .any(|&(c, p, _)| c == chapter && p == paragraph)
    })
}
