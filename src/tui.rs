//! The terminal: entering and leaving full-screen mode, and the loop that turns terminal
//! events and worker results into actions and frames.
//!
//! The terminal is put back (main screen, cooked mode, no mouse reporting) on quit, on error
//! and on panic: the panic hook restores before the message is printed, so the message lands on
//! a usable screen.

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

use crate::app::worker::{spawn_loader, Filterer};
use crate::app::{update, Action, App, Effect};
use crate::settings::Settings;
use crate::ui::{self, Theme};

/// Lines one mouse wheel notch scrolls.
const WHEEL_LINES: i32 = 3;

/// Puts the terminal back as it was. Safe to call more than once.
pub fn restore() {
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

fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
        }));
    });
}

/// Full-screen mode for as long as it lives.
struct Screen {
    terminal: Terminal<CrosstermBackend<Stdout>>,
}

impl Screen {
    fn enter() -> io::Result<Screen> {
        install_panic_hook();
        enable_raw_mode()?;
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

impl Drop for Screen {
    fn drop(&mut self) {
        restore();
    }
}

/// What reaches the loop.
enum Input {
    Terminal(Event),
    App(Action),
}

/// Runs the interface on `bundle` (the built-in sample when `None`) until the user quits.
/// Returns the loading error, if loading failed, once the terminal is restored.
pub fn run(bundle: Option<&Path>, settings: &Settings) -> anyhow::Result<Option<String>> {
    let mut screen = Screen::enter()?;
    let size = screen.terminal.size()?;
    let name = bundle.map_or("sample (built in)".to_string(), |p| p.display().to_string());
    let mut app = App::new(name, Rect::new(0, 0, size.width, size.height));
    app.keymap = settings.keymap.clone();
    let theme = Theme::from_settings(settings);
    let outside = crate::system::Outside::new(bundle);
    outside.load_marks(&mut app);

    let (tx, rx) = mpsc::channel::<Input>();
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
        actions_tx.clone(),
        cancel.clone(),
    );
    let filterer = Filterer::spawn(actions_tx.clone());

    ui::render(&mut screen.terminal, &app, &theme)?;
    while !app.quit {
        let first = match rx.recv_timeout(Duration::from_millis(250)) {
            Ok(input) => input,
            Err(RecvTimeoutError::Timeout) => continue,
            Err(RecvTimeoutError::Disconnected) => break,
        };
        // Everything already waiting is applied before the next frame.
        for input in std::iter::once(first).chain(rx.try_iter()) {
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
                Effect::Reload => {
                    cancel.store(true, Ordering::Relaxed);
                    cancel = Arc::new(AtomicBool::new(false));
                    spawn_loader(
                        bundle.map(Path::to_path_buf),
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
            ui::render(&mut screen.terminal, &app, &theme)?;
        }
    }
    cancel.store(true, Ordering::Relaxed);
    drop(screen);
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
        Input::Terminal(_) => None,
    }
}
