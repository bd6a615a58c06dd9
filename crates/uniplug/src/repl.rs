//! The interactive shell: history, multi-line statements, dot-commands,
//! tab completion.

use std::path::PathBuf;

use rustyline::Editor;
use rustyline::error::ReadlineError;
use rustyline::history::DefaultHistory;

use crate::commands::{self, Flow};
use crate::completion::Completion;
use crate::error::{CliError, CliResult};
use crate::sql::Shell;
use crate::statements::{Item, Reader};

const PROMPT: &str = "uniplug> ";
const CONTINUE: &str = "     ..> ";

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
    let mut editor: Editor<Completion, DefaultHistory> =
        Editor::new().map_err(|error| CliError::failed(format!("cannot start the line editor: {error}")))?;
    editor.set_helper(Some(Completion::new(shell.session())));
    let history = history_path();
    if let Some(path) = &history {
        let _ = editor.load_history(path);
        if let Some(parent) = path.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
    }
    println!(
        "uniplug {} — {} plugin function(s) loaded; .help for help",
        env!("CARGO_PKG_VERSION"),
        function_count(shell)
    );
    let mut reader = Reader::default();
    let mut entry = String::new();
    loop {
        let prompt = if reader.is_pending() { CONTINUE } else { PROMPT };
        let line = match editor.readline(prompt) {
            Ok(line) => line,
            Err(ReadlineError::Interrupted) => {
                reader.clear();
                entry.clear();
                continue;
            }
            Err(ReadlineError::Eof) => break,
            Err(error) => return Err(CliError::failed(format!("cannot read input: {error}"))),
        };
        if !entry.is_empty() {
            entry.push('\n');
        }
        entry.push_str(&line);
        let items = reader.feed(&line);
        if reader.is_pending() {
            continue;
        }
        // A whole entry (a command, or statements spanning lines) is one
        // history item, saved at once: a crash loses none of it.
        let _ = editor.add_history_entry(std::mem::take(&mut entry).as_str());
        if let Some(path) = &history {
            let _ = editor.save_history(path);
        }
        for item in items {
            let outcome = match item {
                Item::Command(line) => commands::run(shell, &line),
                Item::Statement(statement) => shell.execute(&statement).map(|()| Flow::Continue),
            };
            match outcome {
                Ok(Flow::Continue) => {}
                Ok(Flow::Quit) => return Ok(()),
                Err(error) => eprintln!("error: {error}"),
            }
        }
    }
    Ok(())
}

fn function_count(shell: &Shell) -> usize {
    shell.session().host().registry().snapshot().function_names().len()
}
