//! Hash functions, `uuidv5` and `rsadecrypt`.

use super::*;

pub(super) fn hashing(name: &str, args: &[Value]) -> Option<FnResult> {
    let (algorithm, base64) = match name {
        "md5" | "sha1" | "sha256" | "sha512" => (name, false),
        "base64sha256" => ("sha256", true),
        "base64sha512" => ("sha512", true),
        "uuidv5" => return Some(uuidv5(args)),
        "rsadecrypt" => return Some(rsa_decrypt(args)),
        _ => return None,
    };
    Some(one_string(args).map(|s| {
        let digest = hash_bytes(algorithm, s.as_bytes());
        Value::string(if base64 {
            base64_encode(&digest)
        } else {
            hex(&digest)
        })
    }))
}

/// `rsadecrypt(ciphertext, privatekey)`: base64 ciphertext, PKCS#1 v1.5 padding, and an
/// unencrypted PEM key (PKCS#1 or PKCS#8).
pub(super) fn rsa_decrypt(args: &[Value]) -> FnResult {
    use rsa::pkcs1::DecodeRsaPrivateKey;
    use rsa::pkcs8::DecodePrivateKey;
    let [Value::String(ciphertext), Value::String(pem)] = arity::<2>(args)? else {
        return Err("expects a ciphertext and a private key as strings".to_string());
    };
    let key = rsa::RsaPrivateKey::from_pkcs1_pem(pem)
        .or_else(|_| rsa::RsaPrivateKey::from_pkcs8_pem(pem))
        .map_err(|e| format!("failed to parse the private key: {e}"))?;
    let plain = key
        .decrypt(rsa::Pkcs1v15Encrypt, &base64_decode(ciphertext)?)
        .map_err(|e| format!("failed to decrypt: {e}"))?;
    utf8(plain)
}

pub(super) fn hash_bytes(algorithm: &str, data: &[u8]) -> Vec<u8> {
    use sha2::Digest;
    match algorithm {
        "md5" => md5::Md5::digest(data).to_vec(),
        "sha1" => sha1::Sha1::digest(data).to_vec(),
        "sha512" => sha2::Sha512::digest(data).to_vec(),
        _ => sha2::Sha256::digest(data).to_vec(),
    }
}

pub(super) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A name-based (SHA-1) UUID in one of the well-known namespaces or a given one.
pub(super) fn uuidv5(args: &[Value]) -> FnResult {
    let [namespace, name] = arity(args)?;
    let (namespace, name) = (string(namespace)?, string(name)?);
    let namespace = match namespace.as_str() {
        "dns" => "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
        "url" => "6ba7b811-9dad-11d1-80b4-00c04fd430c8",
        "oid" => "6ba7b812-9dad-11d1-80b4-00c04fd430c8",
        "x500" => "6ba7b814-9dad-11d1-80b4-00c04fd430c8",
        other => other,
    };
    let namespace = parse_uuid(namespace)
        .ok_or_else(|| format!("uuidv5() doesn't support namespace {namespace:?}"))?;
    let mut hash = hash_bytes("sha1", &[namespace.as_slice(), name.as_bytes()].concat());
    hash.truncate(16);
    hash[6] = (hash[6] & 0x0f) | 0x50;
    hash[8] = (hash[8] & 0x3f) | 0x80;
    let h = hex(&hash);
    Ok(Value::string(format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )))
}

/// A UUID in any of the forms Go's `uuid.Parse` reads: plain hex, hyphenated, braced or URN.
pub(super) fn parse_uuid(s: &str) -> Option<Vec<u8>> {
    let s = s
        .strip_prefix("urn:uuid:")
        .or_else(|| s.strip_prefix('{').and_then(|b| b.strip_suffix('}')))
        .unwrap_or(s);
    let hyphens_ok = match s.len() {
        32 => !s.contains('-'),
        36 => [8, 13, 18, 23]
            .iter()
            .all(|i| s.as_bytes().get(*i) == Some(&b'-')),
        _ => false,
    };
    let digits: Vec<u8> = s
        .chars()
        .filter(|c| *c != '-')
        .map(|c| c.to_digit(16).map(|d| d as u8))
        .collect::<Option<_>>()?;
    (hyphens_ok && digits.len() == 32).then(|| digits.chunks(2).map(|p| p[0] << 4 | p[1]).collect())
}
