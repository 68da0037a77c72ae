//! The upload check against real files, the committed hostile corpus
//! (`server/tests/fixtures/hostile/`, made by its `make.py`), hand-made broken structures, and
//! random bytes and mutations.
use proptest::prelude::*;

use super::{FileKind, UploadProblem, check, check_now, pdf_check};

const ONE_PAGE: &[u8] = include_bytes!("../../../tests/fixtures/one-page.pdf");
const CONTROL: &[u8] = include_bytes!("../../../../server/tests/fixtures/hostile/control.pdf");
const NESTED: &[u8] = include_bytes!("../../../../server/tests/fixtures/hostile/nested.pdf");
const FLATE_BOMB: &[u8] =
    include_bytes!("../../../../server/tests/fixtures/hostile/flate-bomb.pdf");
const TRUNCATED: &[u8] = include_bytes!("../../../../server/tests/fixtures/hostile/truncated.pdf");
const PICTURE: &[u8] = include_bytes!("../../../../server/tests/fixtures/hostile/picture.pdf");
const POLYGLOT: &[u8] =
    include_bytes!("../../../../server/tests/fixtures/hostile/zip-polyglot.pdf");

fn verdict(bytes: &[u8]) -> Result<(), UploadProblem> {
    check_now(FileKind::Pdf, bytes)
}

/// A PDF around the given object bodies, laid out as `make.py` lays them out.
fn pdf(objects: &[&[u8]]) -> Vec<u8> {
    let mut out = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

const CATALOG: &[u8] = b"<< /Type /Catalog /Pages 2 0 R >>";

#[test]
fn real_pdfs_pass() {
    assert_eq!(verdict(ONE_PAGE), Ok(()));
    assert_eq!(verdict(CONTROL), Ok(()));
    // A stream whose length is a reference is found by its `endstream`.
    let indirect = pdf(&[
        CATALOG,
        b"<< /Length 3 0 R >>\nstream\nBT (no end here) ET\nendstream",
        b"31",
    ]);
    assert_eq!(verdict(&indirect), Ok(()));
    // A cross-reference stream (PDF 1.5) as the `startxref` target, strings with escapes.
    let mut xref_stream =
        b"%PDF-1.5\n1 0 obj\n<< /Title (a \\) b (c) d) /Id <0A1b 2C> >>\nendobj\n".to_vec();
    let at = xref_stream.len();
    xref_stream.extend_from_slice(
        format!("2 0 obj\n<< /Type /XRef /Length 4 >>\nstream\n\x01\x02\x03\x04\nendstream\nendobj\nstartxref\n{at}\n%%EOF\n")
            .as_bytes(),
    );
    assert_eq!(verdict(&xref_stream), Ok(()));
}

#[test]
fn each_hostile_file_is_refused_for_its_own_reason() {
    assert_eq!(verdict(NESTED), Err(UploadProblem::TooDeep));
    assert_eq!(verdict(FLATE_BOMB), Err(UploadProblem::UnpacksTooLarge));
    assert_eq!(verdict(TRUNCATED), Err(UploadProblem::Damaged));
    assert_eq!(verdict(PICTURE), Err(UploadProblem::WrongKind));
    assert_eq!(verdict(POLYGLOT), Err(UploadProblem::AlsoZip));
    let mut big = CONTROL.to_vec();
    big.resize(FileKind::Pdf.max_bytes() + 1, b' ');
    assert_eq!(verdict(&big), Err(UploadProblem::TooLarge));
    // Without the appended archive, the polyglot is the control file and passes.
    assert_eq!(verdict(&POLYGLOT[..CONTROL.len()]), Ok(()));
}

#[test]
fn deep_nesting_is_refused_without_recursion() {
    // A million nested arrays, scanned on a thread with a 64 KiB stack: one stack frame per level
    // would need megabytes, so only a scan that counts can come back at all.
    let depth = 1_000_000;
    let mut catalog = b"<< /Nest ".to_vec();
    catalog.extend(std::iter::repeat_n(b'[', depth));
    catalog.extend(std::iter::repeat_n(b']', depth));
    catalog.extend_from_slice(b" >>");
    let file = pdf(&[&catalog]);
    let dicts = pdf(&[&b"<<".repeat(depth)]);
    let outcome = std::thread::Builder::new()
        .stack_size(64 * 1024)
        .spawn(move || (verdict(&file), verdict(&dicts)))
        .unwrap()
        .join()
        .unwrap();
    assert_eq!(
        outcome,
        (Err(UploadProblem::TooDeep), Err(UploadProblem::TooDeep))
    );
    // The limit itself: 64 levels pass, 65 do not.
    let at = |levels: usize| {
        let mut body = b"<< /A ".to_vec();
        body.extend(std::iter::repeat_n(b'[', levels - 1));
        body.extend(std::iter::repeat_n(b']', levels - 1));
        body.extend_from_slice(b" >>");
        verdict(&pdf(&[&body]))
    };
    assert_eq!(at(64), Ok(()));
    assert_eq!(at(65), Err(UploadProblem::TooDeep));
    let parens = |n: usize| {
        let body = format!("({}{})", "(".repeat(n - 1), ")".repeat(n - 1));
        verdict(&pdf(&[body.as_bytes()]))
    };
    assert_eq!(parens(64), Ok(()));
    assert_eq!(parens(65), Err(UploadProblem::TooDeep));
}

#[tokio::test]
async fn the_async_check_inspects_on_the_blocking_pool_and_hands_the_bytes_back() {
    assert_eq!(
        check(FileKind::Pdf, CONTROL.to_vec()).await.as_deref(),
        Ok(CONTROL)
    );
    assert_eq!(
        check(FileKind::Pdf, NESTED.to_vec()).await,
        Err(UploadProblem::TooDeep)
    );
    assert_eq!(
        check(FileKind::Pdf, FLATE_BOMB.to_vec()).await,
        Err(UploadProblem::UnpacksTooLarge)
    );
}

#[test]
fn a_flate_chain_is_found_however_its_names_are_spelt() {
    let original: &[u8] = b"[/FlateDecode /FlateDecode /FlateDecode]";
    let escaped: &[u8] = b"[/Fl#61teDecode/FlateDecode/FlateDecode]";
    assert_eq!(original.len(), escaped.len(), "offsets must not move");
    let at = FLATE_BOMB
        .windows(original.len())
        .position(|w| w == original)
        .unwrap();
    let mut disguised = FLATE_BOMB.to_vec();
    disguised[at..at + escaped.len()].copy_from_slice(escaped);
    assert_eq!(verdict(&disguised), Err(UploadProblem::UnpacksTooLarge));
    let too_many = format!(
        "<< /Filter [{}] /Length 0 >>\nstream\n\nendstream",
        "/AHx ".repeat(9)
    );
    assert_eq!(
        verdict(&pdf(&[CATALOG, too_many.as_bytes()])),
        Err(UploadProblem::TooDeep)
    );
}

#[test]
fn broken_structure_is_damaged() {
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("no objects", pdf(&[])),
        ("unbalanced", pdf(&[b"<< /A [1 2 >>"])),
        ("closes what it never opened", pdf(&[b"<< /A 1 >> ]"])),
        (
            "stream without dictionary",
            pdf(&[b"[1]\nstream\nx\nendstream"]),
        ),
        ("stream without end", pdf(&[b"<< /Length 1 >>\nstream\nx"])),
        ("stray endstream", pdf(&[b"<< >> endstream"])),
        ("unterminated string", pdf(&[b"<< /A (never closed >>"])),
        ("bad hex string", pdf(&[b"<< /A <xyz> >>"])),
        (
            "obj without numbers",
            b"%PDF-1.4\n1 0 obj\n<< >>\nendobj\nobj\n<< >>\nendobj\nstartxref\n9\n%%EOF\n".to_vec(),
        ),
        (
            "object never ended",
            b"%PDF-1.4\n1 0 obj\n<< >>\nstartxref\n9\n%%EOF\n".to_vec(),
        ),
        ("no %%EOF", CONTROL[..CONTROL.len() - 6].to_vec()),
        (
            "startxref outside the file",
            b"%PDF-1.4\n1 0 obj\n<< >>\nendobj\nstartxref\n999\n%%EOF\n".to_vec(),
        ),
        (
            "startxref at nothing",
            b"%PDF-1.4\n1 0 obj\n<< >>\nendobj\nstartxref\n3\n%%EOF\n".to_vec(),
        ),
    ];
    for (what, bytes) in cases {
        assert_eq!(verdict(&bytes), Err(UploadProblem::Damaged), "{what}");
    }
}

#[test]
fn a_zip_anywhere_a_reader_looks_is_refused() {
    let mut directory_end = CONTROL.to_vec();
    directory_end.extend_from_slice(b"PK\x05\x06");
    directory_end.extend_from_slice(&[0; 18]);
    assert_eq!(verdict(&directory_end), Err(UploadProblem::AlsoZip));
    // A plain ZIP (a .docx renamed) is simply not a PDF.
    assert_eq!(
        verdict(b"PK\x03\x04\x14\x00rest of a zip"),
        Err(UploadProblem::WrongKind)
    );
}

#[test]
fn each_problem_has_its_own_message() {
    let problems = [
        UploadProblem::TooLarge,
        UploadProblem::WrongKind,
        UploadProblem::Damaged,
        UploadProblem::TooDeep,
        UploadProblem::UnpacksTooLarge,
        UploadProblem::AlsoZip,
    ];
    let keys: Vec<_> = problems
        .iter()
        .map(|p| p.issue("pdf").message_key())
        .collect();
    for (i, key) in keys.iter().enumerate() {
        assert_ne!(*key, crate::i18n::Key::ErrValidation, "{:?}", problems[i]);
        assert!(
            !keys[..i].contains(key),
            "{:?} shares a message",
            problems[i]
        );
    }
}

/// One change to a real file: flip a byte, insert or delete bytes, or cut it off.
#[derive(Clone, Debug)]
enum Mutation {
    Set(usize, u8),
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
    Cut(usize),
}

fn mutate(mut bytes: Vec<u8>, mutations: &[Mutation]) -> Vec<u8> {
    for m in mutations {
        let len = bytes.len().max(1);
        match m {
            Mutation::Set(at, b) => {
                if let Some(slot) = bytes.get_mut(at % len) {
                    *slot = *b;
                }
            }
            Mutation::Insert(at, more) => {
                let at = at % (bytes.len() + 1);
                bytes.splice(at..at, more.iter().copied());
            }
            Mutation::Delete(at, n) => {
                let at = at % len;
                let end = (at + n).min(bytes.len());
                bytes.drain(at.min(end)..end);
            }
            Mutation::Cut(at) => bytes.truncate(at % len),
        }
    }
    bytes
}

fn mutation() -> impl Strategy<Value = Mutation> {
    // Inserted bytes favour PDF syntax, so mutants reach deep into the scanner.
    let syntax = prop::sample::select(b"[]<>()/%\\ \n\r0123456789RobjstreamendFlate#".to_vec());
    let piece = prop::collection::vec(prop_oneof![syntax, any::<u8>()], 1..16);
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(at, b)| Mutation::Set(at, b)),
        (any::<usize>(), piece).prop_map(|(at, p)| Mutation::Insert(at, p)),
        (any::<usize>(), 1usize..64).prop_map(|(at, n)| Mutation::Delete(at, n)),
        any::<usize>().prop_map(Mutation::Cut),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn random_bytes_are_refused_unless_they_start_as_a_pdf(bytes in prop::collection::vec(any::<u8>(), 0..4096)) {
        let outcome = verdict(&bytes);
        if !pdf_check::has_header(&bytes) {
            prop_assert_eq!(outcome, Err(UploadProblem::WrongKind));
        }
    }

    #[test]
    fn random_bodies_behind_a_pdf_header_never_crash_the_check(body in prop::collection::vec(any::<u8>(), 0..4096)) {
        let mut bytes = b"%PDF-1.7\n".to_vec();
        bytes.extend_from_slice(&body);
        // Returning at all is the property: no panic, no endless loop.
        let _ = verdict(&bytes);
    }

    #[test]
    fn mutated_real_pdfs_never_crash_the_check(
        which in any::<bool>(),
        mutations in prop::collection::vec(mutation(), 1..6),
    ) {
        let original = if which { CONTROL } else { ONE_PAGE };
        let bytes = mutate(original.to_vec(), &mutations);
        let outcome = verdict(&bytes);
        if !pdf_check::has_header(&bytes) {
            prop_assert_eq!(outcome, Err(UploadProblem::WrongKind));
        }
    }
}
