//! The counts on disk: one `SQLite` file in the state directory, because `SQLite`'s journal
//! survives a power cut in the middle of a write (the crash test kills a writer again and
//! again and opens the file after each kill).
//!
//! One table of (day, event, page, lang, detail, count); the schema version is `SQLite`'s
//! `user_version`. A file this build cannot read is never thrown away: a damaged one is
//! renamed `usage.sqlite.unreadable-<UTC time>` and a new one started; one from a newer
//! build is left alone and the kiosk counts in memory.

use std::path::{Path, PathBuf};
use std::time::Duration;

use jiff::civil::Date;
use rusqlite::{Connection, ErrorCode, OpenFlags, OptionalExtension as _, params};

use super::counts::{Event, Kind, Tally};
use super::day::add_days;

/// The database's name in the state directory.
pub const DB_FILE: &str = "usage.sqlite";
/// The schema this build writes and reads.
pub const SCHEMA_VERSION: i32 = 1;
/// How long a write waits for another process (`immuno-kiosk usage`) to let go of the file.
const BUSY_TIMEOUT: Duration = Duration::from_millis(250);

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS counts (
    day TEXT NOT NULL,
    event TEXT NOT NULL,
    page TEXT NOT NULL DEFAULT '',
    lang TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    count INTEGER NOT NULL CHECK (count >= 0),
    PRIMARY KEY (day, event, page, lang, detail)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS retired (
    event TEXT NOT NULL,
    page TEXT NOT NULL DEFAULT '',
    lang TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    count INTEGER NOT NULL CHECK (count >= 0),
    PRIMARY KEY (event, page, lang, detail)
) WITHOUT ROWID;
";

/// Days past the retention leave `counts` for `retired`, summed without their day, so that
/// the textfile's counters never go down when old days go (Prometheus would read a drop as a
/// reset and the whole total as new).
const RETIRE: &str = "
INSERT INTO retired (event, page, lang, detail, count)
SELECT event, page, lang, detail, sum(count) FROM counts WHERE day < ?1
GROUP BY event, page, lang, detail
ON CONFLICT (event, page, lang, detail) DO UPDATE SET count = count + excluded.count
";

/// The day the totals of retired days carry in [`Store::totals`]: they have none.
pub const RETIRED_DAY: Date = Date::MIN;

const UPSERT: &str = "
INSERT INTO counts (day, event, page, lang, detail, count) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
ON CONFLICT (day, event, page, lang, detail) DO UPDATE SET count = count + excluded.count
";

/// Why the counts cannot be read or written.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Another process holds the file.
    #[error("{}: the usage database is locked by another process", path.display())]
    Locked {
        /// The database file.
        path: PathBuf,
    },
    /// The file is not a usable `SQLite` database.
    #[error("{}: not a readable usage database ({reason})", path.display())]
    Corrupt {
        /// The database file.
        path: PathBuf,
        /// What `SQLite` said.
        reason: String,
    },
    /// A newer build wrote the file.
    #[error(
        "{}: usage database schema {found} is newer than this build's {SCHEMA_VERSION}; left untouched",
        path.display()
    )]
    FutureSchema {
        /// The database file.
        path: PathBuf,
        /// The version in the file.
        found: i32,
    },
    /// There is no database (yet).
    #[error("{}: no usage database (nothing has been counted here)", path.display())]
    Missing {
        /// Where it was looked for.
        path: PathBuf,
    },
    /// Anything else: a full disk, a read-only directory, an I/O error.
    #[error("{}: {source}", path.display())]
    Sqlite {
        /// The database file.
        path: PathBuf,
        /// What `SQLite` said.
        source: rusqlite::Error,
    },
    /// A damaged file that could not be moved aside.
    #[error("{}: unreadable, and it could not be moved aside: {source}", path.display())]
    NotMoved {
        /// The database file.
        path: PathBuf,
        /// Why the rename failed.
        source: std::io::Error,
    },
}

impl StoreError {
    fn from_sqlite(path: &Path, err: rusqlite::Error) -> Self {
        let path = path.to_path_buf();
        match err.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => Self::Locked { path },
            Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => Self::Corrupt {
                path,
                reason: err.to_string(),
            },
            _ => Self::Sqlite { path, source: err },
        }
    }
}

/// An open counts database.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

/// A database opened for writing, and where a damaged one was moved, if it was.
#[derive(Debug)]
pub struct Opened {
    /// The database.
    pub store: Store,
    /// Where the unreadable file that was there went.
    pub moved_aside: Option<PathBuf>,
}

impl Store {
    /// Opens (or creates) the database at `path` for writing. A damaged file is moved aside
    /// with the time `unix_secs` in its name, and a new one is started.
    ///
    /// # Errors
    /// A locked file, a newer schema, a directory it cannot write, a full disk.
    pub fn open(path: &Path, unix_secs: u64) -> Result<Opened, StoreError> {
        match Self::open_with(path, false) {
            Ok(store) => Ok(Opened {
                store,
                moved_aside: None,
            }),
            Err(StoreError::Corrupt { reason, .. }) => {
                let aside = aside_name(path, unix_secs);
                std::fs::rename(path, &aside).map_err(|source| StoreError::NotMoved {
                    path: path.to_path_buf(),
                    source,
                })?;
                // A journal belongs to the file it was written for.
                let journal = journal_of(path);
                if journal.exists() {
                    let _ = std::fs::rename(&journal, journal_of(&aside));
                }
                tracing::warn!(
                    "{}: unreadable usage database ({reason}); moved to {} and started anew",
                    path.display(),
                    aside.display()
                );
                Ok(Opened {
                    store: Self::open_with(path, false)?,
                    moved_aside: Some(aside),
                })
            }
            Err(err) => Err(err),
        }
    }

    /// Opens an existing database without writing to it (for `immuno-kiosk usage`).
    ///
    /// # Errors
    /// A missing, locked, damaged or newer file.
    pub fn open_read_only(path: &Path) -> Result<Self, StoreError> {
        if !path.exists() {
            return Err(StoreError::Missing {
                path: path.to_path_buf(),
            });
        }
        Self::open_with(path, true)
    }

    fn open_with(path: &Path, read_only: bool) -> Result<Self, StoreError> {
        let fail = |err| StoreError::from_sqlite(path, err);
        let flags = if read_only {
            OpenFlags::SQLITE_OPEN_READ_ONLY
        } else {
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE
        } | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(fail)?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(fail)?;
        // Deleted counts are overwritten, not left in free pages.
        conn.pragma_update(None, "secure_delete", true)
            .map_err(fail)?;
        // A commit is on disk when it returns: at most the batch being written is lost.
        conn.pragma_update(None, "synchronous", "FULL")
            .map_err(fail)?;
        let version: i32 = conn
            .pragma_query_value(None, "user_version", |row| row.get(0))
            .map_err(fail)?;
        let check: String = conn
            .pragma_query_value(None, "quick_check", |row| row.get(0))
            .map_err(fail)?;
        if check != "ok" {
            return Err(StoreError::Corrupt {
                path: path.to_path_buf(),
                reason: check,
            });
        }
        if version > SCHEMA_VERSION {
            return Err(StoreError::FutureSchema {
                path: path.to_path_buf(),
                found: version,
            });
        }
        if version < SCHEMA_VERSION && !read_only {
            conn.execute_batch(&format!(
                "BEGIN IMMEDIATE; {SCHEMA} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;"
            ))
            .map_err(fail)?;
        }
        Ok(Self {
            conn,
            path: path.to_path_buf(),
        })
    }

    /// The file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Adds `batch` in one transaction and drops the days older than `retention_days` before
    /// the batch's latest day. The cut-off never passes the newest day already stored, so a
    /// clock far ahead cannot delete what was counted.
    ///
    /// # Errors
    /// Nothing is written if any part fails (a full disk, a lock held too long).
    pub fn commit(&mut self, batch: &Tally, retention_days: u32) -> Result<(), StoreError> {
        let path = self.path.clone();
        let fail = |err| StoreError::from_sqlite(&path, err);
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(fail)?;
        let newest: Option<String> = tx
            .query_row("SELECT max(day) FROM counts", [], |row| row.get(0))
            .optional()
            .map_err(fail)?
            .flatten();
        {
            let mut upsert = tx.prepare_cached(UPSERT).map_err(fail)?;
            for (day, event, count) in batch.iter() {
                upsert
                    .execute(params![
                        day.to_string(),
                        event.kind.name(),
                        event.page,
                        event.lang,
                        event.detail,
                        i64::try_from(count).unwrap_or(i64::MAX),
                    ])
                    .map_err(fail)?;
            }
        }
        let newest = newest.and_then(|day| day.parse::<Date>().ok());
        let latest = match (batch.last_day(), newest) {
            (Some(batch_day), Some(stored)) => Some(batch_day.min(stored)),
            (day, None) | (None, day) => day,
        };
        if let Some(latest) = latest {
            let cutoff = add_days(latest, -i64::from(retention_days)).to_string();
            tx.execute(RETIRE, [&cutoff]).map_err(fail)?;
            tx.execute("DELETE FROM counts WHERE day < ?1", [&cutoff])
                .map_err(fail)?;
        }
        tx.commit().map_err(fail)
    }

    /// Every count from `since` on (all of them for `None`). Rows a newer build wrote with
    /// kinds this one does not know are left out.
    ///
    /// # Errors
    /// A read that fails.
    pub fn read(&self, since: Option<Date>) -> Result<Tally, StoreError> {
        let fail = |err| StoreError::from_sqlite(&self.path, err);
        let since = since.map_or_else(String::new, |day| day.to_string());
        let mut statement = self
            .conn
            .prepare_cached(
                "SELECT day, event, page, lang, detail, count FROM counts WHERE day >= ?1",
            )
            .map_err(fail)?;
        let rows = statement
            .query_map([since], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, String>(2)?,
                    row.get::<_, String>(3)?,
                    row.get::<_, String>(4)?,
                    row.get::<_, i64>(5)?,
                ))
            })
            .map_err(fail)?;
        let mut tally = Tally::new();
        for row in rows {
            let (day, kind, page, lang, detail, count) = row.map_err(fail)?;
            let (Ok(day), Some(kind)) = (day.parse::<Date>(), Kind::named(&kind)) else {
                continue;
            };
            let event = Event {
                kind,
                page,
                lang,
                detail,
            };
            tally.add(day, event, u64::try_from(count).unwrap_or(0));
        }
        Ok(tally)
    }

    /// Every count ever kept, for the textfile's counters: the days kept, and the days past
    /// the retention summed up under [`RETIRED_DAY`].
    ///
    /// # Errors
    /// A read that fails.
    pub fn totals(&self) -> Result<Tally, StoreError> {
        let fail = |err| StoreError::from_sqlite(&self.path, err);
        let mut tally = self.read(None)?;
        let mut statement = self
            .conn
            .prepare_cached("SELECT event, page, lang, detail, count FROM retired")
            .map_err(fail)?;
        let rows = statement
            .query_map([], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, String>(2)?,
                    row.get::<_, String>(3)?,
                    row.get::<_, i64>(4)?,
                ))
            })
            .map_err(fail)?;
        for row in rows {
            let (kind, page, lang, detail, count) = row.map_err(fail)?;
            let Some(kind) = Kind::named(&kind) else {
                continue;
            };
            let event = Event {
                kind,
                page,
                lang,
                detail,
            };
            tally.add(RETIRED_DAY, event, u64::try_from(count).unwrap_or(0));
        }
        Ok(tally)
    }

    /// Deletes the database at `path` and its journal: every count is gone.
    ///
    /// # Errors
    /// A file that exists and cannot be removed.
    pub fn remove(path: &Path) -> std::io::Result<()> {
        for file in [path.to_path_buf(), journal_of(path)] {
            match std::fs::remove_file(&file) {
                Err(err) if err.kind() != std::io::ErrorKind::NotFound => return Err(err),
                _ => {}
            }
        }
        Ok(())
    }
}

/// `usage.sqlite-journal`, `SQLite`'s rollback journal beside the file.
fn journal_of(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push("-journal");
    PathBuf::from(name)
}

/// `usage.sqlite.unreadable-20261202T120301Z`: says what it is and when it was put aside.
fn aside_name(path: &Path, unix_secs: u64) -> PathBuf {
    let stamp = i64::try_from(unix_secs)
        .ok()
        .and_then(|secs| jiff::Timestamp::from_second(secs).ok())
        .map_or_else(
            || unix_secs.to_string(),
            |time| time.strftime("%Y%m%dT%H%M%SZ").to_string(),
        );
    let mut name = path.as_os_str().to_owned();
    name.push(format!(".unreadable-{stamp}"));
    let mut aside = PathBuf::from(&name);
    // Never over an earlier one.
    let mut n = 1;
    while aside.exists() {
        n += 1;
        aside = PathBuf::from(format!("{}-{n}", name.to_string_lossy()));
    }
    aside
}
