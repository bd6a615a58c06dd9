//! Name patterns (`GEO_*`) and network targets (`*.example.com:443`).

use std::fmt;

/// A name, or a prefix when written with a trailing `*` (`GEO_*`, `*`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NamePattern {
    name: String,
    is_prefix: bool,
}

impl NamePattern {
    fn parse_with(text: &str, allowed: impl Fn(char) -> bool, allowed_text: &str) -> Result<NamePattern, String> {
        let (name, is_prefix) = match text.strip_suffix('*') {
            Some(prefix) => (prefix, true),
            None => (text, false),
        };
        if text.is_empty() {
            return Err("the name is empty".into());
        }
        if name.contains('*') {
            return Err("`*` is allowed only at the end of a name".into());
        }
        if let Some(bad) = name.chars().find(|c| !allowed(*c)) {
            return Err(format!("`{bad}` is not allowed; use {allowed_text}"));
        }
        Ok(NamePattern { name: name.to_owned(), is_prefix })
    }

    /// An environment variable name: letters, digits and `_`.
    pub fn parse_env(text: &str) -> Result<NamePattern, String> {
        NamePattern::parse_with(text, |c| c.is_ascii_alphanumeric() || c == '_', "letters, digits and `_`")
    }

    /// A secret name: letters, digits, `_`, `-`, `.` and `/`, in
    /// `/`-separated segments none of which is empty, `.` or `..` (a secret
    /// store may map names to files: no name may climb out of it).
    pub fn parse_secret(text: &str) -> Result<NamePattern, String> {
        let pattern = NamePattern::parse_with(
            text,
            |c| c.is_ascii_alphanumeric() || "_-./".contains(c),
            "letters, digits, `_`, `-`, `.` and `/`",
        )?;
        if pattern.name.contains("..") {
            return Err("`..` is not allowed in a secret name".into());
        }
        // Parts between `/` are not empty or `.`; a prefix may end in `/`
        // (`team/*`), so its last part may be empty.
        let segments: Vec<&str> = pattern.name.split('/').collect();
        let whole = if pattern.is_prefix { &segments[..segments.len() - 1] } else { &segments[..] };
        if whole.iter().any(|segment| segment.is_empty() || *segment == ".") {
            return Err("a part of a secret name between `/` is empty or `.`".into());
        }
        Ok(pattern)
    }

    /// A secret name a plugin asks for at run time: checked like a granted
    /// one (see [`NamePattern::parse_secret`]), and never a pattern.
    pub fn secret_name(name: &str) -> Result<NamePattern, String> {
        if name.ends_with('*') {
            return Err("a secret is asked for by its full name, not a pattern".into());
        }
        NamePattern::parse_secret(name)
    }

    /// An exact name (no wildcard), as a plugin asks for at run time.
    pub fn exact(name: &str) -> NamePattern {
        NamePattern { name: name.to_owned(), is_prefix: false }
    }

    /// Whether every name `other` matches is matched by `self`.
    pub fn covers(&self, other: &NamePattern) -> bool {
        if self.is_prefix { other.name.starts_with(&self.name) } else { !other.is_prefix && other.name == self.name }
    }

    /// Whether the concrete name `name` matches.
    pub fn matches(&self, name: &str) -> bool {
        if self.is_prefix { name.starts_with(&self.name) } else { name == self.name }
    }
}

#[cfg(test)]
mod secret_name_tests {
    use super::NamePattern;

    #[test]
    fn secret_names_cannot_climb_or_glob() {
        for good in ["api-key", "team/db.password", "a_b-c.d"] {
            assert!(NamePattern::secret_name(good).is_ok(), "{good}");
        }
        for bad in ["api-../x", "../x", "a/../b", "a//b", "/abs", "a/", ".", "..", "api-*", "a b", ""] {
            assert!(NamePattern::secret_name(bad).is_err(), "{bad} must be refused");
        }
        assert!(NamePattern::parse_secret("team/*").is_ok(), "a prefix may end with `/`");
        assert!(NamePattern::parse_secret("../*").is_err());
    }
}

impl fmt::Display for NamePattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)?;
        if self.is_prefix {
            f.write_str("*")?;
        }
        Ok(())
    }
}

/// A host: `*` (any), `*.example.com` (any subdomain), a DNS name, an IPv4
/// address or a bracketed IPv6 address. Stored lowercase.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum HostPattern {
    /// `*`: any host.
    Any,
    /// `*.suffix`: any host strictly below `suffix`.
    Subdomains(String),
    /// One host.
    Exact(String),
}

/// `HOST[:PORT]` of a `net:` capability; no port means any port.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NetTarget {
    /// The host pattern.
    pub host: HostPattern,
    /// The port, or `None` for any port.
    pub port: Option<u16>,
}

fn check_dns_name(name: &str) -> Result<(), String> {
    let valid_label = |label: &str| {
        !label.is_empty() && label.len() <= 63 && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    };
    if name.contains('*') {
        return Err(format!("host `{name}` has a wildcard in the wrong place; use `*` or `*.domain`"));
    }
    if name.len() > 253 || !name.split('.').all(valid_label) {
        return Err(format!("`{name}` is not a valid host name"));
    }
    Ok(())
}

impl NetTarget {
    /// Parses `HOST[:PORT]`.
    pub fn parse(text: &str) -> Result<NetTarget, String> {
        if text.is_empty() {
            return Err("the host is empty".into());
        }
        let (host, port) = if let Some(rest) = text.strip_prefix('[') {
            let (address, after) = rest.split_once(']').ok_or("unclosed `[` in IPv6 address")?;
            address.parse::<std::net::Ipv6Addr>().map_err(|_| format!("`{address}` is not an IPv6 address"))?;
            let port = match after {
                "" => None,
                _ => Some(after.strip_prefix(':').ok_or(format!("unexpected `{after}` after the address"))?),
            };
            (HostPattern::Exact(format!("[{}]", address.to_ascii_lowercase())), port)
        } else {
            let (host, port) = match text.rsplit_once(':') {
                Some((host, port)) => (host, Some(port)),
                None => (text, None),
            };
            let host = host.to_ascii_lowercase();
            let pattern = if host == "*" {
                HostPattern::Any
            } else if let Some(suffix) = host.strip_prefix("*.") {
                check_dns_name(suffix)?;
                HostPattern::Subdomains(suffix.to_owned())
            } else {
                check_dns_name(&host)?;
                HostPattern::Exact(host)
            };
            (pattern, port)
        };
        let port = match port {
            None => None,
            Some(port) => Some(
                port.parse::<u16>()
                    .ok()
                    .filter(|port| *port != 0)
                    .ok_or_else(|| format!("port `{port}` is not a number in 1-65535"))?,
            ),
        };
        Ok(NetTarget { host, port })
    }

    /// Whether every connection `other` allows is allowed by `self`.
    pub fn covers(&self, other: &NetTarget) -> bool {
        let port_ok = self.port.is_none() || self.port == other.port;
        port_ok
            && match (&self.host, &other.host) {
                (HostPattern::Any, _) => true,
                (_, HostPattern::Any) => false,
                (HostPattern::Subdomains(suffix), HostPattern::Exact(host)) => is_below(host, suffix),
                (HostPattern::Subdomains(suffix), HostPattern::Subdomains(other)) => {
                    other == suffix || is_below(other, suffix)
                }
                (HostPattern::Exact(host), HostPattern::Exact(other)) => host == other,
                (HostPattern::Exact(_), HostPattern::Subdomains(_)) => false,
            }
    }
}

/// Whether `host` is strictly below the domain `suffix` (`a.example.com` is
/// below `example.com`; `badexample.com` is not).
fn is_below(host: &str, suffix: &str) -> bool {
    host.len() > suffix.len() && host.ends_with(suffix) && host.as_bytes()[host.len() - suffix.len() - 1] == b'.'
}

impl fmt::Display for NetTarget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.host {
            HostPattern::Any => f.write_str("*")?,
            HostPattern::Subdomains(suffix) => write!(f, "*.{suffix}")?,
            HostPattern::Exact(host) => f.write_str(host)?,
        }
        if let Some(port) = self.port {
            write!(f, ":{port}")?;
        }
        Ok(())
    }
}
