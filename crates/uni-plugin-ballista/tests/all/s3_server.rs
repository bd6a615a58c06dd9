//! An S3-compatible server (s3s-fs, from the registry) on loopback for the
//! store tests and benchmarks, and a plugin store in its bucket.
// The store benchmark includes this file too and uses only part of it.
#![allow(dead_code)]

use std::net::SocketAddr;
use std::path::Path;

use hyper_util::rt::{TokioExecutor, TokioIo};
use hyper_util::server::conn::auto::Builder as ConnBuilder;
use s3s::auth::SimpleAuth;
use s3s::service::S3ServiceBuilder;
use uni_plugin_ballista::PluginStore;

pub const BUCKET: &str = "plugins";
const ACCESS_KEY: &str = "uniplug-test";
const SECRET_KEY: &str = "uniplug-test-secret";

/// An S3 server over the directory `root` (each bucket a subdirectory),
/// serving on loopback until the runtime stops.
pub async fn start_s3(root: &Path) -> SocketAddr {
    std::fs::create_dir_all(root.join(BUCKET)).unwrap();
    let mut builder = S3ServiceBuilder::new(s3s_fs::FileSystem::new(root).unwrap());
    builder.set_auth(SimpleAuth::from_single(ACCESS_KEY, SECRET_KEY));
    let service = builder.build();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let server = ConnBuilder::new(TokioExecutor::new());
        loop {
            let Ok((socket, _)) = listener.accept().await else { continue };
            let connection = server.serve_connection(TokioIo::new(socket), service.clone()).into_owned();
            tokio::spawn(async move {
                let _ = connection.await;
            });
        }
    });
    address
}

/// The bucket's `prefix` as a plugin store, credentials given as options
/// (the environment is left alone).
pub fn s3_store(address: SocketAddr, prefix: &str) -> PluginStore {
    PluginStore::from_location_with(
        &format!("s3://{BUCKET}/{prefix}"),
        [
            ("aws_endpoint", format!("http://{address}")),
            ("aws_allow_http", "true".to_owned()),
            ("aws_access_key_id", ACCESS_KEY.to_owned()),
            ("aws_secret_access_key", SECRET_KEY.to_owned()),
            ("aws_region", "us-east-1".to_owned()),
        ],
    )
    .unwrap()
}
