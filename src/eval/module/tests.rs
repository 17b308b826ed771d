use super::*;
use crate::model::{ParsedFile, build};

fn evaluate_text(text: &str) -> EvaluatedModule {
    let body = crate::parse::parse_hcl(text).expect("fixture parses");
    let (modules, _) = build(vec![ParsedFile {
        id: 0,
        dir: "m".into(),
        name: "main.tf".into(),
        body,
    }]);
    evaluate(&Modules::new(&modules, &[], &[]), 0, &Inputs::default())
}

fn evaluate_files(files: &[(&str, &str)], inputs: &Inputs) -> EvaluatedModule {
    let parsed = files
        .iter()
        .enumerate()
        .map(|(id, (path, text))| {
            // `child/main.tf` is a file of the module in `m/child`.
            let (dir, name) = match path.rsplit_once('/') {
                Some((dir, name)) => (format!("m/{dir}"), name),
                None => ("m".to_string(), *path),
            };
            ParsedFile {
                id,
                dir: dir.into(),
                name: name.to_string(),
                body: crate::parse::parse_file(name, text).expect("fixture parses"),
            }
        })
        .collect();
    let (modules, _) = build(parsed);
    evaluate(&Modules::new(&modules, &[], &[]), 0, inputs)
}

fn value_of<'a>(module: &'a EvaluatedModule, address: &str) -> &'a Value {
    &module
        .instances
        .iter()
        .find(|i| i.address == address)
        .unwrap_or_else(|| panic!("no instance {address}"))
        .value
}

#[test]
fn count_and_for_each_addresses() {
    let module = evaluate_text(
        r#"
variable "n" { default = 2 }
resource "a" "counted" { count = var.n }
resource "a" "keyed" { for_each = { logs = 1, "b c" = 2 } }
resource "a" "set" { for_each = toset(["x"]) }
resource "a" "none" { count = 0 }
resource "a" "unknown" { count = var.missing }
resource "a" "invalid" { count = -1 }
"#,
    );
    let addresses: Vec<_> = module
        .instances
        .iter()
        .map(|i| (i.address.as_str(), i.instances_unknown))
        .collect();
    assert_eq!(
        addresses,
        [
            ("a.counted[0]", false),
            ("a.counted[1]", false),
            ("a.keyed[\"b c\"]", false),
            ("a.keyed[\"logs\"]", false),
            ("a.set[\"x\"]", false),
            ("a.unknown", true),
        ]
    );
    assert_eq!(
        module.unexpanded.len(),
        1,
        "a negative count is not expanded"
    );
    assert!(module.unexpanded[0].reason.contains("whole number"));
}

#[test]
fn unknown_instances_have_unknown_keys_and_so_do_their_modules_resources() {
    let module = evaluate_files(
        &[
            (
                "main.tf",
                r#"
variable "items" {}
resource "a" "each" {
  for_each = var.items
  name     = each.key
  size     = each.value.size
  fixed    = "x"
}
module "child" {
  source = "./child"
  count  = length(var.items)
  name   = "n-${count.index}"
}
"#,
            ),
            (
                "child/main.tf",
                "variable \"name\" {}\nresource \"a\" \"inner\" { name = var.name }\n",
            ),
        ],
        &Inputs::default(),
    );
    let each = module
        .instances
        .iter()
        .find(|i| i.address == "a.each")
        .unwrap();
    assert!(each.instances_unknown);
    assert_eq!(each.key, InstanceKey::Unknown);
    assert_eq!(each.value.get_attr("name"), Some(Value::Unknown));
    assert_eq!(each.value.get_attr("fixed"), Some(Value::string("x")));
    let inner = module
        .instances
        .iter()
        .find(|i| i.address == "module.child.a.inner")
        .expect("the module is evaluated once, for all its unknown instances");
    assert!(inner.instances_unknown);
    assert_eq!(inner.key, InstanceKey::None);
    assert_eq!(inner.value.get_attr("name"), Some(Value::Unknown));
}

#[test]
fn dynamic_blocks_expand_with_iterator_and_nesting() {
    let module = evaluate_text(
        r#"
locals {
  rules = [{ port = 22, cidrs = ["0.0.0.0/0"] }, { port = 443, cidrs = ["10.0.0.0/8", "::/0"] }]
}
resource "aws_security_group" "sg" {
  ingress { from_port = 80 }
  dynamic "ingress" {
for_each = local.rules
iterator = rule
content {
  from_port = rule.value.port
  dynamic "source" {
    for_each = rule.value.cidrs
    content { cidr = source.value }
  }
}
  }
  dynamic "egress" {
for_each = var.unknown
content { from_port = 0 }
  }
}
"#,
    );
    let sg = value_of(&module, "aws_security_group.sg");
    let ports: Vec<String> = match sg.get_attr("ingress") {
        Some(Value::List(items)) => items
            .iter()
            .map(|i| i.get_attr("from_port").unwrap().to_string())
            .collect(),
        other => panic!("{other:?}"),
    };
    assert_eq!(ports, ["80", "22", "443"]);
    let Some(Value::List(ingress)) = sg.get_attr("ingress") else {
        panic!()
    };
    assert_eq!(
        ingress[2].get_attr("source").unwrap().to_string(),
        r#"[{"cidr" = "10.0.0.0/8"}, {"cidr" = "::/0"}]"#
    );
    assert_eq!(sg.get_attr("egress"), Some(Value::Unknown));
}

#[test]
fn locals_resolve_in_dependency_order_and_cycles_are_problems() {
    let module = evaluate_text(
        r#"
locals {
  full = "${local.base}-x"
  base = upper(var.name)
  a    = local.b
  b    = local.a
}
variable "name" { default = "svc" }
resource "r" "x" { name = local.full }
"#,
    );
    assert_eq!(
        value_of(&module, "r.x").get_attr("name"),
        Some(Value::string("SVC-x"))
    );
    assert_eq!(module.problems.len(), 1);
    assert!(module.problems[0].message.contains("cycle"));
}

#[test]
fn variables_follow_terraform_precedence() {
    let config = r#"
variable "a" { default = "default" }
variable "b" { default = "default" }
variable "c" { default = "default" }
variable "d" { default = "default" }
variable "e" { default = "default" }
variable "f" { default = "default" }
variable "n" { type = number }
variable "l" { type = list(string) }
resource "r" "x" {
  v = [var.a, var.b, var.c, var.d, var.e, var.f]
  n = var.n
  l = var.l
}
"#;
    let files = [
        ("main.tf", config),
        (
            "terraform.tfvars",
            "b = \"tfvars\"\nc = \"tfvars\"\nd = \"tfvars\"\ne = \"tfvars\"\nf = \"tfvars\"\n",
        ),
        (
            "terraform.tfvars.json",
            r#"{"c": "tfvars.json", "d": "tfvars.json", "e": "tfvars.json", "f": "tfvars.json"}"#,
        ),
        (
            "b.auto.tfvars",
            "d = \"b.auto\"\ne = \"b.auto\"\nf = \"b.auto\"\n",
        ),
        ("a.auto.tfvars", "d = \"a.auto\"\ne = \"a.auto\"\n"),
    ];
    let inputs = Inputs {
        env: vec![
            ("a".into(), "env".into()),
            ("b".into(), "env".into()),
            ("n".into(), "7".into()),
        ],
        var_files: vec![crate::parse::parse_hcl("e = \"var-file\"\nf = \"var-file\"\n").unwrap()],
        vars: vec![
            ("f".into(), "cli".into()),
            ("l".into(), r#"["x", 2]"#.into()),
        ],
        ..Inputs::default()
    };
    let module = evaluate_files(&files, &inputs);
    let x = value_of(&module, "r.x");
    assert_eq!(
        x.get_attr("v").unwrap().to_string(),
        r#"["env", "tfvars", "tfvars.json", "b.auto", "var-file", "cli"]"#
    );
    assert_eq!(
        x.get_attr("n"),
        Some(Value::Number(7.0)),
        "number from a TF_VAR_ string"
    );
    assert_eq!(
        x.get_attr("l").unwrap().to_string(),
        r#"["x", "2"]"#,
        "list(string) from --var"
    );
    assert!(module.problems.is_empty(), "{:?}", module.problems);
}

#[test]
fn a_value_of_the_wrong_type_is_reported() {
    let module = evaluate_files(
        &[(
            "main.tf",
            "variable \"n\" {\n  type    = number\n  default = \"many\"\n}\n",
        )],
        &Inputs::default(),
    );
    assert!(
        module.problems[0]
            .message
            .contains("invalid value for var.n"),
        "{:?}",
        module.problems
    );
}

#[test]
fn provider_default_tags_merge_under_resource_tags() {
    let module = evaluate_text(
        r#"
provider "aws" {
  default_tags {
tags = { Owner = "platform", Environment = "dev" }
  }
}
provider "aws" {
  alias = "eu"
  default_tags {
tags = { Owner = "eu-team" }
  }
}
resource "aws_s3_bucket" "a" {
  tags = { Environment = "prod" }
}
resource "aws_s3_bucket" "b" {
  provider = aws.eu
}
resource "google_storage_bucket" "c" {}
"#,
    );
    assert_eq!(
        value_of(&module, "aws_s3_bucket.a")
            .get_attr("tags")
            .unwrap()
            .to_string(),
        r#"{"Environment" = "prod", "Owner" = "platform"}"#
    );
    assert_eq!(
        value_of(&module, "aws_s3_bucket.b")
            .get_attr("tags_all")
            .unwrap()
            .to_string(),
        r#"{"Owner" = "eu-team"}"#
    );
    assert_eq!(
        value_of(&module, "google_storage_bucket.c").get_attr("tags"),
        Some(Value::Null)
    );
}

#[test]
fn templatestring_renders_a_template_held_in_a_local() {
    // Expected values recorded from `terraform console` (Terraform 1.11).
    let module = evaluate_text(
        r#"
locals {
  greeting = "Hello, $${name}! %%{ for x in items }[$${x}]%%{ endfor }"
  calls    = "$${upper(a)}-$${length(b)}"
}
resource "r" "x" {
  greeting = templatestring(local.greeting, { name = "tf", items = [1, 2] })
  calls    = templatestring(local.calls, { a = "x", b = [1, 2, 3] })
}
"#,
    );
    let x = value_of(&module, "r.x");
    assert_eq!(
        x.get_attr("greeting"),
        Some(Value::string("Hello, tf! [1][2]"))
    );
    assert_eq!(x.get_attr("calls"), Some(Value::string("X-3")));
}

#[test]
fn a_null_for_a_non_nullable_variable_takes_its_default() {
    let module = evaluate_files(
        &[
            (
                "main.tf",
                r#"
variable "enc" {
  type     = bool
  default  = true
  nullable = false
}
variable "open" {
  type    = bool
  default = true
}
resource "r" "x" {
  enc  = var.enc
  open = var.open
}
"#,
            ),
            ("terraform.tfvars", "enc = null\nopen = null\n"),
        ],
        &Inputs::default(),
    );
    let x = value_of(&module, "r.x");
    assert_eq!(x.get_attr("enc"), Some(Value::Bool(true)));
    assert_eq!(x.get_attr("open"), Some(Value::Null), "nullable by default");
}
