//! `uniplug keygen`, `sign` and `verify`.

use std::path::{Path, PathBuf};

use uni_plugin_host::signing::{self, KeyPair, SignatureError};

use crate::args::{KeygenArgs, SignArgs, VerifyArgs};
use crate::build;
use crate::error::{CliError, CliResult};
use crate::inspect::trusted_keys;

fn public_path(secret: &Path) -> PathBuf {
    let mut name = secret.as_os_str().to_owned();
    name.push(".pub");
    PathBuf::from(name)
}

/// Writes a secret key readable by its owner only.
fn write_secret(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    writeln!(file, "{text}")
}

/// Runs `uniplug keygen`.
pub fn keygen(args: KeygenArgs) -> CliResult {
    let public = public_path(&args.out);
    for path in [&args.out, &public] {
        if path.exists() && !args.force {
            return Err(CliError::usage(format!("`{}` exists; pass --force to overwrite it", path.display())));
        }
    }
    let keys = signing::keygen().map_err(CliError::failed)?;
    write_secret(&args.out, &keys.secret_text())
        .map_err(|error| CliError::failed(format!("cannot write `{}`: {error}", args.out.display())))?;
    std::fs::write(&public, format!("{}\n", keys.public()))
        .map_err(|error| CliError::failed(format!("cannot write `{}`: {error}", public.display())))?;
    println!("secret key  {} (keep it private)", args.out.display());
    println!("public key  {} ({})", public.display(), keys.public());
    println!("key id      {}", keys.public().key_id());
    println!("trust it in a policy: trusted_keys = [\"{}\"]", keys.public());
    Ok(())
}

/// Runs `uniplug sign`.
pub fn sign(args: SignArgs) -> CliResult {
    let (_, manifest) = build::read_manifest(&args.dir)?;
    let keys = KeyPair::load(&args.key).map_err(CliError::usage)?;
    let signed = signing::sign_plugin_dir(&args.dir, &keys).map_err(CliError::failed)?;
    println!("signed {} {} with key {}", manifest.plugin.id, manifest.plugin.version, signed.key_id);
    Ok(())
}

/// Runs `uniplug verify`: exit 0 when the signature is intact (and, given
/// trusted keys, by one of them); 1 otherwise.
pub fn verify(args: VerifyArgs) -> CliResult {
    build::read_manifest(&args.dir)?;
    let mut trusted = trusted_keys(&args.trusted)?;
    if let Some(path) = &args.policy {
        let policy = crate::session::read_policy(path)?;
        trusted.extend(policy.trusted_public_keys().map_err(CliError::usage)?);
    }
    match signing::verify_plugin_dir(&args.dir, &trusted) {
        Ok(signed) => {
            println!("ok: signature intact, by trusted key {}", signed.key_id);
            Ok(())
        }
        Err(SignatureError::UntrustedKey { key_id, .. }) if trusted.is_empty() => {
            println!("ok: signature intact, by key {key_id} (no --trusted key given, so trust was not checked)");
            Ok(())
        }
        Err(error) => Err(CliError::failed(error)),
    }
}
