//! Does a PDF hold together? An iterative scan of its structure, no document model: a parser that
//! recurses once per nested `[` lets 100 KB of brackets overflow a worker's stack, which aborts the
//! whole server and cannot be caught. Here nesting is a counter with a ceiling, stream data is
//! skipped (or inflated against the file's budget when it is Flate-encoded), and the scan is one
//! pass over the bytes.
use super::UploadProblem;
use super::inflate_budget::Budget;

/// `[` and `<<` open at once. Real documents stay under ten.
const MAX_DEPTH: usize = 64;
/// Balanced parentheses open at once inside one literal string.
const MAX_STRING_PARENS: usize = 64;
/// Filters applied to one stream; real documents use one or two.
const MAX_FILTERS: usize = 8;
/// `%%EOF` and `startxref` must sit this close to the end.
const TAIL: usize = 1024;

/// `%PDF-1.x` or `%PDF-2.x` at the very start.
pub fn has_header(bytes: &[u8]) -> bool {
    matches!(bytes, [b'%', b'P', b'D', b'F', b'-', b'1' | b'2', b'.', d, ..] if d.is_ascii_digit())
}

/// The whole check of a file that starts with a PDF header.
pub fn check(bytes: &[u8]) -> Result<(), UploadProblem> {
    check_trailer(bytes)?;
    Scanner::new(bytes).run()
}

/// `%%EOF` near the end, and the `startxref` before it pointing inside the file at a
/// cross-reference table or an object (a cross-reference stream).
fn check_trailer(bytes: &[u8]) -> Result<(), UploadProblem> {
    let tail_start = bytes.len().saturating_sub(TAIL);
    let tail = &bytes[tail_start..];
    let eof = rfind(tail, b"%%EOF").ok_or(UploadProblem::Damaged)?;
    let start = rfind(&tail[..eof], b"startxref").ok_or(UploadProblem::Damaged)?;
    let number = tail[start + b"startxref".len()..eof].trim_ascii();
    if number.is_empty() || !number.iter().all(u8::is_ascii_digit) {
        return Err(UploadProblem::Damaged);
    }
    let offset = std::str::from_utf8(number)
        .ok()
        .and_then(|n| n.parse::<usize>().ok())
        .filter(|&n| n < bytes.len())
        .ok_or(UploadProblem::Damaged)?;
    let target = &bytes[offset..];
    if target.starts_with(b"xref") || starts_object(target) {
        Ok(())
    } else {
        Err(UploadProblem::Damaged)
    }
}

/// `N G obj` at the start of `bytes`.
fn starts_object(bytes: &[u8]) -> bool {
    let mut rest = bytes;
    for _ in 0..2 {
        let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
        let spaces = rest[digits..].iter().take_while(|&&b| is_space(b)).count();
        if digits == 0 || spaces == 0 {
            return false;
        }
        rest = &rest[digits + spaces..];
    }
    rest.starts_with(b"obj")
}

fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn is_space(b: u8) -> bool {
    matches!(b, b'\0' | b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

fn is_delimiter(b: u8) -> bool {
    matches!(
        b,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Open {
    Array,
    Dict,
}

#[derive(Debug, PartialEq, Eq)]
enum Token<'a> {
    Open(Open),
    Close(Open),
    Name(&'a [u8]),
    Int(usize),
    /// A keyword or any other bare token (`obj`, `R`, `true`, a real number).
    Word(&'a [u8]),
    /// A literal or hexadecimal string, already skipped.
    Text,
    End,
}

/// What the object's own dictionary says about the stream that may follow it.
#[derive(Default)]
struct StreamDict {
    /// `/Length` when it is a direct number.
    length: Option<usize>,
    /// How many `/FlateDecode` filters come first, before any other filter or an unknown one.
    flate_stages: usize,
    /// Another filter (or an indirect one) came: later Flate stages are not reached.
    other_filter: bool,
    filters: usize,
    slot: Slot,
}

#[derive(Clone, Copy, Default, PartialEq, Eq)]
enum Field {
    Length,
    Filter,
    #[default]
    Other,
}

/// Where the scan stands inside the object's dictionary; values are read flat, so
/// `/Length 12 0 R` (a reference) is told apart from `/Length 12`.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
enum Slot {
    #[default]
    Key,
    Value(Field),
    AfterInt(Field),
    AfterTwoInts(Field),
    FilterArray,
    Nested,
}

impl StreamDict {
    /// One token seen directly inside the dictionary (`depth` 1) or one level below (2).
    fn see(&mut self, token: &Token<'_>, depth: usize) -> Result<(), UploadProblem> {
        if depth == 2 {
            if self.slot == Slot::FilterArray {
                match token {
                    Token::Name(name) => self.add_filter(name)?,
                    Token::Close(_) | Token::Open(_) => {}
                    _ => self.other_filter = true,
                }
            }
            return Ok(());
        }
        self.slot = match (self.slot, token) {
            (Slot::Value(Field::Filter), Token::Open(Open::Array)) => Slot::FilterArray,
            (Slot::Value(_), Token::Open(_)) => Slot::Nested,
            (Slot::Value(field), Token::Int(n)) => {
                if field == Field::Length {
                    self.length = Some(*n);
                }
                Slot::AfterInt(field)
            }
            (Slot::Value(Field::Filter), Token::Name(name)) => {
                self.add_filter(name)?;
                Slot::Key
            }
            (Slot::AfterInt(field), Token::Int(_)) => Slot::AfterTwoInts(field),
            (Slot::AfterTwoInts(field), Token::Word(b"R")) => {
                match field {
                    Field::Length => self.length = None,
                    Field::Filter => self.other_filter = true,
                    Field::Other => {}
                }
                Slot::Key
            }
            (Slot::Key | Slot::AfterInt(_) | Slot::AfterTwoInts(_), Token::Name(name)) => {
                Slot::Value(field_of(name))
            }
            _ => Slot::Key,
        };
        Ok(())
    }

    /// A container inside the dictionary closed: the next token is a key.
    fn closed_to_top(&mut self) {
        self.slot = Slot::Key;
    }

    fn add_filter(&mut self, name: &[u8]) -> Result<(), UploadProblem> {
        self.filters += 1;
        if self.filters > MAX_FILTERS {
            return Err(UploadProblem::TooDeep);
        }
        if name_is(name, b"FlateDecode") && !self.other_filter {
            self.flate_stages += 1;
        } else {
            self.other_filter = true;
        }
        Ok(())
    }
}

fn field_of(name: &[u8]) -> Field {
    if name_is(name, b"Length") {
        Field::Length
    } else if name_is(name, b"Filter") {
        Field::Filter
    } else {
        Field::Other
    }
}

/// Compares a name as written (with `#xx` escapes, so `/Fl#61teDecode` is `/FlateDecode`).
fn name_is(raw: &[u8], want: &[u8]) -> bool {
    let mut decoded = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let hex = raw
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (raw[i], hex) {
            (b'#', Some(byte)) => {
                decoded.push(byte);
                i += 3;
            }
            (byte, _) => {
                decoded.push(byte);
                i += 1;
            }
        }
        if decoded.len() > want.len() {
            return false;
        }
    }
    decoded == want
}

struct Scanner<'a> {
    bytes: &'a [u8],
    pos: usize,
    stack: Vec<Open>,
    in_object: bool,
    objects: usize,
    /// Integers in a row at the top level: `obj` needs two before it.
    ints_in_row: usize,
    /// The object's value is a dictionary (being read, or just closed).
    dict: Option<StreamDict>,
    /// The last thing in the object was its complete dictionary: a stream may follow.
    dict_closed: bool,
    budget: Budget,
}

impl<'a> Scanner<'a> {
    fn new(bytes: &'a [u8]) -> Scanner<'a> {
        Scanner {
            bytes,
            pos: 0,
            stack: Vec::with_capacity(MAX_DEPTH),
            in_object: false,
            objects: 0,
            ints_in_row: 0,
            dict: None,
            dict_closed: false,
            budget: Budget::for_file(bytes.len()),
        }
    }

    fn run(mut self) -> Result<(), UploadProblem> {
        loop {
            let token = self.next_token()?;
            if token == Token::End {
                break;
            }
            self.take(token)?;
        }
        if self.in_object || !self.stack.is_empty() || self.objects == 0 {
            return Err(UploadProblem::Damaged);
        }
        Ok(())
    }

    fn take(&mut self, token: Token<'a>) -> Result<(), UploadProblem> {
        let depth = self.stack.len();
        let ints_before = self.ints_in_row;
        if depth == 0 {
            self.ints_in_row = match token {
                Token::Int(_) => self.ints_in_row + 1,
                _ => 0,
            };
            if !matches!(token, Token::Word(b"stream")) {
                self.dict_closed = false;
            }
        }
        match token {
            Token::Open(kind) => {
                if depth == MAX_DEPTH {
                    return Err(UploadProblem::TooDeep);
                }
                if depth == 0 {
                    self.dict = (self.in_object && kind == Open::Dict).then(StreamDict::default);
                } else {
                    self.watch(&token, depth)?;
                }
                self.stack.push(kind);
            }
            Token::Close(kind) => {
                if self.stack.pop() != Some(kind) {
                    return Err(UploadProblem::Damaged);
                }
                match depth - 1 {
                    0 => self.dict_closed = self.dict.is_some(),
                    1 => {
                        if let Some(dict) = self.dict.as_mut() {
                            dict.closed_to_top();
                        }
                    }
                    _ => {}
                }
            }
            Token::Word(b"obj") => {
                if self.in_object || depth > 0 || ints_before < 2 {
                    return Err(UploadProblem::Damaged);
                }
                self.in_object = true;
                self.dict = None;
            }
            Token::Word(b"endobj") => {
                if !self.in_object || depth > 0 {
                    return Err(UploadProblem::Damaged);
                }
                self.in_object = false;
                self.objects += 1;
                self.dict = None;
            }
            Token::Word(b"stream") => {
                if !self.in_object || depth > 0 || !self.dict_closed {
                    return Err(UploadProblem::Damaged);
                }
                self.dict_closed = false;
                self.stream()?;
            }
            Token::Word(b"endstream") => return Err(UploadProblem::Damaged),
            _ => self.watch(&token, depth)?,
        }
        Ok(())
    }

    fn watch(&mut self, token: &Token<'_>, depth: usize) -> Result<(), UploadProblem> {
        match self.dict.as_mut() {
            Some(dict) if depth == 1 || depth == 2 => dict.see(token, depth),
            _ => Ok(()),
        }
    }

    /// Skips the stream's data (inflating Flate data against the budget) and its `endstream`.
    fn stream(&mut self) -> Result<(), UploadProblem> {
        let dict = self.dict.take().unwrap_or_default();
        let rest = &self.bytes[self.pos..];
        let eol = match rest {
            [b'\r', b'\n', ..] => 2,
            [b'\n' | b'\r', ..] => 1,
            _ => return Err(UploadProblem::Damaged),
        };
        let start = self.pos + eol;
        let (data_end, after) = self
            .stream_end_by_length(start, dict.length)
            .or_else(|| self.stream_end_by_search(start))
            .ok_or(UploadProblem::Damaged)?;
        if dict.flate_stages > 0 {
            self.budget
                .inflate(&self.bytes[start..data_end], dict.flate_stages)
                .map_err(|_| UploadProblem::UnpacksTooLarge)?;
        }
        self.pos = after;
        Ok(())
    }

    /// The data's end and the position after `endstream`, when `/Length` is right.
    fn stream_end_by_length(&self, start: usize, length: Option<usize>) -> Option<(usize, usize)> {
        let end = start.checked_add(length?)?;
        let after_data = self.bytes.get(end..)?;
        let spaces = after_data.iter().take_while(|&&b| is_space(b)).count();
        after_data[spaces..]
            .starts_with(b"endstream")
            .then_some((end, end + spaces + b"endstream".len()))
    }

    /// Without a usable `/Length`: the first `endstream`, less the end of line before it.
    fn stream_end_by_search(&self, start: usize) -> Option<(usize, usize)> {
        let at = start + find(&self.bytes[start..], b"endstream")?;
        let data = &self.bytes[start..at];
        let end = at
            - match data {
                [.., b'\r', b'\n'] => 2,
                [.., b'\n' | b'\r'] => 1,
                _ => 0,
            };
        Some((end, at + b"endstream".len()))
    }

    fn next_token(&mut self) -> Result<Token<'a>, UploadProblem> {
        let bytes = self.bytes;
        loop {
            match bytes.get(self.pos) {
                None => return Ok(Token::End),
                Some(&b) if is_space(b) => self.pos += 1,
                Some(b'%') => {
                    self.pos += bytes[self.pos..]
                        .iter()
                        .position(|&b| b == b'\n' || b == b'\r')
                        .unwrap_or(bytes.len() - self.pos);
                }
                Some(_) => break,
            }
        }
        let start = self.pos;
        let token = match bytes[start] {
            b'[' => Token::Open(Open::Array),
            b']' => Token::Close(Open::Array),
            b'<' if bytes.get(start + 1) == Some(&b'<') => {
                self.pos += 1;
                Token::Open(Open::Dict)
            }
            b'>' if bytes.get(start + 1) == Some(&b'>') => {
                self.pos += 1;
                Token::Close(Open::Dict)
            }
            b'<' => {
                self.hex_string()?;
                return Ok(Token::Text);
            }
            b'(' => {
                self.literal_string()?;
                return Ok(Token::Text);
            }
            b')' | b'>' => return Err(UploadProblem::Damaged),
            b'{' | b'}' => Token::Word(&bytes[start..=start]),
            b'/' => {
                let len = regular_run(&bytes[start + 1..]);
                self.pos = start + 1 + len;
                return Ok(Token::Name(&bytes[start + 1..self.pos]));
            }
            _ => {
                let len = regular_run(&bytes[start..]);
                self.pos = start + len;
                let word = &bytes[start..self.pos];
                return Ok(parse_int(word).map_or(Token::Word(word), Token::Int));
            }
        };
        self.pos += 1;
        Ok(token)
    }

    /// Skips `<…>`: hexadecimal digits and white space only.
    fn hex_string(&mut self) -> Result<(), UploadProblem> {
        let rest = &self.bytes[self.pos + 1..];
        let close = rest
            .iter()
            .position(|&b| b == b'>')
            .ok_or(UploadProblem::Damaged)?;
        if !rest[..close]
            .iter()
            .all(|&b| b.is_ascii_hexdigit() || is_space(b))
        {
            return Err(UploadProblem::Damaged);
        }
        self.pos += 1 + close + 1;
        Ok(())
    }

    /// Skips `(…)`: balanced parentheses inside count, a backslash escapes the next byte.
    fn literal_string(&mut self) -> Result<(), UploadProblem> {
        let mut open = 0usize;
        while let Some(&b) = self.bytes.get(self.pos) {
            self.pos += 1;
            match b {
                b'\\' => self.pos += 1,
                b'(' => {
                    open += 1;
                    if open > MAX_STRING_PARENS {
                        return Err(UploadProblem::TooDeep);
                    }
                }
                b')' => {
                    open -= 1;
                    if open == 0 {
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        Err(UploadProblem::Damaged)
    }
}

/// Length of the run of regular characters (neither white space nor delimiters).
fn regular_run(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .position(|&b| is_space(b) || is_delimiter(b))
        .unwrap_or(bytes.len())
}

fn parse_int(word: &[u8]) -> Option<usize> {
    if word.is_empty() || word.len() > 12 || !word.iter().all(u8::is_ascii_digit) {
        return None;
    }
    std::str::from_utf8(word).ok()?.parse().ok()
}
