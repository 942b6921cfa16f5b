//! The faults found while reading and decoding a file, before any rule runs. Each has one
//! rule in `rules/lsk0xx/` that explains it; its code and name are given here once.

/// A fault found while loading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Fault {
    /// LSK001: the YAML or the front matter cannot be parsed.
    Syntax,
    /// LSK002: `typ` is missing or unknown.
    UnknownType,
    /// LSK003: a key the type does not have.
    UnknownKey,
    /// LSK004: a required key is missing.
    MissingKey,
    /// LSK005: a value of the wrong kind or outside its vocabulary.
    InvalidValue,
    /// LSK007: the file cannot be read as text.
    Unreadable,
}

impl Fault {
    pub const ALL: [Fault; 6] = [
        Fault::Syntax,
        Fault::UnknownType,
        Fault::UnknownKey,
        Fault::MissingKey,
        Fault::InvalidValue,
        Fault::Unreadable,
    ];

    pub const fn code(self) -> &'static str {
        match self {
            Fault::Syntax => "LSK001",
            Fault::UnknownType => "LSK002",
            Fault::UnknownKey => "LSK003",
            Fault::MissingKey => "LSK004",
            Fault::InvalidValue => "LSK005",
            Fault::Unreadable => "LSK007",
        }
    }

    pub const fn name(self) -> &'static str {
        match self {
            Fault::Syntax => "parse-error",
            Fault::UnknownType => "unknown-type",
            Fault::UnknownKey => "unknown-field",
            Fault::MissingKey => "missing-field",
            Fault::InvalidValue => "invalid-value",
            Fault::Unreadable => "unreadable-file",
        }
    }
}
