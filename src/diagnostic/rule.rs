//! What every rule declares about itself. It lives below the rules so that loading, which
//! finds LSK001–LSK005 and LSK007, can name a rule without depending on the rules.

use super::Severity;

/// What every rule declares about itself.
#[derive(Debug)]
pub struct RuleMeta {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    /// The paragraph or source document the rule enforces.
    pub basis: &'static str,
    /// The rule's doc comment: what, why, how to fix, a failing and a passing example.
    pub explanation: &'static str,
}

impl RuleMeta {
    /// The explanation without the doc comments' leading spaces.
    pub fn explanation(&self) -> String {
        self.explanation
            .lines()
            .map(|l| l.strip_prefix(' ').unwrap_or(l))
            .collect::<Vec<_>>()
            .join("\n")
            .trim()
            .to_string()
    }

    /// The explanation's first line: a one-sentence summary.
    pub fn summary(&self) -> String {
        let text = self.explanation();
        text.lines()
            .find(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .unwrap_or_default()
            .to_string()
    }
}

/// Gives a rule's metadata; implemented by [`declare_rule!`](crate::declare_rule).
pub trait Described {
    fn meta(&self) -> &'static RuleMeta;
}

/// Declares a rule: a unit struct carrying its [`RuleMeta`], whose doc comment is the
/// explanation. A rule found while loading names its [`Fault`](super::Fault) instead of
/// a code, name and severity, which the fault already carries.
#[macro_export]
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        pub struct $name:ident {
            code: $code:literal,
            name: $kebab:literal,
            severity: $sev:ident,
            basis: $basis:literal $(,)?
        }
    ) => {
        $crate::declare_rule!(@meta [$($doc)*] $name, $code, $kebab,
            $crate::diagnostic::Severity::$sev, $basis);
    };
    (
        $(#[doc = $doc:literal])*
        pub struct $name:ident {
            fault: $fault:ident,
            basis: $basis:literal $(,)?
        }
    ) => {
        $crate::declare_rule!(@meta [$($doc)*] $name,
            $crate::diagnostic::Fault::$fault.code(),
            $crate::diagnostic::Fault::$fault.name(),
            $crate::diagnostic::Severity::Error, $basis);
    };
    (@meta [$($doc:literal)*] $name:ident, $code:expr, $kebab:expr, $sev:expr, $basis:literal) => {
        $(#[doc = $doc])*
        pub struct $name;

        impl $name {
            pub const META: $crate::diagnostic::RuleMeta = $crate::diagnostic::RuleMeta {
                code: $code,
                name: $kebab,
                severity: $sev,
                basis: $basis,
                explanation: concat!($($doc, "\n"),*),
            };
        }

        impl $crate::diagnostic::Described for $name {
            fn meta(&self) -> &'static $crate::diagnostic::RuleMeta {
                &Self::META
            }
        }
    };
}
