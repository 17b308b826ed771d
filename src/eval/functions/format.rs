//! `format` and `formatlist`, with Go-style verbs.

use super::*;

#[derive(Default)]
pub(super) struct Verb {
    sharp: bool,
    zero: bool,
    minus: bool,
    plus: bool,
    space: bool,
    width: Option<usize>,
    precision: Option<usize>,
    mode: char,
}

/// Terraform's `format`: Go's verbs over Terraform values, widths in grapheme clusters.
pub(super) fn format_string(spec: &str, args: &[Value]) -> Result<String, String> {
    let mut out = String::new();
    let mut chars = spec.chars().peekable();
    let (mut next_arg, mut used) = (0, 0);
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        if chars.next_if_eq(&'%').is_some() {
            out.push('%');
            continue;
        }
        let mut verb = Verb::default();
        while let Some(flag) = chars.next_if(|c| " #+-0".contains(*c)) {
            match flag {
                '#' => verb.sharp = true,
                '0' => verb.zero = true,
                '-' => verb.minus = true,
                '+' => verb.plus = true,
                _ => verb.space = true,
            }
        }
        if chars.next_if_eq(&'[').is_some() {
            let index = format_digits(&mut chars)?.filter(|n| *n > 0);
            match (index, chars.next()) {
                (Some(n), Some(']')) => next_arg = n - 1,
                _ => return Err("invalid argument index in format string".to_string()),
            }
        }
        verb.width = format_digits(&mut chars)?;
        if chars.next_if_eq(&'.').is_some() {
            verb.precision = Some(format_digits(&mut chars)?.unwrap_or(0));
        }
        verb.mode = chars
            .next()
            .filter(char::is_ascii_alphabetic)
            .ok_or("invalid format verb")?;
        let arg = args.get(next_arg).ok_or_else(|| {
            format!(
                "not enough arguments for %{}: need {} but have {}",
                verb.mode,
                next_arg + 1,
                args.len()
            )
        })?;
        next_arg += 1;
        used = used.max(next_arg);
        format_verb(&verb, arg, &mut out)?;
        if out.len() > MAX_STRING {
            return Err(format!("the result is longer than {MAX_STRING} bytes"));
        }
    }
    if used < args.len() {
        return Err(format!(
            "too many arguments; only {used} used by format string"
        ));
    }
    Ok(out)
}

pub(super) fn format_digits(
    chars: &mut std::iter::Peekable<std::str::Chars>,
) -> Result<Option<usize>, String> {
    let mut value: Option<usize> = None;
    while let Some(d) = chars.next_if(char::is_ascii_digit) {
        let v = value.unwrap_or(0) * 10 + (d as usize - '0' as usize);
        if v > MAX_STRING {
            return Err("format width or precision too large".to_string());
        }
        value = Some(v);
    }
    Ok(value)
}

pub(super) fn format_verb(verb: &Verb, arg: &Value, out: &mut String) -> Result<(), String> {
    if verb.mode != 'v' && matches!(arg, Value::Null) {
        return Err(format!(
            "unsupported value for %{}: null value cannot be formatted",
            verb.mode
        ));
    }
    let text = match verb.mode {
        'v' => pad_width(verb, format_as_is(verb, arg)?),
        't' => boolean(arg)?.to_string(),
        'b' | 'd' | 'o' | 'x' | 'X' => format_integer(verb, number(arg)?)?,
        'e' | 'E' | 'f' | 'g' | 'G' => format_float(verb, number(arg)?),
        's' | 'q' => {
            let s = string(arg)?;
            let s = match verb.precision {
                Some(p) if p > 0 => graphemes(&s).into_iter().take(p).collect(),
                _ => s,
            };
            pad_width(verb, if verb.mode == 'q' { json_string(&s) } else { s })
        }
        other => return Err(format!("unsupported format verb {other:?}")),
    };
    out.push_str(&text);
    Ok(())
}

pub(super) fn format_as_is(verb: &Verb, arg: &Value) -> Result<String, String> {
    match arg {
        Value::String(s) if !verb.sharp => Ok(s.to_string()),
        Value::Number(n) if !verb.sharp => Ok(go_general(*n, None, false)),
        other => json_encode(other),
    }
}

/// Pads to the verb's width in grapheme clusters, with zeros if asked.
pub(super) fn pad_width(verb: &Verb, text: String) -> String {
    let width = verb.width.unwrap_or(0);
    let len = graphemes(&text).len();
    if len >= width {
        return text;
    }
    let pad = (if verb.zero { "0" } else { " " }).repeat(width - len);
    if verb.minus { text + &pad } else { pad + &text }
}

/// Go's integer formatting: sign, `#` prefix, precision as minimum digits, width padding.
pub(super) fn format_integer(verb: &Verb, n: f64) -> Result<String, String> {
    if n.fract() != 0.0 || !n.is_finite() || n.abs() >= 3.4e38 {
        return Err(format!(
            "unsupported value for %{}: an integer is required",
            verb.mode
        ));
    }
    let magnitude = n.abs() as u128;
    let digits = match verb.mode {
        'b' => format!("{magnitude:b}"),
        'o' => format!("{magnitude:o}"),
        'x' => format!("{magnitude:x}"),
        'X' => format!("{magnitude:X}"),
        _ => magnitude.to_string(),
    };
    let prefix = match (verb.sharp, verb.mode) {
        (true, 'b') => "0b",
        (true, 'o') => "0",
        (true, 'x') => "0x",
        (true, 'X') => "0X",
        _ => "",
    };
    let sign = number_sign(verb, n < 0.0);
    let mut zeros = verb.precision.map_or(0, |p| p.saturating_sub(digits.len()));
    if verb.precision == Some(0) && magnitude == 0 {
        return Ok(String::new());
    }
    let length = sign.len() + prefix.len() + zeros + digits.len();
    let pad = verb.width.map_or(0, |w| w.saturating_sub(length));
    let (mut left, mut right) = (0, 0);
    if verb.minus {
        right = pad;
    } else if verb.zero && verb.precision.is_none() {
        zeros += pad;
    } else {
        left = pad;
    }
    Ok(format!(
        "{}{sign}{prefix}{}{digits}{}",
        " ".repeat(left),
        "0".repeat(zeros),
        " ".repeat(right)
    ))
}

pub(super) fn number_sign(verb: &Verb, negative: bool) -> &'static str {
    match (negative, verb.plus, verb.space) {
        (true, _, _) => "-",
        (false, true, _) => "+",
        (false, false, true) => " ",
        _ => "",
    }
}

/// Go's `big.Float` formatting for `%e`, `%f` and `%g` with flags and width.
pub(super) fn format_float(verb: &Verb, n: f64) -> String {
    let x = n.abs();
    let body = match verb.mode {
        'e' | 'E' => go_exponent(x, verb.precision.unwrap_or(6), verb.mode == 'E'),
        'f' => format!("{:.*}", verb.precision.unwrap_or(6), x),
        _ => go_general(x, verb.precision, verb.mode == 'G'),
    };
    let sign = number_sign(verb, n.is_sign_negative() && n != 0.0);
    let pad = verb
        .width
        .map_or(0, |w| w.saturating_sub(sign.len() + body.len()));
    if verb.zero {
        format!("{sign}{}{body}", "0".repeat(pad))
    } else if verb.minus {
        format!("{sign}{body}{}", " ".repeat(pad))
    } else {
        format!("{}{sign}{body}", " ".repeat(pad))
    }
}

/// `%e` with Go's exponent: a sign and at least two digits.
pub(super) fn go_exponent(x: f64, precision: usize, upper: bool) -> String {
    let (digits, point) = decimal_digits(x, Some(precision + 1));
    format_exponent(&digits, point, precision, upper)
}

/// The significant decimal digits of `x` (no trailing zeros) and the position of the decimal
/// point: shortest round-trip digits, or rounded to `significant` digits.
pub(super) fn decimal_digits(x: f64, significant: Option<usize>) -> (Vec<u8>, i64) {
    if x == 0.0 {
        return (Vec::new(), 0);
    }
    let text = match significant {
        None => format!("{x:e}"),
        Some(n) => format!("{:.*e}", n.max(1) - 1, x),
    };
    let (mantissa, exponent) = text.split_once('e').unwrap_or((&text, "0"));
    let mut digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, exponent.parse::<i64>().unwrap_or(0) + 1)
}

pub(super) fn format_exponent(digits: &[u8], point: i64, precision: usize, upper: bool) -> String {
    let mut out = String::new();
    out.push(digits.first().map_or('0', |d| *d as char));
    if precision > 0 {
        out.push('.');
        for i in 1..=precision {
            out.push(digits.get(i).map_or('0', |d| *d as char));
        }
    }
    let exponent = if digits.is_empty() { 0 } else { point - 1 };
    let sign = if exponent < 0 { '-' } else { '+' };
    out.push(if upper { 'E' } else { 'e' });
    format!("{out}{sign}{:02}", exponent.abs())
}

pub(super) fn format_fixed(digits: &[u8], point: i64, precision: usize) -> String {
    let digit = |i: i64| {
        usize::try_from(i)
            .ok()
            .and_then(|i| digits.get(i))
            .map_or('0', |d| *d as char)
    };
    let mut out: String = if point > 0 {
        (0..point).map(digit).collect()
    } else {
        "0".to_string()
    };
    if precision > 0 {
        out.push('.');
        out.extend((0..precision as i64).map(|i| digit(point + i)));
    }
    out
}

/// Go's `%g` (and `%v` for numbers): shortest digits, exponent form for large exponents.
pub(super) fn go_general(x: f64, precision: Option<usize>, upper: bool) -> String {
    let negative = x < 0.0;
    let precision = precision.map(|p| p.max(1));
    let (digits, point) = decimal_digits(x.abs(), precision);
    let len = digits.len() as i64;
    let mut prec = precision.map_or(len, |p| p as i64);
    let eprec = match precision {
        None => 6,
        Some(_) if prec > len && len >= point => len,
        Some(_) => prec,
    };
    let exponent = point - 1;
    let body = if exponent < -4 || exponent >= eprec {
        prec = prec.min(len);
        format_exponent(&digits, point, (prec - 1).max(0) as usize, upper)
    } else {
        if prec > point {
            prec = len;
        }
        format_fixed(&digits, point, (prec - point).max(0) as usize)
    };
    if negative { format!("-{body}") } else { body }
}

pub(super) fn formatlist(args: &[Value]) -> FnResult {
    at_least(args, 1)?;
    let spec = string(&args[0])?;
    let rest = &args[1..];
    let mut length: Option<usize> = None;
    for arg in rest {
        if let Value::List(items) = arg {
            match length {
                Some(n) if n != items.len() => {
                    return Err(format!(
                        "list arguments must all have the same length, found {n} and {}",
                        items.len()
                    ));
                }
                _ => length = Some(items.len()),
            }
        }
    }
    let results = (0..length.unwrap_or(1))
        .map(|i| {
            let row: Vec<Value> = rest
                .iter()
                .map(|arg| match arg {
                    Value::List(items) => items[i].clone(),
                    other => other.clone(),
                })
                .collect();
            format_string(&spec, &row).map(Value::string)
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Value::list(results))
}
