use std::net::{IpAddr, SocketAddr};

use axum::{
    extract::ConnectInfo,
    http::{HeaderName, Request},
};

/// Where the client's address comes from: the TCP peer, or (behind a reverse proxy that sets it)
/// the last value of a header such as `X-Forwarded-For`.
#[derive(Clone, Debug, Default)]
pub enum ClientIpSource {
    #[default]
    Peer,
    Header(HeaderName),
}

impl ClientIpSource {
    pub fn of<B>(&self, request: &Request<B>) -> Option<IpAddr> {
        match self {
            ClientIpSource::Peer => request
                .extensions()
                .get::<ConnectInfo<SocketAddr>>()
                .map(|ConnectInfo(addr)| addr.ip()),
            ClientIpSource::Header(name) => request
                .headers()
                .get_all(name)
                .iter()
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split(','))
                .filter_map(|v| v.trim().parse().ok())
                .next_back(),
        }
    }
}
