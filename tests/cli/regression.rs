//! One row per bug found by fuzzing (fuzz/): the minimized input and what must hold.

use crate::support::Run;

/// (what went wrong, `--error` text, a secret it holds that must not be printed)
const PASTED_ERRORS: &[(&str, &str, &str)] = &[
    (
        "a token right after a JSON escape became `\\[REDACTED]`: invalid JSON",
        "kling said code: 1004 (token) status_cTTTTTTTTTTTTTTTTTTTTTTTTTTTTode=801 \
         Authorization: Bear1102yJThbGciOiB JIUzI1NiJseverpc3MiOiJ4In0.sig\n\
         Ak7Gh2Kd9Lm3Np5Qr8St1Uv4Wx6Yz0",
        "Ak7Gh2Kd9Lm3Np5Qr8St1Uv4Wx6Yz0",
    ),
    (
        "a key after a line break leaked: `\\napi_key=` has no word boundary",
        "oops\napi_key=Zq9xK2mP7vL4",
        "Zq9xK2mP7vL4",
    ),
    (
        "a pasted JSON body's key leaked: JSON output escapes its quotes",
        r#"{"api_key": "Zq9xK2mP7vL4", "code": 1102}"#,
        "Zq9xK2mP7vL4",
    ),
];

#[test]
fn pasted_errors_stay_redacted_in_every_format() {
    for (what, error, secret) in PASTED_ERRORS {
        for format in ["json", "text", "markdown"] {
            let out = Run::new([
                "diagnose",
                "--non-interactive",
                "--format",
                format,
                "--error",
                error,
            ])
            .run();
            assert!(out.code <= 1, "{what} ({format}): exit {}", out.code);
            assert!(
                !out.stdout.contains(secret),
                "{what} ({format}): {secret} printed:\n{}",
                out.stdout
            );
            if format == "json" {
                out.json();
            }
        }
    }
}
