//! Integration tests of the host runtime.

mod events;
mod examples;
mod isolation;
mod jobs;
mod load;
mod native_library;
mod policy_invalid;
mod reload;
mod services;
mod signing;
mod support;
