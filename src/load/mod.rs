//! Loading a repository: walk the root, read and parse every document in parallel,
//! decode it into the typed model, and collect what went wrong (LSK001–LSK007).

mod walk;

use std::path::{Path, PathBuf};

use crate::syntax::{SourceFile, Split, source, yaml};

use crate::diagnostic::{Diagnostic, Fault};
use crate::lang::Lang;
use crate::model::config::Config;
use crate::model::decode::Cx;
use crate::model::{DocType, Document, Header, Index, KeyAt, Kind, Repository, Unloaded};
use crate::syntax::Span;
use crate::tr;

/// Files larger than this are not read (LSK007): a routine is a few kilobytes.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// A loaded repository and the faults found while loading it.
pub struct Loaded {
    pub repo: Repository,
    pub diagnostics: Vec<Diagnostic>,
}

/// Work done on each file while its whole text is at hand: `check` runs the rules that
/// read files here ([`crate::rules::check_file`], passed in, since rules sit above
/// loading).
pub struct FilePass<'a> {
    pub check: &'a PerFile,
    /// Keep of each file's text only what findings and suppressions need afterwards: the
    /// header and the lines after it, or the whole text of a file with a finding, a failed
    /// load or an `lsk:` directive. `lsk check` needs nothing more; at 100,000 documents
    /// the bodies are 200 MB.
    pub lean: bool,
}

/// A check of one file, given the settings, the file and its document if it is one.
pub type PerFile = dyn Fn(&Config, &SourceFile, Option<&Document>) -> Vec<Diagnostic> + Sync;

/// Lines of a document's body kept by a lean load, for the code frames of findings at
/// the end of its header.
const LINES_AFTER_HEADER: usize = 3;

impl FilePass<'_> {
    /// Runs the check on the file and says how much of its text to keep.
    fn apply(&self, config: &Config, result: &mut FileResult) -> usize {
        let Some(file) = &result.file else { return 0 };
        let found = (self.check)(config, file, result.document.as_ref());
        let whole = !found.is_empty()
            || !result.diagnostics.is_empty()
            || result.unloaded.is_some()
            || crate::text::may_hold_directive(&file.text);
        result.diagnostics.extend(found);
        if !self.lean || whole {
            return file.text.len();
        }
        match &result.document {
            Some(doc) => doc.body.map_or(file.text.len(), |body| {
                let after = &file.text[body.start..];
                let lines = after.split_inclusive('\n').take(LINES_AFTER_HEADER);
                body.start + lines.map(str::len).sum::<usize>()
            }),
            None => 0,
        }
    }
}

std::thread_local! {
    /// The buffer each loading thread reads files into: a file's text is then copied out
    /// at its own size (or only the part kept), and the buffer is read into again.
    static READ_BUFFER: std::cell::Cell<Vec<u8>> = const { std::cell::Cell::new(Vec::new()) };
}

/// Reads, parses and (with a pass) checks one file, keeping of its text what is needed.
fn load_file(
    path: &Path,
    rel: &str,
    folder: Option<&Folder>,
    config: &Config,
    pass: Option<&FilePass>,
) -> FileResult {
    let mut buffer = READ_BUFFER.take();
    let mut result = read_and_parse(path, rel, folder, config.lang, &mut buffer);
    let keep = match pass {
        Some(pass) => pass.apply(config, &mut result),
        None => usize::MAX,
    };
    if let Some(file) = &mut result.file {
        let old = file.settle(keep);
        // The larger of the two: a text that was not the buffer is not read into.
        if old.capacity() > buffer.capacity() {
            buffer = old;
        }
    }
    READ_BUFFER.set(buffer);
    result
}

/// Loads every document below `root`, with `pass` (if any) done on each file as it is read.
pub fn load(root: &Path, config: Config, pass: Option<&FilePass>) -> Result<Loaded, String> {
    let excludes = walk::build_excludes(&config.exclude)?;
    let lang = config.lang;

    // The files are read and parsed in parallel, a batch at a time, while this thread
    // walks on (on one core: walking on both took as long), and then put in place here
    // in the walk's order, each batch while the workers read the next ones. The results
    // of all files at once would be a copy of every document held next to the final one
    // (a tenth of the memory at 100,000).
    let mut placed = Placed::default();
    let (read, batches_read) = std::sync::mpsc::channel::<(usize, Vec<FileResult>)>();
    let settings = &config;
    let problems = rayon::in_place_scope(|scope| {
        let mut batches = 0;
        let mut total = 0;
        let mut batch = Vec::with_capacity(BATCH);
        let mut spawn = |batch: Vec<(String, PathBuf)>| {
            let (k, read) = (batches, read.clone());
            batches += 1;
            total += batch.len();
            scope.spawn(move |_| {
                let _ = read.send((k, load_batch(&batch, settings, pass)));
            });
        };
        let problems = walk::walk(root, &excludes, |rel, path| {
            batch.push((rel, path));
            if batch.len() == BATCH {
                spawn(std::mem::replace(&mut batch, Vec::with_capacity(BATCH)));
            }
        });
        if !batch.is_empty() {
            spawn(batch);
        }
        drop(read);
        placed.reserve(total);
        // In the walk's order, whichever batch the workers finish first.
        let mut waiting: Vec<Option<Vec<FileResult>>> = Vec::new();
        waiting.resize_with(batches, || None);
        for next in 0..batches {
            while waiting[next].is_none() {
                // A batch that panicked sends nothing; the scope passes its panic on.
                let Some((k, results)) = next_batch(&batches_read) else {
                    return problems;
                };
                waiting[k] = Some(results);
            }
            placed.place(waiting[next].take().unwrap_or_default());
        }
        problems
    });

    // The walk's problems first, as they were found before any file was read.
    let mut faults: Vec<Diagnostic> = problems
        .iter()
        .map(|(path, problem)| {
            let message = match problem {
                walk::Problem::OutsideRoot => tr!(
                    lang,
                    "Symbolisk länk som pekar ut ur roten (eller inte går att följa); den läses inte.",
                    "Symbolic link that points out of the root (or cannot be followed); it is not read."
                ),
                walk::Problem::Loop => tr!(
                    lang,
                    "Symbolisk länk som bildar en slinga; den läses inte.",
                    "Symbolic link that forms a loop; it is not read."
                ),
                walk::Problem::Unreadable(why) => {
                    tr!(lang, "Kunde inte läsas: {}.", "Could not be read: {}.", why)
                }
            };
            Diagnostic::fault_at_file(Fault::Unreadable, path, message)
        })
        .collect();
    let Placed {
        files,
        mut documents,
        index,
        mut unloaded,
        mut diagnostics,
        unsorted,
    } = placed;
    faults.append(&mut diagnostics);
    // Room was made for a document a file.
    documents.shrink_to_fit();
    let mut repo = if unsorted {
        let (files, documents) = sort_by_path(files, documents);
        unloaded.sort_by(|a: &Unloaded, b: &Unloaded| a.file.cmp(&b.file));
        Repository::new(config, files, documents, unloaded)
    } else {
        Repository::indexed(config, files, documents, unloaded, index)
    };
    repo.files_checked = pass.is_some();
    Ok(Loaded {
        repo,
        diagnostics: faults,
    })
}

/// The loaded files and documents, put in place in the walk's order.
#[derive(Default)]
struct Placed {
    files: Vec<SourceFile>,
    documents: Vec<Document>,
    /// Built as the documents come, while the workers read on.
    index: Index,
    unloaded: Vec<Unloaded>,
    diagnostics: Vec<Diagnostic>,
    /// Whether the walk handed a file over out of the paths' order (see `walk::walk`).
    unsorted: bool,
}

impl Placed {
    /// Room for `files` files, known when the walk is done.
    fn reserve(&mut self, files: usize) {
        self.files.reserve_exact(files);
        self.documents.reserve_exact(files);
        self.index = Index::with_capacity(files);
    }

    fn place(&mut self, results: Vec<FileResult>) {
        for result in results {
            self.diagnostics.extend(result.diagnostics);
            self.unloaded.extend(result.unloaded);
            if let Some(file) = result.file {
                self.unsorted |= self.files.last().is_some_and(|last| last.path >= file.path);
                if let Some(mut doc) = result.document {
                    doc.file = self.files.len();
                    self.index.add(self.documents.len(), &doc);
                    self.documents.push(doc);
                }
                self.files.push(file);
            }
        }
    }
}

/// The next batch read, waiting for it; `None` when no batch is left to send one.
///
/// Called on a worker of the pool (`lsk log` loads within `rayon::join`), this thread runs
/// the pool's pending work, perhaps the batches themselves, rather than wait: waiting, it
/// would hold the only worker of a one-core machine, and the batches would never be read.
fn next_batch<T>(read: &std::sync::mpsc::Receiver<T>) -> Option<T> {
    loop {
        match read.try_recv() {
            Ok(batch) => return Some(batch),
            Err(std::sync::mpsc::TryRecvError::Disconnected) => return None,
            Err(std::sync::mpsc::TryRecvError::Empty) => {
                if rayon::yield_now() != Some(rayon::Yield::Executed) {
                    return read.recv().ok();
                }
            }
        }
    }
}

/// Files read as one batch.
const BATCH: usize = 256;

/// Reads and parses a batch of files in order, on one worker: batches in parallel finish
/// about in the order they were handed over (a batch read in parallel waited for the
/// workers' other batches, which they took up while it waited, and was put in place
/// last).
fn load_batch(
    batch: &[(String, PathBuf)],
    config: &Config,
    pass: Option<&FilePass>,
) -> Vec<FileResult> {
    // A folder stays open only while its files are read.
    let (folders, of_file) = open_folders(batch);
    batch
        .iter()
        .zip(of_file)
        .map(|((rel, path), i)| load_file(path, rel, folders[i].as_ref(), config, pass))
        .collect()
}

/// `files` sorted by path and `documents` by file, renumbered: for a walk that handed
/// files over out of order.
fn sort_by_path(
    files: Vec<SourceFile>,
    mut documents: Vec<Document>,
) -> (Vec<SourceFile>, Vec<Document>) {
    let mut order: Vec<usize> = (0..files.len()).collect();
    order.sort_by(|&a, &b| files[a].path.cmp(&files[b].path));
    let mut new_place = vec![0; files.len()];
    for (new, &old) in order.iter().enumerate() {
        new_place[old] = new;
    }
    let mut files: Vec<Option<SourceFile>> = files.into_iter().map(Some).collect();
    let files = order.iter().filter_map(|&old| files[old].take()).collect();
    for doc in &mut documents {
        doc.file = new_place[doc.file];
    }
    documents.sort_by_key(|doc| doc.file);
    (files, documents)
}

/// What reading one file gave.
pub struct FileResult {
    /// The file's text (lossy when it is not UTF-8), when it could be read.
    pub file: Option<SourceFile>,
    pub document: Option<Document>,
    pub diagnostics: Vec<Diagnostic>,
    /// Set when the file should have been a document but could not be loaded.
    pub unloaded: Option<Unloaded>,
}

/// A file that cannot be read as a document: reported at byte `at` of what could be read
/// (kept, lossy, so that LSK401 still scans it), with what its first lines say salvaged.
fn unreadable(
    rel: &str,
    message: impl FnOnce(&SourceFile) -> String,
    at: usize,
    head: &[u8],
) -> FileResult {
    let file = SourceFile::new(rel, String::from_utf8_lossy(head).into_owned());
    let d = Diagnostic::fault(Fault::Unreadable, &file, Span::new(at, at), message(&file));
    let split = source::split(rel, &file.text);
    FileResult {
        unloaded: (split != Split::NoFrontMatter).then(|| salvage(&file, split)),
        file: Some(file),
        document: None,
        diagnostics: vec![d],
    }
}

/// A folder opened once for the files in it, on Unix: each is then opened by its name in
/// it (`openat`), and the system looks up one name rather than every folder of the path.
#[cfg(unix)]
type Folder = std::os::fd::OwnedFd;
#[cfg(not(unix))]
type Folder = ();

/// The folder of each file in `files`: the index of its folder in the list (sorted files
/// of one folder stand together), or `None` where it could not be opened.
fn open_folders(files: &[(String, PathBuf)]) -> (Vec<Option<Folder>>, Vec<usize>) {
    let mut folders = Vec::new();
    let mut of_file = Vec::with_capacity(files.len());
    let mut last: Option<&Path> = None;
    for (_, path) in files {
        let parent = path.parent();
        if folders.is_empty() || parent != last {
            folders.push(parent.and_then(open_folder));
            last = parent;
        }
        of_file.push(folders.len() - 1);
    }
    (folders, of_file)
}

#[cfg(unix)]
fn open_folder(path: &Path) -> Option<Folder> {
    use rustix::fs::{Mode, OFlags};
    let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC;
    rustix::fs::open(path, flags, Mode::empty()).ok()
}

#[cfg(not(unix))]
fn open_folder(_: &Path) -> Option<Folder> {
    None
}

/// Opens a file, by its name in its opened folder where there is one.
fn open(path: &Path, folder: Option<&Folder>) -> std::io::Result<std::fs::File> {
    #[cfg(unix)]
    if let (Some(folder), Some(name)) = (folder, path.file_name()) {
        use rustix::fs::{Mode, OFlags};
        let flags = OFlags::RDONLY | OFlags::CLOEXEC;
        if let Ok(fd) = rustix::fs::openat(folder, name, flags, Mode::empty()) {
            return Ok(std::fs::File::from(fd));
        }
    }
    #[cfg(not(unix))]
    let _ = folder;
    std::fs::File::open(path)
}

/// Reads the file into `buffer` (taken for its text) and parses it.
fn read_and_parse(
    path: &Path,
    rel: &str,
    folder: Option<&Folder>,
    lang: Lang,
    buffer: &mut Vec<u8>,
) -> FileResult {
    let read_error =
        |e: std::io::Error| tr!(lang, "Kunde inte läsas: {}.", "Could not be read: {}.", e);
    let file = match open(path, folder) {
        Ok(file) => file,
        Err(e) => {
            // As before: what `metadata` says first (a missing file, a permission).
            let e = std::fs::metadata(path).err().unwrap_or(e);
            return unreadable(rel, |_| read_error(e), 0, b"");
        }
    };
    // Into a buffer already large enough for most files: no size asked first (`statx`),
    // one read and one that finds the end. One byte past the limit tells a file too large.
    buffer.clear();
    buffer.reserve(READ_BUFFER_BYTES);
    if let Err(e) = read_to_end(&file, buffer, MAX_FILE_BYTES as usize) {
        return unreadable(rel, |_| read_error(e), 0, b"");
    }
    if buffer.len() as u64 > MAX_FILE_BYTES {
        let size = file.metadata().map_or(buffer.len() as u64, |m| m.len());
        let message = tr!(
            lang,
            "Filen är {} MB; största tillåtna storlek är {} MB.",
            "The file is {} MB; the largest allowed size is {} MB.",
            size.div_ceil(1024 * 1024),
            MAX_FILE_BYTES / (1024 * 1024)
        );
        let head = &buffer[..MAX_FILE_BYTES as usize];
        let result = unreadable(rel, |_| message, 0, head);
        // Not kept as a buffer: four megabytes a thread for one odd file.
        *buffer = Vec::new();
        return result;
    }
    parse_bytes(rel, std::mem::take(buffer), lang)
}

/// What the read buffer holds at least: more than nearly every document.
const READ_BUFFER_BYTES: usize = 64 * 1024;

/// Reads the rest of `file` onto `buffer`, until its end or past `limit` bytes.
///
/// On Unix with `pread`: a read at a given place does not take the lock on the shared
/// file position that `read` takes in a process of several threads (that lock was about
/// a tenth of what the kernel spent for `lsk check` beyond the read-only baseline).
#[cfg(unix)]
fn read_to_end(file: &std::fs::File, buffer: &mut Vec<u8>, limit: usize) -> std::io::Result<()> {
    while buffer.len() <= limit {
        if buffer.len() == buffer.capacity() {
            buffer.reserve(buffer.len().max(READ_BUFFER_BYTES));
        }
        let at = buffer.len() as u64;
        match rustix::io::pread(file, rustix::buffer::spare_capacity(buffer), at) {
            Ok(0) => break,
            Ok(_) => {}
            Err(rustix::io::Errno::INTR) => {}
            Err(e) => return Err(e.into()),
        }
    }
    Ok(())
}

#[cfg(not(unix))]
fn read_to_end(
    mut file: &std::fs::File,
    buffer: &mut Vec<u8>,
    limit: usize,
) -> std::io::Result<()> {
    use std::io::Read;
    (&mut file)
        .take(limit as u64 + 1)
        .read_to_end(buffer)
        .map(drop)
}

/// Decodes one file's bytes, as [`load`] does for each file it reads (`rel` tells
/// Markdown from YAML). Public for the fuzz targets.
pub fn parse_bytes(rel: &str, bytes: Vec<u8>, lang: Lang) -> FileResult {
    // Validated with SIMD (a tenth of std's time on Swedish text); only a file that fails
    // goes through std, for the position of the bad byte.
    let text = match simdutf8::basic::from_utf8(&bytes) {
        // SAFETY: `bytes` was just validated as UTF-8.
        Ok(_) => unsafe { String::from_utf8_unchecked(bytes) },
        Err(_) => match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                // Everything before the bad byte is valid UTF-8, so its position is exact.
                let at = e.utf8_error().valid_up_to();
                let message = |file: &SourceFile| {
                    let (line, column) = file.line_col(at);
                    tr!(
                        lang,
                        "Filen är inte UTF-8 (ogiltig byte på rad {}, kolumn {}). Spara den som UTF-8.",
                        "The file is not UTF-8 (invalid byte at line {}, column {}). Save it as UTF-8.",
                        line,
                        column
                    )
                };
                return unreadable(rel, message, at, e.as_bytes());
            }
        },
    };
    let split = source::split(rel, &text);
    let file = SourceFile::new(rel, text);
    if split == Split::NoFrontMatter {
        // Not a document, but read: LSK401 scans it.
        return FileResult {
            file: Some(file),
            document: None,
            diagnostics: Vec::new(),
            unloaded: None,
        };
    }
    let mut cx = Cx::new(&file, lang);
    let document = crate::model::decode::parse_header(&file, split, &mut cx).and_then(|node| {
        let body = match split {
            Split::FrontMatter { body, .. } => Some(body),
            _ => None,
        };
        decode_document(&node, body, &mut cx)
    });
    let holds = read_as_meant_holds(&mut cx);
    let document = document.filter(|_| holds);
    let id = document.as_ref().map(|d| d.id().to_string());
    let diagnostics = cx
        .diagnostics
        .into_iter()
        .map(|d| d.with_document(id.as_deref()))
        .collect();
    let unloaded = document.is_none().then(|| salvage(&file, split));
    FileResult {
        file: Some(file),
        document,
        diagnostics,
        unloaded,
    }
}

/// Whether a document read past a syntax error may stand: the value read as its writer
/// evidently meant it (a text put in quotes) must be valid where it stands. If it is not,
/// the reading was a guess: the document is dropped with what its decoding reported,
/// and the syntax error is the one finding, as for any file that does not parse.
fn read_as_meant_holds(cx: &mut Cx) -> bool {
    let Some(value) = cx.read_as_meant else {
        return true;
    };
    let syntax = Fault::Syntax.code();
    let inside = |d: &Diagnostic| d.span.start >= value.start && d.span.start <= value.end;
    if cx.diagnostics.iter().any(|d| d.code != syntax && inside(d)) {
        cx.diagnostics.retain(|d| d.code == syntax);
        return false;
    }
    true
}

/// What a file that failed to load says about itself: its `typ:` and `id:` lines.
fn salvage(file: &SourceFile, split: Split) -> Unloaded {
    let header = match split {
        Split::Yaml { header } | Split::FrontMatter { header, .. } => file.slice(header),
        Split::Unclosed { opening } => file.text.get(opening.end..).unwrap_or_default(),
        Split::NoFrontMatter => "",
    };
    let value = |key: &str| crate::syntax::peek(header, key).map(str::to_string);
    Unloaded {
        file: file.path.clone(),
        typ: value("typ"),
        id: value("id"),
        text: file.text.clone(),
    }
}

/// Dispatches on `typ`, then decodes the header and the type's own fields.
fn decode_document(node: &yaml::Node, body: Option<Span>, cx: &mut Cx) -> Option<Document> {
    let file = cx.file;
    let first_line = Span::new(file.content_start(), file.content_start());
    if node.as_map().is_none() {
        let message = if node.is_null() {
            tr!(
                cx.lang,
                "Dokumentet är tomt: `typ`, `id` och `titel` saknas.",
                "The document is empty: `typ`, `id` and `titel` are missing."
            )
        } else {
            tr!(
                cx.lang,
                "Dokumentets huvud måste vara en mappning (nyckel: värde), inte {}.",
                "The document header must be a mapping (key: value), not {}.",
                cx.lang.pick(node.kind_sv(), node.kind_en())
            )
        };
        let fault = if node.is_null() {
            Fault::UnknownType
        } else {
            Fault::Syntax
        };
        let span = if node.is_null() {
            first_line
        } else {
            node.span
        };
        cx.push(Diagnostic::fault(fault, file, span, message));
        return None;
    }
    cx.root = Some(node.span.start);
    let typ = match node.get("typ") {
        None => {
            cx.push(
                Diagnostic::fault(
                    Fault::UnknownType,
                    file,
                    first_line,
                    tr!(
                        cx.lang,
                        "Nyckeln `typ` saknas.",
                        "The key `typ` is missing."
                    ),
                )
                .with_help(type_list(cx.lang)),
            );
            return None;
        }
        Some(t) => {
            let text = t.as_str().unwrap_or_default();
            match DocType::parse(text) {
                Some(typ) => typ,
                None => {
                    let shown = file.slice(t.span);
                    let mut d = Diagnostic::fault(
                        Fault::UnknownType,
                        file,
                        t.span,
                        tr!(
                            cx.lang,
                            "`{}` är ingen känd dokumenttyp.",
                            "`{}` is not a known document type.",
                            shown
                        ),
                    );
                    let names = DocType::ALL.iter().map(|t| t.as_str());
                    d = match crate::text::suggest(text, names) {
                        Some(best) => {
                            d.with_help(tr!(cx.lang, "Menade du `{}`?", "Did you mean `{}`?", best))
                        }
                        None => d.with_help(type_list(cx.lang)),
                    };
                    cx.push(d);
                    return None;
                }
            }
        }
    };
    cx.type_name = typ.as_str();
    cx.check_keys(node, &[Header::KEYS, typ.keys()]);
    let header = Header::decode_fields(node, cx);
    let kind = Kind::decode(typ, node, cx);
    let entries = node.as_map().unwrap_or_default();
    let mut keys = Vec::with_capacity(entries.len());
    keys.extend(entries.iter().filter_map(|(k, _)| {
        let written = k.as_str()?;
        let index = Header::KEYS
            .iter()
            .chain(typ.keys())
            .position(|&name| name == written)?;
        Some(KeyAt {
            index: u16::try_from(index).ok()?,
            start: u32::try_from(k.span.start).ok()?,
            end: u32::try_from(k.span.end).ok()?,
        })
    }));
    Some(Document {
        file: 0,
        header: header?,
        kind: kind?,
        body,
        header_span: first_line,
        keys: keys.into_boxed_slice(),
        faulty_keys: std::mem::take(&mut cx.faulty_keys),
    })
}

fn type_list(lang: Lang) -> String {
    let names: Vec<&str> = DocType::ALL.iter().map(|t| t.as_str()).collect();
    tr!(
        lang,
        "Kända typer: {}.",
        "Known types: {}.",
        names.join(", ")
    )
}

/// The nearest folder from `start` upwards that holds `lsk.yaml`.
pub fn find_root(start: &Path) -> Option<PathBuf> {
    let start = start.canonicalize().ok()?;
    let start = if start.is_file() {
        start.parent()?.to_path_buf()
    } else {
        start
    };
    start
        .ancestors()
        .find(|dir| dir.join(crate::model::config::FILE_NAME).is_file())
        .map(Path::to_path_buf)
}
