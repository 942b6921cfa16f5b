//! The SOSFS 2011:9 requirement catalogue: the binding paragraphs that `uppfyller`
//! refers to, that `lsk krav` lists and that LSK309 checks coverage of; each with its
//! sources and how far it has been verified, and (in [`amendments`]) the amendments that
//! changed it and the statutes that have been replaced.

pub mod amendments;
mod sosfs_2011_9;

pub use amendments::{AMENDMENTS, Amendment, REPEALS, Repeal};

use crate::model::Area;

/// Which legal areas (`verksamhet`) a paragraph applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Areas {
    /// Every area the regulation covers.
    All,
    /// Only these areas.
    Only(&'static [Area]),
}

impl Areas {
    pub fn applies_to(&self, area: Area) -> bool {
        match self {
            Areas::All => true,
            Areas::Only(list) => list.contains(&area),
        }
    }
}

/// A public source: its title (with what it shows) and address.
#[derive(Debug, Clone, Copy)]
pub struct Source {
    pub title: &'static str,
    pub address: &'static str,
}

/// How far a paragraph's number and content have been checked against public sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verification {
    /// The text itself has been seen together with its paragraph number.
    Quoted,
    /// A secondary source gives the content together with the paragraph number.
    Paraphrased,
    /// The number has not been seen with the content (the content may have been).
    Unverified,
    /// No source shows that the paragraph exists as numbered; it is accepted in
    /// `uppfyller` but no rule asks for it.
    Doubtful,
}

impl Verification {
    pub fn label(self, lang: crate::lang::Lang) -> &'static str {
        match self {
            Verification::Quoted => lang.pick("citat sett", "quoted text seen"),
            Verification::Paraphrased => lang.pick("parafras sett", "paraphrase seen"),
            Verification::Unverified => lang.pick("ej verifierad", "unverified"),
            Verification::Doubtful => lang.pick(
                "ej verifierad, finns kanske inte som egen paragraf",
                "unverified, may not exist as a paragraph of its own",
            ),
        }
    }
}

/// Whether a paragraph binds (föreskrift) or recommends (allmänt råd).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Binding {
    Regulation,
    GeneralAdvice,
}

impl Binding {
    pub fn label(self, lang: crate::lang::Lang) -> &'static str {
        match self {
            Binding::Regulation => lang.pick("föreskrift", "regulation"),
            Binding::GeneralAdvice => lang.pick("allmänt råd", "general advice"),
        }
    }
}

/// When SOSFS 2011:9 came into force: the date of every paragraph no amendment changed.
pub const ORIGINAL_IN_FORCE: &str = "2012-01-01";

/// One binding paragraph of SOSFS 2011:9.
#[derive(Debug, Clone, Copy)]
pub struct Requirement {
    /// Chapter, 1–7.
    pub chapter: u8,
    /// Paragraph number as written, e.g. "1" or "6".
    pub paragraph: &'static str,
    /// The heading the paragraph stands under in the regulation, in Swedish.
    pub heading: &'static str,
    /// A short Swedish paraphrase of what the paragraph requires (not a quotation).
    pub paraphrase: &'static str,
    /// The legal areas the paragraph applies to.
    pub areas: Areas,
    /// The rule codes that check it (e.g. "LSK102"); empty when only `uppfyller` covers it.
    pub checked_by: &'static [&'static str],
    pub binding: Binding,
    pub verification: Verification,
    /// Where the number and content were seen.
    pub sources: &'static [Source],
    /// What the sources show and what they leave open, in Swedish.
    pub note: &'static str,
    /// The same note in English.
    pub note_en: &'static str,
    /// Other law that binds the same duty where this paragraph is unverified or narrower,
    /// e.g. "patientsäkerhetslagen (2010:659) 3 kap. 9 §".
    pub also: &'static str,
}

impl Requirement {
    /// Whether a document is asked to fulfil it (LSK309): 1 kap. (scope) and 2 kap.
    /// (definitions) say where and how the regulation applies; from 3 kap. on it asks
    /// something, except a paragraph that may not exist as numbered.
    pub fn is_obligation(&self) -> bool {
        self.chapter >= 3 && self.verification != Verification::Doubtful
    }

    /// The paragraph as written in documents: `"5 kap. 1 §"`.
    pub fn reference(&self) -> String {
        format!("{} kap. {} §", self.chapter, self.paragraph)
    }

    /// The amendment that last changed the paragraph (or inserted it), if any.
    pub fn last_amended(&self) -> Option<&'static Amendment> {
        amendments::of(self.chapter, self.paragraph).last()
    }

    /// The amendments that changed it after `date` (by the date they took effect).
    pub fn amended_after(
        &self,
        date: crate::model::Date,
    ) -> impl Iterator<Item = &'static Amendment> {
        amendments::of(self.chapter, self.paragraph).filter(move |a| a.effective() > date)
    }
}

/// The whole catalogue, in the regulation's order.
pub fn catalogue() -> &'static [Requirement] {
    sosfs_2011_9::CATALOGUE
}

/// Looks a paragraph up by its written form, tolerating spacing differences
/// (`"5 kap 1§"`, `"5 kap. 1 §"`).
pub fn find(reference: &str) -> Option<&'static Requirement> {
    // Every paragraph's normalised form, built once: `uppfyller` is looked up for every
    // document, and the catalogue has about fifty paragraphs.
    static BY_KEY: std::sync::OnceLock<rustc_hash::FxHashMap<String, &'static Requirement>> =
        std::sync::OnceLock::new();
    let by_key = BY_KEY.get_or_init(|| {
        catalogue()
            .iter()
            .map(|r| (normalise(&r.reference()), r))
            .collect()
    });
    by_key.get(&normalise(reference)).copied()
}

fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().filter(|c| !c.is_whitespace() && *c != '.') {
        // Most references are ASCII but for `§`: those characters the quick way.
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// A paragraph reference as written in `uppfyller`: must be in the catalogue (LSK005).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph(pub &'static Requirement);

impl PartialEq for Requirement {
    fn eq(&self, other: &Self) -> bool {
        self.chapter == other.chapter && self.paragraph == other.paragraph
    }
}
impl Eq for Requirement {}

impl crate::model::decode::FromNode for Paragraph {
    fn from_node(
        node: &crate::syntax::yaml::Node,
        cx: &mut crate::model::decode::Cx,
    ) -> Option<Self> {
        let text = String::from_node(node, cx)?;
        if let Some(r) = find(&text) {
            return Some(Paragraph(r));
        }
        let known = catalogue()
            .iter()
            .map(|r| r.reference())
            .collect::<Vec<_>>();
        let hint = crate::text::suggest(&text, known.iter().map(String::as_str))
            .map(|h| {
                (
                    format!("; menade du \"{h}\"?"),
                    format!("; did you mean \"{h}\"?"),
                )
            })
            .unwrap_or_default();
        cx.invalid(
            node,
            format!(
                "\"{text}\" är ingen paragraf i SOSFS 2011:9 enligt `lsk krav`{}",
                hint.0
            ),
            format!(
                "\"{text}\" is not a paragraph of SOSFS 2011:9 according to `lsk krav`{}",
                hint.1
            ),
        );
        None
    }
}

impl schemars::JsonSchema for Paragraph {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Paragraph".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let refs: Vec<String> = catalogue().iter().map(|r| r.reference()).collect();
        schemars::json_schema!({
            "type": "string",
            "enum": refs,
            "description": "En paragraf i SOSFS 2011:9, skriven som i föreskriften: \"5 kap. 1 §\"."
        })
    }
}
