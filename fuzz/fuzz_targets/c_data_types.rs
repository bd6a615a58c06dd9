//! The Arrow C Data Interface types a native plugin hands the host (result
//! and state schemas): any tree of format strings, names, flags and
//! children is a type or an error from `import_type`, never a crash. Array
//! buffers carry no lengths in the interface, so only their shape is
//! checkable, and the schemas are what a fuzzer can drive safely.
#![no_main]

use std::ffi::CString;

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use uni_plugin_abi::ArrowSchema;

#[derive(Arbitrary, Debug)]
struct Node {
    format: Vec<u8>,
    name: Option<Vec<u8>>,
    flags: i64,
    null_format: bool,
    children: Vec<Node>,
}

/// Keeps every allocation a built schema points into.
#[derive(Default)]
struct Arena {
    strings: Vec<CString>,
    schemas: Vec<Box<ArrowSchema>>,
    lists: Vec<Vec<*mut ArrowSchema>>,
}

/// The arena owns the memory; release only marks the schema released.
unsafe extern "C" fn release(schema: *mut ArrowSchema) {
    // SAFETY: called by the importer (or Drop) on a schema built below.
    unsafe { (*schema).release = None };
}

fn text(arena: &mut Arena, bytes: &[u8]) -> *const std::ffi::c_char {
    let owned = CString::new(bytes.iter().copied().filter(|b| *b != 0).collect::<Vec<u8>>()).unwrap();
    let pointer = owned.as_ptr();
    arena.strings.push(owned);
    pointer
}

fn build(arena: &mut Arena, node: &Node, depth: usize) -> ArrowSchema {
    let mut schema = ArrowSchema::EMPTY;
    schema.format = if node.null_format { std::ptr::null() } else { text(arena, &node.format) };
    schema.name = node.name.as_deref().map_or(std::ptr::null(), |name| text(arena, name));
    schema.flags = node.flags;
    schema.release = Some(release);
    // Deeper than the importer's bound, so that check is reached too.
    if depth < 80 && !node.children.is_empty() {
        let mut children = Vec::new();
        for child in &node.children {
            let mut boxed = Box::new(build(arena, child, depth + 1));
            children.push(&mut *boxed as *mut ArrowSchema);
            arena.schemas.push(boxed);
        }
        schema.n_children = children.len() as i64;
        schema.children = children.as_mut_ptr();
        arena.lists.push(children);
    }
    schema
}

fuzz_target!(|node: Node| {
    let mut arena = Arena::default();
    let mut schema = build(&mut arena, &node, 0);
    // SAFETY: every pointer in the tree points into `arena`, alive here.
    let _ = unsafe { uni_plugin_abi::arrow::import_type(&schema) };
    schema.release = None;
    for child in &mut arena.schemas {
        child.release = None;
    }
});
