use super::*;

fn s(v: &str) -> Value {
    Value::string(v)
}

#[test]
fn unknown_arguments_give_unknown() {
    assert_eq!(call("lower", &[Value::Unknown]), Ok(Value::Unknown));
    assert_eq!(call("timestamp", &[]), Ok(Value::Unknown));
}

#[test]
fn contains_with_unknown_elements() {
    let list = Value::list(vec![Value::Unknown, s("a")]);
    assert_eq!(
        call("contains", &[list.clone(), s("a")]),
        Ok(Value::Bool(true))
    );
    assert_eq!(call("contains", &[list, s("b")]), Ok(Value::Unknown));
}

#[test]
fn range_is_bounded() {
    assert!(call("range", &[Value::Number(1e9)]).is_err());
    assert!(call("range", &[Value::Number(f64::NAN)]).is_err());
}

#[test]
fn format_verbs() {
    assert_eq!(
        call("format", &[s("%s-%03d"), s("a"), Value::Number(7.0)]),
        Ok(s("a-007"))
    );
}

#[test]
fn sizes_are_bounded() {
    let huge = Value::Number(1e12);
    assert!(call("indent", &[huge.clone(), s("a\nb")]).is_err());
    assert!(call("format", &[s("%999999999d"), Value::Number(1.0)]).is_err());
    let list = Value::list((0..2000).map(|i| Value::Number(i as f64)).collect());
    assert!(call("setproduct", &[list.clone(), list]).is_err());
}

#[test]
fn hostile_arguments_give_errors() {
    let n = |x: f64| Value::Number(x);
    assert!(call("cidrsubnet", &[s("10.0.0.0/8"), n(200.0), n(1.0)]).is_err());
    assert!(call("cidrhost", &[s("::/0"), n(1e39)]).is_err());
    assert!(call("substr", &[s("abc"), n(-9e18), n(1.0)]).is_ok());
    assert!(call("timeadd", &[s("2017-11-22T00:00:00Z"), s("9999999999h")]).is_err());
    assert!(call("parseint", &[s("z".repeat(400).as_str()), n(36.0)]).is_err());
    assert!(call("element", &[Value::list(vec![n(1.0)]), n(-1.0)]).is_err());
    let long = s(&"a".repeat(1000));
    assert!(call("replace", &[long, s(""), s(&"b".repeat(100_000))]).is_err());
}

#[test]
fn yaml_bombs_are_refused() {
    let mut bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n".to_string();
    for i in 1..8 {
        let refs = vec![format!("*a{}", i - 1); 10].join(", ");
        bomb.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
    }
    assert!(call("yamldecode", &[s(&bomb)]).is_err());
    let deep = format!("{}{}", "[".repeat(500), "]".repeat(500));
    assert!(call("yamldecode", &[s(&deep)]).is_err());
}

#[test]
fn rsadecrypt_matches_terraform() {
    // Key and ciphertext made with openssl; Terraform 1.11's rsadecrypt gave the text.
    let key = include_str!("../../../testdata/functions/rsadecrypt/key.pem");
    let ciphertext = include_str!("../../../testdata/functions/rsadecrypt/ciphertext.b64");
    let expected = include_str!("../../../testdata/functions/rsadecrypt/expected.txt");
    assert_eq!(
        call(
            "rsadecrypt",
            &[Value::string(ciphertext.trim()), Value::string(key)]
        ),
        Ok(Value::string(expected))
    );
    assert!(call("rsadecrypt", &[Value::string("AAAA"), Value::string(key)]).is_err());
    assert!(
        call(
            "rsadecrypt",
            &[Value::string("AAAA"), Value::string("not a key")]
        )
        .is_err()
    );
}
