//! Command-line syntax (clap derive). No environment reads and no I/O here:
//! `config` turns these into a ready `Config`.

use std::path::PathBuf;

use clap::builder::{EnumValueParser, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::i18n::Lang;
use crate::pricing::TEST_VIDEO;

/// Diagnoses Kling AI API errors (1102, 1303, 1004, …) and tells you what to fix.
#[derive(Debug, Parser)]
#[command(name = "kling-doctor", version, about, long_about = None)]
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
    #[arg(
        long,
        global = true,
        value_parser = EnumValueParser::<Format>::new().map(FormatArg::Output),
        default_value = "text"
    )]
    pub format: FormatArg,

    /// Also show rule locations, sources and the decision trace
    #[arg(short, long, global = true)]
    pub verbose: bool,
}

/// Facts and behaviour of a diagnosis.
#[derive(Debug, Args, Clone, Default, PartialEq)]
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

    /// The JSON body of the failing request, or its curl command: model, mode, duration … are read from it
    #[arg(long, value_name = "FILE")]
    pub request: Option<PathBuf>,

    /// Never prompt; unknown facts stay unknown and their checks are reported as not checked
    #[arg(long)]
    pub non_interactive: bool,

    /// List the fact keys and their accepted values, then exit
    #[arg(long)]
    pub list_facts: bool,

    /// Also ask the API: packs, units, running tasks, clock skew, reseller balances. Reads
    /// KLING_API_KEY (or KLING_ACCESS_KEY + KLING_SECRET_KEY), USEAPI_TOKEN (+ USEAPI_EMAIL),
    /// COMETAPI_KEY. KLING_API_BASE picks the host: https://api-singapore.klingai.com (default),
    /// https://api-beijing.klingai.com (servers in China), https://api.klingai.com (legacy)
    #[arg(long)]
    pub probe: bool,

    /// Also write a support report to FILE (`.json` → JSON, anything else → Markdown), secrets redacted
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,

    /// Overwrite the --report file if it already exists
    #[arg(long)]
    pub force: bool,

    #[command(flatten)]
    pub probe_args: ProbeArgs,
}

/// `--timeout` when none is given, in seconds.
pub const DEFAULT_TIMEOUT_SECS: u64 = 10;

/// `usage --days` when none is given; `diagnose --probe` reads the same window.
pub const DEFAULT_USAGE_DAYS: u32 = 30;

/// Options of the live probes.
#[derive(Debug, Args, Clone, PartialEq)]
pub struct ProbeArgs {
    /// Per-request probe timeout in seconds
    #[arg(
        long,
        value_name = "SECS",
        value_parser = clap::value_parser!(u64).range(1..=600),
        default_value_t = DEFAULT_TIMEOUT_SECS
    )]
    pub timeout: u64,
}

/// What clap fills in when no probe option is given (`DiagnoseArgs::default` is compared
/// with what was parsed).
impl Default for ProbeArgs {
    fn default() -> ProbeArgs {
        ProbeArgs {
            timeout: DEFAULT_TIMEOUT_SECS,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the decision tree over the known facts and print the diagnosis
    Diagnose(DiagnoseArgs),
    /// Explain one Kling error code (e.g. 1102) or a pasted error body
    Explain(ExplainArgs),
    /// Units and USD for one video and for N videos, and how many videos your units cover
    Cost(CostArgs),
    /// Only the API probes: print the facts learned (packs, units, running tasks, clock skew,
    /// reachability). Credentials and hosts as for `diagnose --probe`
    Probe(ProbeArgs),
    /// Where your units went: the unit ledger per model and setup, per day, per API key,
    /// and how long what is left lasts. Credentials and hosts as for `diagnose --probe`
    Usage(UsageArgs),
    /// Wait for a free concurrency slot (after 1303) or for a new pack's units to show
    #[command(subcommand)]
    Watch(WatchCommand),
    /// Work with rule directories
    #[command(subcommand)]
    Rules(RulesCommand),
    /// Print a shell completion script (e.g. `kling-doctor completions bash`)
    Completions {
        /// The shell to complete for
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `kling-doctor man > kling-doctor.1`
    Man,
}

/// What `cost` prices. Values are typed through the fact catalogue, so `--mode 1080p`
/// and `--model v2.6` work as they do in `--set`. Unless told otherwise it prices one
/// `TEST_VIDEO`; clap's defaults are the only ones, and `help` words them.
#[derive(Debug, Args, Clone)]
pub struct CostArgs {
    /// The model_name, or a friendly alias such as `v2.6` or `2.5 turbo`
    #[arg(long, value_name = "M")]
    pub model: String,

    /// std (720p), pro (1080p) or 4k
    #[arg(long, value_name = "MODE", default_value = TEST_VIDEO.mode)]
    pub mode: String,

    /// Seconds per video
    #[arg(long, value_name = "S", default_value_t = TEST_VIDEO.seconds.to_string())]
    pub duration: String,

    /// How many videos you plan
    #[arg(long, value_name = "N", default_value = "1")]
    pub count: String,

    /// Units left in your pack: how many videos they cover
    #[arg(long, value_name = "U")]
    pub units_left: Option<String>,

    /// Price the video with native audio
    #[arg(long)]
    pub audio: bool,

    /// Price the video with voice control (a specified voice; implies native audio)
    #[arg(long)]
    pub voice: bool,

    /// video, image (--count images) or try-on
    #[arg(long, value_name = "PRODUCT", default_value = "video")]
    pub product: String,
}

/// What `usage` reads. Numbers are checked by the command, so a bad one gets a clear
/// message rather than clap's.
#[derive(Debug, Args, Clone)]
pub struct UsageArgs {
    /// Days of the ledger to read, ending now
    #[arg(
        long,
        value_name = "N",
        allow_hyphen_values = true,
        default_value_t = DEFAULT_USAGE_DAYS.to_string()
    )]
    pub days: String,

    /// The pack family: video, image or try-on
    #[arg(long, value_enum, ignore_case = true, default_value_t = Product::Video)]
    pub product: Product,

    #[command(flatten)]
    pub probe_args: ProbeArgs,
}

/// A pack family, as the ledger's `product_type` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Product {
    Video,
    Image,
    #[value(name = "try-on", alias = "try_on", alias = "tryon")]
    TryOn,
}

impl Product {
    pub fn as_str(self) -> &'static str {
        match self {
            Product::Video => "video",
            Product::Image => "image",
            Product::TryOn => "try-on",
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum WatchCommand {
    /// Wait until running (submitted + processing) tasks are below the limit: --limit, else
    /// the pack name's, else below the count at the start
    Slots(WatchSlotsArgs),
    /// Wait until the packs show usable units (more than --min-units), e.g. after a purchase
    Balance(WatchBalanceArgs),
}

#[derive(Debug, Args, Clone)]
pub struct WatchSlotsArgs {
    /// The concurrency limit of your packs [default: read from the pack name]
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub limit: Option<String>,

    #[command(flatten)]
    pub wait: WatchArgs,
}

#[derive(Debug, Args, Clone)]
pub struct WatchBalanceArgs {
    /// Wait until more than U units are usable
    #[arg(
        long,
        value_name = "U",
        allow_hyphen_values = true,
        default_value = "0"
    )]
    pub min_units: String,

    #[command(flatten)]
    pub wait: WatchArgs,
}

/// Options both watches take.
#[derive(Debug, Args, Clone)]
pub struct WatchArgs {
    /// Give up after SECS seconds (exit 1)
    #[arg(
        long,
        value_name = "SECS",
        allow_hyphen_values = true,
        default_value = "3600"
    )]
    pub max_wait: String,

    #[command(flatten)]
    pub probe_args: ProbeArgs,
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
    /// Run the scenarios in rules/tests/*.yaml and show what differs
    Test {
        /// The rules directory [default: the built-in rules, or --rules]
        dir: Option<PathBuf>,
    },
    /// Print the decision tree as a graph
    Graph {
        /// The rules directory [default: the built-in rules, or --rules]
        dir: Option<PathBuf>,

        /// Graph format
        #[arg(
            long,
            value_parser = EnumValueParser::<GraphFormat>::new().map(FormatArg::Graph),
            default_value = "mermaid"
        )]
        format: FormatArg,
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GraphFormat {
    Mermaid,
    Dot,
}

/// What `--format` holds. clap shares one argument's value between a command and its
/// subcommands, so the global `--format text|json|markdown` and `rules graph --format
/// mermaid|dot` must store the same type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormatArg {
    Output(Format),
    Graph(GraphFormat),
}

impl FormatArg {
    /// The output format of every command but `rules graph` (which never reads it).
    pub fn output(self) -> Format {
        match self {
            FormatArg::Output(format) => format,
            FormatArg::Graph(_) => Format::Text,
        }
    }
}

/// `--lang en|id`. Written out rather than derived so `i18n` needs no clap and stays
/// part of the rule compiler in `build.rs`.
impl clap::ValueEnum for Lang {
    fn value_variants<'a>() -> &'a [Self] {
        &Lang::ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.code()))
    }
}
