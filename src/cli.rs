//! Command-line syntax (clap derive). No environment reads and no I/O here:
//! `config` turns these into a ready `Config`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::i18n::Lang;

/// Diagnoses Kling AI API errors (1102, 1303, 1004, …) and tells you what to fix.
#[derive(Debug, Parser)]
#[command(name = "kling-doctor", version, about, long_about = None, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    /// Without a subcommand: the guided check (a terminal) or `diagnose --non-interactive`.
    #[command(flatten)]
    pub diagnose: DiagnoseArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Options every command understands.
#[derive(Debug, Args, Clone)]
pub struct GlobalArgs {
    /// Output language [default: KLING_DOCTOR_LANG, LC_ALL, LC_MESSAGES, LANG, then the OS locale]
    #[arg(long, global = true, value_enum, ignore_case = true)]
    pub lang: Option<Lang>,

    /// When to colour the output (NO_COLOR set means never, unless `always`)
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Use the rules in DIR instead of the built-in ones
    #[arg(long, global = true, value_name = "DIR")]
    pub rules: Option<PathBuf>,

    /// Output format
    #[arg(long, global = true, value_enum, default_value_t = Format::Text)]
    pub format: Format,

    /// Also show rule locations, sources and the decision trace
    #[arg(short, long, global = true)]
    pub verbose: bool,
}

/// Facts and behaviour of a diagnosis.
#[derive(Debug, Args, Clone, Default)]
pub struct DiagnoseArgs {
    /// The error Kling returned: a message, a code, a JSON body or a `curl -i` dump
    #[arg(long, value_name = "TEXT")]
    pub error: Option<String>,

    /// Supply a fact, e.g. `--set package_status=expired` (repeatable; see --list-facts)
    #[arg(long = "set", value_name = "KEY=VALUE")]
    pub set: Vec<String>,

    /// A YAML or JSON file of facts (same keys and values as --set)
    #[arg(long, value_name = "FILE")]
    pub answers: Option<PathBuf>,

    /// Never prompt; unknown facts stay unknown and their checks are reported as not checked
    #[arg(long)]
    pub non_interactive: bool,

    /// List the fact keys and their accepted values, then exit
    #[arg(long)]
    pub list_facts: bool,

    /// Also write a support report to FILE (`.json` → JSON, anything else → Markdown), secrets redacted
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,

    /// Overwrite the --report file if it already exists
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the decision tree over the known facts and print the diagnosis
    Diagnose(DiagnoseArgs),
    /// Explain one Kling error code (e.g. 1102) or a pasted error body
    Explain(ExplainArgs),
    /// Work with rule directories
    #[command(subcommand)]
    Rules(RulesCommand),
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// A code such as 1102, or a pasted message or JSON body
    #[arg(value_name = "CODE", required_unless_present = "list")]
    pub code: Option<String>,

    /// List every known code
    #[arg(long)]
    pub list: bool,
}

#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// Validate a rules directory; errors name file:line:column
    Check {
        /// The rules directory [default: the built-in rules, or --rules]
        dir: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
    Markdown,
}
