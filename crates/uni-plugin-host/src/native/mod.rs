//! Native plugins loaded at run time: shared libraries behind the C ABI of
//! `uni-plugin-abi`, whose only data type is the Arrow C Data Interface.
//!
//! A `kind = "native"` manifest whose `entry` names a library file in the
//! plugin directory ([`library_file_name`] says how a bare name is spelled
//! per platform) loads that library: its bytes are read once with the
//! manifest, covered by the digest and the signature, written to a
//! content-addressed copy, and the copy is mapped. The entry's table is
//! checked (ABI version first, then size, required functions and plugin
//! id) before anything in it runs. Results are checked — type, length,
//! buffer and child counts, then arrow's full validation — before DataFusion
//! sees them.
//!
//! Native code is trusted: it runs in the host process without a sandbox
//! (a crash in C code is a crash of the host). What the host can promise is
//! that a Rust plugin's panics come back as errors (the SDK catches them)
//! and that malformed output is refused.

mod host_table;
mod library;
mod plugin;

pub(crate) use library::copies_dir;
pub use library::{LibraryError, library_file_name, mapped_libraries};
pub use plugin::NativeLibraryPlugin;
