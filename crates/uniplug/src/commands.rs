//! Dot-commands: in the REPL, in `.read` files, init files, scripts and
//! stdin alike (a line starting with `.` between statements).

use std::path::Path;

use crate::args::Format;
use crate::error::{CliError, CliResult};
use crate::sql::Shell;

/// The commands with their arguments and what they do (`.help`, and the
/// REPL's completion).
pub const COMMANDS: [(&str, &str, &str); 15] = [
    (".help", "", "this text"),
    (".plugins", "", "loaded plugins (SELECT * FROM uniplug_plugins())"),
    (".functions", "", "plugin functions (SELECT * FROM uniplug_functions())"),
    (".metrics", "", "per-function calls, errors, latency (uniplug_metrics())"),
    (".tables", "", "tables (SHOW TABLES)"),
    (".load", "DIR", "load the plugin in DIR (building it if needed) into this session"),
    (".unload", "ID", "unload plugin ID"),
    (".reload", "ID", "reload plugin ID from its directory"),
    (".mode", "FORMAT", "table, csv, json or ndjson"),
    (".format", "FORMAT", "the same as .mode"),
    (".timer", "on|off", "print each statement's elapsed time"),
    (".maxrows", "N|off", "print at most N rows of a result"),
    (".read", "FILE", "run the dot-commands and SQL in FILE"),
    (".quit", "", "leave (also Ctrl-D)"),
    (".exit", "", "the same as .quit"),
];

/// What the reader does after a command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    /// Read on.
    Continue,
    /// Stop reading (`.quit`).
    Quit,
}

/// The `.help` text.
pub fn help() -> String {
    let mut text = String::from("SQL statements end with `;` and may span lines. Tab completes. Commands:\n");
    for (name, argument, what) in COMMANDS {
        text.push_str(&format!("  {:<17}{what}\n", format!("{name} {argument}").trim_end()));
    }
    text.push_str("Ctrl-C cancels a running statement; Ctrl-D leaves.");
    text
}

fn on_off(name: &str, argument: &str) -> CliResult<bool> {
    match argument.to_ascii_lowercase().as_str() {
        "on" => Ok(true),
        "off" => Ok(false),
        _ => Err(CliError::usage(format!("usage: {name} on|off"))),
    }
}

/// Runs the dot-command `line` (`.name arguments`).
pub fn run(shell: &Shell, line: &str) -> CliResult<Flow> {
    let (name, argument) = line.split_once(char::is_whitespace).map_or((line, ""), |(n, a)| (n, a.trim()));
    let needs = |what: &str| -> CliResult<()> {
        if argument.is_empty() { Err(CliError::usage(format!("usage: {name} {what}"))) } else { Ok(()) }
    };
    let mut settings = shell.settings.get();
    match name {
        ".quit" | ".exit" => return Ok(Flow::Quit),
        ".help" => println!("{}", help()),
        ".plugins" => shell.execute(
            "SELECT id, version, kind, state, generation, grants, signed_by FROM uniplug_plugins() ORDER BY id",
        )?,
        ".functions" => {
            shell.execute("SELECT name, plugin, kind, signature, determinism FROM uniplug_functions() ORDER BY name")?
        }
        ".metrics" => shell.execute("SELECT * FROM uniplug_metrics()")?,
        ".tables" => shell.execute(
            "SELECT table_schema, table_name, table_type FROM information_schema.tables WHERE table_schema <> 'information_schema' ORDER BY table_name",
        )?,
        ".reload" => {
            needs("PLUGIN_ID (see .plugins)")?;
            let id = plugin_id(argument)?;
            let generation = shell.reload(&id)?;
            println!("reloaded {id} (generation {generation})");
        }
        ".load" => {
            needs("DIR (a plugin directory)")?;
            let dir = Path::new(argument);
            if let Some(missing) = crate::build::needs_build(dir) {
                eprintln!("building the {missing} of `{}`", dir.display());
                crate::build::build_plugin(dir, true)?;
            }
            let host = shell.session().host();
            let id = host.reload_dir(dir).map_err(CliError::failed)?;
            shell.session().sync();
            let generation = host.generation(&id).map_or(0, |generation| generation.number());
            println!("loaded {id} (generation {generation})");
        }
        ".unload" => {
            needs("PLUGIN_ID (see .plugins)")?;
            let id = plugin_id(argument)?;
            shell.session().host().unload(&id).map_err(CliError::failed)?;
            shell.session().sync();
            println!("unloaded {id}");
        }
        ".mode" | ".format" => {
            needs("table|csv|json|ndjson")?;
            settings.format = <Format as clap::ValueEnum>::from_str(argument, true).map_err(|_| {
                CliError::usage(format!("unknown format `{argument}`; use table, csv, json or ndjson"))
            })?;
        }
        ".timer" => settings.timer = on_off(name, argument)?,
        ".maxrows" => {
            settings.max_rows = match argument {
                "off" | "0" => None,
                _ => Some(argument.parse().map_err(|_| CliError::usage("usage: .maxrows N|off"))?),
            }
        }
        ".read" => {
            needs("FILE")?;
            shell.read_file(Path::new(argument))?;
        }
        other => return Err(CliError::usage(format!("unknown command `{other}`; .help lists them"))),
    }
    shell.settings.set(settings);
    Ok(Flow::Continue)
}

fn plugin_id(text: &str) -> CliResult<uni_plugin::PluginId> {
    text.parse().map_err(|error| CliError::usage(format!("`{text}` is not a plugin id: {error}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn help_lists_every_command_once() {
        let text = help();
        for (name, _, _) in COMMANDS {
            assert_eq!(
                text.matches(&format!("  {name} ")).count() + text.matches(&format!("  {name}\n")).count(),
                1,
                "{name}: {text}"
            );
        }
    }
}
