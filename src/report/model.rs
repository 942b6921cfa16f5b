//! What a yearly report is made of, independent of its output format: sections of blocks,
//! where every figure carries the documents it came from.

use serde::Serialize;

use crate::lang::Lang;

/// Where a figure or row comes from, so a reader can check it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Source {
    /// The document's id.
    pub document: String,
    /// Its file, relative to the root.
    pub file: String,
}

/// A labelled figure ("Avvikelser 2026: 124").
#[derive(Debug, Clone, Serialize)]
pub struct Fact {
    pub label: String,
    pub value: String,
    pub sources: Vec<Source>,
}

/// A table row with its sources.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub cells: Vec<String>,
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Table {
    pub caption: String,
    pub headers: Vec<String>,
    pub rows: Vec<Row>,
}

/// One series of a bar chart ("2026", "2025").
#[derive(Debug, Clone, Serialize)]
pub struct Series {
    pub label: String,
    pub values: Vec<u32>,
}

/// A grouped bar chart: one group per category, one bar per series.
#[derive(Debug, Clone, Serialize)]
pub struct Chart {
    pub caption: String,
    pub categories: Vec<String>,
    pub series: Vec<Series>,
    pub sources: Vec<Source>,
}

/// A piece of a section.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Block {
    /// A paragraph of plain text written by lsk.
    Text {
        text: String,
    },
    /// A sub-heading inside a section. `swedish` is its Swedish wording when the report
    /// is in English, so that the coordinator's Swedish headings still find it.
    Heading {
        text: String,
        #[serde(skip)]
        swedish: Option<String>,
    },
    /// Prose the coordinator wrote (Markdown), from a `berättelseunderlag`.
    Prose {
        markdown: String,
        source: Source,
    },
    Facts {
        facts: Vec<Fact>,
    },
    Table {
        table: Table,
    },
    Chart {
        chart: Chart,
    },
    /// A plain bulleted list of text items.
    List {
        items: Vec<String>,
    },
    /// What the data did not cover, stated rather than invented.
    Missing {
        items: Vec<String>,
    },
}

#[derive(Debug, Clone, Serialize)]
pub struct Section {
    /// A stable anchor ("maluppfyllelse").
    pub id: String,
    pub title: String,
    /// The Swedish title when the report is in English (see [`Block::Heading`]).
    #[serde(skip)]
    pub swedish: Option<String>,
    pub blocks: Vec<Block>,
}

/// A whole report.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// `kvalitetsberättelse` or `patientsäkerhetsberättelse`.
    pub kind: String,
    pub title: String,
    pub organisation: String,
    pub year: i16,
    /// The date the report was made (`--today`), so that output is reproducible.
    pub made: String,
    /// The cover's details: who is responsible, the decision, the diarienummer.
    pub cover: Vec<Fact>,
    pub sections: Vec<Section>,
    /// The keys of the year's missed duties (`control/EK-1/2026-03`): the same set
    /// `check` reports and `lsk due` lists as overdue for the year.
    pub missed: Vec<String>,
    /// The language the report is written in.
    #[serde(skip)]
    pub lang: Lang,
}

impl Section {
    pub fn new(id: &str, title: &str) -> Self {
        Section {
            id: id.to_string(),
            title: title.to_string(),
            swedish: None,
            blocks: Vec::new(),
        }
    }

    /// A section titled in the report's language.
    pub fn titled(lang: Lang, id: &str, sv: &str, en: &str) -> Self {
        Section {
            swedish: (lang == Lang::En).then(|| sv.to_string()),
            ..Section::new(id, lang.pick(sv, en))
        }
    }

    /// A sub-heading in the report's language.
    pub fn subheading(&mut self, lang: Lang, sv: &str, en: &str) {
        self.blocks.push(Block::Heading {
            text: lang.pick(sv, en).to_string(),
            swedish: (lang == Lang::En).then(|| sv.to_string()),
        });
    }

    /// Whether the section's title (in either language) is `heading`.
    pub fn is_titled(&self, heading: &str) -> bool {
        std::iter::once(&self.title)
            .chain(&self.swedish)
            .any(|t| same_heading(t, heading))
    }

    pub fn text(&mut self, text: impl Into<String>) {
        self.blocks.push(Block::Text { text: text.into() });
    }

    pub fn heading(&mut self, text: impl Into<String>) {
        self.blocks.push(Block::Heading {
            text: text.into(),
            swedish: None,
        });
    }

    pub fn push(&mut self, block: Block) {
        self.blocks.push(block);
    }
}

impl Block {
    /// Whether this is a sub-heading that reads `heading` (in either language).
    pub fn is_heading(&self, heading: &str) -> bool {
        match self {
            Block::Heading { text, swedish } => std::iter::once(text)
                .chain(swedish)
                .any(|t| same_heading(t, heading)),
            _ => false,
        }
    }
}

/// `"Övergripande mål"` and `"övergripande MÅL "` match.
pub fn same_heading(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}
