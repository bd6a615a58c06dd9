//! Integration tests of the host runtime.

mod load;
mod policy_invalid;
mod reload;
mod support;
