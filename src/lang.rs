//! The language of messages and report text: Swedish by default, English on request.

use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    #[default]
    Sv,
    En,
}

impl Lang {
    /// Chooses between a Swedish and an English text.
    pub fn pick<T>(self, sv: T, en: T) -> T {
        match self {
            Lang::Sv => sv,
            Lang::En => en,
        }
    }
}

impl FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "sv" => Ok(Lang::Sv),
            "en" => Ok(Lang::En),
            other => Err(format!("unknown language '{other}' (sv or en)")),
        }
    }
}

/// `tr!(lang, "svensk text {x}", "English text {x}")`: a message in the chosen language.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $sv:literal, $en:literal $(, $arg:expr)* $(,)?) => {
        match $lang {
            $crate::lang::Lang::Sv => format!($sv $(, $arg)*),
            $crate::lang::Lang::En => format!($en $(, $arg)*),
        }
    };
}

/// "1 dag" / "2 dagar", "1 day" / "2 days".
pub fn days(lang: Lang, n: i32) -> String {
    match (lang, n.abs() == 1) {
        (Lang::Sv, true) => format!("{n} dag"),
        (Lang::Sv, false) => format!("{n} dagar"),
        (Lang::En, true) => format!("{n} day"),
        (Lang::En, false) => format!("{n} days"),
    }
}
