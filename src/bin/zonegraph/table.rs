//! Plain-text tables for people, aligned by display width so that Chinese
//! names (two columns wide) line up.

use std::io::Write;

use unicode_width::UnicodeWidthStr;

pub fn write_table(w: &mut dyn Write, headers: &[&str], rows: &[Vec<String>]) -> std::io::Result<()> {
    let mut widths: Vec<usize> = headers.iter().map(|h| h.width()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            widths[i] = widths[i].max(cell.width());
        }
    }
    let line = |cells: &mut dyn Iterator<Item = &str>| {
        let mut out = String::new();
        for (i, cell) in cells.enumerate() {
            out.push_str(cell);
            if i + 1 < widths.len() {
                out.push_str(&" ".repeat(widths[i] - cell.width() + 2));
            }
        }
        out.trim_end().to_string()
    };
    writeln!(w, "{}", line(&mut headers.iter().copied()))?;
    for row in rows {
        writeln!(w, "{}", line(&mut row.iter().map(String::as_str)))?;
    }
    Ok(())
}

/// Tab-separated rows with a header; tabs and line breaks inside cells
/// become spaces so that every row stays one line.
pub fn write_tsv(w: &mut dyn Write, headers: &[&str], rows: &[Vec<String>]) -> std::io::Result<()> {
    let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
    writeln!(w, "{}", headers.join("\t"))?;
    for row in rows {
        writeln!(w, "{}", row.iter().map(|c| clean(c)).collect::<Vec<_>>().join("\t"))?;
    }
    Ok(())
}
