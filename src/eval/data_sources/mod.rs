//! Data sources whose result is a pure function of their arguments, so their computed
//! attributes can be known before apply: `aws_iam_policy_document` renders its `json`.

mod own_document;
mod policy_document;
mod policy_json;

use super::value::Value;

/// Adds the attributes that the data source `kind` computes from `config`, when they can be
/// known; otherwise returns `config` as it is (computed attributes stay unknown).
pub fn with_computed(kind: &str, config: Value) -> Value {
    match kind {
        "aws_iam_policy_document" => policy_document::with_policy_json(config),
        _ => config,
    }
}

/// Builders for the configurations the tests render.
#[cfg(test)]
mod test_values {
    use super::Value;

    pub fn block(entries: Vec<(&str, Value)>) -> Value {
        Value::block(
            entries
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
        )
    }

    pub fn list(items: &[&str]) -> Value {
        Value::list(items.iter().map(|s| Value::string(*s)).collect())
    }
}
