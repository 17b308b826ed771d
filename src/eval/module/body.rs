//! Block bodies as values: arguments, nested blocks and `dynamic` blocks.

use super::*;

/// Meta-arguments are about how many instances exist, not what they hold.
pub(super) const META_ARGUMENTS: &[&str] = &["count", "for_each", "provider", "depends_on"];
pub(super) const META_BLOCKS: &[&str] = &["lifecycle", "provisioner", "connection"];

/// A block body as an object value. Attribute errors read as unknown: the rule stays silent
/// rather than guessing. `dynamic` blocks expand like static ones; one whose `for_each` is
/// unknown makes its whole block type unknown.
pub fn body_value(body: &Body, scope: &dyn Scope) -> Value {
    value_of(body, scope, false).0
}

/// For each nested block type, the index in the body's blocks of the block (static, or the
/// `dynamic` block) that produced each element of the type's list.
pub type BlockSources = BTreeMap<String, Vec<usize>>;

/// The body's value, and which block produced each nested block value.
/// Meta-arguments and meta-blocks exist only at the top of a resource: a nested `lifecycle`
/// (an AWS Backup rule's) is an ordinary block.
pub(super) fn body_value_with_sources(body: &Body, scope: &dyn Scope) -> (Value, BlockSources) {
    value_of(body, scope, true)
}

fn value_of(body: &Body, scope: &dyn Scope, top_level: bool) -> (Value, BlockSources) {
    let mut map = BTreeMap::new();
    let mut sources = BlockSources::new();
    for attr in &body.attributes {
        if top_level && META_ARGUMENTS.contains(&attr.name.as_str()) {
            continue;
        }
        let value = Evaluator::new(scope)
            .eval(&attr.value)
            .unwrap_or(Value::Unknown);
        map.insert(attr.name.clone(), value);
    }
    // `None` marks a block type with an unknown number of blocks.
    let mut blocks: BTreeMap<String, Option<Vec<Value>>> = BTreeMap::new();
    for (index, block) in body.blocks.iter().enumerate() {
        if top_level && META_BLOCKS.contains(&block.kind.as_str()) {
            continue;
        }
        let (kind, generated) = if block.kind == "dynamic" {
            let Some(label) = block.labels.first() else {
                continue;
            };
            (label, dynamic_blocks(block, label, scope))
        } else {
            (&block.kind, Some(vec![body_value(&block.body, scope)]))
        };
        let entry = blocks
            .entry(kind.clone())
            .or_insert_with(|| Some(Vec::new()));
        let produced = generated.as_ref().map_or(0, Vec::len);
        sources
            .entry(kind.clone())
            .or_default()
            .extend(std::iter::repeat_n(index, produced));
        match (entry.as_mut(), generated) {
            (Some(existing), Some(new)) => existing.extend(new),
            _ => *entry = None,
        }
    }
    for (kind, values) in blocks {
        map.insert(kind, values.map_or(Value::Unknown, Value::list));
    }
    (Value::block(map), sources)
}

/// The blocks a `dynamic` block generates, or `None` when its `for_each` is unknown.
pub(super) fn dynamic_blocks(block: &Block, label: &str, scope: &dyn Scope) -> Option<Vec<Value>> {
    let for_each = block.body.attribute("for_each")?;
    let content = block.body.blocks_of("content").next()?;
    let iterator = match block.body.attribute("iterator").map(|a| &a.value.kind) {
        Some(ExprKind::Variable(name)) => name.as_str(),
        _ => label,
    };
    let collection = Evaluator::new(scope).eval(&for_each.value).ok()?;
    let pairs = iteration_pairs(&collection, &for_each.value.span).ok()??;
    let values = pairs
        .into_iter()
        .map(|(key, value)| {
            let bound = Bound {
                parent: scope,
                name: iterator,
                value: Value::object(
                    [("key".to_string(), key), ("value".to_string(), value)]
                        .into_iter()
                        .collect(),
                ),
            };
            body_value(&content.body, &bound)
        })
        .collect();
    Some(values)
}
