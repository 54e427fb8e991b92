//! The terminal: entering and leaving full-screen mode, and the loop that turns terminal
//! events and worker results into actions and frames.
//!
//! The terminal is always given back (main screen, cooked mode, visible cursor, no mouse
//! reporting): on quit; on an error, drawing included, as the screen guard is dropped; on a
//! panic in any thread, by the panic hook, which restores before its one-line message so the
//! message lands on a usable screen, then ends the process (a half-dead interface that cannot
//! draw is no use); and on SIGTERM, SIGHUP, SIGINT or SIGQUIT, which the loop answers like a
//! quit, with a fallback that restores from the signal thread if the loop does not answer.
//!
//! Ctrl-z, and SIGTSTP from elsewhere, give the terminal back before the process stops, as a
//! shell expects of a job; when the shell continues it (`fg`, or SIGCONT after any stop), the
//! screen is taken again and drawn whole.
//!
//! `PARALLAX_DEBUG_FAULT` (hidden, for the end-to-end tests) makes the first frame after a key
//! fail on purpose: `panic` panics while drawing, `worker-panic` panics on another thread,
//! `draw-error` makes the draw return an error.

use std::io::{self, Stdout, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Once};
use std::thread;
use std::time::Duration;

use crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind, MouseButton, MouseEventKind,
};
use crossterm::execute;
use crossterm::terminal::{
    disable_raw_mode, enable_raw_mode, EnterAlternateScreen, LeaveAlternateScreen,
};
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::Terminal;
use signal_hook::iterator::Signals;

use crate::app::worker::{spawn_loader, Filterer};
use crate::app::{update, Action, App, Effect};
use crate::engine::Bundle;
use crate::settings::Settings;
use crate::ui::{self, Theme};

mod signals;

use signals::{signal_name, stop_as_by_default, watch_job_control, watch_signals, STOP_SIGNALS};

/// Lines one mouse wheel notch scrolls.
const WHEEL_LINES: i32 = 3;

/// The exit status of a run ended by a panic, as Rust's own.
const PANIC_STATUS: i32 = 101;

/// Whether the terminal is in full-screen mode (raw mode at least): only then is there anything
/// to restore, and only then does the panic hook restore and exit.
static SCREEN_ON: AtomicBool = AtomicBool::new(false);

/// Puts the terminal back as it was, once: a second "leave the alternate screen" would move
/// the cursor back to where the first one put it, over what was printed since.
pub fn restore() {
    if !SCREEN_ON.swap(false, Ordering::SeqCst) {
        return;
    }
    let _ = disable_raw_mode();
    let mut out = io::stdout();
    let _ = execute!(
        out,
        DisableMouseCapture,
        LeaveAlternateScreen,
        crossterm::cursor::Show
    );
    let _ = out.flush();
}

/// Restores the terminal, prints `message` as one line and ends the process with `status`.
/// Standard output stays locked from the restore to the end, so no other thread can draw on
/// the screen just given back.
fn give_back_and_exit(message: &str, status: i32) -> ! {
    let _out = io::stdout().lock();
    restore();
    let _ = writeln!(io::stderr(), "parallax: {message}");
    std::process::exit(status)
}

fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !SCREEN_ON.load(Ordering::SeqCst) {
                previous(info);
                return;
            }
            let what = info
                .payload()
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| info.payload().downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown cause".into());
            let at = info
                .location()
                .map_or(String::new(), |l| format!(" at {}:{}", l.file(), l.line()));
            let thread = thread::current().name().unwrap_or("unnamed").to_string();
            if std::env::var_os("RUST_BACKTRACE").is_some() {
                // Asked for: the full report, on the restored screen.
                let _out = io::stdout().lock();
                restore();
                previous(info);
            }
            let message = format!(
                "internal error in thread {thread}{at}: {}; the terminal was restored",
                crate::engine::safe::visible_line(&what)
            );
            give_back_and_exit(&message, PANIC_STATUS);
        }));
    });
}

/// Gives the terminal back and stops the process as Ctrl-z does in cooked mode; returns once
/// the shell continues it. Without job control (no shell to say `fg`) the kernel drops the
/// stop and this returns at once, so the program never sleeps with nobody to wake it.
fn suspend(screen: &mut Screen, app: &mut App) -> io::Result<()> {
    restore();
    stop_as_by_default()?;
    screen.resume(app)
}

/// A failure put in on purpose, to test that the terminal is given back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fault {
    Panic,
    WorkerPanic,
    DrawError,
}

impl Fault {
    fn from_env() -> Option<Fault> {
        match std::env::var("PARALLAX_DEBUG_FAULT").ok()?.as_str() {
            "panic" => Some(Fault::Panic),
            "worker-panic" => Some(Fault::WorkerPanic),
            "draw-error" => Some(Fault::DrawError),
            _ => None,
        }
    }
}

/// Draws one frame, failing as `fault` says.
fn draw(
    terminal: &mut Terminal<CrosstermBackend<Stdout>>,
    app: &App,
    theme: &Theme,
    fault: Option<Fault>,
) -> io::Result<()> {
    match fault {
        None => ui::render(terminal, app, theme),
        Some(Fault::Panic) => {
            terminal.draw(|frame| {
                ui::draw(frame, app, theme);
                panic!("PARALLAX_DEBUG_FAULT=panic: a panic while drawing");
            })?;
            Ok(())
        }
        Some(Fault::WorkerPanic) => {
            let _ = thread::Builder::new()
                .name("faulty".into())
                .spawn(|| panic!("PARALLAX_DEBUG_FAULT=worker-panic: a panic in a worker"));
            ui::render(terminal, app, theme)
        }
        Some(Fault::DrawError) => {
            ui::render(terminal, app, theme)?;
            Err(io::Error::other(
                "PARALLAX_DEBUG_FAULT=draw-error: drawing failed",
            ))
        }
    }
}

/// Full-screen mode for as long as it lives.
struct Screen {
    terminal: Terminal<CrosstermBackend<Stdout>>,
}

impl Screen {
    fn enter() -> io::Result<Screen> {
        install_panic_hook();
        enable_raw_mode()?;
        SCREEN_ON.store(true, Ordering::SeqCst);
        let mut out = io::stdout();
        if let Err(e) = execute!(out, EnterAlternateScreen, EnableMouseCapture) {
            restore();
            return Err(e);
        }
        match Terminal::new(CrosstermBackend::new(out)) {
            Ok(terminal) => Ok(Screen { terminal }),
            Err(e) => {
                restore();
                Err(e)
            }
        }
    }
}

impl Screen {
    /// Takes the terminal again after a stop and forgets what was drawn, so the next frame is
    /// drawn whole over whatever the shell left, and lays `app` out for the terminal's size,
    /// which may have changed meanwhile.
    fn resume(&mut self, app: &mut App) -> io::Result<()> {
        let given_back = !SCREEN_ON.swap(true, Ordering::SeqCst);
        // Even when the screen was never given back (stopped from outside), a shell may have
        // put the terminal in cooked mode meanwhile.
        enable_raw_mode()?;
        if given_back {
            execute!(io::stdout(), EnterAlternateScreen, EnableMouseCapture)?;
        }
        // Not `clear`, which asks the terminal where its cursor is and would race the input
        // thread for the answer: a resize to the current size clears and forgets all the same.
        let size = self.terminal.size()?;
        self.terminal
            .resize(Rect::new(0, 0, size.width, size.height))?;
        update(
            app,
            Action::Resize {
                width: size.width,
                height: size.height,
            },
        );
        Ok(())
    }
}

impl Drop for Screen {
    fn drop(&mut self) {
        restore();
    }
}

/// What reaches the loop.
enum Input {
    Terminal(Event),
    App(Action),
    Signal(i32),
    /// The process was asked to stop.
    Suspend,
    /// The process was continued after a stop.
    Continued,
}

/// Runs the interface on `bundle` (the built-in sample when `None`) until the user quits.
/// Returns the loading error, if loading failed, once the terminal is restored. A stop signal
/// ends the process, after the terminal is restored, with the shell's status for it (128 + n).
pub fn run(bundle: Option<&Path>, settings: &Settings) -> anyhow::Result<Option<String>> {
    run_with(bundle, settings, None)
}

/// Runs the interface opened on a comparison of articles `a` and `b` (indices into `loaded`,
/// the bundle read from `bundle`, which is not read again), shown once it is analysed; `Esc`
/// goes to the list.
pub fn run_compare(
    bundle: Option<&Path>,
    loaded: Bundle,
    settings: &Settings,
    a: usize,
    b: usize,
) -> anyhow::Result<Option<String>> {
    run_with(bundle, settings, Some((loaded, a, b)))
}

fn run_with(
    bundle: Option<&Path>,
    settings: &Settings,
    compare: Option<(Bundle, usize, usize)>,
) -> anyhow::Result<Option<String>> {
    let (loaded, compare) = match compare {
        Some((loaded, a, b)) => (Some(loaded), Some((a, b))),
        None => (None, None),
    };
    let (tx, rx) = mpsc::channel::<Input>();
    // Caught before the screen changes, so that no stop signal can leave it changed.
    let signals = Signals::new(STOP_SIGNALS)?;
    let signals_handle = signals.handle();
    watch_signals(signals, tx.clone());
    watch_job_control(tx.clone())?;
    let fault = Fault::from_env();

    let mut screen = Screen::enter()?;
    let size = screen.terminal.size()?;
    let name = bundle.map_or("sample (built in)".to_string(), |p| p.display().to_string());
    let mut app = App::new(name, Rect::new(0, 0, size.width, size.height));
    app.requested_compare = compare;
    app.keymap = settings.keymap.clone();
    let theme = Theme::from_settings(settings);
    let outside = crate::system::Outside::new(bundle);
    outside.load_marks(&mut app);

    let (actions_tx, actions_rx) = mpsc::channel::<Action>();
    // Worker results are forwarded into the one queue the loop reads.
    {
        let tx = tx.clone();
        thread::spawn(move || {
            for a in actions_rx {
                if tx.send(Input::App(a)).is_err() {
                    break;
                }
            }
        });
    }
    {
        let tx = tx.clone();
        thread::Builder::new().name("input".into()).spawn(move || {
            while let Ok(ev) = event::read() {
                if tx.send(Input::Terminal(ev)).is_err() {
                    break;
                }
            }
        })?;
    }
    let mut cancel = Arc::new(AtomicBool::new(false));
    spawn_loader(
        bundle.map(Path::to_path_buf),
        loaded,
        actions_tx.clone(),
        cancel.clone(),
    );
    let filterer = Filterer::spawn(actions_tx.clone());

    ui::render(&mut screen.terminal, &app, &theme)?;
    let mut stopped_by = None;
    let mut keyed = false;
    while !app.quit {
        let first = match rx.recv_timeout(Duration::from_millis(250)) {
            Ok(input) => input,
            Err(RecvTimeoutError::Timeout) => continue,
            Err(RecvTimeoutError::Disconnected) => break,
        };
        // Everything already waiting is applied before the next frame.
        for input in std::iter::once(first).chain(rx.try_iter()) {
            match input {
                Input::Signal(sig) => {
                    stopped_by = Some(sig);
                    app.quit = true;
                    break;
                }
                Input::Suspend => {
                    suspend(&mut screen, &mut app)?;
                    continue;
                }
                Input::Continued => {
                    screen.resume(&mut app)?;
                    continue;
                }
                _ => {}
            }
            keyed |= matches!(input, Input::Terminal(Event::Key(_)));
            if let Some(action) = translate(&app, input) {
                update(&mut app, action);
            }
            if app.quit {
                break;
            }
        }
        for effect in std::mem::take(&mut app.effects) {
            match effect {
                Effect::Filter {
                    generation,
                    query,
                    corpus,
                } => filterer.submit(generation, query, corpus),
                Effect::Suspend => suspend(&mut screen, &mut app)?,
                Effect::Reload => {
                    cancel.store(true, Ordering::Relaxed);
                    cancel = Arc::new(AtomicBool::new(false));
                    spawn_loader(
                        bundle.map(Path::to_path_buf),
                        None,
                        actions_tx.clone(),
                        cancel.clone(),
                    );
                }
                other => {
                    if let Some(message) = outside.perform(other, &mut io::stdout()) {
                        app.message = Some(message);
                    }
                }
            }
        }
        if !app.quit {
            draw(&mut screen.terminal, &app, &theme, fault.filter(|_| keyed))?;
        }
    }
    cancel.store(true, Ordering::Relaxed);
    drop(screen);
    // The last marks are written before the process may exit below.
    drop(outside);
    if let Some(sig) = stopped_by {
        let _ = writeln!(io::stderr(), "parallax: stopped by {}", signal_name(sig));
        std::process::exit(128 + sig);
    }
    signals_handle.close();
    Ok(app.error.clone())
}

fn translate(app: &App, input: Input) -> Option<Action> {
    match input {
        Input::App(a) => Some(a),
        Input::Terminal(Event::Key(key)) if key.kind == KeyEventKind::Press => app.action_for(&key),
        Input::Terminal(Event::Resize(width, height)) => Some(Action::Resize { width, height }),
        Input::Terminal(Event::Mouse(m)) => match m.kind {
            MouseEventKind::ScrollDown => Some(Action::ScrollAt {
                column: m.column,
                row: m.row,
                lines: WHEEL_LINES,
            }),
            MouseEventKind::ScrollUp => Some(Action::ScrollAt {
                column: m.column,
                row: m.row,
                lines: -WHEEL_LINES,
            }),
            MouseEventKind::Down(MouseButton::Left) => Some(Action::ClickAt {
                column: m.column,
                row: m.row,
            }),
            _ => None,
        },
        Input::Terminal(_) | Input::Signal(_) | Input::Suspend | Input::Continued => None,
    }
}
