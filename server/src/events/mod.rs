//! Roundtables and events, the server's part: the run of show as Word and Excel files.
pub mod run_files;
