//! Writing fixed files safely, and showing fixes as a diff.

use std::io::Write;
use std::path::Path;

/// The UTF-8 byte order mark, kept on files that had one.
pub const BOM: &str = "\u{feff}";

/// Replaces a file's content atomically: a temporary file in the same folder, the original's
/// permissions, then a rename over the original. A crash leaves either the old or the new file.
pub fn write_atomic(path: &Path, content: &str) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let permissions = std::fs::metadata(path)?.permissions();
    let mut temp = tempfile::Builder::new()
        .prefix(".interview-lsp-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    temp.write_all(content.as_bytes())?;
    temp.as_file().sync_all()?;
    std::fs::set_permissions(temp.path(), permissions)?;
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// A unified diff of a fix, with `a/` and `b/` paths as git prints them.
pub fn unified_diff(path: &str, before: &str, after: &str) -> String {
    similar::TextDiff::from_lines(before, after)
        .unified_diff()
        .context_radius(3)
        .header(&format!("a/{path}"), &format!("b/{path}"))
        .to_string()
}
