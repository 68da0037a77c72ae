//! A real SMTP server for the mail tests: aiosmtpd (installed by `scripts/install.sh test`) with its
//! Mailbox handler, which stores every message it accepts in a Maildir the tests then read. A real
//! server, rather than the app's file transport, exercises the SMTP client the app ships with, and
//! can be stopped and restarted to test what the app does while mail is down.

use std::net::{SocketAddr, TcpListener};
use std::path::PathBuf;
use std::process::Stdio;
use std::time::{Duration, Instant, SystemTime};

use tokio::net::TcpStream;
use tokio::process::{Child, Command};

/// How long aiosmtpd may take to start listening: Python's start-up is slow on a busy CI machine.
const START_TIMEOUT: Duration = Duration::from_secs(20);
const POLL: Duration = Duration::from_millis(100);

pub struct SmtpSink {
    port: u16,
    /// Holds the Maildir and aiosmtpd's log; both go when the sink is dropped.
    dir: tempfile::TempDir,
    /// `None` only between `stop` and `restart`. Killed on drop, so a failing test leaves no server.
    child: Option<Child>,
}

#[derive(Clone, Debug)]
pub struct ReceivedMail {
    pub to: Vec<String>,
    pub subject: String,
    pub text: String,
    /// Only a real `text/html` part: mail-parser would otherwise render the text part as HTML.
    pub html: Option<String>,
    /// The message as stored, for checks of headers: aiosmtpd re-serialises it with `\n` line
    /// endings and adds `X-Peer`, `X-MailFrom` and `X-RcptTo`.
    pub raw: String,
}

impl SmtpSink {
    /// Starts aiosmtpd on a free 127.0.0.1 port; returns once it accepts connections (timeout 20 s,
    /// then panic with its stderr).
    pub async fn start() -> SmtpSink {
        // Binding port 0 lets the OS choose a free port; aiosmtpd takes it over right after.
        let port = TcpListener::bind("127.0.0.1:0")
            .expect("bind a free port")
            .local_addr()
            .expect("read the free port")
            .port();
        let dir = tempfile::tempdir().expect("create the SMTP sink's directory");
        let mut sink = SmtpSink {
            port,
            dir,
            child: None,
        };
        sink.spawn().await;
        sink
    }

    /// "smtp://127.0.0.1:PORT" (what the app's SMTP_URL will be set to; plain SMTP, no TLS, no
    /// auth).
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Kills the server and waits until the port refuses connections, so the app sees mail as down.
    pub async fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            child.kill().await.expect("kill aiosmtpd");
        }
        let deadline = Instant::now() + START_TIMEOUT;
        while TcpStream::connect(self.addr()).await.is_ok() {
            assert!(
                Instant::now() < deadline,
                "port {} still accepts connections after aiosmtpd was killed",
                self.port
            );
            tokio::time::sleep(POLL).await;
        }
    }

    /// Starts it again on the same port and maildir (so `messages` still has the earlier mail);
    /// returns once it accepts connections.
    pub async fn restart(&mut self) {
        self.stop().await;
        self.spawn().await;
    }

    /// Every message received so far, oldest first (by file mtime then name), parsed.
    pub fn messages(&self) -> Vec<ReceivedMail> {
        let mut files = Vec::new();
        // Mailbox delivers into `new/`; `cur/` holds mail a reader marked as seen, should any.
        // `tmp/` is skipped: files there are still being written.
        for sub in ["new", "cur"] {
            let Ok(entries) = std::fs::read_dir(self.maildir().join(sub)) else {
                continue;
            };
            for entry in entries {
                let entry = entry.expect("list the maildir");
                let meta = entry.metadata().expect("stat a stored message");
                if meta.is_file() {
                    let mtime = meta.modified().unwrap_or(SystemTime::UNIX_EPOCH);
                    files.push((mtime, delivery_order(&entry.file_name()), entry.path()));
                }
            }
        }
        files.sort();
        files
            .into_iter()
            .map(|(_, _, path)| parse(&std::fs::read(&path).expect("read a stored message")))
            .collect()
    }

    /// Waits (polling every 100 ms) until at least `n` messages arrived; panics after `timeout`
    /// listing what did arrive.
    pub async fn wait_for(&self, n: usize, timeout: Duration) -> Vec<ReceivedMail> {
        let deadline = Instant::now() + timeout;
        loop {
            let messages = self.messages();
            if messages.len() >= n {
                return messages;
            }
            if Instant::now() >= deadline {
                let arrived: Vec<String> = messages
                    .iter()
                    .map(|m| format!("  to {:?}: {:?}", m.to, m.subject))
                    .collect();
                panic!(
                    "expected {n} message(s) within {timeout:?}, {} arrived:\n{}\naiosmtpd's log:\n{}",
                    messages.len(),
                    arrived.join("\n"),
                    self.log()
                );
            }
            tokio::time::sleep(POLL).await;
        }
    }

    fn addr(&self) -> SocketAddr {
        SocketAddr::from(([127, 0, 0, 1], self.port))
    }

    /// A subdirectory that does not exist yet: Python's `mailbox.Maildir` creates `new/`, `cur/`
    /// and `tmp/` only when it creates the directory itself.
    fn maildir(&self) -> PathBuf {
        self.dir.path().join("maildir")
    }

    fn log_path(&self) -> PathBuf {
        self.dir.path().join("aiosmtpd.log")
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.log_path()).unwrap_or_default()
    }

    /// Launches aiosmtpd and waits for its SMTP greeting: a greeting, not merely an open port,
    /// proves that it is aiosmtpd listening and not some other process that took the port.
    async fn spawn(&mut self) {
        let python = python();
        // Appended to, so that after a restart the log still shows why an earlier run failed.
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.log_path())
            .expect("open aiosmtpd's log");
        let mut child = Command::new(&python)
            // -n: do not setuid to `nobody`, which aiosmtpd does by default when it can (as root),
            // and which could not write to this test's directory.
            .args(["-m", "aiosmtpd", "-n", "-l"])
            .arg(format!("127.0.0.1:{}", self.port))
            .args(["-c", "aiosmtpd.handlers.Mailbox"])
            .arg(self.maildir())
            .env("PYTHONUNBUFFERED", "1")
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("share aiosmtpd's log"))
            .stderr(log)
            .kill_on_drop(true)
            .spawn()
            .unwrap_or_else(|e| panic!("start {}: {e}", python.display()));

        let deadline = Instant::now() + START_TIMEOUT;
        loop {
            if let Some(status) = child.try_wait().expect("poll aiosmtpd") {
                panic!("aiosmtpd exited ({status}) at start-up:\n{}", self.log());
            }
            if greets(self.addr()).await {
                self.child = Some(child);
                return;
            }
            if Instant::now() >= deadline {
                panic!(
                    "aiosmtpd did not accept connections on port {} within {START_TIMEOUT:?}:\n{}",
                    self.port,
                    self.log()
                );
            }
            tokio::time::sleep(POLL).await;
        }
    }
}

impl ReceivedMail {
    /// The first http(s) URL in the plain-text body that contains `path_fragment` (e.g.
    /// "/verify?token="), trimmed of trailing punctuation like `.`, `)` or `>`: sentence
    /// punctuation and brackets around a link are not part of it.
    pub fn link_containing(&self, path_fragment: &str) -> Option<String> {
        self.text
            .split(|c: char| c.is_whitespace() || matches!(c, '<' | '"'))
            .filter_map(|word| {
                let start = ["https://", "http://"]
                    .iter()
                    .filter_map(|scheme| word.find(scheme))
                    .min()?;
                Some(word[start..].trim_end_matches(|c: char| {
                    matches!(
                        c,
                        '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '>' | '\''
                    )
                }))
            })
            .find(|url| url.contains(path_fragment))
            .map(str::to_owned)
    }
}

/// `P2C_AIOSMTPD_PYTHON`, else the venv `scripts/install.sh test` creates.
fn python() -> PathBuf {
    let python = match std::env::var_os("P2C_AIOSMTPD_PYTHON") {
        Some(path) => PathBuf::from(path),
        None => PathBuf::from(std::env::var_os("HOME").expect("HOME is set"))
            .join(".cache/p2c/tools/smtp-venv/bin/python"),
    };
    assert!(
        python.exists(),
        "{} does not exist: run `scripts/install.sh test` to install the test SMTP server \
         (or point P2C_AIOSMTPD_PYTHON at a Python with aiosmtpd)",
        python.display()
    );
    python
}

/// Whether an SMTP server answers on `addr` with its "220" greeting.
async fn greets(addr: SocketAddr) -> bool {
    use tokio::io::AsyncReadExt;
    let Ok(mut stream) = TcpStream::connect(addr).await else {
        return false;
    };
    let mut greeting = [0; 4];
    matches!(
        tokio::time::timeout(Duration::from_secs(2), stream.read_exact(&mut greeting)).await,
        Ok(Ok(_)) if &greeting == b"220 "
    )
}

/// The tie-breaker when two files share an mtime (Linux stamps files with a coarse clock). Python
/// names Maildir files `SECONDS.M<MICROSECONDS>P<PID>Q<COUNT>.HOST`, with the microseconds not
/// zero-padded, so the names sort as text wrongly; as numbers they sort in delivery order.
fn delivery_order(name: &std::ffi::OsStr) -> (u64, u64, String) {
    let name = name.to_string_lossy().into_owned();
    let number = |s: Option<&str>| s.and_then(|s| s.parse().ok()).unwrap_or(u64::MAX);
    let mut parts = name.splitn(2, ".M");
    let seconds = number(parts.next());
    let micros = number(parts.next().and_then(|rest| rest.split('P').next()));
    (seconds, micros, name)
}

pub fn parse(raw: &[u8]) -> ReceivedMail {
    let message = mail_parser::MessageParser::default()
        .parse(raw)
        .expect("parse a stored message");
    let mut to: Vec<String> = message
        .to()
        .map(|to| {
            to.iter()
                .filter_map(|addr| addr.address())
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    if to.is_empty() {
        // Mail sent only to Bcc has no To header; the envelope recipients aiosmtpd records name
        // who received it.
        to = message
            .header_raw("X-RcptTo")
            .map(|list| list.split(',').map(|a| a.trim().to_owned()).collect())
            .unwrap_or_default();
    }
    let html = message
        .html_body
        .iter()
        .find(|&&part| {
            matches!(
                message.parts.get(part as usize).map(|p| &p.body),
                Some(mail_parser::PartType::Html(_))
            )
        })
        .and_then(|_| message.body_html(0))
        .map(|html| html.into_owned());
    ReceivedMail {
        to,
        subject: message.subject().unwrap_or_default().to_owned(),
        text: message
            .body_text(0)
            .map(|text| text.into_owned())
            .unwrap_or_default(),
        html,
        raw: String::from_utf8_lossy(raw).into_owned(),
    }
}

/// Sends one message by a minimal SMTP conversation, independent of the app's mail code.
async fn send_raw(sink: &SmtpSink, to: &str, subject: &str, body: &str) {
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
    let stream = TcpStream::connect(sink.addr())
        .await
        .expect("connect to aiosmtpd");
    let (read, mut write) = stream.into_split();
    let mut replies = BufReader::new(read).lines();
    let mut expect = async |code: &str| {
        let reply = replies
            .next_line()
            .await
            .expect("read a reply")
            .expect("a reply");
        assert!(reply.starts_with(code), "expected {code}, got {reply:?}");
    };
    expect("220").await;
    let data =
        format!("From: p2c@test.example\r\nTo: {to}\r\nSubject: {subject}\r\n\r\n{body}\r\n.\r\n");
    for (command, code) in [
        ("HELO test.example\r\n".to_owned(), "250"),
        ("MAIL FROM:<p2c@test.example>\r\n".to_owned(), "250"),
        (format!("RCPT TO:<{to}>\r\n"), "250"),
        ("DATA\r\n".to_owned(), "354"),
        (data, "250"),
        ("QUIT\r\n".to_owned(), "221"),
    ] {
        write.write_all(command.as_bytes()).await.expect("send");
        expect(code).await;
    }
}

#[tokio::test]
async fn the_sink_receives_and_survives_a_restart() {
    let mut sink = SmtpSink::start().await;
    assert!(sink.url().starts_with("smtp://127.0.0.1:"));
    assert!(sink.messages().is_empty());

    send_raw(
        &sink,
        "ada@example.org",
        "Verify your address",
        "Open http://x.example/verify?token=abc.",
    )
    .await;
    let mail = sink.wait_for(1, Duration::from_secs(10)).await;
    assert_eq!(mail[0].subject, "Verify your address");
    assert_eq!(mail[0].to, ["ada@example.org"]);
    assert_eq!(mail[0].html, None);
    // aiosmtpd records the envelope in headers of its own.
    assert!(mail[0].raw.contains("X-RcptTo: ada@example.org\n"));
    assert_eq!(
        mail[0].link_containing("/verify?token=").as_deref(),
        Some("http://x.example/verify?token=abc")
    );
    assert_eq!(mail[0].link_containing("/reset?token="), None);

    sink.stop().await;
    assert!(TcpStream::connect(sink.addr()).await.is_err());

    sink.restart().await;
    send_raw(&sink, "bo@example.org", "Second", "Again.").await;
    let mail = sink.wait_for(2, Duration::from_secs(10)).await;
    assert_eq!(mail[0].subject, "Verify your address");
    assert_eq!(mail[1].subject, "Second");
    assert_eq!(mail[1].to, ["bo@example.org"]);
}
