//! Encoding functions: base64, text encodings, URL, JSON, CSV and the YAML entry points.

use super::*;

pub(super) fn encoding(name: &str, args: &[Value]) -> Option<FnResult> {
    Some(match name {
        "base64encode" => one_string(args).map(|s| Value::string(base64_encode(s.as_bytes()))),
        "base64decode" => one_string(args)
            .and_then(|s| base64_decode(&s))
            .and_then(utf8),
        "base64gzip" => one_string(args).map(|s| Value::string(base64_encode(&gzip(s.as_bytes())))),
        "textencodebase64" => text_encode(args),
        "textdecodebase64" => text_decode(args),
        "urlencode" => one_string(args).map(|s| Value::string(url_encode(&s))),
        "jsonencode" => arity::<1>(args)
            .and_then(|[v]| json_encode(v))
            .map(Value::string),
        "jsondecode" => match args {
            [Value::String(text)] => decoded(text),
            _ => one_string(args).and_then(|s| json_decode(&s)),
        },
        "csvdecode" => one_string(args).and_then(|s| csv_decode(&s)),
        "yamldecode" => one_string(args).and_then(|s| yaml_decode(&s)),
        "yamlencode" => arity::<1>(args)
            .and_then(|[v]| yaml_encode(v))
            .map(Value::string),
        _ => return None,
    })
}

pub(super) fn base64_engine() -> base64::engine::GeneralPurpose {
    use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
    let config = GeneralPurposeConfig::new()
        .with_decode_allow_trailing_bits(true)
        .with_decode_padding_mode(DecodePaddingMode::RequireCanonical);
    GeneralPurpose::new(&base64::alphabet::STANDARD, config)
}

pub(super) fn base64_encode(bytes: &[u8]) -> String {
    base64::Engine::encode(&base64_engine(), bytes)
}

/// Standard base64 with padding; line breaks are ignored, as Go ignores them.
pub(super) fn base64_decode(text: &str) -> Result<Vec<u8>, String> {
    let text: String = text.chars().filter(|c| !matches!(c, '\r' | '\n')).collect();
    base64::Engine::decode(&base64_engine(), text)
        .map_err(|e| format!("failed to decode base64 data: {e}"))
}

pub(super) fn utf8(bytes: Vec<u8>) -> FnResult {
    String::from_utf8(bytes)
        .map(Value::string)
        .map_err(|_| "the result of decoding the given data is not valid UTF-8".to_string())
}

/// Gzip as Terraform frames it (one block, a sync flush, an empty final block), compressing
/// with fixed Huffman codes over literals only, or storing when that is smaller. The bytes
/// equal Terraform's for short text without repeats; otherwise Go finds back-references and
/// the stream differs, though it decompresses to the same data.
pub(super) fn gzip(data: &[u8]) -> Vec<u8> {
    let mut bits = BitWriter::default();
    if !data.is_empty() {
        let fixed_bits: usize = 10
            + data
                .iter()
                .map(|b| if *b < 144 { 8 } else { 9 })
                .sum::<usize>();
        if data.len() < 65536 && (data.len() + 5) * 8 < fixed_bits {
            bits.stored_block(data, false);
        } else {
            bits.put(0b010, 3);
            for &b in data {
                match b {
                    0..=143 => bits.put_code(0x30 + u32::from(b), 8),
                    _ => bits.put_code(0x190 + u32::from(b) - 144, 9),
                }
            }
            bits.put_code(0, 7);
        }
    }
    bits.stored_block(&[], false);
    bits.stored_block(&[], true);
    let mut out = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];
    out.extend(bits.bytes);
    out.extend(crc32(data).to_le_bytes());
    out.extend((data.len() as u32).to_le_bytes());
    out
}

#[derive(Default)]
pub(super) struct BitWriter {
    bytes: Vec<u8>,
    acc: u32,
    count: u32,
}

impl BitWriter {
    /// Writes `n` bits of `value`, least significant first.
    fn put(&mut self, value: u32, n: u32) {
        for i in 0..n {
            self.acc |= ((value >> i) & 1) << self.count;
            self.count += 1;
            if self.count == 8 {
                self.bytes.push(self.acc as u8);
                (self.acc, self.count) = (0, 0);
            }
        }
    }

    /// Writes a Huffman code, most significant bit first.
    fn put_code(&mut self, code: u32, n: u32) {
        self.put(code.reverse_bits() >> (32 - n), n);
    }

    fn stored_block(&mut self, data: &[u8], last: bool) {
        self.put(u32::from(last), 3);
        if self.count > 0 {
            self.put(0, 8 - self.count);
        }
        let len = data.len() as u16;
        self.bytes.extend(len.to_le_bytes());
        self.bytes.extend((!len).to_le_bytes());
        self.bytes.extend_from_slice(data);
    }
}

pub(super) fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[derive(Clone, Copy, PartialEq)]
pub(super) enum TextEncoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    Latin1,
}

pub(super) fn text_encoding(name: &Value) -> Result<TextEncoding, String> {
    let name = string(name)?;
    Ok(match name.to_ascii_uppercase().as_str() {
        "UTF-8" | "CSUTF8" => TextEncoding::Utf8,
        "UTF-16LE" | "CSUTF16LE" => TextEncoding::Utf16Le,
        "UTF-16BE" | "CSUTF16BE" => TextEncoding::Utf16Be,
        "ISO-8859-1" | "ISO_8859-1" | "ISO_8859-1:1987" | "ISO-IR-100" | "LATIN1" | "L1"
        | "IBM819" | "CP819" | "CSISOLATIN1" => TextEncoding::Latin1,
        _ => return Err(format!("{name:?} is not a supported IANA encoding name")),
    })
}

pub(super) fn text_encode(args: &[Value]) -> FnResult {
    let [s, name] = arity(args)?;
    let (s, encoding) = (string(s)?, text_encoding(name)?);
    let bytes: Vec<u8> = match encoding {
        TextEncoding::Utf8 => s.into_bytes(),
        TextEncoding::Utf16Le => s.encode_utf16().flat_map(u16::to_le_bytes).collect(),
        TextEncoding::Utf16Be => s.encode_utf16().flat_map(u16::to_be_bytes).collect(),
        TextEncoding::Latin1 => s
            .chars()
            .map(|c| u8::try_from(c).map_err(|_| format!("{c:?} cannot be encoded in ISO-8859-1")))
            .collect::<Result<_, _>>()?,
    };
    Ok(Value::string(base64_encode(&bytes)))
}

pub(super) fn text_decode(args: &[Value]) -> FnResult {
    let [s, name] = arity(args)?;
    let (bytes, encoding) = (base64_decode(&string(s)?)?, text_encoding(name)?);
    let units = |f: fn([u8; 2]) -> u16| -> Vec<u16> {
        bytes
            .chunks(2)
            .map(|c| f([c[0], *c.get(1).unwrap_or(&0)]))
            .collect()
    };
    Ok(Value::string(match encoding {
        TextEncoding::Utf8 => String::from_utf8_lossy(&bytes).into_owned(),
        TextEncoding::Utf16Le => String::from_utf16_lossy(&units(u16::from_le_bytes)),
        TextEncoding::Utf16Be => String::from_utf16_lossy(&units(u16::from_be_bytes)),
        TextEncoding::Latin1 => bytes.iter().map(|b| char::from(*b)).collect(),
    }))
}

/// Go's `url.QueryEscape`.
pub(super) fn url_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// JSON as Terraform writes it: sorted keys, no spaces, numbers without exponents, and
/// HTML-sensitive characters escaped.
pub(super) fn json_encode(value: &Value) -> Result<String, String> {
    let mut out = String::new();
    write_json(value, &mut out)?;
    Ok(out)
}

pub(super) fn write_json(value: &Value, out: &mut String) -> Result<(), String> {
    match value {
        Value::Null | Value::Unknown => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) if n.is_finite() => out.push_str(&format_number(*n)),
        Value::Number(_) => return Err("cannot encode an infinite number as JSON".to_string()),
        Value::String(s) => out.push_str(&json_string(s)),
        Value::List(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_json(item, out)?;
            }
            out.push(']');
        }
        Value::Object(map) | Value::Block(map) | Value::Configured(map) => {
            out.push('{');
            for (i, (key, item)) in map.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&json_string(key));
                out.push(':');
                write_json(item, out)?;
            }
            out.push('}');
        }
    }
    if out.len() > MAX_STRING {
        return Err(format!("the result is longer than {MAX_STRING} bytes"));
    }
    Ok(())
}

/// A JSON string literal as Go's encoder writes it.
pub(super) fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' | '\0'..='\u{1f}' => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Recently decoded strings, per thread, by identity: the rules about one policy each decode
/// the same `policy` string, which the instance's value shares with all of them. Holding the
/// string keeps its address from being reused by another.
const DECODED_CACHE_SIZE: usize = 64;

type DecodedCache = std::collections::HashMap<usize, (std::sync::Arc<str>, FnResult)>;

thread_local! {
    static DECODED: std::cell::RefCell<DecodedCache> = std::cell::RefCell::new(DecodedCache::new());
}

fn decoded(text: &std::sync::Arc<str>) -> FnResult {
    let key = std::sync::Arc::as_ptr(text) as *const u8 as usize;
    let hit = DECODED.with(|cache| {
        cache
            .borrow()
            .get(&key)
            .filter(|(held, _)| std::sync::Arc::ptr_eq(held, text))
            .map(|(_, result)| result.clone())
    });
    if let Some(result) = hit {
        return result;
    }
    let result = json_decode(text);
    DECODED.with(|cache| {
        let mut cache = cache.borrow_mut();
        if cache.len() >= DECODED_CACHE_SIZE {
            cache.clear();
        }
        cache.insert(key, (text.clone(), result.clone()));
    });
    result
}

pub(super) fn json_decode(text: &str) -> FnResult {
    serde_json::from_str::<serde_json::Value>(text)
        .map(|j| Value::from_json(&j))
        .map_err(|e| format!("invalid JSON: {e}"))
}
