//! Host-side bindings of the `uni:plugin` world, generated from `wit/`.

wasmtime::component::bindgen!({
    path: "wit",
    world: "plugin",
});
