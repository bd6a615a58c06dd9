//! # uni-plugin-abi: the native plugin ABI, in Rust
//!
//! A native plugin is a shared library exporting one symbol,
//! [`ENTRY_SYMBOL`] (`uniplug_entry`), a function returning a
//! [`UniplugPlugin`]: a table of `extern "C"` functions whose only data type
//! is the Arrow C Data Interface ([`ArrowArray`], [`ArrowSchema`], stable by
//! the Arrow specification). No Rust type crosses the boundary, so a library
//! built once keeps loading in later hosts, whatever their rustc, arrow-rs or
//! DataFusion version.
//!
//! This crate is the Rust mirror of `include/uni_plugin.h`, which is the
//! contract (a test compiles the header and compares every size and field
//! offset with these types). It has no dependency unless the `arrow` feature
//! is on, so a plugin built against any arrow-rs version can use it.
//!
//! - [`UniplugPlugin`]: what a library offers; [`ABI_VERSION`] is checked
//!   before anything else is touched.
//! - [`UniplugHost`]: what the host offers back (log, secret, query,
//!   random).
//! - [`Status`] codes: the fault classes of the host's `CallError`.
//! - [`UniplugStr`] (borrowed text) and [`UniplugString`] (text with a
//!   release callback).
//!
//! ## Versioning
//! Fields are only appended; each struct's `size` says how much of it its
//! producer knows, and a host accepts a library whose `size` covers every
//! field of the host's own version. Changing or removing a field bumps
//! [`ABI_VERSION`].
//!
//! ## Crate features
//! - `arrow`: [`arrow`](crate::arrow) conversions between these types and
//!   arrow-rs arrays (used by the host and the Rust SDK).
#![deny(missing_docs)]

#[cfg(feature = "arrow")]
pub mod arrow;
mod strings;
mod types;

pub use strings::{UniplugStr, UniplugString};
pub use types::*;

/// The ABI version this crate describes (`UNIPLUG_ABI_VERSION`).
pub const ABI_VERSION: u32 = 1;

/// The symbol every native plugin library exports: a [`UniplugEntry`].
pub const ENTRY_SYMBOL: &str = "uniplug_entry";

/// The header, as checked in: what C (and any other language) plugins
/// include.
pub const HEADER: &str = include_str!("../include/uni_plugin.h");
