//! The names an expression can use inside a module: `var`, `local`, resources and data
//! sources, `path`, `terraform`, and per instance `count`/`each`.

use super::Scope;
use super::files::Files;
use super::module::InstanceKey;
use super::value::Value;
use std::collections::{BTreeMap, HashMap};

/// Names every expression in the module can use. Resources fill in as evaluation reaches them.
pub struct ModuleScope<'m> {
    pub dir: &'m str,
    pub files: Files<'m>,
    pub vars: BTreeMap<String, Value>,
    pub locals: BTreeMap<String, Value>,
    /// Resource type (`aws_s3_bucket`, or `data.aws_iam_policy_document`) → name → value as
    /// seen through a reference.
    pub resources: HashMap<String, BTreeMap<String, Value>>,
    /// Module call name → its outputs (a list or map of them for `count`/`for_each`).
    pub modules: BTreeMap<String, Value>,
}

impl<'m> ModuleScope<'m> {
    pub fn new(dir: &'m str, files: Files<'m>, vars: BTreeMap<String, Value>) -> Self {
        ModuleScope {
            dir,
            files,
            vars,
            locals: BTreeMap::new(),
            resources: HashMap::new(),
            modules: BTreeMap::new(),
        }
    }

    fn resources_of(&self, kind: &str) -> Value {
        self.resources
            .get(kind)
            .map_or(Value::Unknown, |names| Value::object(names.clone()))
    }
}

fn object<const N: usize>(entries: [(&str, Value); N]) -> Value {
    Value::object(
        entries
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
    )
}

impl Scope for ModuleScope<'_> {
    fn root(&self, name: &str) -> Option<Value> {
        Some(match name {
            "var" => Value::object(self.vars.clone()),
            "local" => Value::object(self.locals.clone()),
            "path" => object([
                ("module", Value::string(self.dir)),
                ("root", Value::string(".")),
                (
                    "cwd",
                    Value::string(self.files.root_dir.display().to_string()),
                ),
            ]),
            "terraform" => object([("workspace", Value::string("default"))]),
            "data" => Value::object(
                self.resources
                    .iter()
                    .filter_map(|(k, v)| {
                        Some((
                            k.strip_prefix("data.")?.to_string(),
                            Value::object(v.clone()),
                        ))
                    })
                    .collect(),
            ),
            "module" => Value::object(self.modules.clone()),
            // Resources not evaluated (in a cycle, or not in this module) are unknown.
            other => self.resources_of(other),
        })
    }

    fn root_attr(&self, root: &str, attr: &str) -> Option<Value> {
        let known =
            |map: &BTreeMap<String, Value>| map.get(attr).cloned().unwrap_or(Value::Unknown);
        Some(match root {
            "var" => known(&self.vars),
            "local" => known(&self.locals),
            "module" => known(&self.modules),
            "data" => self.resources_of(&format!("data.{attr}")),
            "path" | "terraform" => return self.root(root).and_then(|v| v.get_attr(attr)),
            kind => self.resources.get(kind).map_or(Value::Unknown, known),
        })
    }

    fn call(&self, name: &str, args: &[Value]) -> Option<Result<Value, String>> {
        self.files.call(name, args)
    }
}

/// `count.index` or `each.key`/`each.value` for one instance, over the module scope.
pub struct InstanceScope<'a> {
    pub module: &'a ModuleScope<'a>,
    pub key: &'a InstanceKey,
    pub each_value: &'a Value,
}

impl InstanceScope<'_> {
    fn own(&self, name: &str) -> Option<Value> {
        match (name, self.key) {
            ("count", InstanceKey::Index(i)) => Some(object([("index", Value::Number(*i as f64))])),
            ("each", InstanceKey::Key(k)) => Some(object([
                ("key", Value::string(k.as_str())),
                ("value", self.each_value.clone()),
            ])),
            // Instances not known before apply: whichever of the two the resource uses.
            ("count", InstanceKey::Unknown) => Some(object([("index", Value::Unknown)])),
            ("each", InstanceKey::Unknown) => {
                Some(object([("key", Value::Unknown), ("value", Value::Unknown)]))
            }
            _ => None,
        }
    }
}

impl Scope for InstanceScope<'_> {
    fn root(&self, name: &str) -> Option<Value> {
        self.own(name).or_else(|| self.module.root(name))
    }

    fn root_attr(&self, root: &str, attr: &str) -> Option<Value> {
        match self.own(root) {
            Some(value) => value.get_attr(attr),
            None => self.module.root_attr(root, attr),
        }
    }

    fn call(&self, name: &str, args: &[Value]) -> Option<Result<Value, String>> {
        self.module.call(name, args)
    }
}

/// One extra name (a `dynamic` block's iterator) over another scope.
pub struct Bound<'a> {
    pub parent: &'a dyn Scope,
    pub name: &'a str,
    pub value: Value,
}

impl Scope for Bound<'_> {
    fn root(&self, name: &str) -> Option<Value> {
        if name == self.name {
            Some(self.value.clone())
        } else {
            self.parent.root(name)
        }
    }

    fn root_attr(&self, root: &str, attr: &str) -> Option<Value> {
        if root == self.name {
            self.value.get_attr(attr)
        } else {
            self.parent.root_attr(root, attr)
        }
    }

    fn call(&self, name: &str, args: &[Value]) -> Option<Result<Value, String>> {
        self.parent.call(name, args)
    }
}
