//! `lsk.yaml`: the repository's settings, and finding the root that holds it.

use std::borrow::Cow;
use std::collections::BTreeMap;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

use crate::diagnostic::Diagnostic;
use crate::lang::Lang;
use crate::model::decode::{Bounded, Cx, FromNode, Spanned};
use crate::model::{Area, Date, DocType, MonthDay};
use crate::syntax::yaml::{Node, Value};
use crate::{record, vocabulary};

pub const FILE_NAME: &str = "lsk.yaml";

vocabulary! {
    /// A rule's configured level.
    pub enum RuleLevel {
        Error = "error",
        Warning = "warning",
        Off = "off",
    }
}

/// `språk`: the one language type, [`Lang`], read from `lsk.yaml`.
impl FromNode for Lang {
    fn from_node(node: &Node, cx: &mut Cx) -> Option<Self> {
        let text = String::from_node(node, cx)?;
        match text.parse() {
            Ok(lang) => Some(lang),
            Err(_) => {
                cx.invalid(
                    node,
                    format!("`{text}` är inget språk (sv eller en)"),
                    format!("`{text}` is not a language (sv or en)"),
                );
                None
            }
        }
    }
}

impl JsonSchema for Lang {
    fn schema_name() -> Cow<'static, str> {
        "Language".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "enum": ["sv", "en"] })
    }
}

/// A mapping whose keys are decoded as `K` and values as `V`.
#[derive(Debug, Clone, Default)]
pub struct Table<K, V>(pub Vec<(Spanned<K>, Spanned<V>)>);

impl<K: FromNode, V: FromNode> FromNode for Table<K, V> {
    fn from_node(node: &Node, cx: &mut Cx) -> Option<Self> {
        let Value::Map(entries) = &node.value else {
            cx.wrong_kind(node, "en mappning", "a mapping");
            return None;
        };
        let mut out = Vec::new();
        for (k, v) in entries {
            let key = Spanned::<K>::from_node(k, cx);
            let value = Spanned::<V>::from_node(v, cx);
            if let (Some(k), Some(v)) = (key, value) {
                out.push((k, v));
            }
        }
        Some(Table(out))
    }
}

impl<K: JsonSchema, V: JsonSchema> JsonSchema for Table<K, V> {
    fn schema_name() -> Cow<'static, str> {
        format!("Table_{}_{}", K::schema_name(), V::schema_name()).into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let keys = generator.subschema_for::<K>();
        let values = generator.subschema_for::<V>();
        json_schema!({ "type": "object", "propertyNames": keys, "additionalProperties": values })
    }
}

/// A rule code or name as written in `regler`; checked against the rules by
/// [`Config::from_source`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleCodeText(pub String);

impl FromNode for RuleCodeText {
    fn from_node(node: &Node, cx: &mut Cx) -> Option<Self> {
        String::from_node(node, cx).map(RuleCodeText)
    }
}

impl JsonSchema for RuleCodeText {
    fn schema_name() -> Cow<'static, str> {
        "RuleCode".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "pattern": "^LSK[0-9]{3}$" })
    }
}

record! {
    /// The risk matrix thresholds.
    pub struct RiskMatrixFile {
        /// High risk from this sannolikhet × konsekvens; default 9.
        "hög_från" high_from: Option<Spanned<Bounded<1, 25>>>,
        /// High risk from this konsekvens alone; default 4.
        "hög_konsekvens" high_consequence: Option<Spanned<Bounded<1, 5>>>,
    }
}

record! {
    /// `lsk.yaml` as written. Every key but `organisation` and `verksamhet` is optional.
    pub struct ConfigFile {
        "organisation" organisation: Option<Spanned<String>> [required],
        /// Legal areas in scope: SoL, LSS, HSL, LVU, LVM, Tandvårdslagen.
        "verksamhet" areas: Option<Vec<Spanned<Area>>> [required],
        /// sv | en: messages and report headings.
        "språk" language: Option<Spanned<Lang>>,
        /// Months between reviews, by document type.
        "granskningsintervall" review_months: Option<Table<DocType, Bounded<1, 120>>>,
        /// Warn this many days before a review falls due; default 60.
        "varning_dagar" warning_days: Option<Spanned<Bounded<0, 3660>>>,
        /// The calendar from `lsk due --format ics` reminds this many days before each
        /// date (at 09:00); 0 gives no reminders; default 7.
        "påminnelse_dagar" reminder_days: Option<Spanned<Bounded<0, 365>>>,
        "riskmatris" risk_matrix: Option<RiskMatrixFile>,
        /// Quality councils a year; default 2.
        "kvalitetsråd_per_år" councils_per_year: Option<Spanned<Bounded<0, 12>>>,
        /// Headings every routine must have; default Syfte, Ansvar, Tillvägagångssätt.
        "rutin_rubriker" routine_headings: Option<Vec<Spanned<String>>>,
        /// Per-rule severity: error | warning | off.
        "regler" rules: Option<Table<RuleCodeText, RuleLevel>>,
        /// Globs of paths that are not documents.
        "exkludera" exclude: Vec<Spanned<String>>,
        /// When the previous year's kvalitetsberättelse is due each year (MM-DD), with the
        /// verksamhetsberättelse; default "03-31".
        "kvalitetsberättelse_senast" quality_report_by: Option<Spanned<MonthDay>>,
        /// When the management system was introduced: periods that ended before it are not
        /// demanded (LSK305, LSK306, LSK308). `lsk init` sets it.
        "införd" introduced: Option<Spanned<Date>>,
    }
}

/// The effective settings, defaults filled in.
#[derive(Debug, Clone)]
pub struct Config {
    pub organisation: String,
    pub areas: Vec<Area>,
    pub lang: Lang,
    pub review_months: BTreeMap<DocType, u32>,
    pub warning_days: u32,
    /// Days before each date that the `lsk due` calendar reminds; 0 none.
    pub reminder_days: u32,
    pub high_risk_from: u32,
    pub high_risk_consequence: u32,
    pub councils_per_year: u32,
    pub routine_headings: Vec<String>,
    pub rules: BTreeMap<&'static str, RuleLevel>,
    pub exclude: Vec<String>,
    /// When the previous year's kvalitetsberättelse is due each year.
    pub quality_report_by: MonthDay,
    /// When the management system was introduced, if `lsk.yaml` says.
    pub introduced: Option<Date>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            organisation: String::new(),
            areas: Vec::new(),
            lang: Lang::Sv,
            review_months: default_review_months(),
            warning_days: 60,
            reminder_days: 7,
            high_risk_from: 9,
            high_risk_consequence: 4,
            councils_per_year: 2,
            routine_headings: ["Syfte", "Ansvar", "Tillvägagångssätt"]
                .map(String::from)
                .to_vec(),
            rules: BTreeMap::new(),
            exclude: Vec::new(),
            quality_report_by: MonthDay { month: 3, day: 31 },
            introduced: None,
        }
    }
}

fn default_review_months() -> BTreeMap<DocType, u32> {
    BTreeMap::from([
        (DocType::Process, 24),
        (DocType::Routine, 12),
        (DocType::Checklist, 12),
        (DocType::Guideline, 24),
        (DocType::Responsibilities, 12),
        (DocType::Statutes, 12),
    ])
}

impl Config {
    /// Months between reviews for a governed type.
    pub fn review_months(&self, typ: DocType) -> Option<u32> {
        self.review_months.get(&typ).copied()
    }

    /// Whether a period starting on `start` lies wholly after the system was introduced,
    /// so that work in it can be demanded.
    pub fn demands_from(&self, start: Date) -> bool {
        self.introduced.is_none_or(|i| start >= i)
    }

    pub fn in_scope(&self, area: Area) -> bool {
        self.areas.contains(&area)
    }

    /// Decodes `lsk.yaml`; `Err` holds its diagnostics (all of them). `rule_code` gives
    /// the canonical code of a rule named in `regler` (by code or name), or `None` when no
    /// rule has that name: the rules sit above this layer and are asked, not imported.
    pub fn from_source(
        file: &crate::syntax::SourceFile,
        lang: Lang,
        rule_code: &dyn Fn(&str) -> Option<&'static str>,
    ) -> Result<Config, Vec<Diagnostic>> {
        let mut cx = Cx::new(file, lang);
        let parsed = crate::model::decode::parse_header(
            file,
            crate::syntax::source::split_yaml(&file.text),
            &mut cx,
        );
        let decoded = parsed.and_then(|node| {
            if node.as_map().is_none() {
                cx.wrong_kind(
                    &node,
                    "en mappning (nyckel: värde)",
                    "a mapping (key: value)",
                );
                return None;
            }
            ConfigFile::from_node(&node, &mut cx)
        });
        let mut rules = BTreeMap::new();
        if let Some(raw) = &decoded {
            for (code, level) in raw.rules.iter().flat_map(|t| &t.0) {
                match rule_code(&code.value.0) {
                    Some(canonical) => {
                        rules.insert(canonical, level.value);
                    }
                    None => cx.invalid_at(
                        code.span,
                        "regler",
                        format!("`{}` är ingen regel (se `lsk rules`)", code.value.0),
                        format!("`{}` is not a rule (see `lsk rules`)", code.value.0),
                    ),
                }
            }
        }
        match decoded {
            Some(raw) if cx.diagnostics.is_empty() => Ok(Config::from_file(raw, rules)),
            _ => {
                let mut d = cx.diagnostics;
                d.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
                Err(d)
            }
        }
    }

    fn from_file(raw: ConfigFile, rules: BTreeMap<&'static str, RuleLevel>) -> Config {
        let mut c = Config {
            organisation: raw.organisation.map(|s| s.value).unwrap_or_default(),
            areas: raw
                .areas
                .unwrap_or_default()
                .into_iter()
                .map(|a| a.value)
                .collect(),
            ..Config::default()
        };
        if let Some(l) = raw.language {
            c.lang = l.value;
        }
        for (typ, months) in raw.review_months.map(|t| t.0).unwrap_or_default() {
            c.review_months.insert(typ.value, months.value.0);
        }
        if let Some(d) = raw.warning_days {
            c.warning_days = d.value.0;
        }
        if let Some(d) = raw.reminder_days {
            c.reminder_days = d.value.0;
        }
        if let Some(m) = raw.risk_matrix {
            if let Some(v) = m.high_from {
                c.high_risk_from = v.value.0;
            }
            if let Some(v) = m.high_consequence {
                c.high_risk_consequence = v.value.0;
            }
        }
        if let Some(n) = raw.councils_per_year {
            c.councils_per_year = n.value.0;
        }
        if let Some(h) = raw.routine_headings {
            c.routine_headings = h.into_iter().map(|s| s.value).collect();
        }
        c.rules = rules;
        c.exclude = raw.exclude.into_iter().map(|s| s.value).collect();
        if let Some(d) = raw.quality_report_by {
            c.quality_report_by = d.value;
        }
        c.introduced = raw.introduced.map(|d| d.value);
        c
    }
}
