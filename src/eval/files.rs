//! Terraform's filesystem functions. Relative paths resolve against the root module's
//! directory, as Terraform resolves them against its working directory, and no path may
//! leave the directories being scanned.

use super::expr::{Scope, render_template};
use super::functions;
use super::value::Value;
use std::path::{Path, PathBuf};

/// The largest file a function will read.
const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

pub struct Files<'a> {
    /// The root module's directory.
    pub root_dir: &'a Path,
    /// Canonical scan roots; empty means no file may be read.
    pub allowed: &'a [PathBuf],
}

impl Files<'_> {
    /// Runs `name` if it is a filesystem function.
    pub fn call(&self, name: &str, args: &[Value]) -> Option<Result<Value, String>> {
        const HASHED: &[(&str, &str)] = &[
            ("filemd5", "md5"),
            ("filesha1", "sha1"),
            ("filesha256", "sha256"),
            ("filesha512", "sha512"),
            ("filebase64sha256", "base64sha256"),
            ("filebase64sha512", "base64sha512"),
        ];
        if !name.starts_with("file") && name != "templatefile" && name != "abspath" {
            return None;
        }
        if args.iter().any(|a| !a.is_wholly_known()) {
            return Some(Ok(Value::Unknown));
        }
        let path = || {
            args.first()
                .and_then(Value::as_str)
                .ok_or_else(|| "a path is required".to_string())
        };
        Some(match name {
            "file" => path().and_then(|p| self.read(p)).map(Value::string),
            "fileexists" => path().map(|p| Value::Bool(self.resolve(p).is_ok_and(|p| p.is_file()))),
            "filebase64" => path()
                .and_then(|p| self.read(p))
                .and_then(|t| functions::call("base64encode", &[Value::string(t)])),
            "fileset" => self.fileset(args),
            "templatefile" => self.templatefile(args),
            "abspath" => path().map(|p| Value::string(self.root_dir.join(p).display().to_string())),
            _ => match HASHED.iter().find(|(f, _)| *f == name) {
                Some((_, hash)) => path()
                    .and_then(|p| self.read(p))
                    .and_then(|t| functions::call(hash, &[Value::string(t)])),
                None => return None,
            },
        })
    }

    /// The path, resolved and checked to lie inside a scanned directory.
    fn resolve(&self, path: &str) -> Result<PathBuf, String> {
        let joined = self.root_dir.join(path);
        let canonical = std::fs::canonicalize(&joined).map_err(|e| format!("{path}: {e}"))?;
        if self.allowed.iter().any(|root| canonical.starts_with(root)) {
            Ok(canonical)
        } else {
            Err(format!(
                "{path} is outside the scanned directories; tfcomply does not read it"
            ))
        }
    }

    fn read(&self, path: &str) -> Result<String, String> {
        let resolved = self.resolve(path)?;
        let size = std::fs::metadata(&resolved)
            .map_err(|e| format!("{path}: {e}"))?
            .len();
        if size > MAX_FILE_BYTES {
            return Err(format!("{path} is larger than {MAX_FILE_BYTES} bytes"));
        }
        std::fs::read_to_string(&resolved).map_err(|e| format!("{path}: {e}"))
    }

    fn fileset(&self, args: &[Value]) -> Result<Value, String> {
        let [Value::String(dir), Value::String(pattern)] = args else {
            return Err("fileset takes a directory and a pattern".to_string());
        };
        let base = self.resolve(dir)?;
        let full = format!(
            "{}/{pattern}",
            glob::Pattern::escape(&base.display().to_string())
        );
        let mut found = Vec::new();
        for entry in glob::glob(&full)
            .map_err(|e| format!("invalid pattern: {e}"))?
            .flatten()
        {
            if entry.is_file() && self.allowed.iter().any(|root| entry.starts_with(root)) {
                let relative = entry.strip_prefix(&base).unwrap_or(&entry);
                found.push(Value::string(relative.display().to_string()));
                if found.len() > functions::MAX_COLLECTION {
                    return Err("too many files".to_string());
                }
            }
        }
        functions::call("toset", &[Value::list(found)])
    }

    /// Renders a template file with only the given variables in scope, as Terraform does.
    fn templatefile(&self, args: &[Value]) -> Result<Value, String> {
        let [Value::String(path), vars] = args else {
            return Err("templatefile takes a path and an object of variables".to_string());
        };
        let text = self.read(path)?;
        render_template(&text, vars, self).map_err(|e| format!("{path}: {e}"))
    }
}

/// Files as a scope without names: what a template rendered by `templatefile` can call.
impl Scope for Files<'_> {
    fn root(&self, _name: &str) -> Option<Value> {
        None
    }

    fn call(&self, name: &str, args: &[Value]) -> Option<Result<Value, String>> {
        Files::call(self, name, args)
    }
}
