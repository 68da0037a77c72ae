//! Who is asking: the address every per-client limit counts, learnt once per request.
use std::net::{IpAddr, SocketAddr};

use app::ssr::rate_limit::ClientAddr;
use axum::{
    extract::ConnectInfo,
    http::{HeaderName, Request},
};

/// Where the client's address comes from: the TCP peer, or (behind a reverse proxy that sets it)
/// the last value of a header such as `X-Forwarded-For` or `Forwarded`.
#[derive(Clone, Debug, Default)]
pub enum ClientIpSource {
    #[default]
    Peer,
    Header(HeaderName),
}

impl ClientIpSource {
    /// The client's address as the limits count it. A configured header that is missing or
    /// unreadable falls back to the TCP peer (the proxy itself), never to "no limit".
    pub fn of<B>(&self, request: &Request<B>) -> ClientAddr {
        let from_header = match self {
            ClientIpSource::Peer => None,
            ClientIpSource::Header(name) => request
                .headers()
                .get_all(name)
                .iter()
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split(','))
                .next_back()
                .and_then(parse_forwarded),
        };
        let ip = from_header.or_else(|| {
            request
                .extensions()
                .get::<ConnectInfo<SocketAddr>>()
                .map(|ConnectInfo(addr)| addr.ip())
        });
        ip.map_or(ClientAddr::UNKNOWN, ClientAddr::of)
    }
}

/// One forwarded address as proxies write it: `1.2.3.4`, `1.2.3.4:5678`, `2001:db8::1`,
/// `[2001:db8::1]:80`, or an RFC 7239 element such as `for="[2001:db8::1]:80";proto=https`.
fn parse_forwarded(value: &str) -> Option<IpAddr> {
    let value = value.trim();
    let value = value
        .split(';')
        .find_map(|pair| {
            let (name, v) = pair.split_once('=')?;
            name.trim().eq_ignore_ascii_case("for").then_some(v)
        })
        .unwrap_or(value)
        .trim()
        .trim_matches('"');
    value
        .parse::<IpAddr>()
        .ok()
        .or_else(|| value.parse::<SocketAddr>().ok().map(|a| a.ip()))
        .or_else(|| {
            value
                .strip_prefix('[')
                .and_then(|v| v.strip_suffix(']'))
                .and_then(|v| v.parse().ok())
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;

    fn ip(s: &str) -> Option<IpAddr> {
        s.parse().ok()
    }

    #[test]
    fn forwarded_values_are_read_with_or_without_a_port() {
        assert_eq!(parse_forwarded("1.2.3.4:5678"), ip("1.2.3.4"));
        assert_eq!(parse_forwarded(" 1.2.3.4 "), ip("1.2.3.4"));
        assert_eq!(parse_forwarded("[::1]:80"), ip("::1"));
        assert_eq!(parse_forwarded("[2001:db8::7]"), ip("2001:db8::7"));
        assert_eq!(parse_forwarded("2001:db8::7"), ip("2001:db8::7"));
        assert_eq!(
            parse_forwarded("for=\"[2001:db8::7]:4711\";proto=https"),
            ip("2001:db8::7")
        );
        assert_eq!(parse_forwarded("For=192.0.2.60"), ip("192.0.2.60"));
        assert_eq!(parse_forwarded("unknown"), None);
        assert_eq!(parse_forwarded("_hidden"), None);
        assert_eq!(parse_forwarded(""), None);
    }

    fn request(header: Option<&str>) -> Request<Body> {
        let mut builder = Request::builder().uri("/");
        if let Some(value) = header {
            builder = builder.header("x-forwarded-for", value);
        }
        let mut request = builder.body(Body::empty()).unwrap();
        request
            .extensions_mut()
            .insert(ConnectInfo(SocketAddr::from(([10, 0, 0, 9], 41000))));
        request
    }

    #[test]
    fn the_last_forwarded_value_counts_and_a_missing_one_falls_back_to_the_peer() {
        let source = ClientIpSource::Header(HeaderName::from_static("x-forwarded-for"));
        let of = |r: &Request<Body>| source.of(r);
        assert_eq!(
            of(&request(Some("198.51.100.1, 203.0.113.7:5678"))),
            ClientAddr::of([203, 0, 113, 7].into())
        );
        let peer = ClientAddr::of([10, 0, 0, 9].into());
        assert_eq!(of(&request(None)), peer);
        assert_eq!(of(&request(Some("garbage"))), peer);
        assert_eq!(ClientIpSource::Peer.of(&request(Some("203.0.113.7"))), peer);
        // Two addresses of one IPv6 /64 are one client; another /64 is another.
        assert_eq!(
            of(&request(Some("[2001:db8:0:1::1]:80"))),
            of(&request(Some("2001:db8:0:1:ffff::2")))
        );
        assert_ne!(
            of(&request(Some("2001:db8:0:1::1"))),
            of(&request(Some("2001:db8:0:2::1")))
        );
    }

    #[test]
    fn without_any_address_requests_share_one_allowance() {
        let request = Request::builder().uri("/").body(Body::empty()).unwrap();
        assert_eq!(ClientIpSource::Peer.of(&request), ClientAddr::UNKNOWN);
    }
}
