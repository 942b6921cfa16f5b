//! What a yearly report is made of, independent of its output format: sections of blocks,
//! where every figure carries the documents it came from.

use serde::Serialize;

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
    /// A sub-heading inside a section.
    Heading {
        text: String,
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
}

impl Section {
    pub fn new(id: &str, title: &str) -> Self {
        Section {
            id: id.to_string(),
            title: title.to_string(),
            blocks: Vec::new(),
        }
    }

    pub fn text(&mut self, text: impl Into<String>) {
        self.blocks.push(Block::Text { text: text.into() });
    }

    pub fn heading(&mut self, text: impl Into<String>) {
        self.blocks.push(Block::Heading { text: text.into() });
    }

    pub fn push(&mut self, block: Block) {
        self.blocks.push(block);
    }
}
