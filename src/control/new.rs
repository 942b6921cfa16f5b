//! `lsk new TYPE TITLE [--id ID]`: a new document from a template, with the next free id in
//! the repository's own id style, `status: utkast`, the schema hint in a YAML file (none in
//! Markdown front matter, where no editor reads it), and for a routine the headings of
//! `rutin_rubriker`. It never overwrites a file.

use std::collections::BTreeMap;

use crate::model::{Date, DocType, Period, Repository};
use crate::schema::file_stem;

/// A document to create.
#[derive(Debug)]
pub struct NewDocument {
    /// Path relative to the root.
    pub path: String,
    pub id: String,
    pub text: String,
}

/// The conventional id prefix and folder of a type, for a repository that has none yet.
fn defaults(typ: DocType) -> (&'static str, &'static str) {
    (typ.info().id_prefix, typ.info().folder)
}

/// Whether a type is naturally written as Markdown (its content is prose).
fn is_markdown(typ: DocType) -> bool {
    typ.info().markdown
}

/// Words that say nothing on their own in a title: `Checklista vid inflyttning` is about
/// `inflyttning`. Compared folded (`på` as `pa`).
const STOP_WORDS: &[&str] = &[
    "vid", "for", "och", "av", "till", "i", "pa", "med", "om", "en", "ett", "den", "det", "de",
    "som", "fran", "inom", "enligt", "samt", "efter", "under", "mot", "hos", "kring", "utan",
    "eller", "infor", "at", "the", "of", "and", "in", "on", "to",
];

/// At most this many words, and this many characters (after the prefix), in a short id.
const MAX_WORDS: usize = 3;
const MAX_CHARS: usize = 30;

/// The words of a title that say what the document is about, in order: without
/// stop-words and without the words that only repeat its type (`Rutin för …`,
/// `Checklista vid …`), at most [`MAX_WORDS`] and [`MAX_CHARS`] characters joined with
/// `-` (the first word is always kept). A title of nothing but such words keeps them.
fn significant_words(typ: DocType, title: &str) -> Vec<&str> {
    let fold = crate::text::fold;
    let info = typ.info();
    let type_words = [
        fold(typ.as_str()),
        fold(info.definite_sv),
        fold(info.plural_sv),
    ];
    let all: Vec<&str> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let meaningful: Vec<&str> = all
        .iter()
        .copied()
        .filter(|w| {
            let f = fold(w);
            !STOP_WORDS.contains(&f.as_str()) && !type_words.contains(&f)
        })
        .collect();
    let words = if meaningful.is_empty() {
        all
    } else {
        meaningful
    };
    let mut out: Vec<&str> = Vec::new();
    let mut chars = 0;
    for w in words {
        let len = w.chars().count() + usize::from(!out.is_empty());
        if !out.is_empty() && (out.len() == MAX_WORDS || chars + len > MAX_CHARS) {
            break;
        }
        out.push(w);
        chars += len;
    }
    out
}

/// Upper-case short slug for ids: `Checklista vid inflyttning på SÄBO` →
/// `INFLYTTNING-SÄBO`.
fn id_slug(typ: DocType, title: &str) -> String {
    slug(&significant_words(typ, title).join(" "), true)
}

/// File-name slug: ASCII, lower case, the same words as the id:
/// `Inflyttning på särskilt boende` → `inflyttning-sarskilt-boende`.
fn file_slug(typ: DocType, title: &str) -> String {
    let words = significant_words(typ, title).join(" ");
    let ascii: String = crate::text::fold(&slug(&words, false))
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    if ascii.is_empty() {
        "dokument".into()
    } else {
        ascii
    }
}

fn slug(title: &str, upper: bool) -> String {
    let mut out = String::new();
    for word in title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push('-');
        }
        for c in word.chars() {
            if upper {
                out.extend(c.to_uppercase());
            } else {
                out.extend(c.to_lowercase());
            }
        }
    }
    out
}

/// The next free id for `typ` in the repository's own style: if its ids are a prefix and a
/// number (`RUT-007`), the next number with the same width; otherwise the prefix and a
/// few significant words of the title, as short as the repository's own ids (`Rutin vid
/// inflyttning på särskilt boende` → `RUT-INFLYTTNING-SÄRSKILT-BOENDE`), made unique with
/// `-2`, `-3`….
pub fn next_id(repo: &Repository, typ: DocType, title: &str) -> String {
    let ids: Vec<&str> = repo
        .documents
        .iter()
        .filter(|d| d.typ() == typ)
        .map(|d| d.id())
        .collect();
    // The most common prefix up to and including the first `-`.
    let mut prefixes: BTreeMap<&str, usize> = BTreeMap::new();
    for id in &ids {
        if let Some(i) = id.find('-') {
            *prefixes.entry(&id[..=i]).or_default() += 1;
        }
    }
    let prefix = prefixes
        .iter()
        .max_by_key(|(p, n)| (**n, std::cmp::Reverse(**p)))
        .map_or(defaults(typ).0, |(p, _)| *p);
    let numbered: Vec<&str> = ids
        .iter()
        .filter_map(|id| id.strip_prefix(prefix))
        .filter(|rest| !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit()))
        .collect();
    let taken = |id: &str| repo.document(id).is_some();
    if !numbered.is_empty() && numbered.len() * 2 >= ids.len() {
        let width = numbered.iter().map(|n| n.len()).max().unwrap_or(1);
        let mut next = numbered
            .iter()
            .filter_map(|n| n.parse::<u64>().ok())
            .max()
            .unwrap_or(0)
            + 1;
        loop {
            let id = format!("{prefix}{next:0width$}");
            if !taken(&id) {
                return id;
            }
            next += 1;
        }
    }
    let base = if prefix.ends_with('-') {
        format!("{prefix}{}", id_slug(typ, title))
    } else if ids.is_empty() {
        prefix.to_string()
    } else {
        format!("{prefix}-{}", id_slug(typ, title))
    };
    let mut id = base.clone();
    let mut n = 2;
    while taken(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

/// The folder where most documents of `typ` already are, or the conventional one.
fn folder(repo: &Repository, typ: DocType) -> String {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for doc in repo.documents.iter().filter(|d| d.typ() == typ) {
        let path = &repo.file_of(doc).path;
        let dir = path.rsplit_once('/').map_or("", |(d, _)| d);
        *counts.entry(dir.to_string()).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by_key(|(d, n)| (*n, std::cmp::Reverse(d.clone())))
        .map_or_else(|| defaults(typ).1.to_string(), |(d, _)| d)
}

/// Builds the new document for `typ` titled `title` (not yet written).
pub fn new_document(
    repo: &Repository,
    typ: DocType,
    title: &str,
    id: Option<&str>,
    today: Date,
    schemas_dir: &str,
    owner: Option<&str>,
) -> NewDocument {
    let owner_value = owner.map_or_else(|| "  # ange roll".to_string(), |o| format!(" {o}"));
    let id = id.map_or_else(|| next_id(repo, typ, title), str::to_string);
    let dir = folder(repo, typ);
    let ext = if is_markdown(typ) { "md" } else { "yaml" };
    let mut name = format!("{}.{ext}", file_slug(typ, title));
    let mut n = 2;
    while repo.files.iter().any(|f| f.path == join(&dir, &name)) {
        name = format!("{}-{n}.{ext}", file_slug(typ, title));
        n += 1;
    }
    let path = join(&dir, &name);
    // The YAML language server reads this line in a .yaml file; in Markdown front
    // matter nothing does, so a Markdown document gets none.
    let hint = if is_markdown(typ) {
        String::new()
    } else {
        let depth = path.matches('/').count();
        format!(
            "# yaml-language-server: $schema={}{schemas_dir}/{}.schema.json\n",
            "../".repeat(depth),
            file_stem(typ)
        )
    };
    let title_yaml = crate::text::yaml_scalar(title);
    let mut header = format!(
        "{hint}typ: {}\nid: {id}\ntitel: {title_yaml}\n",
        typ.as_str()
    );
    if typ.is_governed() {
        header.push_str(&format!("status: utkast\ndokumentägare:{owner_value}\n"));
    }
    let year = today.year();
    let tertial = (1..=3)
        .map(|n| Period::Tertial(year, n))
        .find(|p| p.contains(today))
        .unwrap_or(Period::Year(year));
    header.push_str(&match typ {
        DocType::Responsibilities => "roller: []\n".to_string(),
        DocType::Statutes => "författningar: []\n".to_string(),
        DocType::Process => format!(
            "processtyp: huvudprocess\nprocessägare:{owner_value}\nsyfte:\nkrav: []\naktiviteter:\n  - id: {id}.1\n    titel:\n    ansvarig: []\n    rutiner: []\n"
        ),
        DocType::RiskAnalysis => format!("genomförd: {today}\nnivå: enhet\ndeltagare: []\n# Varje post kan ha en egen `omfattning` (t.ex. [HSL]); utan den gäller dokumentets.\nrisker: []\n"),
        DocType::ActionPlan => "# Varje post kan ha en egen `omfattning` (t.ex. [HSL]); utan den gäller dokumentets.\nåtgärder: []\n".to_string(),
        DocType::SelfInspectionPlan => format!("år: {year}\n# Varje post kan ha en egen `omfattning` (t.ex. [HSL]); utan den gäller dokumentets.\nkontroller: []\n"),
        DocType::FollowUp => format!("period: {tertial}\navvikelser: {{}}\nsynpunkter: 0\nklagomål: 0\n"),
        DocType::QualityCouncil => format!("datum: {today}\nnivå: enhet\ndeltagare: []\n"),
        DocType::Agreement => "part:\nprocesser: []\nuppföljning_månader: 12\n".to_string(),
        DocType::QualityGoals => format!("år: {year}\n# Varje post kan ha en egen `omfattning` (t.ex. [HSL]); utan den gäller dokumentets.\nmål: []\n"),
        DocType::ReportText => format!("år: {year}\navser: kvalitetsberättelse\n"),
        DocType::ExternalReview => format!(
            "datum: {today}\n# avtalsuppföljning, tillsyn, revision eller extern granskning\nslag: avtalsuppföljning\ngranskare:\navser:\nresultat:\nåtgärder: []\n"
        ),
        DocType::Routine | DocType::Checklist | DocType::Guideline => String::new(),
    });
    let text = if is_markdown(typ) {
        let mut body = format!("# {title}\n");
        match typ {
            DocType::Routine => {
                for h in &repo.config.routine_headings {
                    body.push_str(&format!("\n## {h}\n"));
                }
            }
            DocType::Checklist => body.push_str("\n- [ ] \n"),
            DocType::QualityCouncil => {
                body.push_str("\n## Avvikelser, synpunkter och klagomål\n\n## Beslut\n")
            }
            DocType::ReportText => body.push_str(
                "\n## Personalens medverkan\n\n## Brukarnas delaktighet\n\n## Analys\n\n## Fortsatt arbete\n",
            ),
            _ => {}
        }
        format!("---\n{header}---\n{body}")
    } else {
        header
    };
    NewDocument { path, id, text }
}

fn join(dir: &str, name: &str) -> String {
    if dir.is_empty() {
        name.to_string()
    } else {
        format!("{dir}/{name}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(typ: DocType, title: &str) -> String {
        id_slug(typ, title)
    }

    #[test]
    fn short_ids_drop_stop_words_and_the_type() {
        assert_eq!(
            id(DocType::Checklist, "Checklista vid inflyttning"),
            "INFLYTTNING"
        );
        assert_eq!(
            id(DocType::Routine, "Inflyttning på särskilt boende"),
            "INFLYTTNING-SÄRSKILT-BOENDE"
        );
        assert_eq!(
            id(DocType::Routine, "Rutin för nyckelhantering i hemtjänsten"),
            "NYCKELHANTERING-HEMTJÄNSTEN"
        );
        assert_eq!(
            id(
                DocType::Guideline,
                "Riktlinje för handläggning av insatser till äldre och personer med funktionsnedsättning"
            ),
            "HANDLÄGGNING-INSATSER-ÄLDRE"
        );
        assert_eq!(
            id(DocType::Process, "Processen för avvikelser"),
            "AVVIKELSER"
        );
    }

    #[test]
    fn short_ids_stay_short() {
        // Three words would be 40 characters: two are kept.
        assert_eq!(
            id(
                DocType::Routine,
                "Genomförandeplan – upprättande och uppföljning"
            ),
            "GENOMFÖRANDEPLAN-UPPRÄTTANDE"
        );
        // One long word is kept whole.
        let long = "Läkemedelshanteringsgenomgångsprotokollsrutin";
        assert_eq!(id(DocType::Routine, long), long.to_uppercase());
        for title in [
            "Fallprevention och åtgärder efter fall i ordinärt boende och på särskilt boende",
            "Samverkan med kommunala pensionärsrådet och rådet för funktionshinderfrågor",
        ] {
            let slug = id(DocType::Routine, title);
            assert!(slug.chars().count() <= MAX_CHARS, "{slug}");
            assert!(slug.split('-').count() <= MAX_WORDS, "{slug}");
        }
    }

    #[test]
    fn a_title_of_only_small_words_keeps_them() {
        assert_eq!(id(DocType::Routine, "Rutin"), "RUTIN");
        assert_eq!(id(DocType::Checklist, "Före och efter"), "FÖRE");
        assert_eq!(file_slug(DocType::Routine, "För och av"), "for-och-av");
        assert_eq!(file_slug(DocType::Routine, "!!"), "dokument");
    }

    #[test]
    fn file_names_use_the_same_words() {
        assert_eq!(
            file_slug(DocType::Routine, "Inflyttning på särskilt boende"),
            "inflyttning-sarskilt-boende"
        );
    }
}
