//! Numeric functions.

use super::*;

pub(super) fn numeric(name: &str, args: &[Value]) -> Option<FnResult> {
    Some(match name {
        "abs" => unary_number(args, f64::abs),
        "ceil" => unary_number(args, f64::ceil),
        "floor" => unary_number(args, f64::floor),
        "log" => binary_number(args, |n, base| n.ln() / base.ln()),
        "pow" => binary_number(args, f64::powf),
        "signum" => arity::<1>(args)
            .and_then(|[n]| integer(n))
            .map(|n| Value::Number(n.signum() as f64)),
        "min" | "max" => min_max(name, args),
        "parseint" => parseint(args),
        _ => return None,
    })
}

pub(super) fn unary_number(args: &[Value], f: fn(f64) -> f64) -> FnResult {
    let [n] = arity(args)?;
    finite(f(number(n)?))
}

pub(super) fn binary_number(args: &[Value], f: fn(f64, f64) -> f64) -> FnResult {
    let [a, b] = arity(args)?;
    finite(f(number(a)?, number(b)?))
}

pub(super) fn min_max(name: &str, args: &[Value]) -> FnResult {
    let nums = args.iter().map(number).collect::<Result<Vec<_>, _>>()?;
    let pick = if name == "min" { f64::min } else { f64::max };
    nums.into_iter()
        .reduce(pick)
        .map(Value::Number)
        .ok_or_else(|| "expects at least one argument".to_string())
}

pub(super) fn parseint(args: &[Value]) -> FnResult {
    let [s, base] = arity(args)?;
    let (s, base) = (string(s)?, integer(base)?);
    if !(2..=62).contains(&base) {
        return Err("base must be a whole number between 2 and 62 inclusive".to_string());
    }
    let (negative, digits) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.strip_prefix('+').unwrap_or(&s)),
    };
    let invalid = || format!("cannot parse {s:?} as a base {base} integer");
    if digits.is_empty() {
        return Err(invalid());
    }
    let mut value = 0.0;
    for c in digits.chars() {
        let digit = digit_value(c, base).ok_or_else(invalid)?;
        value = value * base as f64 + digit as f64;
    }
    finite(if negative { -value } else { value })
}

/// A digit's value in `base`: letters are case-insensitive up to base 36, above it the
/// lowercase letters come first (as Go's `big.Int` reads them).
pub(super) fn digit_value(c: char, base: i64) -> Option<i64> {
    let value = match c {
        '0'..='9' => c as i64 - '0' as i64,
        'a'..='z' => c as i64 - 'a' as i64 + 10,
        'A'..='Z' if base <= 36 => c as i64 - 'A' as i64 + 10,
        'A'..='Z' => c as i64 - 'A' as i64 + 36,
        _ => return None,
    };
    (value < base).then_some(value)
}
