//! IP network functions.

use super::*;

/// A network as Terraform reads a CIDR: the address masked to its prefix, in a `bits`-wide
/// space (32 for IPv4, 128 for IPv6).
#[derive(Clone, Copy)]
pub(super) struct Cidr {
    addr: u128,
    bits: u32,
    prefix: u32,
}

impl Cidr {
    fn host_mask(bits: u32, prefix: u32) -> u128 {
        let host = bits.saturating_sub(prefix);
        if host >= 128 {
            u128::MAX
        } else {
            (1u128 << host) - 1
        }
    }

    fn width_mask(&self) -> u128 {
        Cidr::host_mask(self.bits, 0)
    }

    fn with_prefix(self, addr: u128, prefix: u32) -> Cidr {
        let addr = addr & self.width_mask() & !Cidr::host_mask(self.bits, prefix);
        Cidr {
            addr,
            prefix,
            ..self
        }
    }

    fn last(&self) -> u128 {
        self.addr | Cidr::host_mask(self.bits, self.prefix)
    }

    fn contains(&self, addr: u128) -> bool {
        addr & !Cidr::host_mask(self.bits, self.prefix) == self.addr
    }
}

impl std::fmt::Display for Cidr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", ip_string(self.addr, self.bits), self.prefix)
    }
}

pub(super) fn network(name: &str, args: &[Value]) -> Option<FnResult> {
    Some(match name {
        "cidrhost" => cidrhost(args),
        "cidrnetmask" => cidrnetmask(args),
        "cidrsubnet" => cidrsubnet(args),
        "cidrsubnets" => cidrsubnets(args),
        _ => return None,
    })
}

pub(super) fn parse_cidr(value: &Value) -> Result<Cidr, String> {
    let text = string(value)?;
    let invalid = || format!("invalid CIDR address {text:?}");
    let (ip, len) = text.split_once('/').ok_or_else(invalid)?;
    let (addr, bits) = parse_ip(ip).ok_or_else(invalid)?;
    let prefix = (!len.is_empty() && len.bytes().all(|c| c.is_ascii_digit()))
        .then(|| len.parse::<u32>().ok())
        .flatten()
        .filter(|p| *p <= bits)
        .ok_or_else(invalid)?;
    let network = Cidr {
        addr: 0,
        bits,
        prefix,
    };
    Ok(network.with_prefix(addr, prefix))
}

/// IPv4 as Terraform reads it (decimal octets, leading zeros allowed) or IPv6.
pub(super) fn parse_ip(s: &str) -> Option<(u128, u32)> {
    let octets: Vec<&str> = s.split('.').collect();
    if octets.len() == 4 && !s.contains(':') {
        let mut addr = 0u128;
        for octet in octets {
            if octet.is_empty() || octet.len() > 8 || !octet.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            addr = addr << 8 | u128::from(octet.parse::<u8>().ok()?);
        }
        return Some((addr, 32));
    }
    s.parse::<std::net::Ipv6Addr>()
        .ok()
        .map(|a| (u128::from(a), 128))
}

/// An address as Go prints it: IPv4-mapped IPv6 addresses in dotted form.
pub(super) fn ip_string(addr: u128, bits: u32) -> String {
    if bits == 32 || addr >> 32 == 0xffff {
        std::net::Ipv4Addr::from(addr as u32).to_string()
    } else {
        std::net::Ipv6Addr::from(addr).to_string()
    }
}

/// A whole number argument in `i128`, for host and network numbers.
pub(super) fn wide_integer(value: &Value) -> Result<i128, String> {
    whole_number(value, 1.7e38).map(|n| n as i128)
}

pub(super) fn cidrhost(args: &[Value]) -> FnResult {
    let [prefix, host] = arity(args)?;
    let (network, host) = (parse_cidr(prefix)?, wide_integer(host)?);
    let max = Cidr::host_mask(network.bits, network.prefix);
    let offset = if host < 0 {
        (host.unsigned_abs() - 1 <= max).then(|| max - (host.unsigned_abs() - 1))
    } else {
        (host.unsigned_abs() <= max).then_some(host.unsigned_abs())
    };
    let offset = offset.ok_or_else(|| {
        format!(
            "prefix of {} does not accommodate a host numbered {host}",
            network.prefix
        )
    })?;
    Ok(Value::string(ip_string(
        network.addr | offset,
        network.bits,
    )))
}

pub(super) fn cidrnetmask(args: &[Value]) -> FnResult {
    let [prefix] = arity(args)?;
    let network = parse_cidr(prefix)?;
    if network.bits != 32 {
        return Err("only IPv4 networks have a netmask".to_string());
    }
    let mask = network.width_mask() & !Cidr::host_mask(32, network.prefix);
    Ok(Value::string(ip_string(mask, 32)))
}

/// Terraform's `cidrsubnet`, including what it makes of a negative network number: the
/// two's-complement OR of the number into the address, as its big-integer arithmetic does.
pub(super) fn cidrsubnet(args: &[Value]) -> FnResult {
    let [prefix, newbits, netnum] = arity(args)?;
    let network = parse_cidr(prefix)?;
    let (newbits, netnum) = (integer(newbits)?, wide_integer(netnum)?);
    let new_prefix = u32::try_from(newbits)
        .ok()
        .and_then(|b| b.checked_add(network.prefix))
        .filter(|p| *p <= network.bits)
        .ok_or_else(|| {
            format!(
                "insufficient address space to extend prefix of {} by {newbits}",
                network.prefix
            )
        })?;
    let bit_len = 128 - netnum.unsigned_abs().leading_zeros();
    if i64::from(bit_len) > newbits {
        return Err(format!(
            "prefix extension of {newbits} does not accommodate a subnet numbered {netnum}"
        ));
    }
    let shift = network.bits - new_prefix;
    let shifted = if bit_len == 0 {
        0
    } else {
        (netnum as u128) << shift
    };
    let addr = if netnum < 0 {
        let combined = network.addr | shifted;
        let magnitude = (!combined).wrapping_add(1);
        if combined == 0 || magnitude > network.width_mask() {
            return Err(format!("network number {netnum} is out of range"));
        }
        magnitude
    } else {
        network.addr | shifted
    };
    Ok(Value::string(
        network.with_prefix(addr, new_prefix).to_string(),
    ))
}

/// Consecutive subnets of the given extra prefix lengths, each aligned after the last.
pub(super) fn cidrsubnets(args: &[Value]) -> FnResult {
    at_least(args, 1)?;
    let network = parse_cidr(&args[0])?;
    let lengths = args[1..]
        .iter()
        .map(integer)
        .collect::<Result<Vec<_>, _>>()?;
    let Some(first) = lengths.first() else {
        return Ok(Value::list(Vec::new()));
    };
    let prefix_for = |extra: i64| -> Result<u32, String> {
        if extra < 1 {
            return Err("must extend prefix by at least one bit".to_string());
        }
        if extra > 32 {
            return Err("may not extend prefix by more than 32 bits".to_string());
        }
        let prefix = network.prefix + extra as u32;
        if prefix > network.bits {
            return Err(format!(
                "would extend prefix to {prefix} bits, which is too long for this address family"
            ));
        }
        Ok(prefix)
    };
    let first_prefix = prefix_for(*first)?;
    let mut current = network.with_prefix(network.addr.wrapping_sub(1), first_prefix);
    let mut out = Vec::new();
    for extra in &lengths {
        let prefix = prefix_for(*extra)?;
        let aligned = network.with_prefix(current.last(), prefix);
        let next_addr = aligned.last().wrapping_add(1) & network.width_mask();
        let next = network.with_prefix(next_addr, prefix);
        if next_addr == 0 || !network.contains(next.addr) {
            return Err(format!(
                "not enough remaining address space for a subnet with a prefix of {prefix} bits after {current}"
            ));
        }
        current = next;
        out.push(Value::string(current.to_string()));
    }
    Ok(Value::list(out))
}
