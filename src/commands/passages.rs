//! `parallax passages`.

use super::Result;
use crate::cli::Common;

pub fn run(
    _common: &Common,
    _event: Option<&str>,
    _min_words: usize,
    _across_events: bool,
) -> Result {
    Err(super::CommandError::Usage(
        "`passages` is not built yet".into(),
    ))
}
