//! Provider configurations as resources use them: names, aliases and `default_tags`.

use super::*;

/// A provider configuration's name as resources refer to it: `aws`, or `aws.eu` for an alias.
pub(super) fn provider_name(provider: &Named) -> String {
    match provider.alias() {
        Some(alias) => format!("{}.{alias}", provider.name),
        None => provider.name.clone(),
    }
}

/// The provider configuration's `default_tags.tags`, if it has any.
pub(super) fn provider_default_tags(provider: &Named, scope: &dyn Scope) -> Option<Value> {
    let block = provider.block.body.blocks_of("default_tags").next()?;
    let tags = block.body.attribute("tags")?;
    Some(eval_or_unknown(&tags.value, scope))
}

/// The provider configuration a resource uses: its `provider` argument, or the default
/// configuration of the provider its type name starts with.
pub(super) fn provider_of(resource: &Resource) -> String {
    let mut named = String::new();
    if let Some(expr) = resource.meta("provider") {
        expr.for_each_reference(&mut |path| {
            if named.is_empty() {
                named = path.join(".");
            }
        });
    }
    if named.is_empty() {
        named = resource
            .kind
            .split('_')
            .next()
            .unwrap_or_default()
            .to_string();
    }
    named
}

/// `tags` and `tags_all` as AWS will see them: the provider's default tags, overridden by the
/// resource's own.
pub(super) fn with_default_tags(value: Value, default_tags: &Value) -> Value {
    let Value::Block(map) = &value else {
        return value;
    };
    let own = map.get("tags").cloned().unwrap_or(Value::Null);
    let merged = crate::eval::functions::call("merge", &[default_tags.clone(), own])
        .unwrap_or(Value::Unknown);
    let mut map = (**map).clone();
    map.insert("tags".to_string(), merged.clone());
    map.insert("tags_all".to_string(), merged);
    Value::block(map)
}
