//! `parallax compare A B`.

use super::Result;
use crate::cli::Common;

pub fn run(_a: &str, _b: &str, _common: &Common, _width: Option<usize>) -> Result {
    Err(super::CommandError::Usage(
        "`compare` is not built yet".into(),
    ))
}
