//! A scheduler and two executors on 127.0.0.1 running wasm plugin
//! functions they were never built with: results equal the single-machine
//! results; a missing or tampered artifact is refused naming the digest;
//! a reload on the client reaches the cluster as a new digest; the store
//! can be an S3 bucket.

mod support;

mod dependencies;
mod errors;
mod metrics;
mod prepare;
mod queries;
mod reload;
mod s3_server;
mod s3_store;
mod workload;
