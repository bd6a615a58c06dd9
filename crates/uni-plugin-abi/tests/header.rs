//! The checked-in header and the Rust types describe the same structs: a C
//! program built against `include/uni_plugin.h` by the system C compiler
//! prints every size and field offset, and each must equal Rust's.

use std::mem::{offset_of, size_of};
use std::process::Command;

use uni_plugin_abi::*;

/// `(C expression, Rust value)` pairs: every struct's size and every
/// field's offset, plus the constants.
fn expected() -> Vec<(String, usize)> {
    let mut rows = Vec::new();
    macro_rules! layout {
        ($c:literal, $rust:ty { $($field:ident),* $(,)? }) => {
            rows.push((format!("sizeof({})", $c), size_of::<$rust>()));
            $(rows.push((format!("offsetof({}, {})", $c, stringify!($field)), offset_of!($rust, $field)));)*
        };
    }
    layout!(
        "struct ArrowSchema",
        ArrowSchema { format, name, metadata, flags, n_children, children, dictionary, release, private_data }
    );
    layout!(
        "struct ArrowArray",
        ArrowArray {
            length,
            null_count,
            offset,
            n_buffers,
            n_children,
            buffers,
            children,
            dictionary,
            release,
            private_data
        }
    );
    layout!("UniplugStr", UniplugStr { ptr, len });
    layout!("UniplugString", UniplugString { ptr, len, release, private_data });
    layout!("UniplugHost", UniplugHost { size, context, log, secret, query, random });
    layout!(
        "UniplugEvent",
        UniplugEvent {
            size,
            kind,
            hook,
            sql,
            rows,
            error,
            table,
            when,
            batch,
            batch_type,
            job,
            scheduled_at_unix_ms,
            cancelled
        }
    );
    layout!(
        "UniplugPlugin",
        UniplugPlugin {
            abi_version,
            size,
            plugin_id,
            producer,
            init,
            shutdown,
            call_scalar,
            describe_aggregate,
            accumulator_new,
            accumulator_update,
            accumulator_merge,
            accumulator_state,
            accumulator_finish,
            accumulator_size,
            accumulator_free,
            grouped_new,
            grouped_update,
            grouped_merge,
            grouped_state,
            grouped_finish,
            grouped_size,
            grouped_free,
            table_call,
            table_next,
            table_free,
            on_event,
        }
    );
    macro_rules! constants {
        ($($name:ident),* $(,)?) => { $(rows.push((stringify!($name).to_owned(), $name as usize));)* };
    }
    constants!(
        UNIPLUG_OK,
        UNIPLUG_INVALID_INPUT,
        UNIPLUG_FAILED,
        UNIPLUG_NOT_GRANTED,
        UNIPLUG_PANICKED,
        UNIPLUG_RESOURCE_EXHAUSTED,
        UNIPLUG_UNAVAILABLE,
        UNIPLUG_LOG_TRACE,
        UNIPLUG_LOG_DEBUG,
        UNIPLUG_LOG_INFO,
        UNIPLUG_LOG_WARN,
        UNIPLUG_LOG_ERROR,
        UNIPLUG_EVENT_HOOK,
        UNIPLUG_EVENT_TRIGGER,
        UNIPLUG_EVENT_JOB,
        UNIPLUG_HOOK_BEFORE_QUERY,
        UNIPLUG_HOOK_AFTER_QUERY,
        UNIPLUG_HOOK_ON_LOAD,
        UNIPLUG_HOOK_ON_UNLOAD,
        UNIPLUG_TRIGGER_BEFORE,
        UNIPLUG_TRIGGER_AFTER,
        UNIPLUG_EMIT_ALL,
    );
    rows.push(("UNIPLUG_ABI_VERSION".to_owned(), ABI_VERSION as usize));
    rows
}

#[test]
fn the_header_and_the_rust_types_agree_field_for_field() {
    let rows = expected();
    let dir = tempfile::tempdir().unwrap();
    let mut program =
        String::from("#include <stdio.h>\n#include <stddef.h>\n#include \"uni_plugin.h\"\nint main(void) {\n");
    for (expression, _) in &rows {
        program.push_str(&format!("  printf(\"%zu\\n\", (size_t)({expression}));\n"));
    }
    program.push_str("  printf(\"%s\\n\", UNIPLUG_ENTRY_SYMBOL);\n  return 0;\n}\n");
    let source = dir.path().join("layout.c");
    std::fs::write(&source, program).unwrap();
    let binary = dir.path().join("layout");
    let include = concat!(env!("CARGO_MANIFEST_DIR"), "/include");
    let compiler = std::env::var("CC").unwrap_or_else(|_| "cc".to_owned());
    let built = Command::new(&compiler)
        .args(["-std=c11", "-Wall", "-Werror", "-I", include, "-o"])
        .arg(&binary)
        .arg(&source)
        .output()
        .unwrap_or_else(|e| panic!("this test needs a C compiler (`{compiler}`, or set CC): {e}"));
    assert!(built.status.success(), "the header does not compile:\n{}", String::from_utf8_lossy(&built.stderr));
    let output = Command::new(&binary).output().unwrap();
    let printed = String::from_utf8(output.stdout).unwrap();
    let mut lines = printed.lines();
    for (expression, rust) in &rows {
        let c: usize = lines.next().unwrap().parse().unwrap();
        assert_eq!(c, *rust, "`{expression}` is {c} in C and {rust} in Rust");
    }
    assert_eq!(lines.next(), Some(ENTRY_SYMBOL));
}

#[test]
fn the_header_constant_is_the_file() {
    assert!(HEADER.contains(&format!("#define UNIPLUG_ABI_VERSION {ABI_VERSION}u")));
}
