//! End-to-end CLI cases: each `tests/cmd/*.toml` runs `lsk` with its arguments; the
//! expected output sits beside it (`.stdout`, `.stderr`). Regenerate after an intended
//! change with `TRYCMD=overwrite cargo test --test cli`, then review the diff.

#[test]
fn cli_cases() {
    trycmd::TestCases::new()
        .env("NO_COLOR", "1")
        .case("tests/cmd/*.toml");
}
