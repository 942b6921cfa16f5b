//! The `lsk` binary: a thin layer over the library; one module per command in `cli/`.

mod cli;

fn main() -> std::process::ExitCode {
    cli::run()
}
