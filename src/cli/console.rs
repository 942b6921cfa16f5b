//! Everything the binary prints goes through here, so that three promises hold for every
//! command at once:
//! - a personnummer or samordningsnummer never reaches the terminal in full (it is
//!   masked by [`lsk::identity::Masking`]);
//! - a control character from a document or a commit message (an escape sequence that
//!   clears the screen) is written as an escape, `\u001b`;
//! - a closed pipe (`lsk krav | head -1`) ends the output quietly, without a panic;
//! - any other write error (a full disk) gives a message and exit status 2.

use std::io::{self, Write};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{LazyLock, Mutex};

use lsk::identity::Masking;

/// Prints a line to standard output.
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!($crate::cli::console::out(), $($arg)*);
    }};
}

/// Prints to standard output.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = write!($crate::cli::console::out(), $($arg)*);
    }};
}

/// Prints a line to standard error.
macro_rules! errln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!($crate::cli::console::err(), $($arg)*);
    }};
}

/// One output stream: masked, and remembering how it failed.
struct Stream {
    masked: Masking<Box<dyn Write + Send>>,
    /// Set once the stream cannot be written: the reader went away, or another error.
    closed: bool,
    error: Option<io::Error>,
}

impl Stream {
    fn new(inner: Box<dyn Write + Send>) -> Mutex<Self> {
        Mutex::new(Stream {
            masked: Masking::new(inner),
            closed: false,
            error: None,
        })
    }

    fn settle(&mut self, result: io::Result<()>) {
        if let Err(e) = result {
            self.closed = true;
            if e.kind() != io::ErrorKind::BrokenPipe {
                self.error.get_or_insert(e);
            }
        }
    }
}

/// Set while standard output carries our own colours: the renderer has escaped what came
/// from documents itself (`output::diagnostics::Human`).
static OWN_COLOURS: AtomicBool = AtomicBool::new(false);

/// Lets escape sequences through on standard output: for `check`'s coloured report only.
pub fn allow_own_colours() {
    OWN_COLOURS.store(true, Ordering::Relaxed);
}

/// Writes control characters as escapes (the masking in front of it hands it whole lines).
struct Escaping<W: Write> {
    inner: W,
    stdout: bool,
}

impl<W: Write> Write for Escaping<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.stdout && OWN_COLOURS.load(Ordering::Relaxed) {
            return self.inner.write_all(buf).map(|()| buf.len());
        }
        let text = String::from_utf8_lossy(buf);
        self.inner
            .write_all(lsk::text::escape_controls(&text).as_bytes())?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

static STDOUT: LazyLock<Mutex<Stream>> = LazyLock::new(|| {
    Stream::new(Box::new(Escaping {
        inner: io::stdout(),
        stdout: true,
    }))
});
static STDERR: LazyLock<Mutex<Stream>> = LazyLock::new(|| {
    Stream::new(Box::new(Escaping {
        inner: io::stderr(),
        stdout: false,
    }))
});

/// A handle on standard output or standard error; writing never fails (see the module).
pub struct Handle(&'static LazyLock<Mutex<Stream>>);

pub fn out() -> Handle {
    Handle(&STDOUT)
}

pub fn err() -> Handle {
    Handle(&STDERR)
}

impl Write for Handle {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut stream = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if !stream.closed {
            let result = stream.masked.write_all(buf);
            stream.settle(result);
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        let mut stream = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if !stream.closed {
            let result = stream.masked.flush();
            stream.settle(result);
        }
        Ok(())
    }
}

/// Flushes both streams; a write error other than a closed pipe turns `code` into 2.
pub fn finish(code: ExitCode) -> ExitCode {
    out().flush().ok();
    err().flush().ok();
    let error = STDOUT
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .error
        .take();
    match error {
        None => code,
        Some(e) => {
            let message = match super::localise::ui_lang() {
                lsk::lang::Lang::Sv => format!("lsk: kunde inte skriva utdata: {e}"),
                lsk::lang::Lang::En => format!("lsk: could not write the output: {e}"),
            };
            errln!("{message}");
            err().flush().ok();
            ExitCode::from(2)
        }
    }
}

/// A panic's message is masked too, and says it is a bug.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let what = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let place = info
            .location()
            .map(|l| format!(" ({}:{})", l.file(), l.line()))
            .unwrap_or_default();
        match super::localise::ui_lang() {
            lsk::lang::Lang::Sv => {
                errln!("lsk: internt fel (en bugg; rapportera gärna): {what}{place}")
            }
            lsk::lang::Lang::En => {
                errln!("lsk: internal error (a bug; please report it): {what}{place}")
            }
        }
        err().flush().ok();
    }));
}
