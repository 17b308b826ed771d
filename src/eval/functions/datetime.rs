//! Date and time functions.

use super::*;

/// An instant with the UTC offset it was written in.
#[derive(Clone, Copy)]
pub(super) struct Time {
    /// Seconds since 1970-01-01T00:00:00Z.
    seconds: i64,
    nanos: u32,
    /// Seconds east of UTC.
    offset: i64,
}

/// The civil date, time of day and weekday (0 = Sunday) of a time in its own offset.
pub(super) struct Civil {
    year: i64,
    month: i64,
    day: i64,
    hour: i64,
    minute: i64,
    second: i64,
    weekday: i64,
}

impl Time {
    fn civil(&self) -> Civil {
        let local = self.seconds + self.offset;
        let (days, secs) = (local.div_euclid(86_400), local.rem_euclid(86_400));
        let (year, month, day) = civil_from_days(days);
        Civil {
            year,
            month,
            day,
            hour: secs / 3600,
            minute: secs / 60 % 60,
            second: secs % 60,
            weekday: (days + 4).rem_euclid(7),
        }
    }

    /// RFC 3339 without fractional seconds, in the time's own offset.
    pub(super) fn rfc3339(&self) -> String {
        let c = self.civil();
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{}",
            c.year,
            c.month,
            c.day,
            c.hour,
            c.minute,
            c.second,
            self.zone(true, true)
        )
    }

    /// The UTC offset as `+hh:mm` (`colon`) or `+hhmm`, or `Z` for UTC when `z` says so.
    fn zone(&self, colon: bool, z: bool) -> String {
        if z && self.offset == 0 {
            return "Z".to_string();
        }
        let sign = if self.offset < 0 { '-' } else { '+' };
        let minutes = self.offset.abs() / 60;
        let sep = if colon { ":" } else { "" };
        format!("{sign}{:02}{sep}{:02}", minutes / 60, minutes % 60)
    }
}

pub(super) fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Today's date in UTC, `YYYY-MM-DD`: what a suppression's expiry date is compared with.
pub fn today() -> String {
    days_from_today(0)
}

/// The UTC date `days` after today, `YYYY-MM-DD`: the expiry an editor proposes for a new
/// suppression.
pub fn days_from_today(days: i64) -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let (year, month, day) = civil_from_days(seconds.div_euclid(86_400) + days);
    format!("{year:04}-{month:02}-{day:02}")
}

pub(super) fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

pub(super) fn days_in_month(year: i64, month: i64) -> i64 {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// An RFC 3339 timestamp, as strictly as Go's `time.Parse` reads one.
pub(super) fn parse_time(value: &Value) -> Result<Time, String> {
    let text = string(value)?;
    let invalid = || format!("not a valid RFC3339 timestamp: {text:?}");
    let b = text.as_bytes();
    let field = |at: usize, len: usize| -> Option<i64> {
        let digits = b.get(at..at + len)?;
        digits.iter().try_fold(0i64, |acc, c| {
            c.is_ascii_digit().then(|| acc * 10 + i64::from(c - b'0'))
        })
    };
    let separators = [(4, b'-'), (7, b'-'), (10, b'T'), (13, b':'), (16, b':')];
    if !separators.iter().all(|(i, c)| b.get(*i) == Some(c)) {
        return Err(invalid());
    }
    let [year, month, day, hour, minute, second] =
        [(0, 4), (5, 2), (8, 2), (11, 2), (14, 2), (17, 2)].map(|(at, len)| field(at, len));
    let (Some(year), Some(month), Some(day), Some(hour), Some(minute), Some(second)) =
        (year, month, day, hour, minute, second)
    else {
        return Err(invalid());
    };
    if !(1..=12).contains(&month)
        || !(1..=days_in_month(year, month)).contains(&day)
        || hour > 23
        || minute > 59
        || second > 59
    {
        return Err(invalid());
    }
    let mut at = 19;
    let mut nanos = 0u32;
    if b.get(at) == Some(&b'.') {
        let digits = b[at + 1..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        if digits == 0 {
            return Err(invalid());
        }
        for i in 0..9 {
            let d = if i < digits { b[at + 1 + i] - b'0' } else { 0 };
            nanos = nanos * 10 + u32::from(d);
        }
        at += 1 + digits;
    }
    let offset = match (b.get(at), b.len() - at) {
        (Some(b'Z'), 1) => 0,
        (Some(sign @ (b'+' | b'-')), 6) if b[at + 3] == b':' => {
            let (h, m) = (
                field(at + 1, 2).ok_or_else(invalid)?,
                field(at + 4, 2).ok_or_else(invalid)?,
            );
            if h > 23 || m > 59 {
                return Err(invalid());
            }
            (h * 3600 + m * 60) * if *sign == b'-' { -1 } else { 1 }
        }
        _ => return Err(invalid()),
    };
    let local = days_from_civil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second;
    Ok(Time {
        seconds: local - offset,
        nanos,
        offset,
    })
}

/// A Go duration (`1h30m`, `-1.5h`, `300ms`) in nanoseconds.
pub(super) fn parse_duration(text: &str) -> Result<i128, String> {
    let invalid = || format!("invalid duration {text:?}");
    let (negative, mut rest) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    if rest == "0" {
        return Ok(0);
    }
    if rest.is_empty() {
        return Err(invalid());
    }
    let mut total: i128 = 0;
    while !rest.is_empty() {
        let number_len = rest
            .bytes()
            .take_while(|c| c.is_ascii_digit() || *c == b'.')
            .count();
        let (number, after) = rest.split_at(number_len);
        let unit_len = after
            .bytes()
            .take_while(|c| !(c.is_ascii_digit() || *c == b'.'))
            .count();
        let (unit, after) = after.split_at(unit_len);
        let unit: i128 = match unit {
            "ns" => 1,
            "us" | "µs" | "μs" => 1_000,
            "ms" => 1_000_000,
            "s" => 1_000_000_000,
            "m" => 60_000_000_000,
            "h" => 3_600_000_000_000,
            _ => return Err(invalid()),
        };
        let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
        if (whole.is_empty() && fraction.is_empty()) || fraction.contains('.') {
            return Err(invalid());
        }
        let whole: i128 = if whole.is_empty() {
            0
        } else {
            whole.parse().map_err(|_| invalid())?
        };
        let fraction: f64 = format!("0.{fraction}0").parse().map_err(|_| invalid())?;
        total = whole
            .checked_mul(unit)
            .and_then(|w| w.checked_add((fraction * unit as f64) as i128))
            .and_then(|v| total.checked_add(v))
            .filter(|t| *t <= i128::from(i64::MAX))
            .ok_or_else(invalid)?;
        rest = after;
    }
    Ok(if negative { -total } else { total })
}

pub(super) fn datetime(name: &str, args: &[Value]) -> Option<FnResult> {
    Some(match name {
        "formatdate" => arity::<2>(args).and_then(|[spec, time]| {
            formatdate(&string(spec)?, &parse_time(time)?).map(Value::string)
        }),
        "timeadd" => arity::<2>(args).and_then(|[time, duration]| {
            let time = parse_time(time)?;
            let nanos = i128::from(time.seconds) * 1_000_000_000
                + i128::from(time.nanos)
                + parse_duration(&string(duration)?)?;
            let seconds = i64::try_from(nanos.div_euclid(1_000_000_000))
                .map_err(|_| "the result is out of range")?;
            let nanos = nanos.rem_euclid(1_000_000_000) as u32;
            Ok(Value::string(
                Time {
                    seconds,
                    nanos,
                    ..time
                }
                .rfc3339(),
            ))
        }),
        "timecmp" => arity::<2>(args).and_then(|[a, b]| {
            let (a, b) = (parse_time(a)?, parse_time(b)?);
            let order = (a.seconds, a.nanos).cmp(&(b.seconds, b.nanos));
            Ok(Value::Number(order as i8 as f64))
        }),
        _ => return None,
    })
}

/// Splits a `formatdate` format as Terraform does: quoted literals (`''` inside one is a
/// quote), runs of one letter, and other text.
pub(super) fn date_tokens(spec: &str) -> Vec<&str> {
    let b = spec.as_bytes();
    let mut tokens = Vec::new();
    let mut start = 0;
    while start < b.len() {
        let rest = &b[start..];
        let len = if rest[0] == b'\'' {
            if rest.get(1) == Some(&b'\'') {
                2
            } else {
                let mut i = 1;
                let mut end = rest.len();
                while i < rest.len() {
                    if rest[i] == b'\'' {
                        if rest.get(i + 1) != Some(&b'\'') {
                            end = i + 1;
                            break;
                        }
                        i += 1;
                    }
                    i += 1;
                }
                end
            }
        } else if rest[0].is_ascii_alphabetic() {
            rest.iter().take_while(|c| **c == rest[0]).count()
        } else {
            rest.iter()
                .skip(1)
                .position(|c| *c == b'\'' || c.is_ascii_alphabetic())
                .map_or(rest.len(), |p| p + 1)
        };
        tokens.extend(spec.get(start..start + len));
        start += len;
    }
    tokens
}

pub(super) fn formatdate(spec: &str, time: &Time) -> Result<String, String> {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const DAYS: [&str; 7] = [
        "Sunday",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
    ];
    let c = time.civil();
    let mut out = String::new();
    for token in date_tokens(spec) {
        let first = token.chars().next().unwrap_or(' ');
        if first == '\'' {
            if token.len() == 1 || !token.ends_with('\'') {
                return Err("unterminated literal '".to_string());
            }
            if token.len() == 2 {
                out.push('\'');
            } else {
                out.push_str(&token[1..token.len() - 1].replace("''", "'"));
            }
            continue;
        }
        if !first.is_ascii_alphabetic() {
            out.push_str(token);
            continue;
        }
        let twelve = if c.hour % 12 == 0 { 12 } else { c.hour % 12 };
        let month = MONTHS[(c.month - 1).clamp(0, 11) as usize];
        let weekday = DAYS[c.weekday.clamp(0, 6) as usize];
        let text = match (first, token.len()) {
            ('Y', 2) => format!("{:02}", c.year.rem_euclid(100)),
            ('Y', 4) => format!("{:04}", c.year),
            ('M', 1) => c.month.to_string(),
            ('M', 2) => format!("{:02}", c.month),
            ('M', 3) => month[..3].to_string(),
            ('M', 4) => month.to_string(),
            ('D', 1) => c.day.to_string(),
            ('D', 2) => format!("{:02}", c.day),
            ('E', 3) => weekday[..3].to_string(),
            ('E', 4) => weekday.to_string(),
            ('h', 1) => c.hour.to_string(),
            ('h', 2) => format!("{:02}", c.hour),
            ('H', 1) => twelve.to_string(),
            ('H', 2) => format!("{twelve:02}"),
            ('A', 2) => (if c.hour < 12 { "AM" } else { "PM" }).to_string(),
            ('a', 2) => (if c.hour < 12 { "am" } else { "pm" }).to_string(),
            ('m', 1) => c.minute.to_string(),
            ('m', 2) => format!("{:02}", c.minute),
            ('s', 1) => c.second.to_string(),
            ('s', 2) => format!("{:02}", c.second),
            ('Z', 1) => time.zone(true, true),
            ('Z', 3) if time.offset == 0 => "UTC".to_string(),
            ('Z', 3 | 4) => time.zone(false, false),
            ('Z', 5) => time.zone(true, false),
            _ => return Err(format!("invalid date format verb {token:?}")),
        };
        out.push_str(&text);
    }
    Ok(out)
}
