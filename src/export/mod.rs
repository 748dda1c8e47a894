//! Export stage: write the graph in the formats users open it with.
//!
//! Each format is a small wrapper type with a `to_writer` method, so it can
//! write to a file, to stdout, or to a `Vec<u8>` in a test. Files are written
//! atomically: every output goes to a temporary file in the output folder, and
//! only when all of them are complete are they renamed into place, so a
//! failed run never leaves a half-written file.
//!
//! What several formats share (typed attribute columns, values flattened to
//! strings, the characters XML 1.0 can carry) is in the private `shared`
//! module.

pub mod csv;
pub mod dot;
pub mod gexf;
pub mod graphml;
pub mod json;
pub mod render;
mod shared;

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// A run's hold on a folder it writes to: a `flock` on the folder itself,
/// released when dropped (or when the process dies, however it dies).
///
/// `build` and `merge` hold their output folder exclusively ([`take`]):
/// while they do, no other zonegraph run writes there, so the temporary
/// files (`.zonegraph-*.tmp`) found on taking it were left by a run that was
/// killed, and are removed. Commands that write a file or two into a folder
/// (`export`, `extract`, `analytics --write`, a query's cache) share it
/// ([`share_for`]): any number of them at once, but not beside a build,
/// whose clean-up would remove their temporary files. On platforms without
/// `flock` there is neither lock nor clean-up.
///
/// [`take`]: OutLock::take
/// [`share_for`]: OutLock::share_for
pub struct OutLock {
    /// `None` where the file system cannot lock (some network file
    /// systems): the run goes on unlocked, and removes nothing.
    #[cfg(unix)]
    _folder: Option<std::fs::File>,
}

impl OutLock {
    /// Create `dir` if needed and take its lock; then remove what an
    /// interrupted run left there. Returns the lock and how many files were
    /// removed. [`Error::Busy`] when another run holds the folder.
    pub fn take(dir: &Path) -> Result<(OutLock, usize)> {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        #[cfg(unix)]
        {
            let folder = lock_folder(dir, true)?;
            let mut removed = 0;
            if folder.is_some() {
                for entry in std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))? {
                    let path = entry.map_err(|e| Error::io(dir, e))?.path();
                    let name = path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
                    if name.starts_with(".zonegraph-") && name.ends_with(".tmp") && path.is_file() {
                        std::fs::remove_file(&path).map_err(|e| Error::io(&path, e))?;
                        removed += 1;
                    }
                }
            }
            Ok((OutLock { _folder: folder }, removed))
        }
        #[cfg(not(unix))]
        Ok((OutLock {}, 0))
    }

    /// Share the folder `path` is written into (created if needed).
    /// [`Error::Busy`] while a `build` or `merge` holds it.
    pub fn share_for(path: &Path) -> Result<OutLock> {
        let dir = folder_of(path);
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        Ok(OutLock {
            #[cfg(unix)]
            _folder: lock_folder(dir, false)?,
        })
    }
}

/// A `flock` on the folder itself, exclusive or shared; `None` when the file
/// system cannot lock.
#[cfg(unix)]
fn lock_folder(dir: &Path, exclusive: bool) -> Result<Option<std::fs::File>> {
    let folder = std::fs::File::open(dir).map_err(|e| Error::io(dir, e))?;
    let locked = match exclusive {
        true => folder.try_lock(),
        false => folder.try_lock_shared(),
    };
    match locked {
        Ok(()) => Ok(Some(folder)),
        Err(std::fs::TryLockError::WouldBlock) => Err(Error::Busy(dir.to_path_buf())),
        Err(std::fs::TryLockError::Error(_)) => Ok(None),
    }
}

/// The folder a file is written in: its parent, or `.` for a bare name.
fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Whether each output is synced to disk before it is renamed into place.
static SYNC: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(true);

/// Sync every output to disk before renaming it into place (`true`, the
/// default), or leave the writing out to the kernel (`--no-sync`).
///
/// Syncing makes the rename safe against a crash of the machine: the file
/// that appears is whole. It costs the wait for the disk, which on this
/// project's VM was 1.3-2.4 s of an 8 s build writing 975 MB when the whole
/// file was synced at the end; now most of it is synced while the rest is
/// written (see `WriteBehind`). Either way the
/// file is written whole to a temporary name first, so a failed run leaves
/// nothing half-written. One setting for the process, made by the binary
/// from its flag: it is a policy for every file a run writes.
pub fn sync_outputs(on: bool) {
    SYNC.store(on, std::sync::atomic::Ordering::Relaxed);
}

/// Files written together: all of them appear, or none.
#[derive(Default)]
pub struct AtomicFiles {
    pending: Vec<(tempfile::NamedTempFile, PathBuf)>,
}

/// One output being written to its temporary file; [`AtomicFiles::finish`]
/// adds it to the set. Dropped unfinished, the temporary file is removed.
pub struct PendingFile {
    out: BufWriter<WriteBehind>,
    path: PathBuf,
}

/// Bytes written between two syncs of a file being written, when outputs
/// are synced.
const SYNC_STEP: u64 = 32 << 20;

/// A temporary file that, when outputs are synced, has what was written so
/// far synced on another thread every `step` bytes. The kernel starts
/// writing a machine with gigabytes free to disk only when told, so a sync
/// at the end waited for the whole file; this way the disk writes while the
/// rest is made, and the sync before the rename waits for the tail.
struct WriteBehind {
    file: tempfile::NamedTempFile,
    /// Bytes written since the last sync was started (`None`: not syncing).
    since: Option<u64>,
    step: u64,
    syncing: Option<std::thread::JoinHandle<std::io::Result<()>>>,
    /// Syncs started so far.
    started: u32,
}

impl WriteBehind {
    fn new(file: tempfile::NamedTempFile, step: u64) -> WriteBehind {
        let since = SYNC.load(std::sync::atomic::Ordering::Relaxed).then_some(0);
        WriteBehind {
            file,
            since,
            step,
            syncing: None,
            started: 0,
        }
    }

    /// Start syncing what has been written, unless a sync is still under
    /// way (the next step starts one).
    fn sync_behind(&mut self) -> std::io::Result<()> {
        if self.syncing.as_ref().is_some_and(|h| !h.is_finished()) {
            return Ok(());
        }
        self.wait()?;
        let file = self.file.as_file().try_clone()?;
        self.syncing = Some(std::thread::spawn(move || file.sync_data()));
        self.started += 1;
        Ok(())
    }

    /// Wait for the sync under way, and say how it went.
    fn wait(&mut self) -> std::io::Result<()> {
        match self.syncing.take() {
            Some(h) => h
                .join()
                .unwrap_or_else(|_| Err(std::io::Error::other("a sync thread panicked"))),
            None => Ok(()),
        }
    }

    /// The file, once any sync under way is over.
    fn into_file(mut self) -> std::io::Result<tempfile::NamedTempFile> {
        self.wait()?;
        Ok(self.file)
    }
}

impl Write for WriteBehind {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.file.write(buf)?;
        if let Some(since) = &mut self.since {
            *since += n as u64;
            if *since >= self.step {
                *since = 0;
                self.sync_behind()?;
            }
        }
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.flush()
    }
}

impl PendingFile {
    /// Where the content goes.
    pub fn writer(&mut self) -> &mut dyn Write {
        &mut self.out
    }

    /// The final path, for error messages.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Flush the temporary file, and sync it unless [`sync_outputs`] said not to.
    fn complete(self) -> Result<(tempfile::NamedTempFile, PathBuf)> {
        let PendingFile { out, path } = self;
        let behind = out.into_inner().map_err(|e| Error::io(&path, e.into_error()))?;
        let tmp = behind.into_file().map_err(|e| Error::io(&path, e))?;
        if SYNC.load(std::sync::atomic::Ordering::Relaxed) {
            tmp.as_file().sync_all().map_err(|e| Error::io(&path, e))?;
        }
        Ok((tmp, path))
    }
}

/// Content for one file: writes everything, to whatever it is given.
pub type Content<'a> = Box<dyn FnOnce(&mut dyn Write) -> std::io::Result<()> + Send + 'a>;

impl AtomicFiles {
    /// Start a file that is written piece by piece (a stream of records):
    /// a temporary file beside its final path, creating the folder if needed.
    pub fn start(path: &Path) -> Result<PendingFile> {
        let dir = folder_of(path);
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        let mut builder = tempfile::Builder::new();
        builder.prefix(".zonegraph-").suffix(".tmp");
        // Like any file the user writes (0666 less the umask), not tempfile's 0600.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(std::fs::Permissions::from_mode(0o666));
        }
        let tmp = builder.tempfile_in(dir).map_err(|e| Error::io(dir, e))?;
        Ok(PendingFile {
            out: BufWriter::with_capacity(1 << 16, WriteBehind::new(tmp, SYNC_STEP)),
            path: path.to_path_buf(),
        })
    }

    /// A complete, synced temporary file for `path` with the content given.
    fn produce(
        path: &Path,
        content: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    ) -> Result<(tempfile::NamedTempFile, PathBuf)> {
        let mut file = Self::start(path)?;
        content(file.writer()).map_err(|e| Error::io(path, e))?;
        file.complete()
    }

    /// Add a file started with [`start`](Self::start) and fully written.
    pub fn finish(&mut self, file: PendingFile) -> Result<()> {
        self.pending.push(file.complete()?);
        Ok(())
    }

    /// Write one file's content to a temporary file beside its final path.
    /// Returns a handle to the written file, to read it back.
    pub fn write(
        &mut self,
        path: &Path,
        content: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    ) -> Result<std::fs::File> {
        let (tmp, path) = Self::produce(path, content)?;
        let handle = tmp.as_file().try_clone().map_err(|e| Error::io(&path, e))?;
        self.pending.push((tmp, path));
        Ok(handle)
    }

    /// Write several files at once, one per core: each exporter only reads
    /// the graph. The set keeps the order given, whatever finishes first.
    pub fn write_parallel(&mut self, files: Vec<(PathBuf, Content<'_>)>) -> Result<()> {
        use rayon::prelude::*;
        let done: Vec<Result<(tempfile::NamedTempFile, PathBuf)>> = files
            .into_par_iter()
            .map(|(path, content)| Self::produce(&path, content))
            .collect();
        for file in done {
            self.pending.push(file?);
        }
        Ok(())
    }

    /// Take over the files of another set, after this one's.
    pub fn absorb(&mut self, other: AtomicFiles) {
        self.pending.extend(other.pending);
    }

    /// Rename every file into place. If one rename fails, the files already
    /// moved are put back as they were, so the folder holds the old set or
    /// the new one, never a mix.
    pub fn commit(self) -> Result<Vec<PathBuf>> {
        // (final path, backup of what it held before)
        let mut done: Vec<(PathBuf, Option<Backup>)> = Vec::new();
        let mut failure = None;
        for (tmp, path) in self.pending {
            let backup = match Backup::take(&path) {
                Ok(b) => b,
                Err(e) => {
                    failure = Some(Error::io(&path, e));
                    break;
                }
            };
            match tmp.persist(&path) {
                Ok(_) => done.push((path, backup)),
                Err(e) => {
                    if let Some(b) = backup {
                        b.restore(&path);
                    }
                    failure = Some(Error::io(&path, e.error));
                    break;
                }
            }
        }
        match failure {
            None => Ok(done.into_iter().map(|(path, _)| path).collect()),
            Some(err) => {
                for (path, backup) in done.into_iter().rev() {
                    match backup {
                        Some(b) => b.restore(&path),
                        None => {
                            let _ = std::fs::remove_file(&path);
                        }
                    }
                }
                Err(err)
            }
        }
    }
}

/// An existing output moved aside while the new one is renamed into place:
/// restored if the commit fails, removed with its folder when dropped.
///
/// It goes into a fresh hidden folder beside the output rather than onto a
/// reserved temporary name, so the rename never replaces a file. On ext4,
/// renaming over an existing file first forces the renamed file's unwritten
/// data to the disk (`auto_da_alloc`), and the old output of a recent run is
/// often still unwritten: that flush cost 0.2–0.47 s per output on the 200 MB
/// build, for data about to be deleted.
struct Backup {
    folder: tempfile::TempDir,
    file: PathBuf,
}

impl Backup {
    /// Move an existing regular file aside; `None` when there is nothing there.
    fn take(path: &Path) -> std::io::Result<Option<Backup>> {
        match std::fs::symlink_metadata(path) {
            Ok(meta) if meta.is_file() => {
                let folder = tempfile::Builder::new()
                    .prefix(".zonegraph-old-")
                    .tempdir_in(folder_of(path))?;
                let file = folder.path().join(path.file_name().unwrap_or(path.as_os_str()));
                std::fs::rename(path, &file)?;
                Ok(Some(Backup { folder, file }))
            }
            Ok(_) => Ok(None),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Put the old file back. If that fails, its folder is kept rather than
    /// removed with the only copy in it.
    fn restore(self, path: &Path) {
        if std::fs::rename(&self.file, path).is_err() {
            let _ = self.folder.keep();
        }
    }
}

/// Windows read per batch of edges: enough to keep every core busy, few
/// enough that a batch's bytes stay small.
const WINDOWS_PER_BATCH: usize = 16;

/// Write the part of every edge, in edge order, made a window of `window`
/// edges at a time on every core: `part` gets a window's edges and the
/// number of the first (GraphML and GEXF number their edges). Edges are read
/// `WINDOWS_PER_BATCH` windows at a time, so a spilled graph is never all in
/// memory. The bytes do not depend on `window`, as long as each part is what
/// one writer would give for those edges.
pub(crate) fn write_edge_windows(
    kg: &crate::graph::KnowledgeGraph,
    w: &mut dyn Write,
    window: usize,
    part: impl Fn(&[crate::graph::EdgeEnds<'_>], usize) -> std::io::Result<Vec<u8>> + Sync,
) -> std::io::Result<()> {
    let window = window.max(1);
    let mut first = 0;
    kg.for_each_edge_batch(window.saturating_mul(WINDOWS_PER_BATCH), &mut |batch| {
        write_batch(batch, first, w, window, &part)?;
        first += batch.len();
        Ok(())
    })
}

/// [`write_edge_windows`] for items already in memory (the nodes): made
/// `WINDOWS_PER_BATCH` windows at a time, so the bytes waiting to be
/// written stay few whatever the number of items.
pub(crate) fn write_windows<T: Sync>(
    items: &[T],
    w: &mut dyn Write,
    window: usize,
    part: impl Fn(&[T], usize) -> std::io::Result<Vec<u8>> + Sync,
) -> std::io::Result<()> {
    let window = window.max(1);
    let batch_len = window.saturating_mul(WINDOWS_PER_BATCH);
    for (k, batch) in items.chunks(batch_len).enumerate() {
        write_batch(batch, k * batch_len, w, window, &part)?;
    }
    Ok(())
}

/// One batch: its windows made on every core, then written in order.
fn write_batch<T: Sync>(
    batch: &[T],
    first: usize,
    w: &mut dyn Write,
    window: usize,
    part: &(impl Fn(&[T], usize) -> std::io::Result<Vec<u8>> + Sync),
) -> std::io::Result<()> {
    use rayon::prelude::*;
    let parts: Vec<Vec<u8>> = batch
        .par_chunks(window)
        .enumerate()
        .map(|(k, items)| part(items, first + k * window))
        .collect::<std::io::Result<_>>()?;
    for p in parts {
        w.write_all(&p)?;
    }
    Ok(())
}

/// A two-node graph with values that need escaping, shared by the
/// exporters' exact-output tests.
#[cfg(test)]
pub(crate) fn tiny_graph() -> crate::graph::KnowledgeGraph {
    use crate::graph::{KnowledgeGraph, Meta, Node};
    use crate::relations::Evidence;
    let mut kg = KnowledgeGraph::default();
    kg.meta = Meta {
        version: "0.0.0".into(),
        ..Meta::default()
    };
    let a = kg.add_node(Node {
        id: "company:yunfan".into(),
        etype: "company".into(),
        label: "云帆\"重工\"".into(),
        aliases: vec!["云帆".into()],
        attributes: [("founded".to_string(), serde_json::Value::from(2001))].into(),
        mention_count: 2,
        doc_count: 1,
        first_seen: Some("2021-03-02".into()),
        last_seen: Some("2022-01".into()),
        years: [("2021", 1), ("2022", 1)].into_iter().collect(),
        facts: vec![crate::graph::Fact {
            key: "investment".into(),
            value: serde_json::Value::from(5.0e9),
            unit: "cny".into(),
            bound: "at_least".into(),
            doc: "a.txt".into(),
            date: Some("2021-03-02".into()),
            start: 3,
            end: 12,
            text: "投资超50亿元;".into(),
        }],
        figures: [("investment_cny".to_string(), serde_json::Value::from(5.0e9))].into(),
    });
    let b = kg.add_node(Node {
        id: "zone:linjiang".into(),
        etype: "zone".into(),
        label: "临江开发区".into(),
        aliases: vec![],
        attributes: [("area_km2".to_string(), serde_json::Value::from(12.5))].into(),
        mention_count: 1,
        doc_count: 1,
        first_seen: None,
        last_seen: None,
        years: Default::default(),
        facts: Vec::new(),
        figures: Default::default(),
    });
    kg.graph.add_edge(
        a,
        b,
        crate::graph::Edge {
            relation: "co_occurs".into(),
            origin: "cooccurrence".into(),
            confidence: 1.0,
            weight: 2.0,
            count: 2,
            docs: vec!["a.txt".into()],
            doc_count: 1,
            evidence: vec![Evidence {
                doc: "a.txt".into(),
                start: 0,
                end: 30,
                text: "云帆落户临江开发区;A&B<C>".into(),
            }],
            first_seen: Some("2021-03-02".into()),
            last_seen: Some("2022-01".into()),
            years: [("2021", 2)].into_iter().collect(),
        },
    );
    kg
}

/// Check that an exporter that makes its edges a window at a time on every
/// core writes the same bytes whatever the window: the tiny graph with 40
/// more nodes and 600 more edges, written with windows of 1, 7, 256, 300 and
/// all at once (the small windows also cross batches of [`write_windows`]
/// and [`write_edge_windows`]). `last` is text that only the last edge's
/// part holds.
#[cfg(test)]
pub(crate) fn assert_windows_do_not_change_the_bytes(
    last: &str,
    write: impl Fn(&crate::graph::KnowledgeGraph, &mut dyn Write, usize) -> std::io::Result<()>,
) {
    let mut kg = tiny_graph();
    let ends: Vec<_> = kg.graph.node_indices().collect();
    let edge = kg.graph.edge_weights().next().expect("edge").clone();
    // Nodes enough to cross batches too: a window of one node makes a batch
    // of 16.
    let node = kg.graph.node_weights().next().expect("node").clone();
    for i in 0..40 {
        let mut n = node.clone();
        n.id = format!("company:n{i}");
        n.mention_count = i;
        kg.add_node(n);
    }
    for i in 0..600 {
        let mut e = edge.clone();
        e.count = i;
        e.relation = format!("rel_{}", i % 3);
        kg.graph.add_edge(ends[(i % 2) as usize], ends[1 - (i % 2) as usize], e);
    }
    let with = |window: usize| render(|w| write(&kg, w, window));
    let one_window = with(usize::MAX);
    assert!(one_window.contains(last), "{last:?} not written");
    for window in [1, 7, 256, 300] {
        assert!(with(window) == one_window, "window {window}");
    }
}

#[cfg(test)]
pub(crate) fn render(write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> String {
    let mut buf = Vec::new();
    write(&mut buf).expect("writing to memory");
    String::from_utf8(buf).expect("exporters write UTF-8")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Synced behind every few bytes, a file holds what was written, in
    /// order, whatever the sizes of the writes; and syncs were started.
    #[test]
    fn a_file_synced_behind_holds_what_was_written() {
        let data: Vec<u8> = (0..5000_u32).map(|i| (i * 7 % 251) as u8).collect();
        for (step, buffer) in [(1, 1), (10, 3), (64, 100), (4096, 64), (1 << 20, 1 << 16)] {
            let tmp = tempfile::NamedTempFile::new().unwrap();
            let mut behind = WriteBehind::new(tmp, step);
            behind.since = Some(0);
            let mut out = BufWriter::with_capacity(buffer, behind);
            for piece in data.chunks(37) {
                out.write_all(piece).unwrap();
            }
            let behind = out.into_inner().map_err(|e| e.into_error()).unwrap();
            let started = behind.started;
            let file = behind.into_file().unwrap();
            assert_eq!(std::fs::read(file.path()).unwrap(), data, "step {step}");
            assert_eq!(started > 0, step < data.len() as u64, "step {step}: {started} syncs");
        }
    }

    fn entries(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .expect("read folder")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    fn add(files: &mut AtomicFiles, path: &Path, text: &str) {
        files.write(path, |w| w.write_all(text.as_bytes())).expect("write");
    }

    #[test]
    fn a_commit_replaces_old_files_and_leaves_nothing_else() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (a, b) = (dir.path().join("a.json"), dir.path().join("b.graphml"));
        std::fs::write(&a, "old a").expect("old a");
        let mut files = AtomicFiles::default();
        add(&mut files, &a, "new a");
        add(&mut files, &b, "new b");
        assert_eq!(files.commit().expect("commit"), vec![a.clone(), b.clone()]);
        assert_eq!(std::fs::read_to_string(&a).expect("a"), "new a");
        assert_eq!(std::fs::read_to_string(&b).expect("b"), "new b");
        // The old file's folder is gone with it.
        assert_eq!(entries(dir.path()), ["a.json", "b.graphml"]);
    }

    // The old output now goes aside into a folder of its own (no rename
    // over a reserved name, see `Backup`); a failed commit must still put it
    // back, and remove that folder.
    #[test]
    fn a_failed_commit_puts_the_old_files_back() {
        let dir = tempfile::tempdir().expect("temp dir");
        let a = dir.path().join("a.json");
        let blocked = dir.path().join("b.graphml");
        std::fs::write(&a, "old a").expect("old a");
        // A non-empty folder where the second file goes: its rename fails.
        std::fs::create_dir(&blocked).expect("folder");
        std::fs::write(blocked.join("keep"), "x").expect("inside");
        let mut files = AtomicFiles::default();
        add(&mut files, &a, "new a");
        add(&mut files, &blocked, "new b");
        let err = files.commit().expect_err("the second rename fails");
        assert!(err.to_string().contains("b.graphml"), "{err}");
        assert_eq!(std::fs::read_to_string(&a).expect("a"), "old a");
        assert_eq!(entries(dir.path()), ["a.json", "b.graphml"]);
        assert_eq!(entries(&blocked), ["keep"]);
    }
}
