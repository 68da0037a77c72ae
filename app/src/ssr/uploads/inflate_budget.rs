//! Inflating `/FlateDecode` streams against one budget for the whole file. A chain of Flate
//! filters turns a couple of kilobytes into a gigabyte, so nothing is ever held: every stage reads
//! through a fixed buffer, and every byte any stage produces is charged, intermediate stages
//! included (a stage of empty deflate blocks produces nothing at the end but costs all the same).
use std::cell::Cell;
use std::io::{self, Read};

use flate2::read::ZlibDecoder;

/// Every file may unpack to this much whatever its size: a letter with a few pages of text and
/// a flate-compressed scan stays far below it.
const FLOOR: u64 = 32 * 1024 * 1024;
/// Beyond the floor, this many bytes per byte of file. Real documents unpack at a few times to a
/// few tens of times their size; a bomb unpacks at about a thousand times per stage.
const RATIO: u64 = 64;

pub struct Budget {
    left: Cell<u64>,
    spent: Cell<bool>,
}

/// The file unpacks to more than its budget.
#[derive(Debug, PartialEq, Eq)]
pub struct Exceeded;

impl Budget {
    pub fn for_file(len: usize) -> Budget {
        let scaled = u64::try_from(len).unwrap_or(u64::MAX).saturating_mul(RATIO);
        Budget::of(scaled.max(FLOOR))
    }

    pub fn of(bytes: u64) -> Budget {
        Budget {
            left: Cell::new(bytes),
            spent: Cell::new(false),
        }
    }

    /// Passes `data` through `stages` Flate decoders in a row and charges what each produces.
    /// Data that does not inflate cleanly is not an error here: a viewer may cope with it, and
    /// what it could unpack to has been charged up to the point where it broke.
    pub fn inflate(&self, data: &[u8], stages: usize) -> Result<(), Exceeded> {
        let mut reader: Box<dyn Read + '_> = Box::new(data);
        for _ in 0..stages {
            reader = Box::new(Charged {
                inner: ZlibDecoder::new(reader),
                budget: self,
            });
        }
        let mut sink = vec![0u8; 64 * 1024];
        loop {
            match reader.read(&mut sink) {
                Ok(0) => return Ok(()),
                Ok(_) => {}
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(_) if self.spent.get() => return Err(Exceeded),
                Err(_) => return Ok(()),
            }
        }
    }

    fn charge(&self, n: usize) -> io::Result<()> {
        let n = u64::try_from(n).unwrap_or(u64::MAX);
        match self.left.get().checked_sub(n) {
            Some(left) => {
                self.left.set(left);
                Ok(())
            }
            None => {
                self.spent.set(true);
                Err(io::Error::other("unpacks beyond its budget"))
            }
        }
    }
}

/// One decoding stage whose output is charged to the file's budget.
struct Charged<'b, R> {
    inner: R,
    budget: &'b Budget,
}

impl<R: Read> Read for Charged<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.budget.charge(n)?;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::{Compression, write::ZlibEncoder};
    use std::io::Write;

    fn deflate(data: &[u8]) -> Vec<u8> {
        let mut e = ZlibEncoder::new(Vec::new(), Compression::best());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    #[test]
    fn every_stage_is_charged_and_the_budget_is_shared() {
        let text = vec![b'a'; 1000];
        let twice = deflate(&deflate(&text));
        let budget = Budget::of(10_000);
        assert_eq!(budget.inflate(&twice, 2), Ok(()));
        let after_one = budget.left.get();
        assert!(after_one <= 10_000 - 1000, "{after_one}");
        // The inner stage's output was charged too, not only the final 1000 bytes.
        assert!(after_one < 10_000 - 1000, "{after_one}");
        let tight = Budget::of(1500);
        assert_eq!(tight.inflate(&twice, 2), Ok(()));
        assert_eq!(tight.inflate(&twice, 2), Err(Exceeded));
    }

    #[test]
    fn data_that_does_not_inflate_is_not_a_bomb() {
        let budget = Budget::of(100);
        assert_eq!(budget.inflate(b"no zlib here at all", 1), Ok(()));
        assert_eq!(budget.inflate(&[], 3), Ok(()));
    }
}
