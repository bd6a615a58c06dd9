//! The whole sandbox in one place: what each grant becomes in wasmtime.
//!
//! | grant | what the guest gets |
//! |---|---|
//! | none | no env, no preopens, no sockets, no DNS; clocks frozen at the epoch; a fixed random seed; stdout/stderr to the host log only with `log` |
//! | `env:NAME` | that variable, read once per generation |
//! | `fs-read:P` / `fs-write:P` | `P` preopened (read-only for `fs-read`); a relative `P` lives in the plugin's directory and must not be, or pass through, a symlink |
//! | `net:HOST[:PORT]` | outgoing TCP to those addresses only; DNS only for the granted host names (`*.example.com`: names below it), and the addresses a granted lookup returns become reachable on the grant's port |
//! | `clock` | the real wall and monotonic clocks |
//! | `random` | the OS's random source |
//! | `secret:NAME`, `query`, `log` | the `uni:plugin` host imports, each checked again per call (see `state`) |
//!
//! Every wait a guest can start in the host (`wasi:io/poll`'s `poll` and
//! `pollable.block`: sleeps, socket readiness, name lookups; the blocking
//! `wasi:io/streams` reads, writes and flushes) is bounded by the call's
//! deadline: epoch interruption stops wasm code but not a host
//! call, so without this a `sleep(u64::MAX)` would hold its thread forever.
//! A wait cut short traps with [`DeadlineExceeded`], reported as a timeout.

use std::net::IpAddr;
use std::path::{Component as PathComponent, Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use uni_plugin::capability::{HostPattern, NetTarget};
use uni_plugin::{CallError, Capability, Grants, PluginId};
use wasmtime::component::{HasData, Linker, Resource, ResourceTable};
use wasmtime_wasi::p2::bindings::sockets::ip_name_lookup;
use wasmtime_wasi::p2::bindings::sockets::network::{self, ErrorCode, Network};
use wasmtime_wasi::p2::bindings::sync::io::poll;
use wasmtime_wasi::p2::bindings::sync::io::streams::{self, InputStream, OutputStream};
use wasmtime_wasi::p2::{DynPollable, SocketError, StreamError, StreamResult};
use wasmtime_wasi::sockets::{SocketAddrUse, WasiSocketsCtxView};
use wasmtime_wasi::{FsPerms, HostMonotonicClock, HostWallClock, WasiCtxBuilder};
use wasmtime_wasi_io::bindings::wasi::io as async_io;

use crate::output::{GuestOutput, Stream};
use crate::state::{HostState, LogBudget};

/// A socket address a `net:` grant allows: `(None, _)` is any host, `(_,
/// None)` any port.
type AllowedAddress = (Option<IpAddr>, Option<u16>);

/// What a plugin's grants allow, read once per generation: reading the
/// environment and resolving host names is most of what building a WASI
/// context would otherwise cost per instance.
pub(crate) struct Sandbox {
    plugin: PluginId,
    grants: Arc<Grants>,
    data_dir: Option<PathBuf>,
    env: Vec<(String, String)>,
    /// Socket addresses `net:` grants allow; `(None, _)`: any host.
    addresses: Arc<Vec<AllowedAddress>>,
    /// Host names `net:` grants name, which the guest may look up.
    names: Arc<NameGrants>,
}

/// The most addresses one plugin learns from its lookups; beyond it a
/// lookup still answers but its addresses are not added (a guest resolving
/// endless subdomains cannot grow the host's memory).
const MAX_LEARNED_ADDRESSES: usize = 1024;

/// The names a guest may resolve, and the addresses its granted lookups
/// returned (reachable afterwards on the port of the grant that allowed the
/// name). Names are resolved when the guest asks, so a wildcard grant
/// (`net:*.example.com`) and a name whose addresses change both work.
#[derive(Debug, Default)]
pub(crate) struct NameGrants {
    /// The `net:` grants that name hosts (`*`, `*.suffix`, or a name).
    targets: Vec<NetTarget>,
    /// Addresses granted lookups returned.
    learned: Mutex<Vec<AllowedAddress>>,
}

impl NameGrants {
    /// The ports `name` may be reached on once resolved (`None`: any port);
    /// empty when no grant names it.
    fn ports_for(&self, name: &str) -> Vec<Option<u16>> {
        let name = name.trim_end_matches('.').to_ascii_lowercase();
        let mut ports: Vec<Option<u16>> = self
            .targets
            .iter()
            .filter(|target| target.covers(&NetTarget { host: HostPattern::Exact(name.clone()), port: target.port }))
            .map(|target| target.port)
            .collect();
        if ports.contains(&None) {
            ports = vec![None];
        }
        ports.dedup();
        ports
    }

    /// Whether the guest may look `name` up.
    fn allows(&self, name: &str) -> bool {
        name.trim_end_matches('.').parse::<IpAddr>().is_ok() || !self.ports_for(name).is_empty()
    }

    /// Records that a granted lookup returned `ip`, reachable on `ports`.
    fn learn(&self, ip: IpAddr, ports: &[Option<u16>]) {
        let mut learned = self.learned.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        for port in ports {
            if learned.len() >= MAX_LEARNED_ADDRESSES {
                tracing::warn!("a plugin resolved more than {MAX_LEARNED_ADDRESSES} addresses; later ones stay closed");
                return;
            }
            if !learned.contains(&(Some(ip), *port)) {
                learned.push((Some(ip), *port));
            }
        }
    }

    /// Whether a granted lookup returned this address (on a granted port).
    fn learned(&self, address: std::net::SocketAddr) -> bool {
        let learned = self.learned.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        learned.iter().any(|allowed| permits(allowed, address))
    }
}

/// Whether `allowed` lets a connection to `address` through.
fn permits((ip, port): &AllowedAddress, address: std::net::SocketAddr) -> bool {
    ip.is_none_or(|ip| ip == address.ip()) && port.is_none_or(|port| port == address.port())
}

impl Sandbox {
    pub(crate) fn new(plugin: PluginId, grants: Arc<Grants>, data_dir: Option<PathBuf>) -> Sandbox {
        let env = std::env::vars().filter(|(name, _)| grants.allows_env(name)).collect();
        let (addresses, names) = network_grants(&grants);
        Sandbox { plugin, grants, data_dir, env, addresses: Arc::new(addresses), names: Arc::new(names) }
    }

    /// The WASI context of one instance; `to_log` is the plugin's log
    /// budget when it holds `log` (guest output reaches the host log only
    /// then).
    pub(crate) fn wasi(
        &self,
        stderr: &GuestOutput,
        to_log: Option<Arc<LogBudget>>,
    ) -> Result<wasmtime_wasi::WasiCtx, CallError> {
        let mut builder = WasiCtxBuilder::new();
        builder.stdout(GuestOutput::new(self.plugin.clone(), Stream::Stdout, to_log)).stderr(stderr.clone());
        // Only granted environment variables exist for the guest.
        for (name, value) in &self.env {
            builder.env(name, value);
        }
        if !self.grants.covers(&Capability::Clock) {
            builder.wall_clock(FrozenWallClock).monotonic_clock(FrozenMonotonicClock);
        }
        if !self.grants.covers(&Capability::Random) {
            builder
                .secure_random(wasmtime_wasi::Deterministic::new(vec![0x5a; 32]))
                .insecure_random(wasmtime_wasi::Deterministic::new(vec![0xa5; 32]))
                .insecure_random_seed(0);
        }
        let data_dir = self.data_dir.clone().unwrap_or_else(|| PathBuf::from("."));
        for capability in self.grants.set().iter() {
            let (path, perms) = match capability {
                Capability::FsRead(path) => (path, FsPerms::ReadOnly),
                Capability::FsWrite(path) => (path, FsPerms::ReadWrite),
                _ => continue,
            };
            let host_path = path.resolve(&data_dir);
            if !path.is_absolute() {
                refuse_symlinks(&data_dir, &host_path)?;
            }
            builder.preopened_dir(&host_path, path.to_string(), perms).map_err(|e| {
                CallError::Failed(format!("cannot open granted directory `{}`: {e:#}", host_path.display()))
            })?;
        }
        if !self.addresses.is_empty() || !self.names.targets.is_empty() {
            // Lookups are allowed here and filtered by name in `CheckedLookup`.
            builder.allow_ip_name_lookup(true).allow_tcp(true).allow_udp(false);
            let allowed = self.addresses.clone();
            let names = self.names.clone();
            builder.socket_addr_check(move |address, usage| {
                let permitted = match usage {
                    // Outgoing connections: only to granted addresses, or
                    // to what a granted lookup returned.
                    SocketAddrUse::TcpConnect => {
                        allowed.iter().any(|allowed| permits(allowed, address)) || names.learned(address)
                    }
                    // The implicit bind a connect performs (wildcard address,
                    // any port); listening or explicit binds are not granted.
                    SocketAddrUse::TcpBind => address.ip().is_unspecified() && address.port() == 0,
                    _ => false,
                };
                Box::pin(async move { permitted })
            });
        } else {
            // Linked but not granted: every socket operation and lookup is
            // refused (the guest sees WASI's access-denied).
            builder.allow_ip_name_lookup(false).allow_tcp(false).allow_udp(false);
            builder.socket_addr_check(|_, _| Box::pin(async { false }));
        }
        Ok(builder.build())
    }

    /// The names this plugin may resolve, for its instances' store data.
    pub(crate) fn names(&self) -> Arc<NameGrants> {
        self.names.clone()
    }
}

/// Refuses a relative grant root that is, or passes through, a symlink:
/// the plugin directory's contents are not covered by its signature, so a
/// `data -> ~/.ssh` link would turn `fs-read:data` into the operator's keys.
fn refuse_symlinks(data_dir: &Path, root: &Path) -> Result<(), CallError> {
    let relative = root.strip_prefix(data_dir).unwrap_or(root);
    let mut walked = data_dir.to_path_buf();
    for part in relative.components() {
        match part {
            PathComponent::Normal(name) => walked.push(name),
            PathComponent::CurDir => continue,
            _ => {
                return Err(CallError::NotGranted(format!(
                    "granted directory `{}` leaves the plugin's directory",
                    root.display()
                )));
            }
        }
        if std::fs::symlink_metadata(&walked).is_ok_and(|meta| meta.file_type().is_symlink()) {
            return Err(CallError::NotGranted(format!(
                "granted directory `{}` is a symlink (`{}`); relative grants must be real directories inside the \
                 plugin's directory: replace the link with a directory, or grant the target by its absolute path",
                root.display(),
                walked.display()
            )));
        }
    }
    Ok(())
}

/// The socket addresses and host names `net:` grants allow. Address grants
/// are allowed as they are; exact names are also resolved once here (so a
/// guest may connect to them by address); every name grant is resolved
/// again when the guest looks it up (see [`NameGrants`]).
fn network_grants(grants: &Grants) -> (Vec<AllowedAddress>, NameGrants) {
    let mut addresses = Vec::new();
    let mut names = NameGrants::default();
    for capability in grants.set().iter() {
        let Capability::Net(target) = capability else { continue };
        match &target.host {
            HostPattern::Any => {
                addresses.push((None, target.port));
                names.targets.push(target.clone());
            }
            HostPattern::Exact(host) => {
                let bare = host.trim_start_matches('[').trim_end_matches(']');
                match bare.parse::<IpAddr>() {
                    Ok(ip) => addresses.push((Some(ip), target.port)),
                    Err(_) => {
                        names.targets.push(target.clone());
                        match std::net::ToSocketAddrs::to_socket_addrs(&(bare, target.port.unwrap_or(0))) {
                            Ok(resolved) => addresses.extend(resolved.map(|address| (Some(address.ip()), target.port))),
                            Err(error) => tracing::warn!("`net:{host}`: cannot resolve `{bare}`: {error}"),
                        }
                    }
                }
            }
            // Only a lookup tells which addresses lie below a domain.
            HostPattern::Subdomains(_) => names.targets.push(target.clone()),
        }
    }
    (addresses, names)
}

/// A clock frozen at the Unix epoch, for plugins without `clock`.
struct FrozenWallClock;

impl HostWallClock for FrozenWallClock {
    fn resolution(&self) -> Duration {
        Duration::from_secs(1)
    }
    fn now(&self) -> Duration {
        Duration::ZERO
    }
}

struct FrozenMonotonicClock;

impl HostMonotonicClock for FrozenMonotonicClock {
    fn resolution(&self) -> u64 {
        1_000_000_000
    }
    fn now(&self) -> u64 {
        0
    }
}

/// A linker with WASI (per-grant context in each store), the `uni:plugin`
/// host imports, waits bounded by the call's deadline and name lookups
/// checked against the grants.
pub(crate) fn linker(engine: &wasmtime::Engine) -> wasmtime::Result<Linker<HostState>> {
    let mut linker: Linker<HostState> = Linker::new(engine);
    wasmtime_wasi::p2::add_to_linker_sync(&mut linker)?;
    // Both world versions' imports: their interface names differ by version.
    crate::bindings::v1::Plugin::add_to_linker::<_, wasmtime::component::HasSelf<_>>(&mut linker, |state| state)?;
    crate::bindings::v2::Plugin::add_to_linker::<_, wasmtime::component::HasSelf<_>>(&mut linker, |state| state)?;
    // Replace what WASI linked above with the checked versions.
    linker.allow_shadowing(true);
    poll::add_to_linker::<HostState, BoundedWaits>(&mut linker, bounded)?;
    streams::add_to_linker::<HostState, BoundedWaits>(&mut linker, bounded)?;
    ip_name_lookup::add_to_linker::<HostState, CheckedLookups>(&mut linker, |state| CheckedLookup {
        names: state.names.clone(),
        lookups: &mut state.lookups,
        sockets: WasiSocketsCtxView { ctx: state.wasi.sockets(), table: &mut state.table },
    })?;
    linker.allow_shadowing(false);
    Ok(linker)
}

/// The host side of a store's waits, bounded by its deadline.
fn bounded(state: &mut HostState) -> BoundedWait<'_> {
    BoundedWait { table: &mut state.table, deadline: state.deadline }
}

/// A guest's wait in the host ran into its call's deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the call's time limit passed while the guest waited in the host")]
pub(crate) struct DeadlineExceeded;

/// `wasi:io/poll` for one store, bounded by its call's deadline.
struct BoundedWait<'a> {
    table: &'a mut ResourceTable,
    deadline: Option<Instant>,
}

struct BoundedWaits;

impl HasData for BoundedWaits {
    type Data<'a> = BoundedWait<'a>;
}

impl BoundedWait<'_> {
    /// Runs `wait` until it ends, or until the deadline passes.
    /// Blocks this thread (whatever runtime it belongs to, see
    /// `crate::blocking`).
    fn bounded<T>(&mut self, wait: impl AsyncFnOnce(&mut ResourceTable) -> T) -> Result<T, DeadlineExceeded> {
        let Some(deadline) = self.deadline else {
            return Ok(crate::blocking::wait(wait(self.table)));
        };
        let remaining = deadline.saturating_duration_since(Instant::now());
        if remaining.is_zero() {
            return Err(DeadlineExceeded);
        }
        let table = &mut *self.table;
        crate::blocking::wait(async move {
            tokio::time::timeout(remaining, wait(table)).await.map_err(|_| DeadlineExceeded)
        })
    }

    /// [`BoundedWait::bounded`] for a stream operation: the deadline traps.
    fn bounded_stream<T>(&mut self, wait: impl AsyncFnOnce(&mut ResourceTable) -> StreamResult<T>) -> StreamResult<T> {
        self.bounded(wait).map_err(|deadline| StreamError::Trap(deadline.into()))?
    }
}

impl poll::Host for BoundedWait<'_> {
    fn poll(&mut self, pollables: Vec<Resource<DynPollable>>) -> wasmtime::Result<Vec<u32>> {
        self.bounded(async |table| async_io::poll::Host::poll(table, pollables).await)?
    }
}

impl poll::HostPollable for BoundedWait<'_> {
    fn ready(&mut self, pollable: Resource<DynPollable>) -> wasmtime::Result<bool> {
        self.bounded(async |table| async_io::poll::HostPollable::ready(table, pollable).await)?
    }

    fn block(&mut self, pollable: Resource<DynPollable>) -> wasmtime::Result<()> {
        self.bounded(async |table| async_io::poll::HostPollable::block(table, pollable).await)?
    }

    fn drop(&mut self, pollable: Resource<DynPollable>) -> wasmtime::Result<()> {
        async_io::poll::HostPollable::drop(self.table, pollable)
    }
}

// `wasi:io/streams`: the blocking operations (a socket read that never
// ends, a write to a peer that never reads) are bounded like waits; the
// rest is WASI's own.
impl streams::Host for BoundedWait<'_> {
    fn convert_stream_error(&mut self, error: StreamError) -> wasmtime::Result<streams::StreamError> {
        streams::Host::convert_stream_error(self.table, error)
    }
}

impl streams::HostInputStream for BoundedWait<'_> {
    fn read(&mut self, stream: Resource<InputStream>, len: u64) -> StreamResult<Vec<u8>> {
        streams::HostInputStream::read(self.table, stream, len)
    }

    fn blocking_read(&mut self, stream: Resource<InputStream>, len: u64) -> StreamResult<Vec<u8>> {
        self.bounded_stream(async |table| async_io::streams::HostInputStream::blocking_read(table, stream, len).await)
    }

    fn skip(&mut self, stream: Resource<InputStream>, len: u64) -> StreamResult<u64> {
        streams::HostInputStream::skip(self.table, stream, len)
    }

    fn blocking_skip(&mut self, stream: Resource<InputStream>, len: u64) -> StreamResult<u64> {
        self.bounded_stream(async |table| async_io::streams::HostInputStream::blocking_skip(table, stream, len).await)
    }

    fn subscribe(&mut self, stream: Resource<InputStream>) -> wasmtime::Result<Resource<DynPollable>> {
        streams::HostInputStream::subscribe(self.table, stream)
    }

    fn drop(&mut self, stream: Resource<InputStream>) -> wasmtime::Result<()> {
        crate::blocking::wait(async_io::streams::HostInputStream::drop(self.table, stream))
    }
}

impl streams::HostOutputStream for BoundedWait<'_> {
    fn check_write(&mut self, stream: Resource<OutputStream>) -> StreamResult<u64> {
        streams::HostOutputStream::check_write(self.table, stream)
    }

    fn write(&mut self, stream: Resource<OutputStream>, bytes: Vec<u8>) -> StreamResult<()> {
        streams::HostOutputStream::write(self.table, stream, bytes)
    }

    fn blocking_write_and_flush(&mut self, stream: Resource<OutputStream>, bytes: Vec<u8>) -> StreamResult<()> {
        self.bounded_stream(async |table| {
            async_io::streams::HostOutputStream::blocking_write_and_flush(table, stream, bytes).await
        })
    }

    fn flush(&mut self, stream: Resource<OutputStream>) -> StreamResult<()> {
        streams::HostOutputStream::flush(self.table, stream)
    }

    fn blocking_flush(&mut self, stream: Resource<OutputStream>) -> StreamResult<()> {
        self.bounded_stream(async |table| async_io::streams::HostOutputStream::blocking_flush(table, stream).await)
    }

    fn subscribe(&mut self, stream: Resource<OutputStream>) -> wasmtime::Result<Resource<DynPollable>> {
        streams::HostOutputStream::subscribe(self.table, stream)
    }

    fn write_zeroes(&mut self, stream: Resource<OutputStream>, len: u64) -> StreamResult<()> {
        streams::HostOutputStream::write_zeroes(self.table, stream, len)
    }

    fn blocking_write_zeroes_and_flush(&mut self, stream: Resource<OutputStream>, len: u64) -> StreamResult<()> {
        self.bounded_stream(async |table| {
            async_io::streams::HostOutputStream::blocking_write_zeroes_and_flush(table, stream, len).await
        })
    }

    fn splice(&mut self, dst: Resource<OutputStream>, src: Resource<InputStream>, len: u64) -> StreamResult<u64> {
        streams::HostOutputStream::splice(self.table, dst, src, len)
    }

    fn blocking_splice(
        &mut self,
        dst: Resource<OutputStream>,
        src: Resource<InputStream>,
        len: u64,
    ) -> StreamResult<u64> {
        self.bounded_stream(async |table| {
            async_io::streams::HostOutputStream::blocking_splice(table, dst, src, len).await
        })
    }

    fn drop(&mut self, stream: Resource<OutputStream>) -> wasmtime::Result<()> {
        crate::blocking::wait(async_io::streams::HostOutputStream::drop(self.table, stream))
    }
}

/// `wasi:sockets/ip-name-lookup` for one store: only granted names (and
/// address literals) are looked up; anything else is refused without a
/// query leaving the host, so a guest cannot signal out through DNS.
struct CheckedLookup<'a> {
    names: Arc<NameGrants>,
    /// The ports each of this store's open lookups grants, by stream.
    lookups: &'a mut std::collections::HashMap<u32, Vec<Option<u16>>>,
    sockets: WasiSocketsCtxView<'a>,
}

struct CheckedLookups;

impl HasData for CheckedLookups {
    type Data<'a> = CheckedLookup<'a>;
}

impl ip_name_lookup::Host for CheckedLookup<'_> {
    fn resolve_addresses(
        &mut self,
        network: Resource<Network>,
        name: String,
    ) -> Result<Resource<ip_name_lookup::ResolveAddressStream>, SocketError> {
        if !self.names.allows(&name) {
            tracing::debug!("refused a name lookup of `{name}`: no `net:` grant names it");
            return Err(ErrorCode::AccessDenied.into());
        }
        let ports = self.names.ports_for(&name);
        let stream = ip_name_lookup::Host::resolve_addresses(&mut self.sockets, network, name)?;
        if !ports.is_empty() {
            self.lookups.insert(stream.rep(), ports);
        }
        Ok(stream)
    }
}

// How a lookup's error reaches the guest: as WASI does it.
impl network::Host for CheckedLookup<'_> {
    fn convert_error_code(&mut self, error: SocketError) -> wasmtime::Result<ErrorCode> {
        network::Host::convert_error_code(&mut self.sockets, error)
    }

    fn network_error_code(&mut self, error: Resource<network::Error>) -> wasmtime::Result<Option<ErrorCode>> {
        network::Host::network_error_code(&mut self.sockets, error)
    }
}

impl network::HostNetwork for CheckedLookup<'_> {
    fn drop(&mut self, this: Resource<Network>) -> wasmtime::Result<()> {
        network::HostNetwork::drop(&mut self.sockets, this)
    }
}

impl ip_name_lookup::HostResolveAddressStream for CheckedLookup<'_> {
    fn resolve_next_address(
        &mut self,
        stream: Resource<ip_name_lookup::ResolveAddressStream>,
    ) -> Result<Option<ip_name_lookup::IpAddress>, SocketError> {
        let rep = stream.rep();
        let next = ip_name_lookup::HostResolveAddressStream::resolve_next_address(&mut self.sockets, stream)?;
        if let (Some(address), Some(ports)) = (&next, self.lookups.get(&rep)) {
            self.names.learn(ip_of(address), ports);
        }
        Ok(next)
    }

    fn subscribe(
        &mut self,
        stream: Resource<ip_name_lookup::ResolveAddressStream>,
    ) -> wasmtime::Result<Resource<DynPollable>> {
        ip_name_lookup::HostResolveAddressStream::subscribe(&mut self.sockets, stream)
    }

    fn drop(&mut self, stream: Resource<ip_name_lookup::ResolveAddressStream>) -> wasmtime::Result<()> {
        self.lookups.remove(&stream.rep());
        ip_name_lookup::HostResolveAddressStream::drop(&mut self.sockets, stream)
    }
}

/// A WASI address as a std one.
fn ip_of(address: &ip_name_lookup::IpAddress) -> IpAddr {
    match *address {
        ip_name_lookup::IpAddress::Ipv4((a, b, c, d)) => IpAddr::from([a, b, c, d]),
        ip_name_lookup::IpAddress::Ipv6((a, b, c, d, e, f, g, h)) => IpAddr::from([a, b, c, d, e, f, g, h]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grants(texts: &[&str]) -> NameGrants {
        let grants = Grants::from_set(texts.iter().map(|t| t.parse().unwrap()).collect());
        network_grants(&grants).1
    }

    #[test]
    fn names_are_allowed_only_when_granted() {
        let names = grants(&["net:db.example.com:5432"]);
        assert!(names.allows("db.example.com"));
        assert!(names.allows("DB.example.com."));
        assert!(names.allows("127.0.0.1"), "address literals need no lookup");
        assert!(!names.allows("exfiltrate.attacker.example"));
        assert_eq!(names.ports_for("db.example.com"), [Some(5432)]);
        assert!(grants(&["net:*"]).allows("anything.example"));
    }

    #[test]
    fn wildcards_allow_names_below_the_domain_and_learn_their_addresses() {
        let names = grants(&["net:*.example.com:443", "net:api.example.com"]);
        assert!(names.allows("a.b.example.com"));
        assert!(!names.allows("example.com"), "only names strictly below");
        assert!(!names.allows("badexample.com"));
        assert_eq!(names.ports_for("cdn.example.com"), [Some(443)]);
        assert_eq!(names.ports_for("api.example.com"), [None], "the wider grant wins");

        let address: std::net::SocketAddr = "10.1.2.3:443".parse().unwrap();
        assert!(!names.learned(address), "nothing is reachable before a lookup");
        names.learn(address.ip(), &[Some(443)]);
        assert!(names.learned(address));
        assert!(!names.learned("10.1.2.3:22".parse().unwrap()), "only on the grant's port");
        for n in 0..2 * MAX_LEARNED_ADDRESSES as u32 {
            names.learn(IpAddr::from(n.to_be_bytes()), &[Some(443)]);
        }
        assert!(names.learned.lock().unwrap().len() <= MAX_LEARNED_ADDRESSES);
    }

    #[cfg(unix)]
    #[test]
    fn a_symlinked_grant_root_is_refused() {
        let dir = std::env::temp_dir().join(format!("uni-plugin-sandbox-{}", std::process::id()));
        let outside = dir.join("outside");
        let plugin = dir.join("plugin");
        std::fs::create_dir_all(&outside).unwrap();
        std::fs::create_dir_all(plugin.join("real")).unwrap();
        std::os::unix::fs::symlink(&outside, plugin.join("data")).unwrap();
        std::os::unix::fs::symlink(&outside, plugin.join("real").join("link")).unwrap();
        assert!(refuse_symlinks(&plugin, &plugin.join("real")).is_ok());
        for root in [plugin.join("data"), plugin.join("data").join("sub"), plugin.join("real").join("link")] {
            let error = refuse_symlinks(&plugin, &root).unwrap_err();
            assert!(error.to_string().contains("is a symlink"), "{error}");
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
