//! Writes the support report: redacted, to a temporary file in the target's directory
//! (mode 0600 on Unix), then renamed into place, so a reader never sees half a report
//! and a failure leaves nothing behind. Refuses to replace a file unless forced.

use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

use crate::error::{AppError, WriteFailure};
use crate::redact::Redactor;

/// Fails early (before any work) when `path` cannot take a report: it is a folder, or it
/// exists and `force` is off. `write` checks again, atomically.
pub fn check_target(path: &Path, force: bool) -> Result<(), AppError> {
    let shown = path.display().to_string();
    if path.is_dir() || path.file_name().is_none() {
        return Err(AppError::ReportIsDirectory { path: shown });
    }
    if !force && path.symlink_metadata().is_ok() {
        return Err(AppError::ReportExists { path: shown });
    }
    Ok(())
}

/// Redacts `contents` and writes them to `path` atomically. Without `force` an existing
/// file is never replaced, even one created while we ran.
pub fn write(
    path: &Path,
    contents: &str,
    force: bool,
    redactor: &Redactor,
) -> Result<(), AppError> {
    check_target(path, force)?;
    let shown = path.display().to_string();
    let fail = |e: std::io::Error| match e.kind() {
        ErrorKind::AlreadyExists => AppError::ReportExists {
            path: shown.clone(),
        },
        ErrorKind::IsADirectory => AppError::ReportIsDirectory {
            path: shown.clone(),
        },
        kind => AppError::ReportWrite {
            path: shown.clone(),
            reason: match kind {
                ErrorKind::PermissionDenied => WriteFailure::PermissionDenied,
                ErrorKind::NotFound => WriteFailure::NoSuchFolder,
                ErrorKind::NotADirectory => WriteFailure::NotAFolder,
                ErrorKind::ReadOnlyFilesystem => WriteFailure::ReadOnly,
                ErrorKind::StorageFull | ErrorKind::QuotaExceeded => WriteFailure::DiskFull,
                _ => WriteFailure::Other(e.to_string()),
            },
        },
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".kling-doctor-report-")
        .suffix(".tmp")
        .tempfile_in(folder_of(path))
        .map_err(fail)?;
    temp.write_all(redactor.redact(contents).as_bytes())
        .and_then(|()| temp.as_file().sync_all())
        .map_err(fail)?;
    // On failure the temporary file is dropped, which deletes it.
    let placed = if force {
        temp.persist(path)
    } else {
        temp.persist_noclobber(path)
    };
    placed.map(drop).map_err(|e| fail(e.error))
}

/// The folder a file goes into (`.` for a bare file name).
fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leftovers(dir: &Path) -> Vec<String> {
        std::fs::read_dir(dir)
            .expect("read dir")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp"))
            .collect()
    }

    #[test]
    fn writes_redacted_private_files_and_refuses_to_overwrite() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("report.md");
        let r = Redactor::new(["Zq9xK2mP7vL4wqQ".to_string()]);
        write(&path, "key Zq9xK2mP7vL4wqQ\n", false, &r).expect("first write");
        assert_eq!(
            std::fs::read_to_string(&path).expect("read"),
            "key [REDACTED]\n"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        assert!(matches!(
            write(&path, "second", false, &r),
            Err(AppError::ReportExists { .. })
        ));
        write(&path, "second", true, &r).expect("forced write");
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "second");
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn failures_leave_nothing_behind() {
        let dir = tempfile::tempdir().expect("temp dir");
        let r = Redactor::default();
        std::fs::write(dir.path().join("file"), "x").expect("fixture");
        let cases = [
            (dir.path().to_path_buf(), "folder"),
            (dir.path().join("missing/report.md"), "missing folder"),
            (dir.path().join("file/report.md"), "parent is a file"),
        ];
        for (path, name) in cases {
            for force in [false, true] {
                assert!(write(&path, "x", force, &r).is_err(), "{name} {force}");
            }
        }
        assert!(leftovers(dir.path()).is_empty());
    }
}
