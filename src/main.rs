use clap::Parser;

fn main() -> std::process::ExitCode {
    tfcomply::cli::run(tfcomply::cli::Cli::parse())
}
