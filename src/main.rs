//! The `lsk` binary: a thin layer over the library; one module per command in `cli/`.

mod cli;

/// mimalloc rather than glibc's malloc: loading a repository and its history makes a great
/// many small allocations on two threads, where glibc's malloc spent a fifth of the time
/// growing its per-thread heaps (`mprotect`). See BENCHMARKS.md.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::run()
}
