//! `parallax events`.

use super::Result;
use crate::cli::Common;

pub fn run(_common: &Common) -> Result {
    Err(super::CommandError::Usage(
        "`events` is not built yet".into(),
    ))
}
