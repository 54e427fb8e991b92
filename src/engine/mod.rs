//! The pure core: bundles in, plain data out. Nothing here knows about terminals; every screen
//! and every headless command is drawn from what these modules return.

pub mod analysis;
pub mod article;
pub mod bundle;
pub mod clean;
pub mod compare;
pub mod events;
pub mod filter;
pub mod meta;
pub mod original;
pub mod pairing;
pub mod passages;
pub mod safe;
pub mod seq;
pub mod text;

pub use article::{Article, Date, Reason, Removed, Segment};
pub use bundle::{Bundle, LoadError, Warning};
