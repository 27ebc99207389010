//! Secrets pasted in every header shape of issue 16 item 4 never come back in any output
//! or report. Redaction is `src/redact.rs`'s (the `redact` branch): these pass once it is
//! merged.

use crate::support::Run;

const SECRETS: &[&str] = &[
    "f4c7b1e2-9a3d-4e55-8b21-0c6d7e8f9a10:7d1e5a9c3b2f4e6a8c0d2f4b6e8a0c2d",
    "pk_PasteLeakXApiKey_93kd8s7f6g5h4j3k2l1",
    "AzUreLikeApiKey0123456789abcdefPASTE",
    "sk-PasteLeakGatewayKey9f8e7d6c5b4a3210zz",
    "user:1234-PasteLeakUseapiToken0a9b8c7d6e",
    "r8_PasteLeakReplicateTokenQw3rTy8uI9oP",
];

#[test]
fn pasted_secrets_in_every_header_shape_stay_hidden() {
    let pastes = [
        format!(
            "curl https://queue.fal.run/fal-ai/kling-video -H 'Authorization: Key {}' -d '{{}}'\n{{\"detail\":\"User is locked. Reason: TOP_UP.\"}}",
            SECRETS[0]
        ),
        format!(
            "> POST /api/v1/task HTTP/2\n> Host: api.piapi.ai\n> X-API-Key: {}\n< HTTP/2 401",
            SECRETS[1]
        ),
        format!(
            "curl https://gw.example/kling/v1/videos/text2video -H \"api-key: {}\"",
            SECRETS[2]
        ),
        format!(
            "GET https://query.cometapi.com/user/quota?key={}&x=1 -> 401",
            SECRETS[3]
        ),
        format!(
            "curl https://api.useapi.net/v1/kling/videos/create -H 'Authorization: Bearer {}'\n{{\"error\":\"Subscription required\",\"code\":402}}",
            SECRETS[4]
        ),
        format!(
            "{{\"headers\":{{\"Authorization\":\"Bearer {}\"}},\"title\":\"Unauthenticated\",\"status\":401}}",
            SECRETS[5]
        ),
        format!(
            "GET https://gw.example/v1/x?token={} 403",
            SECRETS[3].replace(':', "%3A")
        ),
    ];
    for paste in &pastes {
        for format in ["text", "json", "markdown"] {
            let (out, dir) = Run::new([
                "diagnose",
                "--non-interactive",
                "--format",
                format,
                "--error",
                paste,
                "--report",
                "r.md",
            ])
            .run_keeping_dir();
            let report = std::fs::read_to_string(dir.path().join("r.md")).unwrap_or_default();
            for secret in SECRETS {
                let tail = &secret[secret.len() - 12..];
                for (channel, text) in [
                    ("stdout", &out.stdout),
                    ("stderr", &out.stderr),
                    ("report", &report),
                ] {
                    assert!(
                        !text.contains(tail),
                        "{tail} leaked on {channel} for {paste}:\n{text}"
                    );
                }
            }
        }
        let out = Run::new(["explain", paste]).run();
        for secret in SECRETS {
            assert!(
                !out.stdout.contains(&secret[secret.len() - 12..]),
                "{}",
                out.stdout
            );
        }
    }
}
