//! Parse stage: source text to the syntax tree. A parse error belongs to its file and never
//! stops the scan.

mod hcl;
mod json;
pub mod plan;

use crate::syntax::Body;

pub use hcl::{parse as parse_hcl, parse_template};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// Byte offset in the file where parsing failed.
    pub offset: usize,
    pub message: String,
}

/// Parses a Terraform configuration file, choosing the syntax by its name.
pub fn parse_config(path: &str, text: &str) -> Result<Body, ParseError> {
    if path.ends_with(".json") {
        json::parse(text)
    } else {
        hcl::parse(text)
    }
}

/// Parses a variables file (`.tfvars` or `.tfvars.json`): its attributes are the values.
pub fn parse_var_file(path: &str, text: &str) -> Result<Body, ParseError> {
    if path.ends_with(".json") {
        json::parse_attributes(text)
    } else {
        hcl::parse(text)
    }
}

/// A `.json` file that is neither configuration nor variables: read as a plan.
pub fn is_plan_path(path: &str) -> bool {
    path.ends_with(".json") && !path.ends_with(".tf.json") && !path.ends_with(".tfvars.json")
}

/// Parses either kind of input, as its file name says.
pub fn parse_file(path: &str, text: &str) -> Result<Body, ParseError> {
    let stem = path.strip_suffix(".json").unwrap_or(path);
    if stem.ends_with(".tfvars") {
        parse_var_file(path, text)
    } else {
        parse_config(path, text)
    }
}
