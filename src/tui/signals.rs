//! Signals: the ones that end the interface, answered like a quit so that the terminal is put
//! back, and job control (SIGTSTP, SIGCONT), answered by giving the terminal back before the
//! process stops and taking it again when it goes on.

use std::io;
use std::sync::atomic::Ordering;
use std::sync::mpsc::Sender;
use std::thread;
use std::time::Duration;

use signal_hook::consts::signal::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
use signal_hook::iterator::Signals;

use super::{give_back_and_exit, Input, SCREEN_ON};

/// Signals that end the interface. Each is answered like a quit, so the terminal is put back.
pub(super) const STOP_SIGNALS: [i32; 4] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT];

/// How long the loop has to answer a stop signal before the signal thread restores the
/// terminal and ends the process itself.
const SIGNAL_GRACE: Duration = Duration::from_secs(2);

/// The conventional name of a stop signal.
pub(super) fn signal_name(sig: i32) -> &'static str {
    match sig {
        SIGTERM => "SIGTERM",
        SIGHUP => "SIGHUP",
        SIGINT => "SIGINT",
        SIGQUIT => "SIGQUIT",
        _ => "a signal",
    }
}

/// Forwards stop signals to the loop. If the loop has not given the terminal back within
/// [`SIGNAL_GRACE`] (it is stuck), the terminal is restored from here.
pub(super) fn watch_signals(mut signals: Signals, tx: Sender<Input>) {
    let spawned = thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            if let Some(sig) = signals.forever().next() {
                let _ = tx.send(Input::Signal(sig));
                thread::sleep(SIGNAL_GRACE);
                if SCREEN_ON.load(Ordering::SeqCst) {
                    give_back_and_exit(&format!("stopped by {}", signal_name(sig)), 128 + sig);
                }
            }
        });
    // Without the thread, signals keep their default action: the process ends without
    // restoring, which is no worse than before they were caught.
    drop(spawned);
}

/// Tells the loop each time the process is asked to stop (SIGTSTP, so that it gives the
/// terminal back first) and each time it is continued after a stop, whoever stopped it.
pub(super) fn watch_job_control(tx: Sender<Input>) -> io::Result<()> {
    let mut signals = Signals::new([SIGTSTP, SIGCONT])?;
    thread::Builder::new()
        .name("job-control".into())
        .spawn(move || {
            for sig in signals.forever() {
                let input = if sig == SIGTSTP {
                    Input::Suspend
                } else {
                    Input::Continued
                };
                if tx.send(input).is_err() {
                    break;
                }
            }
        })?;
    Ok(())
}

/// Raises SIGTSTP with its default action, to stop, and puts the handler back once continued.
/// Not SIGSTOP: only SIGTSTP is dropped where no shell could continue the process.
pub(super) fn stop_as_by_default() -> io::Result<()> {
    // SAFETY: plain sigaction calls on zeroed structs; the handler taken out is put back as it
    // was. A SIGTSTP arriving meanwhile stops the process, as it would have anyway.
    unsafe {
        let mut default: libc::sigaction = std::mem::zeroed();
        default.sa_sigaction = libc::SIG_DFL;
        let mut caught: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(SIGTSTP, &default, &mut caught) != 0 {
            return Err(io::Error::last_os_error());
        }
        let raised = libc::raise(SIGTSTP);
        libc::sigaction(SIGTSTP, &caught, std::ptr::null_mut());
        if raised != 0 {
            return Err(io::Error::last_os_error());
        }
    }
    Ok(())
}
