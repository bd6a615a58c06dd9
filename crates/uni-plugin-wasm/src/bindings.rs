//! Host-side bindings of the `uni:plugin` worlds this host loads, one
//! module per version, generated from the checked-in WIT.

/// `uni:plugin@0.1.0`: Arrow IPC bytes across the boundary
/// (`wit-0.1.0/plugin.wit`).
pub(crate) mod v1 {
    wasmtime::component::bindgen!({
        path: "wit-0.1.0",
        world: "plugin",
    });
}

/// `uni:plugin@0.2.0`: typed columns (`wit/plugin.wit`).
pub(crate) mod v2 {
    wasmtime::component::bindgen!({
        path: "wit",
        world: "plugin",
    });

    /// Conversions between the generated `column`/`batch` types and Arrow.
    pub(crate) mod columns {
        uni_plugin::wit_column_conversions!(crate::bindings::v2::uni::plugin::types);
    }
}
