//! The SOSFS 2011:9 requirement catalogue: the binding paragraphs that `uppfyller`
//! refers to, that `lsk krav` lists and that LSK309 checks coverage of.

mod sosfs_2011_9;

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
    /// Where the wording was verified (a public source quoting the text).
    pub source: &'static str,
}

impl Requirement {
    /// Whether a document can fulfil it: 1 kap. (scope) and 2 kap. (definitions) say
    /// where and how the regulation applies; from 3 kap. on it asks something (LSK309).
    pub fn is_obligation(&self) -> bool {
        self.chapter >= 3
    }

    /// The paragraph as written in documents: `"5 kap. 1 §"`.
    pub fn reference(&self) -> String {
        format!("{} kap. {} §", self.chapter, self.paragraph)
    }
}

/// The whole catalogue, in the regulation's order.
pub fn catalogue() -> &'static [Requirement] {
    sosfs_2011_9::CATALOGUE
}

/// Looks a paragraph up by its written form, tolerating spacing differences
/// (`"5 kap 1§"`, `"5 kap. 1 §"`).
pub fn find(reference: &str) -> Option<&'static Requirement> {
    let key = normalise(reference);
    catalogue()
        .iter()
        .find(|r| normalise(&r.reference()) == key)
}

fn normalise(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '.')
        .flat_map(char::to_lowercase)
        .collect()
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
