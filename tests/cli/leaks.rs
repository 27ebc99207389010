//! Pasted credentials of every provider's header shape, raw, JSON-escaped and URL-encoded,
//! fed through `diagnose --error` in every format with a report: no piece of any reaches
//! stdout, stderr or the report. The fake keys are nobody's: none is configured, so only
//! the shape gives them away.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use crate::support::Run;

const FAL_ID: &str = "5d0b7e2a-6c1f-4e8b-a3d9-0f2e4c6a8b1d";
const FAL_SECRET: &str = "c4e1a9f07b3d5e2c8a6f0d4b1e9c7a35";
const USEAPI: &str = "user:7305-UaW4n8Qz2Xk6Rj9Tm3Vp";
const COMET: &str = "sk-CoR7t2Yw9Lq4Zm8Xn3Vb6Hj";
const R8: &str = "r8_Hs3Lq8Wd1Zx6Nc4Rv9Tb2Km7Jp5Gf0Ya8Eu";
const JWT: &str =
    "eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJMZWFrVGFibGVJc3N1ZXIifQ.bGVhay10YWJsZS1zaWduYXR1cmU";
const PIAPI: &str = "PiK9w2Xe7Rt4Yu1Io6Pa3Sd";

/// A `curl -v` style dump: the request with `header`, then the provider's answer.
fn dump(url: &str, header: &str, answer: &str) -> String {
    format!(
        "curl -sS -X POST '{url}' \\\n  -H '{header}' \\\n  -H 'Content-Type: application/json' \\\n  -d '{{\"model_name\":\"kling-v2-6\",\"mode\":\"pro\",\"duration\":\"5\"}}'\n< HTTP/2 403\n{answer}"
    )
}

/// Each paste, with the pieces of the credentials in it that must not show anywhere.
fn pastes() -> Vec<(String, Vec<&'static str>)> {
    let fal = format!("Authorization: Key {FAL_ID}:{FAL_SECRET}");
    let fal_answer = r#"{"detail":"User is locked. Reason: Exhausted balance. Top up your balance at fal.ai/dashboard/billing."}"#;
    let kling = r#"{"code":1102,"message":"Account balance not enough","request_id":"req-leak-1"}"#;
    let fal_pieces = vec![&FAL_ID[9..], &FAL_SECRET[4..], &FAL_SECRET[..16]];
    let fal_dump = dump(
        "https://queue.fal.run/fal-ai/kling-video/v2.1/pro/text-to-video",
        &fal,
        fal_answer,
    );
    vec![
        (fal_dump.clone(), fal_pieces.clone()),
        (
            format!(
                "ERROR log line: {}",
                serde_json::to_string(&fal_dump).unwrap()
            ),
            fal_pieces.clone(),
        ),
        (
            format!(
                "GET https://proxy.example/forward?headers={} -> 403 {fal_answer}",
                url_encoded(&fal)
            ),
            fal_pieces,
        ),
        (
            dump(
                "https://api.piapi.ai/api/v1/task",
                &format!("X-API-Key: {PIAPI}"),
                kling,
            ),
            vec![&PIAPI[4..]],
        ),
        (
            dump(
                "https://api.piapi.ai/api/v1/task",
                &format!("x-api-key: {PIAPI}"),
                kling,
            ),
            vec![&PIAPI[4..]],
        ),
        (
            dump(
                "https://gateway.example/kling/v1/videos/text2video",
                &format!("api-key: {PIAPI}"),
                kling,
            ),
            vec![&PIAPI[4..]],
        ),
        (
            dump(
                "https://api.useapi.net/v1/kling/videos/text2video",
                &format!("Authorization: Bearer {USEAPI}"),
                r#"{"error":"Subscription required","code":402}"#,
            ),
            vec![&USEAPI[10..]],
        ),
        (
            format!(
                "curl 'https://query.cometapi.com/user/quota?key={COMET}&start=1'\n{{\"error\":{{\"code\":\"pre_consume_token_quota_failed\",\"message\":\"token quota is not enough\"}}}}"
            ),
            vec![&COMET[4..]],
        ),
        (
            format!(
                "curl 'https://query.cometapi.com/user/quota?key={}'",
                url_encoded(COMET)
            ),
            vec![&COMET[4..]],
        ),
        (
            format!(
                "replicate.exceptions.ReplicateError: REPLICATE_API_TOKEN={R8} {{\"title\":\"Insufficient credit\",\"status\":402}}"
            ),
            vec![&R8[4..]],
        ),
        (
            dump(
                "https://api-singapore.klingai.com/v1/videos/text2video",
                &format!("Authorization: Bearer {JWT}"),
                kling,
            ),
            vec![
                "eyJpc3MiOiJMZWFrVGFibGVJc3N1ZXIifQ",
                "bGVhay10YWJsZS1zaWduYXR1cmU",
            ],
        ),
        (
            format!("Authorization%3A%20Bearer%20{JWT} {kling}"),
            vec![
                "eyJpc3MiOiJMZWFrVGFibGVJc3N1ZXIifQ",
                "bGVhay10YWJsZS1zaWduYXR1cmU",
            ],
        ),
    ]
}

/// How a tool URL-encodes a value: everything but RFC 3986's unreserved characters.
const UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

fn url_encoded(s: &str) -> String {
    utf8_percent_encode(s, UNRESERVED).to_string()
}

#[test]
fn pasted_credentials_reach_no_output_and_no_report() {
    for (i, (paste, pieces)) in pastes().into_iter().enumerate() {
        for (f, format) in ["text", "json", "markdown"].into_iter().enumerate() {
            let report = format!("r.{}", ["md", "json"][(i + f) % 2]);
            let (out, dir) = Run::new([
                "diagnose",
                "--non-interactive",
                "--format",
                format,
                "--error",
                &paste,
                "--report",
                &report,
            ])
            .run_keeping_dir();
            assert!(out.code == 0 || out.code == 1, "{paste}\n{}", out.stderr);
            let written = std::fs::read_to_string(dir.path().join(&report)).expect("report");
            for (channel, text) in [
                ("stdout", &out.stdout),
                ("stderr", &out.stderr),
                ("report", &written),
            ] {
                for piece in &pieces {
                    assert!(
                        !text.contains(piece),
                        "{piece} leaked on {channel} ({format}, {report}) for paste {i}:\n{text}"
                    );
                }
            }
            if format == "json" {
                out.json();
            }
            if report.ends_with(".json") {
                serde_json::from_str::<serde_json::Value>(&written).expect("JSON report");
            }
        }
    }
}
