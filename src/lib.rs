//! tfcomply: a Terraform compliance linter. The pipeline, one module per stage:
//! source → parse → model → eval → rules → findings → suppress → report, driven by [`check::check`].

pub mod changes;
pub mod check;
pub mod cli;
pub mod config;
pub mod eval;
pub mod findings;
pub mod lsp;
pub mod model;
pub mod parse;
pub mod report;
pub mod rules;
pub mod source;
pub mod suppress;
pub mod syntax;
