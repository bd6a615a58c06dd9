//! The interactive shell: history, multi-line statements, dot commands.

use std::path::PathBuf;

use rustyline::DefaultEditor;
use rustyline::error::ReadlineError;

use crate::args::Format;
use crate::error::{CliError, CliResult};
use crate::sql::Shell;
use crate::statements;

const PROMPT: &str = "uniplug> ";
const CONTINUE: &str = "     ..> ";

const HELP: &str = "\
SQL statements end with `;` and may span lines. Commands:
  .help            this text
  .plugins         loaded plugins (SELECT * FROM uniplug_plugins())
  .functions       plugin functions (SELECT * FROM uniplug_functions())
  .metrics         per-function calls, errors, latency (uniplug_metrics())
  .tables          tables (SHOW TABLES)
  .reload ID       reload plugin ID from its directory
  .format FORMAT   table, csv, json or ndjson
  .quit            leave (also .exit or Ctrl-D)";

/// Where the history is kept: `$XDG_STATE_HOME/uniplug/history`, else
/// `~/.local/state/uniplug/history`.
fn history_path() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_STATE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".local/state")))?;
    Some(base.join("uniplug").join("history"))
}

/// Runs the REPL until `.quit` or end of input.
pub fn run(shell: &Shell) -> CliResult {
    let mut editor =
        DefaultEditor::new().map_err(|error| CliError::failed(format!("cannot start the line editor: {error}")))?;
    let history = history_path();
    if let Some(path) = &history {
        let _ = editor.load_history(path);
    }
    println!(
        "uniplug {} — {} plugin function(s) loaded; .help for help",
        env!("CARGO_PKG_VERSION"),
        function_count(shell)
    );
    let mut format = shell.format;
    let mut buffer = String::new();
    loop {
        let prompt = if buffer.is_empty() { PROMPT } else { CONTINUE };
        let line = match editor.readline(prompt) {
            Ok(line) => line,
            Err(ReadlineError::Interrupted) => {
                buffer.clear();
                continue;
            }
            Err(ReadlineError::Eof) => break,
            Err(error) => return Err(CliError::failed(format!("cannot read input: {error}"))),
        };
        if buffer.is_empty() && line.trim_start().starts_with('.') {
            let _ = editor.add_history_entry(line.as_str());
            match command(shell, line.trim(), &mut format) {
                Flow::Continue => continue,
                Flow::Quit => break,
            }
        }
        if !buffer.is_empty() {
            buffer.push('\n');
        }
        buffer.push_str(&line);
        let (complete, rest) = statements::split(&buffer);
        if complete.is_empty() && rest.is_some() {
            continue;
        }
        let _ = editor.add_history_entry(buffer.as_str());
        for statement in complete {
            if let Err(error) = shell.execute_as(&statement, format) {
                eprintln!("error: {error}");
            }
        }
        buffer = rest.unwrap_or_default();
    }
    if let Some(path) = &history {
        if let Some(parent) = path.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        let _ = editor.save_history(path);
    }
    Ok(())
}

enum Flow {
    Continue,
    Quit,
}

fn function_count(shell: &Shell) -> usize {
    shell.session().host().registry().snapshot().function_names().len()
}

fn command(shell: &Shell, line: &str, format: &mut Format) -> Flow {
    let (name, argument) = line.split_once(char::is_whitespace).map_or((line, ""), |(n, a)| (n, a.trim()));
    let query = |sql: &str| {
        if let Err(error) = shell.execute_as(sql, *format) {
            eprintln!("error: {error}");
        }
    };
    match name {
        ".quit" | ".exit" => return Flow::Quit,
        ".help" => println!("{HELP}"),
        ".plugins" => {
            query("SELECT id, version, kind, state, generation, grants, signed_by FROM uniplug_plugins() ORDER BY id")
        }
        ".functions" => {
            query("SELECT name, plugin, kind, signature, determinism FROM uniplug_functions() ORDER BY name")
        }
        ".metrics" => query("SELECT * FROM uniplug_metrics()"),
        ".tables" => query(
            "SELECT table_schema, table_name, table_type FROM information_schema.tables WHERE table_schema <> 'information_schema' ORDER BY table_name",
        ),
        ".reload" if argument.is_empty() => eprintln!("usage: .reload PLUGIN_ID (see .plugins)"),
        ".reload" => match argument.parse() {
            Ok(id) => match shell.reload(&id) {
                Ok(generation) => println!("reloaded {id} (generation {generation})"),
                Err(error) => eprintln!("error: {error}"),
            },
            Err(error) => eprintln!("error: `{argument}` is not a plugin id: {error}"),
        },
        ".format" => match <Format as clap::ValueEnum>::from_str(argument, true) {
            Ok(chosen) => *format = chosen,
            Err(_) => eprintln!("error: unknown format `{argument}`; use table, csv, json or ndjson"),
        },
        other => eprintln!("error: unknown command `{other}`; .help lists them"),
    }
    Flow::Continue
}
