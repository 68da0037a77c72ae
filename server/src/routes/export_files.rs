//! Making the compendium's files. XLSX and DOCX are made whole before they are sent, seconds of a
//! core at 100,000 pledges: they are made on tokio's blocking threads, never on the threads that
//! serve pages, and at most `BUILDS` at once. Past that the answer is `Busy` at once (503 with
//! `Retry-After`): a queue would only hold connections open and grow with the flood.
//!
//! The export of everything (no filter, the public's columns) is the same bytes for every visitor
//! until a publication event moves the compendium's version, so it is made once per version,
//! format and language, kept in a temporary file, and sent to everyone who asks; visitors who ask
//! while it is being made wait for that one making.
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use app::domain::CompendiumFilter;
use app::error::AppError;
use app::i18n::Locale;
use app::ssr::exports::{self, Audience, Request};
use app::ssr_internal;
use axum::body::Body;
use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;
use tempfile::NamedTempFile;
use tokio::io::AsyncWriteExt;
use tokio::sync::{OnceCell, Semaphore, mpsc};

/// XLSX and DOCX files made at once, at most.
pub const BUILDS: usize = 2;
/// What a refused download is told: about the time an XLSX of everything takes.
pub const RETRY_AFTER: Duration = Duration::from_secs(10);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    Csv,
    Json,
    Xlsx,
    Docx,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Xlsx => "xlsx",
            Format::Docx => "docx",
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Format::Csv => "text/csv; charset=utf-8",
            Format::Json => "application/json",
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Format::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
        }
    }

    /// Made whole before it is sent (the others stream from the database).
    pub fn made_whole(self) -> bool {
        matches!(self, Format::Xlsx | Format::Docx)
    }
}

/// A file made for download, in a temporary file that goes when the last holder lets it go
/// (a download under way keeps reading it).
pub struct Made {
    file: NamedTempFile,
    pub as_at: DateTime<Utc>,
    /// Of a kept file: the compendium version it shows.
    pub version: Option<i64>,
}

impl Made {
    /// The file as a response body of known length, read a chunk at a time.
    pub async fn body(&self) -> Result<(Body, u64), AppError> {
        let file = tokio::fs::File::open(self.file.path())
            .await
            .map_err(|e| ssr_internal("export file", e))?;
        let length = file
            .metadata()
            .await
            .map_err(|e| ssr_internal("export file", e))?
            .len();
        Ok((
            Body::from_stream(tokio_util::io::ReaderStream::new(file)),
            length,
        ))
    }
}

type Slot = Arc<OnceCell<Arc<Made>>>;

/// The kept exports of everything, all of one compendium version.
#[derive(Default)]
struct Kept {
    version: i64,
    files: HashMap<(Format, Locale), Slot>,
}

pub struct ExportFiles {
    builds: Arc<Semaphore>,
    /// Tests only (`P2C_TEST_EXPORT_GATE`): XLSX and DOCX builds, once started, wait until this
    /// file exists, so a test holds builds in progress for as long as it needs.
    gate: Option<PathBuf>,
    kept: Mutex<Kept>,
}

impl ExportFiles {
    pub fn new(gate: Option<PathBuf>) -> ExportFiles {
        ExportFiles {
            builds: Arc::new(Semaphore::new(BUILDS)),
            gate,
            kept: Mutex::default(),
        }
    }

    /// The export of everything in `format` and `locale` for the public, made at most once per
    /// compendium version.
    pub async fn everything(
        &self,
        db: &DatabaseConnection,
        format: Format,
        locale: Locale,
    ) -> Result<Arc<Made>, AppError> {
        let read = app::ssr::compendium::projection::version(db).await?;
        let (version, slot) = {
            let mut kept = self
                .kept
                .lock()
                .map_err(|e| ssr_internal("kept exports", e))?;
            // What is read after this holds at least this version's pledges.
            if read > kept.version {
                kept.files.clear();
                kept.version = read;
            }
            let version = kept.version;
            (
                version,
                Arc::clone(kept.files.entry((format, locale)).or_default()),
            )
        };
        let made = slot
            .get_or_try_init(|| async {
                let req = Request {
                    filter: CompendiumFilter::default(),
                    locale,
                    audience: Audience::Public,
                    as_at: Utc::now(),
                };
                let mut made = self.make(db, format, req).await?;
                made.version = Some(version);
                tracing::info!(
                    format = format.extension(),
                    locale = locale.code(),
                    version,
                    "kept export of everything made"
                );
                Ok::<_, AppError>(Arc::new(made))
            })
            .await?;
        Ok(Arc::clone(made))
    }

    /// A file made for `req` alone.
    pub async fn make(
        &self,
        db: &DatabaseConnection,
        format: Format,
        req: Request,
    ) -> Result<Made, AppError> {
        if format.made_whole() {
            self.make_whole(db.clone(), format, req).await
        } else {
            into_file(db.clone(), format, req).await
        }
    }

    /// XLSX or DOCX on a blocking thread, which drives the database reads too: the async
    /// threads see none of the work. The permit goes with the thread, so a download given up
    /// half-way still counts until its file is made.
    async fn make_whole(
        &self,
        db: DatabaseConnection,
        format: Format,
        req: Request,
    ) -> Result<Made, AppError> {
        let permit = Arc::clone(&self.builds)
            .try_acquire_owned()
            .map_err(|_| AppError::Busy)?;
        tracing::info!(format = format.extension(), "export build started");
        let gate = self.gate.clone();
        let runtime = tokio::runtime::Handle::current();
        tokio::task::spawn_blocking(move || {
            let _permit = permit;
            if let Some(gate) = gate {
                while !gate.exists() {
                    std::thread::sleep(Duration::from_millis(20));
                }
            }
            let file = NamedTempFile::new().map_err(|e| ssr_internal("export file", e))?;
            let out =
                std::io::BufWriter::new(file.reopen().map_err(|e| ssr_internal("export file", e))?);
            let mut out = match format {
                Format::Docx => runtime.block_on(exports::docx::write(&db, &req, out))?,
                _ => runtime.block_on(exports::xlsx::write(&db, &req, out))?,
            };
            std::io::Write::flush(&mut out).map_err(|e| ssr_internal("export file", e))?;
            Ok::<_, AppError>(Made {
                file,
                as_at: req.as_at,
                version: None,
            })
        })
        .await
        .map_err(|e| ssr_internal("export build", e))?
    }
}

/// CSV or JSON, as streamed to a download, written to a file instead.
async fn into_file(db: DatabaseConnection, format: Format, req: Request) -> Result<Made, AppError> {
    let file = tokio::task::spawn_blocking(NamedTempFile::new)
        .await
        .map_err(|e| ssr_internal("export file", e))?
        .map_err(|e| ssr_internal("export file", e))?;
    let mut out = tokio::fs::File::create(file.path())
        .await
        .map_err(|e| ssr_internal("export file", e))?;
    let as_at = req.as_at;
    let (tx, mut rx) = mpsc::channel::<Vec<u8>>(4);
    let writer = tokio::spawn(async move { write_stream(&db, format, &req, &tx).await });
    while let Some(chunk) = rx.recv().await {
        out.write_all(&chunk)
            .await
            .map_err(|e| ssr_internal("export file", e))?;
    }
    out.flush()
        .await
        .map_err(|e| ssr_internal("export file", e))?;
    writer
        .await
        .map_err(|e| ssr_internal("export writer", e))??;
    Ok(Made {
        file,
        as_at,
        version: None,
    })
}

/// CSV or JSON, a batch of rows at a time, into `out`.
pub async fn write_stream(
    db: &DatabaseConnection,
    format: Format,
    req: &Request,
    out: &mpsc::Sender<Vec<u8>>,
) -> Result<(), AppError> {
    match format {
        Format::Json => exports::json::write(db, req, out).await,
        _ => exports::csv::write(db, req, out).await,
    }
}
