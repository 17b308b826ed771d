//! `terraform show -json` plans: recognised by content, read with spans so a finding can
//! point at the resource's object in the plan when the configuration is not at hand.

use super::ParseError;
use crate::eval::Value;
use crate::syntax::Span;
use jsonc_parser::ast::{Object, ObjectProp, Value as Json};
use jsonc_parser::common::Ranged;
use std::collections::BTreeMap;

/// The `format_version` majors this reader understands: 0.x and 1.x are read alike.
///
/// Terraform 0.12.0 to 1.0.0 write "0.1" (0.15 added `before_sensitive`/`after_sensitive` and
/// `resource_drift` without a version change); 1.0.1 to 1.0.11 write "0.2", which adds
/// `sensitive_values` to resources; 1.1 renamed that format "1.0" unchanged, and later 1.x
/// minors only add properties (`previous_address`, `relevant_attributes`, `checks`,
/// `timestamp`, `importing`...). What this reader needs (`planned_values`, `resource_changes`
/// with `actions` and `after_unknown`, `configuration` with `expressions` and `references`,
/// `variables`) has the same shape in all of them, and a property a version does not write is
/// read as absent. Terraform promises a new major version only for a change a 1.x reader cannot
/// follow, so another major (2.x) is refused rather than misread.
const SUPPORTED_MAJORS: &[&str] = &["0", "1"];

/// What the reader says it accepts, in its errors.
const SUPPORTED_DESCRIPTION: &str = "0.x (Terraform 0.12 to 1.0) and 1.x (Terraform 1.1 and later)";

#[derive(Debug, Clone)]
pub struct Plan {
    pub resources: Vec<PlanResource>,
    /// `resource_drift`: resources changed outside Terraform since the last apply. Their
    /// `values` say what changed, never to what: `address`, `type`, `actions` and
    /// `attributes` (the names of the top-level attributes that differ).
    pub drift: Vec<PlanResource>,
    /// The root module's variable values the plan was made with.
    pub variables: BTreeMap<String, Value>,
}

/// One managed resource instance that the plan creates, updates or keeps.
#[derive(Debug, Clone)]
pub struct PlanResource {
    /// Exactly as the plan writes it: `module.db["eu"].aws_db_instance.this[0]`.
    pub address: String,
    /// `module.db["eu"].` or empty.
    pub module_path: String,
    /// The address in the configuration, without instance keys: `module.db.aws_db_instance.this`.
    pub config_address: String,
    pub kind: String,
    pub name: String,
    /// `index` as the plan gives it: a number for count, a string for for_each.
    pub index: Option<Value>,
    /// `values`, with what `after_unknown` marks replaced by unknown.
    pub values: Value,
    /// The resource's object in `planned_values`, and its `address` property.
    pub span: Span,
    pub header: Span,
    /// What the plan's `configuration` says the resource sets; `None` when the plan has no
    /// configuration for it.
    pub configured: Option<Configured>,
}

/// The arguments and nested blocks a configuration block sets, from the plan's `configuration`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Configured {
    /// Each argument with its references as Terraform lists them (`aws_s3_bucket.b.id`,
    /// `aws_s3_bucket.b`, `each.key`, `var.name`). With `for_each`, an argument that uses
    /// `each.value` or `each.key` also lists what `for_each` refers to.
    pub arguments: Vec<(String, Vec<String>)>,
    /// Nested blocks by type, in order.
    pub blocks: Vec<(String, Vec<Configured>)>,
}

impl Configured {
    pub fn sets(&self, argument: &str) -> bool {
        self.arguments.iter().any(|(name, _)| name == argument)
    }

    pub fn blocks_of(&self, kind: &str) -> Option<&[Configured]> {
        self.blocks
            .iter()
            .find(|(name, _)| name == kind)
            .map(|(_, blocks)| blocks.as_slice())
    }
}

/// A JSON file that is not Terraform configuration: a plan, or an error saying why not.
pub fn parse(text: &str) -> Result<Plan, ParseError> {
    let root = super::json::parse_root(text)?;
    // A future major version may move `planned_values`: its version is the better error.
    let format_version = root.get("format_version");
    if let Some(property) = format_version {
        check_format_version(property)?;
    }
    let Some(planned) = root.get_object("planned_values") else {
        return Err(ParseError {
            offset: root.range.start,
            message: "not a Terraform plan: no planned_values (produce one with `terraform show -json PLANFILE`)".to_string(),
        });
    };
    if format_version.is_none() {
        return Err(ParseError {
            offset: root.range.start,
            message: format!(
                "plan without format_version; this version reads {SUPPORTED_DESCRIPTION}"
            ),
        });
    }
    let changes = changes(&root);
    let mut resources = Vec::new();
    if let Some(module) = planned.get_object("root_module") {
        collect_module(module, &changes, &mut resources);
    }
    let mut configured = BTreeMap::new();
    if let Some(module) = root
        .get_object("configuration")
        .and_then(|c| c.get_object("root_module"))
    {
        collect_configured(module, "", &mut configured);
    }
    for resource in &mut resources {
        resource.configured = configured.get(&resource.config_address).cloned();
    }
    Ok(Plan {
        resources,
        drift: objects(&root, "resource_drift")
            .filter_map(drifted)
            .collect(),
        variables: variables(&root),
    })
}

/// A `format_version` this reader understands, or an error at the property.
fn check_format_version(property: &ObjectProp) -> Result<(), ParseError> {
    let offset = property.range().start;
    let Json::StringLit(version) = &property.value else {
        return Err(ParseError {
            offset,
            message: "plan format_version is not a string such as \"1.2\"".to_string(),
        });
    };
    if is_supported(&version.value) {
        return Ok(());
    }
    Err(ParseError {
        offset,
        message: format!(
            "unsupported plan format_version {}; this version reads {SUPPORTED_DESCRIPTION}",
            version.value
        ),
    })
}

/// `MAJOR.MINOR` with a major this reader understands.
fn is_supported(version: &str) -> bool {
    version.split_once('.').is_some_and(|(major, minor)| {
        SUPPORTED_MAJORS.contains(&major)
            && !minor.is_empty()
            && minor.bytes().all(|b| b.is_ascii_digit())
    })
}

/// `variables.NAME.value`.
fn variables(root: &Object) -> BTreeMap<String, Value> {
    root.get_object("variables")
        .into_iter()
        .flat_map(|v| &v.properties)
        .filter_map(|p| match &p.value {
            Json::Object(variable) => Some((
                p.name.as_str().to_string(),
                Value::from_json(&to_serde(&variable.get("value")?.value)),
            )),
            _ => None,
        })
        .collect()
}

/// What `resource_changes` says of one resource instance.
enum Change {
    /// The plan keeps the resource: `after_unknown`, what is known only after apply.
    Kept(serde_json::Value),
    /// The change only deletes (or forgets) it: nothing of it will exist to check.
    Removed,
}

/// `resource_changes` by address.
fn changes(root: &Object) -> BTreeMap<String, Change> {
    let mut out = BTreeMap::new();
    for change in objects(root, "resource_changes") {
        // A deposed object (the old half of a create-before-destroy) shares the address of
        // the current one, which is what the plan keeps.
        if change.get("deposed").is_some() {
            continue;
        }
        let (Some(address), Some(detail)) =
            (change.get_string("address"), change.get_object("change"))
        else {
            continue;
        };
        let actions: Vec<&str> = strings(detail, "actions").collect();
        let entry = if matches!(actions.as_slice(), ["delete"] | ["forget"]) {
            Change::Removed
        } else {
            Change::Kept(
                detail
                    .get("after_unknown")
                    .map_or(serde_json::Value::Null, |u| to_serde(&u.value)),
            )
        };
        out.insert(address.value.to_string(), entry);
    }
    out
}

/// What each resource of the configuration sets, keyed by its address without instance keys
/// (`module.store.aws_db_instance.this`).
fn collect_configured(module: &Object, path: &str, out: &mut BTreeMap<String, Configured>) {
    for resource in objects(module, "resources") {
        let Some(address) = resource.get_string("address") else {
            continue;
        };
        // Terraform leaves `expressions` out for a block that sets no argument.
        let mut configured = resource
            .get_object("expressions")
            .map(configured_block)
            .unwrap_or_default();
        let for_each = resource
            .get_object("for_each_expression")
            .map(expression_references)
            .unwrap_or_default();
        for (_, references) in &mut configured.arguments {
            if references
                .iter()
                .any(|r| r == "each.value" || r == "each.key")
            {
                references.extend(for_each.iter().cloned());
            }
        }
        out.insert(format!("{path}{}", address.value), configured);
    }
    for call in module
        .get_object("module_calls")
        .into_iter()
        .flat_map(|c| &c.properties)
    {
        if let Json::Object(call_object) = &call.value
            && let Some(child) = call_object.get_object("module")
        {
            collect_configured(child, &format!("{path}module.{}.", call.name.as_str()), out);
        }
    }
}

/// A block's `expressions`: an argument is an expression object, a nested block an array of
/// blocks' expressions.
fn configured_block(expressions: &Object) -> Configured {
    let mut configured = Configured::default();
    for property in &expressions.properties {
        let name = property.name.as_str().to_string();
        match &property.value {
            Json::Object(expression) => configured
                .arguments
                .push((name, expression_references(expression))),
            Json::Array(blocks) => configured.blocks.push((
                name,
                blocks
                    .elements
                    .iter()
                    .filter_map(|b| match b {
                        Json::Object(b) => Some(configured_block(b)),
                        _ => None,
                    })
                    .collect(),
            )),
            _ => {}
        }
    }
    configured
}

fn expression_references(expression: &Object) -> Vec<String> {
    strings(expression, "references")
        .map(str::to_string)
        .collect()
}

/// The objects in the array `key` of `object`; anything else there is skipped.
fn objects<'a>(object: &'a Object, key: &str) -> impl Iterator<Item = &'a Object<'a>> {
    object
        .get_array(key)
        .into_iter()
        .flat_map(|a| &a.elements)
        .filter_map(|e| match e {
            Json::Object(o) => Some(o),
            _ => None,
        })
}

/// The strings in the array `key` of `object`.
fn strings<'a>(object: &'a Object, key: &str) -> impl Iterator<Item = &'a str> {
    object
        .get_array(key)
        .into_iter()
        .flat_map(|a| &a.elements)
        .filter_map(|e| match e {
            Json::StringLit(s) => Some(s.value.as_ref()),
            _ => None,
        })
}

/// `module.store["eu"].` → `module.store.`: configuration addresses have no instance keys.
pub fn without_keys(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut depth = 0;
    let mut quoted = false;
    for c in path.chars() {
        match c {
            '"' if depth > 0 => quoted = !quoted,
            '[' if !quoted => depth += 1,
            ']' if !quoted && depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

fn collect_module(
    module: &Object,
    changes: &BTreeMap<String, Change>,
    out: &mut Vec<PlanResource>,
) {
    let module_path = module
        .get_string("address")
        .map(|a| format!("{}.", a.value))
        .unwrap_or_default();
    out.extend(
        objects(module, "resources").filter_map(|r| plan_resource(r, &module_path, changes)),
    );
    for child in objects(module, "child_modules") {
        collect_module(child, changes, out);
    }
}

/// One `resource_drift` entry: a managed resource whose real state differs from the state the
/// last apply recorded.
fn drifted(entry: &Object) -> Option<PlanResource> {
    let module_path = entry
        .get_string("module_address")
        .map(|a| format!("{}.", a.value))
        .unwrap_or_default();
    managed_resource(entry, module_path, |address, kind| {
        let change = entry.get_object("change")?;
        let actions: Vec<Value> = strings(change, "actions")
            .map(|a| Value::String(a.into()))
            .collect();
        let side = |key: &str| {
            change
                .get(key)
                .map_or(serde_json::Value::Null, |v| to_serde(&v.value))
        };
        let attributes = changed_attributes(&side("before"), &side("after"))
            .into_iter()
            .map(|a| Value::String(a.into()))
            .collect();
        Some(Value::block(BTreeMap::from([
            ("address".to_string(), Value::String(address.into())),
            ("type".to_string(), Value::String(kind.into())),
            ("actions".to_string(), Value::list(actions)),
            ("attributes".to_string(), Value::list(attributes)),
        ])))
    })
}

/// The top-level attributes whose values differ between two states, sorted.
fn changed_attributes(before: &serde_json::Value, after: &serde_json::Value) -> Vec<String> {
    let empty = serde_json::Map::new();
    let before = before.as_object().unwrap_or(&empty);
    let after = after.as_object().unwrap_or(&empty);
    let mut names: Vec<String> = before
        .keys()
        .chain(after.keys())
        .filter(|k| before.get(*k) != after.get(*k))
        .cloned()
        .collect();
    names.sort();
    names.dedup();
    names
}

fn plan_resource(
    resource: &Object,
    module_path: &str,
    changes: &BTreeMap<String, Change>,
) -> Option<PlanResource> {
    managed_resource(resource, module_path.to_string(), |address, _| {
        // Terraform leaves `values` out when it would be empty (every attribute unknown until
        // apply): an empty block, which `after_unknown` then fills.
        let values = resource
            .get("values")
            .map_or_else(|| Value::block(BTreeMap::new()), |v| block_value(&v.value));
        match changes.get(address) {
            Some(Change::Removed) => None,
            Some(Change::Kept(mask)) => Some(overlay_unknown(values, mask)),
            None => Some(values),
        }
    })
}

/// A managed resource object of the plan (in `planned_values` or `resource_drift`) with the
/// values `values` gives it from its address and type; `None` for a data source (read, not
/// changed: never a finding), an object without an address, type or name, or when `values`
/// has none.
fn managed_resource(
    object: &Object,
    module_path: String,
    values: impl FnOnce(&str, &str) -> Option<Value>,
) -> Option<PlanResource> {
    if object
        .get_string("mode")
        .is_some_and(|m| m.value != "managed")
    {
        return None;
    }
    let address = object.get_string("address")?.value.to_string();
    let kind = object.get_string("type")?.value.to_string();
    let name = object.get_string("name")?.value.to_string();
    let values = values(&address, &kind)?;
    Some(PlanResource {
        config_address: format!("{}{kind}.{name}", without_keys(&module_path)),
        module_path,
        kind,
        name,
        index: object
            .get("index")
            .map(|i| Value::from_json(&to_serde(&i.value))),
        values,
        span: object.range.start..object.range.end,
        header: object
            .get("address")
            .map_or(0..0, |p| p.range().start..p.range().end),
        address,
        configured: None,
    })
}

/// Resource values: the top-level object and arrays of objects (nested blocks) read like
/// configuration blocks; other objects (maps such as `tags`) stay objects.
fn block_value(json: &Json) -> Value {
    match json {
        Json::Object(o) => Value::block(
            o.properties
                .iter()
                .map(|p| (p.name.as_str().to_string(), nested(&p.value)))
                .collect(),
        ),
        other => nested(other),
    }
}

fn nested(json: &Json) -> Value {
    match json {
        Json::Array(a)
            if a.elements.iter().all(|e| matches!(e, Json::Object(_)))
                && !a.elements.is_empty() =>
        {
            Value::list(a.elements.iter().map(block_value).collect())
        }
        other => Value::from_json(&to_serde(other)),
    }
}

fn overlay_unknown(value: Value, mask: &serde_json::Value) -> Value {
    match (value, mask) {
        (_, serde_json::Value::Bool(true)) => Value::Unknown,
        (Value::Block(map), serde_json::Value::Object(mask)) => {
            Value::block(overlay_attributes(&map, mask))
        }
        (Value::Object(map), serde_json::Value::Object(mask)) => {
            Value::object(overlay_attributes(&map, mask))
        }
        (Value::List(items), serde_json::Value::Array(mask)) => Value::list(
            items
                .iter()
                .enumerate()
                .map(|(i, v)| {
                    mask.get(i)
                        .map_or(v.clone(), |m| overlay_unknown(v.clone(), m))
                })
                .collect(),
        ),
        (value, _) => value,
    }
}

/// The attributes of a block or object with `mask` overlaid on each one it names.
fn overlay_attributes(
    map: &BTreeMap<String, Value>,
    mask: &serde_json::Map<String, serde_json::Value>,
) -> BTreeMap<String, Value> {
    let mut map = map.clone();
    for (key, m) in mask {
        let current = map.remove(key).unwrap_or(Value::Null);
        map.insert(key.clone(), overlay_unknown(current, m));
    }
    map
}

fn to_serde(json: &Json) -> serde_json::Value {
    match json {
        Json::StringLit(s) => s.value.to_string().into(),
        Json::NumberLit(n) => n
            .value
            .parse::<serde_json::Number>()
            .map_or(serde_json::Value::Null, Into::into),
        Json::BooleanLit(b) => b.value.into(),
        Json::NullKeyword(_) => serde_json::Value::Null,
        Json::Array(a) => a.elements.iter().map(to_serde).collect(),
        Json::Object(o) => o
            .properties
            .iter()
            .map(|p| (p.name.as_str().to_string(), to_serde(&p.value)))
            .collect::<serde_json::Map<_, _>>()
            .into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_format_version_since_terraform_0_12_is_read_and_other_majors_are_not() {
        for version in ["0.1", "0.2", "1.0", "1.1", "1.2", "1.10"] {
            assert!(is_supported(version), "{version}");
        }
        for version in ["2.0", "10.1", "1", "1.", "1.x", "v1.2", ""] {
            assert!(!is_supported(version), "{version}");
        }
    }

    #[test]
    fn a_format_version_that_is_not_a_string_is_an_error_at_it() {
        let text = r#"{"planned_values": {}, "format_version": 1.2}"#;
        let error = parse(text).unwrap_err();
        assert_eq!(Some(error.offset), text.find("\"format_version\""));
        assert!(error.message.contains("not a string"), "{}", error.message);
    }

    /// Terraform leaves out `values` when every attribute is unknown and `expressions` when a
    /// block sets no argument: both read as empty, not as a resource to skip or leave unread.
    #[test]
    fn empty_values_and_expressions_left_out_read_as_empty() {
        let plan = parse(
            r#"{
              "format_version": "0.1",
              "planned_values": {"root_module": {"resources": [
                {"address": "aws_s3_bucket.b", "mode": "managed", "type": "aws_s3_bucket", "name": "b"}
              ]}},
              "resource_changes": [
                {"address": "aws_s3_bucket.b", "change": {"actions": ["create"], "after_unknown": {"id": true}}}
              ],
              "configuration": {"root_module": {"resources": [
                {"address": "aws_s3_bucket.b", "mode": "managed", "type": "aws_s3_bucket", "name": "b"}
              ]}}
            }"#,
        )
        .unwrap();
        let [bucket] = plan.resources.as_slice() else {
            panic!("{:?}", plan.resources);
        };
        assert_eq!(bucket.values.get_attr("id"), Some(Value::Unknown));
        assert_eq!(bucket.configured, Some(Configured::default()));
    }
}
