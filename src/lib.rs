//! parallax: a terminal news reader that lines up what several outlets say about one event.
//!
//! The crate is a pure core ([`engine`]) that knows nothing of terminals, plus the app state, the
//! renderer and the command line that sit on top of it.

pub mod app;
pub mod cli;
pub mod commands;
pub mod engine;
pub mod memory;
pub mod settings;
pub mod store;
pub mod synth;
pub mod system;
pub mod tui;
pub mod ui;
