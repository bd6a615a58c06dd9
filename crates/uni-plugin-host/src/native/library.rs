//! Opening a native plugin library: the verified bytes are written to a
//! content-addressed copy, which is what gets mapped, and the entry's table
//! is checked before anything in it is called. On Linux the copy is a
//! sealed in-memory file (`memfd`); elsewhere (or without `/proc`) a file
//! named by the digest in the cache directory.
//!
//! **Libraries stay mapped until the process exits.** Arrays a library
//! returns carry release callbacks into its code, and DataFusion may hold
//! them (in a cached batch, a spilled state) long after the generation that
//! made them is gone; unmapping would turn those callbacks into jumps into
//! nothing. The cost: each distinct library loaded (each reload with new
//! code is a new digest, hence a new copy) keeps its code pages and
//! statics until exit. A reload loads the new copy, never the old mapping,
//! because the copy's name is its content's digest.

use std::collections::HashMap;
use std::ffi::CStr;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use uni_plugin::{PluginDigest, PluginId};
use uni_plugin_abi::{ABI_VERSION, ENTRY_SYMBOL, UniplugEntry, UniplugPlugin};

/// A native library could not be loaded. Each says what was wrong with
/// which file, and what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LibraryError {
    /// Not a shared library of this platform's format.
    #[error("`{file}` is not a shared library: {reason}; build the plugin with `uniplug build`")]
    NotALibrary {
        /// The library file (its name in the plugin directory).
        file: String,
        /// What was found.
        reason: String,
    },
    /// Built for another architecture.
    #[error("`{file}` is built for {found}, but this host runs on {host}; build it on (or for) this machine")]
    WrongArchitecture {
        /// The library file.
        file: String,
        /// The library's architecture.
        found: String,
        /// The host's.
        host: String,
    },
    /// The dynamic loader refused it.
    #[error("cannot load `{file}`: {reason}")]
    Open {
        /// The library file.
        file: String,
        /// The loader's message.
        reason: String,
    },
    /// No `uniplug_entry` symbol.
    #[error(
        "`{file}` exports no `{ENTRY_SYMBOL}` symbol; a Rust plugin exports it with `uni_plugin_sdk::export_plugin!` (crate-type `cdylib`), a C plugin defines `const UniplugPlugin *uniplug_entry(void)` from `uni_plugin.h`"
    )]
    NoEntry {
        /// The library file.
        file: String,
    },
    /// The entry's table is unusable.
    #[error("`{file}`: {reason}")]
    BadTable {
        /// The library file.
        file: String,
        /// What is wrong with it.
        reason: String,
    },
    /// Built for another ABI version.
    #[error(
        "`{file}` is built for native plugin ABI version {found}, but this host implements version {ABI_VERSION}; rebuild it against `uni-plugin-abi` {ABI_VERSION} (or `uni_plugin.h` with UNIPLUG_ABI_VERSION {ABI_VERSION})"
    )]
    WrongAbi {
        /// The library file.
        file: String,
        /// The version it was built for.
        found: u32,
    },
    /// The library is another plugin than the manifest says.
    #[error("`{file}` is plugin `{found}`, but its manifest says `{expected}`; point `entry` at the right library")]
    WrongPlugin {
        /// The library file.
        file: String,
        /// The id the library reports.
        found: String,
        /// The manifest's id.
        expected: PluginId,
    },
    /// The content-addressed copy could not be written.
    #[error("cannot copy `{file}` to `{}`: {reason}", copy.display())]
    Copy {
        /// The library file.
        file: String,
        /// Where the copy goes.
        copy: PathBuf,
        /// The I/O error.
        reason: String,
    },
}

/// A loaded library: its checked table, mapped for the rest of the process.
#[derive(Clone, Copy)]
pub(crate) struct Library {
    pub(crate) table: &'static UniplugPlugin,
    pub(crate) producer: &'static str,
}

/// Libraries by digest: the same bytes are mapped once, and never unmapped
/// (see the module docs).
fn libraries() -> &'static Mutex<HashMap<PluginDigest, (&'static libloading::Library, PathBuf)>> {
    static LIBRARIES: OnceLock<Mutex<HashMap<PluginDigest, (&'static libloading::Library, PathBuf)>>> = OnceLock::new();
    LIBRARIES.get_or_init(Default::default)
}

/// Where content-addressed copies go: `<cache>/native`, else a private
/// directory under the system's temporary directory.
pub(crate) fn copies_dir(cache: Option<&Path>) -> PathBuf {
    match cache {
        Some(cache) => cache.join("native"),
        None => std::env::temp_dir().join(format!("uni-plugin-native-{}", user_id())),
    }
}

fn user_id() -> u32 {
    #[cfg(unix)]
    {
        // SAFETY: `getuid` has no preconditions and cannot fail.
        unsafe { libc::getuid() }
    }
    #[cfg(not(unix))]
    {
        0
    }
}

/// Opens the library whose verified bytes are `bytes` (`file` is its name
/// in the plugin directory, for messages), for plugin `expected`.
pub(crate) fn open(
    bytes: &[u8],
    file: &str,
    digest: &PluginDigest,
    copies: &Path,
    expected: &PluginId,
) -> Result<Library, LibraryError> {
    check_format(bytes, file)?;
    let mut libraries = libraries().lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let library = match libraries.get(digest) {
        Some((library, _)) => *library,
        None => {
            let (library, copy) = match open_in_memory(bytes, file, digest) {
                Some(opened) => opened?,
                None => {
                    let copy = write_copy(bytes, file, digest, copies)?;
                    (open_file(&copy, file)?, copy)
                }
            };
            let library: &'static libloading::Library = Box::leak(Box::new(library));
            libraries.insert(*digest, (library, copy));
            library
        }
    };
    drop(libraries);
    check_table(library, file, expected)
}

/// The format and architecture, from the bytes' header, before the loader
/// sees them: a clear error instead of the loader's.
fn check_format(bytes: &[u8], file: &str) -> Result<(), LibraryError> {
    let not_a_library = |reason: &str| LibraryError::NotALibrary { file: file.to_owned(), reason: reason.to_owned() };
    if cfg!(target_os = "linux") || cfg!(target_os = "freebsd") {
        if bytes.len() < 20 || &bytes[..4] != b"\x7fELF" {
            return Err(not_a_library("it does not start with the ELF magic bytes"));
        }
        let class = match bytes[4] {
            1 => 32,
            2 => 64,
            _ => return Err(not_a_library("its ELF class byte is neither 32- nor 64-bit")),
        };
        let little = bytes[5] == 1;
        let machine = if little {
            u16::from_le_bytes([bytes[18], bytes[19]])
        } else {
            u16::from_be_bytes([bytes[18], bytes[19]])
        };
        let elf_type = if little {
            u16::from_le_bytes([bytes[16], bytes[17]])
        } else {
            u16::from_be_bytes([bytes[16], bytes[17]])
        };
        let found = match machine {
            3 => "x86",
            62 => "x86_64",
            40 => "arm",
            183 => "aarch64",
            243 => "riscv",
            8 => "mips",
            21 => "powerpc64",
            22 => "s390x",
            _ => "an unknown machine",
        };
        let host_bits = usize::BITS;
        let host = std::env::consts::ARCH;
        let host_machine = match host {
            "riscv64" => "riscv",
            other => other,
        };
        if found != host_machine || class != host_bits {
            return Err(LibraryError::WrongArchitecture {
                file: file.to_owned(),
                found: format!("{found} ({class}-bit)"),
                host: format!("{host} ({host_bits}-bit)"),
            });
        }
        if elf_type != 3 {
            return Err(not_a_library("it is an ELF file but not a shared object (an executable or object file?)"));
        }
    }
    Ok(())
}

/// Writes the copy the loader maps: `<copies>/<digest><suffix>`, private to
/// this user, replaced atomically, never written in place.
fn write_copy(bytes: &[u8], file: &str, digest: &PluginDigest, copies: &Path) -> Result<PathBuf, LibraryError> {
    let copy = copies.join(format!("{digest}{}", std::env::consts::DLL_SUFFIX));
    let failed = |reason: String| LibraryError::Copy { file: file.to_owned(), copy: copy.clone(), reason };
    std::fs::create_dir_all(copies).map_err(|e| failed(e.to_string()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(copies, std::fs::Permissions::from_mode(0o700)).map_err(|e| failed(e.to_string()))?;
    }
    // An existing copy is trusted only when it holds exactly these bytes.
    if let Ok(existing) = std::fs::read(&copy)
        && existing == bytes
    {
        return Ok(copy);
    }
    let temporary = copies.join(format!(".{digest}.{}.tmp", std::process::id()));
    std::fs::write(&temporary, bytes).map_err(|e| failed(e.to_string()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&temporary, std::fs::Permissions::from_mode(0o500))
            .map_err(|e| failed(e.to_string()))?;
    }
    std::fs::rename(&temporary, &copy).map_err(|e| failed(e.to_string()))?;
    Ok(copy)
}

/// On Linux, maps the bytes from a sealed anonymous file (`memfd`)
/// instead of a copy on disk: nothing is written to a file system (a reload
/// costs a memory copy, not a file write), and once sealed the bytes cannot
/// change between the write and the load. `None` when the kernel offers no
/// `memfd_create` or `/proc` is not mounted: the caller falls back to the
/// copy on disk.
fn open_in_memory(
    bytes: &[u8],
    file: &str,
    digest: &PluginDigest,
) -> Option<Result<(libloading::Library, PathBuf), LibraryError>> {
    use std::io::Write;

    let name = format!("uniplug-{digest}");
    let sealed = uni_plugin_wasm::sealed::SealedFile::new(&name, |memory| memory.write_all(bytes)).ok()??;
    let opened = open_file(&sealed.path(), file);
    if opened.is_ok() {
        // The loader knows a library by the name it was opened under: were
        // the descriptor closed, the next library would get its number, the
        // same name, and the old mapping back. So it stays open, like the
        // mapping (one descriptor per distinct library loaded).
        sealed.keep_open();
    }
    Some(opened.map(|library| (library, PathBuf::from(format!("memfd:{name}")))))
}

fn open_file(copy: &Path, file: &str) -> Result<libloading::Library, LibraryError> {
    let refused = |error: libloading::Error| LibraryError::Open { file: file.to_owned(), reason: error.to_string() };
    #[cfg(unix)]
    {
        // Resolve every symbol now, so a missing one fails the load rather
        // than a call; keep the library's symbols to itself.
        let flags = libloading::os::unix::RTLD_NOW | libloading::os::unix::RTLD_LOCAL;
        // SAFETY: loading runs the library's initializers: native plugins
        // are trusted code (their bytes passed the signature policy).
        unsafe { libloading::os::unix::Library::open(Some(copy), flags) }.map(Into::into).map_err(refused)
    }
    #[cfg(not(unix))]
    {
        // SAFETY: as above.
        unsafe { libloading::Library::new(copy) }.map_err(refused)
    }
}

fn check_table(
    library: &'static libloading::Library,
    file: &str,
    expected: &PluginId,
) -> Result<Library, LibraryError> {
    let bad = |reason: String| LibraryError::BadTable { file: file.to_owned(), reason };
    let symbol = format!("{ENTRY_SYMBOL}\0");
    // SAFETY: the symbol is declared with the ABI's entry type; the library
    // stays mapped for the process (leaked above), so the pointer stays
    // valid.
    let entry: UniplugEntry = match unsafe { library.get::<UniplugEntry>(symbol.as_bytes()) } {
        Ok(entry) => *entry,
        Err(_) => return Err(LibraryError::NoEntry { file: file.to_owned() }),
    };
    // SAFETY: the ABI's entry takes nothing and returns a table pointer.
    let table = unsafe { entry() };
    if table.is_null() {
        return Err(bad(format!(
            "`{ENTRY_SYMBOL}` returned null (a plugin built with the SDK returns null when it cannot build its own value: an invalid embedded manifest, or a panic)"
        )));
    }
    if !table.cast::<u32>().is_aligned() || !table.is_aligned() {
        return Err(bad(format!("`{ENTRY_SYMBOL}` returned a misaligned table")));
    }
    // The version is the first field in every version: read it alone first.
    // SAFETY: non-null and aligned; every ABI version starts with it.
    let version = unsafe { table.cast::<u32>().read() };
    if version != ABI_VERSION {
        return Err(LibraryError::WrongAbi { file: file.to_owned(), found: version });
    }
    // SAFETY: the second field of version 1.
    let size = unsafe { table.cast::<u32>().add(1).read() } as usize;
    let needed = std::mem::size_of::<UniplugPlugin>();
    if size < needed {
        return Err(bad(format!("its table declares {size} bytes, but ABI version {ABI_VERSION} needs {needed}")));
    }
    // SAFETY: a version-1 table at least as large as ours, static in the
    // (never unmapped) library.
    let table: &'static UniplugPlugin = unsafe { &*table };
    if table.init.is_none() || table.shutdown.is_none() {
        return Err(bad("its table has no `init` or no `shutdown`; both are required".into()));
    }
    let text = |pointer: *const std::os::raw::c_char, what: &str| -> Result<&'static str, LibraryError> {
        if pointer.is_null() {
            return Err(bad(format!("its table has no {what}")));
        }
        // SAFETY: the ABI's NUL-terminated static string.
        unsafe { CStr::from_ptr(pointer) }.to_str().map_err(|_| bad(format!("its {what} is not UTF-8")))
    };
    let plugin_id = text(table.plugin_id, "plugin id")?;
    if plugin_id != expected.as_str() {
        return Err(LibraryError::WrongPlugin {
            file: file.to_owned(),
            found: plugin_id.to_owned(),
            expected: expected.clone(),
        });
    }
    let producer = if table.producer.is_null() { "an unnamed producer" } else { text(table.producer, "producer")? };
    Ok(Library { table, producer })
}

/// The file a native manifest's `entry` names: used as is when it has a
/// library suffix (`libgeo.so`, `geo.dll`), else given this platform's
/// prefix and suffix (`geo` is `libgeo.so` on Linux, `libgeo.dylib` on
/// macOS, `geo.dll` on Windows).
pub fn library_file_name(entry: &str) -> String {
    let has_suffix = [".so", ".dylib", ".dll"].iter().any(|suffix| entry.ends_with(suffix)) || entry.contains(".so.");
    if has_suffix {
        entry.to_owned()
    } else {
        format!("{}{entry}{}", std::env::consts::DLL_PREFIX, std::env::consts::DLL_SUFFIX)
    }
}

/// The libraries mapped so far: `(digest, copy)`, for status output.
pub fn mapped_libraries() -> Vec<(PluginDigest, PathBuf)> {
    libraries()
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .iter()
        .map(|(digest, (_, copy))| (*digest, copy.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entry_names_get_the_platform_spelling_unless_they_have_one() {
        assert_eq!(library_file_name("libgeo.so"), "libgeo.so");
        assert_eq!(library_file_name("geo.dll"), "geo.dll");
        let plain = library_file_name("uniplug_native_geo");
        assert!(plain.contains("uniplug_native_geo") && plain.ends_with(std::env::consts::DLL_SUFFIX));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn headers_that_are_not_this_machines_shared_objects_are_named() {
        let error = check_format(b"#!/bin/sh\necho not a library\n", "x.so").unwrap_err();
        assert!(error.to_string().contains("ELF magic"), "{error}");
        let mut other = vec![0u8; 64];
        other[..4].copy_from_slice(b"\x7fELF");
        other[4] = 2;
        other[5] = 1;
        other[16] = 3;
        let foreign: u16 = if std::env::consts::ARCH == "aarch64" { 62 } else { 183 };
        other[18..20].copy_from_slice(&foreign.to_le_bytes());
        let error = check_format(&other, "x.so").unwrap_err();
        assert!(matches!(error, LibraryError::WrongArchitecture { .. }), "{error}");
        assert!(error.to_string().contains(std::env::consts::ARCH), "{error}");
    }
}
