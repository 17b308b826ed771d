use clap::Parser;

// Evaluation allocates many small values on every core; mimalloc's per-thread heaps cost a
// fraction of the system allocator's locking there.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    tfcomply::cli::run(tfcomply::cli::Cli::parse())
}
