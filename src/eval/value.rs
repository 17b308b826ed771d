//! Values as Terraform sees them, plus `Unknown` for what is only known after apply.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

#[derive(Debug, Clone, PartialEq, Default)]
pub enum Value {
    #[default]
    Null,
    /// Known only after apply (a computed attribute, a data source, an unset variable). Never
    /// null: a reference to a computed attribute counts as "set".
    Unknown,
    Bool(bool),
    Number(f64),
    String(Arc<str>),
    List(Arc<Vec<Value>>),
    Object(Arc<BTreeMap<String, Value>>),
    /// A resource's or nested block's configuration: what it does not set reads as null, as
    /// an unset optional argument does in Terraform.
    Block(Arc<BTreeMap<String, Value>>),
    /// Another resource seen through a reference: the attributes its configuration sets are
    /// known, every other attribute (`id`, `arn`, ...) is computed by the provider: unknown.
    /// The map is the configuration's own, shared: what is read from it is seen the same way
    /// (`Value::as_configured`) as it is read.
    Configured(Arc<BTreeMap<String, Value>>),
}

impl Value {
    pub fn string(s: impl Into<Arc<str>>) -> Value {
        Value::String(s.into())
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Arc::new(items))
    }

    pub fn object(map: BTreeMap<String, Value>) -> Value {
        Value::Object(Arc::new(map))
    }

    pub fn block(map: BTreeMap<String, Value>) -> Value {
        Value::Block(Arc::new(map))
    }

    pub fn is_known(&self) -> bool {
        !matches!(self, Value::Unknown)
    }

    /// Known all the way down: no unknown element anywhere inside.
    pub fn is_wholly_known(&self) -> bool {
        match self {
            Value::Unknown | Value::Configured(_) => false,
            Value::List(items) => items.iter().all(Value::is_wholly_known),
            Value::Object(map) | Value::Block(map) => map.values().all(Value::is_wholly_known),
            _ => true,
        }
    }

    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Unknown => "unknown",
            Value::Bool(_) => "bool",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::List(_) => "list",
            Value::Object(_) | Value::Block(_) | Value::Configured(_) => "object",
        }
    }

    /// Attribute access: `None` when there is no such attribute (an object literal without
    /// it, or not an object at all); null for what a block does not set; unknown for what a
    /// referenced resource does not set.
    pub fn get_attr(&self, name: &str) -> Option<Value> {
        match self {
            Value::Object(map) => map.get(name).cloned(),
            Value::Block(map) => Some(map.get(name).cloned().unwrap_or(Value::Null)),
            Value::Configured(map) => {
                Some(map.get(name).map_or(Value::Unknown, Value::as_configured))
            }
            Value::Unknown => Some(Value::Unknown),
            _ => None,
        }
    }

    /// This value as seen through a reference from elsewhere: objects, nested ones included,
    /// become `Configured`, so what the configuration leaves unset reads as unknown. Nested
    /// values are seen that way as they are read, so nothing is copied.
    pub fn as_configured(&self) -> Value {
        match self {
            Value::Object(map) | Value::Block(map) | Value::Configured(map) => {
                Value::Configured(map.clone())
            }
            Value::List(items) if items.iter().any(Value::is_collection) => {
                Value::list(items.iter().map(Value::as_configured).collect())
            }
            other => other.clone(),
        }
    }

    fn is_collection(&self) -> bool {
        matches!(
            self,
            Value::Object(_) | Value::Block(_) | Value::Configured(_) | Value::List(_)
        )
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn to_json(&self) -> serde_json::Value {
        match self {
            Value::Null | Value::Unknown => serde_json::Value::Null,
            Value::Bool(b) => (*b).into(),
            Value::Number(n) => number_to_json(*n),
            Value::String(s) => s.as_ref().into(),
            Value::List(items) => items.iter().map(Value::to_json).collect(),
            Value::Object(map) | Value::Block(map) | Value::Configured(map) => map
                .iter()
                .map(|(k, v)| (k.clone(), v.to_json()))
                .collect::<serde_json::Map<_, _>>()
                .into(),
        }
    }

    pub fn from_json(json: &serde_json::Value) -> Value {
        match json {
            serde_json::Value::Null => Value::Null,
            serde_json::Value::Bool(b) => Value::Bool(*b),
            serde_json::Value::Number(n) => Value::Number(n.as_f64().unwrap_or(f64::NAN)),
            serde_json::Value::String(s) => Value::string(s.as_str()),
            serde_json::Value::Array(items) => {
                Value::list(items.iter().map(Value::from_json).collect())
            }
            serde_json::Value::Object(map) => Value::object(
                map.iter()
                    .map(|(k, v)| (k.clone(), Value::from_json(v)))
                    .collect(),
            ),
        }
    }
}

fn number_to_json(n: f64) -> serde_json::Value {
    if n.fract() == 0.0 && n.abs() < 9.0e15 {
        (n as i64).into()
    } else {
        serde_json::Number::from_f64(n).map_or(serde_json::Value::Null, Into::into)
    }
}

/// Formats a number as Terraform prints it: integers without a decimal point.
pub fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e21 {
        format!("{}", n as i128)
    } else {
        format!("{n}")
    }
}

impl fmt::Display for Value {
    /// Terraform's own notation, as `terraform console` prints values.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Null => write!(f, "null"),
            Value::Unknown => write!(f, "(known after apply)"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Number(n) => write!(f, "{}", format_number(*n)),
            Value::String(s) => write!(f, "{s:?}"),
            Value::List(items) => {
                write!(f, "[")?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{item}")?;
                }
                write!(f, "]")
            }
            Value::Object(map) | Value::Block(map) | Value::Configured(map) => {
                write!(f, "{{")?;
                for (i, (k, v)) in map.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{k:?} = {v}")?;
                }
                write!(f, "}}")
            }
        }
    }
}
