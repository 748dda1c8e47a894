//! Pictures, drawn by Graphviz from the DOT export.
//!
//! `dot` gives the tidiest layout but does not scale past a few hundred
//! edges (it took minutes on 600 edges here), so [`Engine::Auto`] uses `dot`
//! up to [`DOT_MAX_EDGES`] edges and `sfdp` above. The DOT file names a CJK
//! font; without one installed Graphviz draws boxes and says nothing, so the
//! README says which package to install.

use std::io::Write;
use std::process::{Command, Stdio};

use crate::error::{Error, Result};

/// The largest graph `dot` lays out in [`Engine::Auto`].
pub const DOT_MAX_EDGES: usize = 300;

const INSTALL_HINT: &str = "install Graphviz and a CJK font: `apt-get install graphviz fonts-noto-cjk` (Debian, Ubuntu), \
`dnf install graphviz google-noto-sans-cjk-fonts` (Fedora), `brew install graphviz` (macOS)";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Auto,
    Dot,
    Sfdp,
    Neato,
}

impl std::str::FromStr for Engine {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Engine, String> {
        match s {
            "auto" => Ok(Engine::Auto),
            "dot" => Ok(Engine::Dot),
            "sfdp" => Ok(Engine::Sfdp),
            "neato" => Ok(Engine::Neato),
            other => Err(format!("engine {other:?}: auto, dot, sfdp or neato")),
        }
    }
}

impl Engine {
    /// The Graphviz program for a graph with this many edges.
    pub fn program(self, edges: usize) -> &'static str {
        match self {
            Engine::Auto if edges <= DOT_MAX_EDGES => "dot",
            Engine::Auto | Engine::Sfdp => "sfdp",
            Engine::Dot => "dot",
            Engine::Neato => "neato",
        }
    }
}

/// Render DOT source to `svg` or `png` bytes.
pub fn render(dot: &[u8], format: &str, engine: Engine, edges: usize) -> Result<Vec<u8>> {
    let program = engine.program(edges);
    let mut cmd = Command::new(program);
    cmd.arg(format!("-T{format}")).arg("-Goverlap=prism");
    if format == "png" {
        cmd.arg("-Gdpi=110");
    }
    let child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(child) => child,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(Error::Graphviz {
                program: program.to_string(),
                message: format!("not found; {INSTALL_HINT}"),
            });
        }
        Err(e) => {
            return Err(Error::Graphviz {
                program: program.to_string(),
                message: e.to_string(),
            });
        }
    };
    let mut stdin = child.stdin.take().expect("stdin was piped");
    let input = dot.to_vec();
    // Write from another thread so a large picture cannot deadlock the pipes.
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let output = child.wait_with_output().map_err(|e| Error::Graphviz {
        program: program.to_string(),
        message: e.to_string(),
    })?;
    let _ = writer.join();
    if !output.status.success() {
        return Err(Error::Graphviz {
            program: program.to_string(),
            message: String::from_utf8_lossy(&output.stderr).trim().to_string(),
        });
    }
    Ok(output.stdout)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn engine_choice() {
        assert_eq!(Engine::Auto.program(DOT_MAX_EDGES), "dot");
        assert_eq!(Engine::Auto.program(DOT_MAX_EDGES + 1), "sfdp");
        assert_eq!(Engine::Neato.program(1), "neato");
        assert!("spring".parse::<Engine>().is_err());
    }
}
