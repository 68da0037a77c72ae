//! A cached page is compressed once, when it is stored, not again for every browser that asks:
//! every browser sends `Accept-Encoding`, and compressing 80 KB costs more than sending it.
use std::io::Write;

use axum::http::{HeaderMap, header};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Brotli,
    Gzip,
    Identity,
}

impl Encoding {
    /// The `Content-Encoding` value, and the ETag suffix that keeps each variant's tag its own.
    pub fn token(self) -> Option<&'static str> {
        match self {
            Self::Brotli => Some("br"),
            Self::Gzip => Some("gzip"),
            Self::Identity => None,
        }
    }

    /// The encoding the client prefers by its q-values; on a tie the smaller one. Unknown or
    /// unparsable entries are ignored, and without the header the page is sent as it is.
    pub fn preferred(headers: &HeaderMap) -> Self {
        let mut best = (0.0_f32, Self::Identity);
        for (encoding, q) in accepted(headers) {
            let better = q > best.0 || (q == best.0 && q > 0.0 && encoding == Self::Brotli);
            if better {
                best = (q, encoding);
            }
        }
        best.1
    }

    /// Whether the client takes gzip (what it gets while a page's brotli copy is being made).
    pub fn takes_gzip(headers: &HeaderMap) -> bool {
        accepted(headers).any(|(encoding, q)| encoding == Self::Gzip && q > 0.0)
    }
}

/// The known encodings of `Accept-Encoding`, with their q-values.
fn accepted(headers: &HeaderMap) -> impl Iterator<Item = (Encoding, f32)> + '_ {
    headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .filter_map(|entry| {
            let mut fields = entry.split(';');
            let encoding = match fields.next().map(str::trim) {
                Some(name) if name.eq_ignore_ascii_case("br") => Encoding::Brotli,
                Some(name) if name.eq_ignore_ascii_case("gzip") => Encoding::Gzip,
                _ => return None,
            };
            let q = fields
                .find_map(|f| f.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())
                .unwrap_or(0.0);
            Some((encoding, q))
        })
}

/// The page in `encoding`, or `None` if the compressor failed (then the page goes uncompressed).
pub fn compress(html: &[u8], encoding: Encoding) -> Option<Vec<u8>> {
    match encoding {
        // Quality 9 and a 4 MiB window: within a few percent of the smallest brotli makes, at a
        // tenth of quality 11's time, which matters when a publication empties the cache.
        Encoding::Brotli => {
            let mut out = brotli::CompressorWriter::new(Vec::new(), 16 * 1024, 9, 22);
            out.write_all(html).ok()?;
            Some(out.into_inner())
        }
        Encoding::Gzip => {
            let mut out = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(6));
            out.write_all(html).ok()?;
            out.finish().ok()
        }
        Encoding::Identity => Some(html.to_vec()),
    }
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;

    fn with(accept: &[&str]) -> Encoding {
        let mut headers = HeaderMap::new();
        for value in accept {
            headers.append(header::ACCEPT_ENCODING, value.parse().unwrap());
        }
        Encoding::preferred(&headers)
    }

    #[test]
    fn the_clients_preference_decides() {
        assert_eq!(with(&[]), Encoding::Identity);
        assert_eq!(with(&["gzip, deflate, br, zstd"]), Encoding::Brotli);
        assert_eq!(with(&["gzip"]), Encoding::Gzip);
        assert_eq!(with(&["br;q=0.5, gzip;q=0.8"]), Encoding::Gzip);
        assert_eq!(with(&["br;q=0, gzip;q=0"]), Encoding::Identity);
        assert_eq!(with(&["GZIP", "BR"]), Encoding::Brotli);
        assert_eq!(with(&["identity"]), Encoding::Identity);
        assert_eq!(with(&["deflate, zstd"]), Encoding::Identity);
        assert_eq!(with(&["br;q=bad, gzip"]), Encoding::Gzip);
    }

    #[test]
    fn both_compressions_come_back_to_the_page() {
        let page = "<p>Partner2Connect 连接 الشراكة</p>".repeat(500);
        let br = compress(page.as_bytes(), Encoding::Brotli).unwrap();
        let mut back = String::new();
        brotli::Decompressor::new(&br[..], 4096)
            .read_to_string(&mut back)
            .unwrap();
        assert_eq!(back, page);
        assert!(br.len() < page.len() / 10);
        let gz = compress(page.as_bytes(), Encoding::Gzip).unwrap();
        let mut back = String::new();
        flate2::read::GzDecoder::new(&gz[..])
            .read_to_string(&mut back)
            .unwrap();
        assert_eq!(back, page);
    }
}
