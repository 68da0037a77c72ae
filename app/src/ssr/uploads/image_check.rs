//! Photographs as evidence: a PNG or JPEG is walked chunk by chunk (segment by segment) without
//! decoding a pixel. Every length must stay inside the file, the picture must say how large it is,
//! and that size must be one a camera makes: a 100,000 × 100,000 "image" of a few kilobytes is a
//! trap for whoever opens it, not evidence.
use super::UploadProblem;

pub const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
pub const JPEG_START: &[u8] = &[0xFF, 0xD8, 0xFF];

/// The most pixels a picture may declare (a 200-megapixel camera stays under it).
const MAX_PIXELS: u64 = 250_000_000;
/// Chunks or segments in one file: real pictures have a few dozen.
const MAX_PARTS: usize = 100_000;

fn size_ok(width: u64, height: u64) -> Result<(), UploadProblem> {
    if width == 0 || height == 0 {
        return Err(UploadProblem::Damaged);
    }
    if width.saturating_mul(height) > MAX_PIXELS {
        return Err(UploadProblem::UnpacksTooLarge);
    }
    Ok(())
}

fn be32(b: &[u8]) -> u64 {
    u64::from(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
}

/// A PNG: the signature, `IHDR` first with the picture's size, chunks that end inside the file,
/// and `IEND` as the very last bytes (nothing hides after it).
pub fn png(bytes: &[u8]) -> Result<(), UploadProblem> {
    let mut at = PNG_SIGNATURE.len();
    let mut first = true;
    for _ in 0..MAX_PARTS {
        let header = bytes.get(at..at + 8).ok_or(UploadProblem::Damaged)?;
        let length = usize::try_from(be32(&header[..4])).map_err(|_| UploadProblem::Damaged)?;
        let kind = &header[4..8];
        if !kind.iter().all(u8::is_ascii_alphabetic) {
            return Err(UploadProblem::Damaged);
        }
        let data_start = at + 8;
        let end = data_start
            .checked_add(length)
            .and_then(|e| e.checked_add(4))
            .filter(|e| *e <= bytes.len())
            .ok_or(UploadProblem::Damaged)?;
        if first {
            if kind != b"IHDR" || length != 13 {
                return Err(UploadProblem::Damaged);
            }
            let data = &bytes[data_start..data_start + 13];
            size_ok(be32(&data[..4]), be32(&data[4..8]))?;
            first = false;
        }
        if kind == b"IEND" {
            return if end == bytes.len() {
                Ok(())
            } else {
                Err(UploadProblem::Damaged)
            };
        }
        at = end;
    }
    Err(UploadProblem::TooDeep)
}

/// A JPEG: segments with lengths inside the file, a frame header (`SOFn`) with the picture's size
/// before the scan, and the end marker. Bytes after the end marker (some cameras add a preview
/// there) are allowed; a ZIP there is refused before this runs.
pub fn jpeg(bytes: &[u8]) -> Result<(), UploadProblem> {
    let mut at = 2; // after SOI
    let mut sized = false;
    for _ in 0..MAX_PARTS {
        // Markers may be padded with any number of 0xFF bytes.
        while bytes.get(at) == Some(&0xFF) && bytes.get(at + 1) == Some(&0xFF) {
            at += 1;
        }
        let [0xFF, marker] = *bytes.get(at..at + 2).ok_or(UploadProblem::Damaged)? else {
            return Err(UploadProblem::Damaged);
        };
        at += 2;
        match marker {
            0xD9 => {
                return if sized {
                    Ok(())
                } else {
                    Err(UploadProblem::Damaged)
                };
            }
            0xD0..=0xD7 | 0x01 => continue,
            _ => {}
        }
        let length_bytes = bytes.get(at..at + 2).ok_or(UploadProblem::Damaged)?;
        let length = usize::from(u16::from_be_bytes([length_bytes[0], length_bytes[1]]));
        if length < 2 {
            return Err(UploadProblem::Damaged);
        }
        let segment = bytes
            .get(at + 2..at + length)
            .ok_or(UploadProblem::Damaged)?;
        let is_frame = matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC);
        if is_frame {
            let [_, h1, h2, w1, w2, ..] = *segment else {
                return Err(UploadProblem::Damaged);
            };
            size_ok(
                u64::from(u16::from_be_bytes([w1, w2])),
                u64::from(u16::from_be_bytes([h1, h2])),
            )?;
            sized = true;
        }
        at += length;
        if marker == 0xDA {
            if !sized {
                return Err(UploadProblem::Damaged);
            }
            // Entropy-coded data runs to the next marker that is not a stuffed 0xFF00 or a restart.
            loop {
                let next = bytes
                    .get(at..)
                    .and_then(|rest| memchr::memchr(0xFF, rest))
                    .ok_or(UploadProblem::Damaged)?;
                at += next;
                match bytes.get(at + 1) {
                    Some(0x00 | 0xD0..=0xD7 | 0xFF) => at += 1,
                    Some(_) => break,
                    None => return Err(UploadProblem::Damaged),
                }
            }
        }
    }
    Err(UploadProblem::TooDeep)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 1 × 1 PNG made by hand: signature, IHDR, IDAT, IEND (CRCs are not checked).
    pub fn tiny_png(width: u32, height: u32) -> Vec<u8> {
        let mut b = PNG_SIGNATURE.to_vec();
        let chunk = |b: &mut Vec<u8>, kind: &[u8], data: &[u8]| {
            b.extend_from_slice(&u32::try_from(data.len()).expect("len").to_be_bytes());
            b.extend_from_slice(kind);
            b.extend_from_slice(data);
            b.extend_from_slice(&[0, 0, 0, 0]);
        };
        let mut ihdr = width.to_be_bytes().to_vec();
        ihdr.extend_from_slice(&height.to_be_bytes());
        ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
        chunk(&mut b, b"IHDR", &ihdr);
        chunk(&mut b, b"IDAT", &[0x78, 0x9C, 0x63, 0x60, 0, 0, 0, 4, 0, 1]);
        chunk(&mut b, b"IEND", &[]);
        b
    }

    fn tiny_jpeg(width: u16, height: u16) -> Vec<u8> {
        let mut b = vec![0xFF, 0xD8];
        b.extend_from_slice(&[0xFF, 0xE0, 0, 16]);
        b.extend_from_slice(b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0");
        b.extend_from_slice(&[0xFF, 0xC0, 0, 11, 8]);
        b.extend_from_slice(&height.to_be_bytes());
        b.extend_from_slice(&width.to_be_bytes());
        b.extend_from_slice(&[1, 1, 0x11, 0]);
        b.extend_from_slice(&[0xFF, 0xDA, 0, 8, 1, 1, 0, 0, 0x3F, 0]);
        b.extend_from_slice(&[0x12, 0xFF, 0x00, 0x34, 0xFF, 0xD0, 0x56]);
        b.extend_from_slice(&[0xFF, 0xD9]);
        b
    }

    #[test]
    fn real_shaped_pictures_pass() {
        assert_eq!(png(&tiny_png(640, 480)), Ok(()));
        assert_eq!(jpeg(&tiny_jpeg(640, 480)), Ok(()));
    }

    #[test]
    fn traps_and_damage_are_refused() {
        let mut long = tiny_png(1, 1);
        long.extend_from_slice(b"PK\x03\x04 hidden");
        let rows: Vec<(&str, Result<(), UploadProblem>, UploadProblem)> = vec![
            (
                "PNG of 100k x 100k pixels",
                png(&tiny_png(100_000, 100_000)),
                UploadProblem::UnpacksTooLarge,
            ),
            (
                "PNG of zero width",
                png(&tiny_png(0, 10)),
                UploadProblem::Damaged,
            ),
            (
                "PNG cut short",
                png(&tiny_png(1, 1)[..30]),
                UploadProblem::Damaged,
            ),
            (
                "PNG with bytes after IEND",
                png(&long),
                UploadProblem::Damaged,
            ),
            (
                "JPEG of 65535 x 65535",
                jpeg(&tiny_jpeg(65_535, 65_535)),
                UploadProblem::UnpacksTooLarge,
            ),
            (
                "JPEG without its end",
                jpeg(&tiny_jpeg(10, 10)[..40]),
                UploadProblem::Damaged,
            ),
        ];
        for (case, got, want) in rows {
            assert_eq!(got, Err(want), "{case}");
        }
        let mut huge_length = tiny_png(1, 1);
        huge_length[33..37].copy_from_slice(&u32::MAX.to_be_bytes());
        assert_eq!(png(&huge_length), Err(UploadProblem::Damaged));
    }
}
