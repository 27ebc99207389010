//! HS256 for `jsonwebtoken`, computed by `ring` — the crypto rustls already uses here.
//! jsonwebtoken's own backends are aws-lc (a second C crypto library: 0.6 MB of the binary
//! and 20 s of a cold build) or RustCrypto with RSA and elliptic curves a Kling token
//! never needs. Only HS256 is offered; any other algorithm is an error, not a panic.

use jsonwebtoken::crypto::{CryptoProvider, JwtSigner, JwtVerifier, KeyUtils};
use jsonwebtoken::errors::{Error, ErrorKind};
use jsonwebtoken::{Algorithm, AlgorithmFamily, DecodingKey, EncodingKey};
use ring::hmac;
use signature::{Signer, Verifier};

static PROVIDER: CryptoProvider = CryptoProvider {
    signer_factory: signer,
    verifier_factory: verifier,
    key_utils: KeyUtils::new_unimplemented(),
};

/// Makes `jsonwebtoken::encode`/`decode` use HS256 from ring. Call it before either: the
/// first call of those otherwise fixes jsonwebtoken's provider for the process.
pub fn install() {
    // Fails only when a provider is already installed, which is then this one.
    let _ = PROVIDER.install_default();
}

struct Hs256(hmac::Key);

fn hs256(algorithm: Algorithm, family: AlgorithmFamily, secret: &[u8]) -> Result<Hs256, Error> {
    if algorithm != Algorithm::HS256 {
        return Err(ErrorKind::InvalidAlgorithm.into());
    }
    if family != AlgorithmFamily::Hmac {
        return Err(ErrorKind::InvalidKeyFormat.into());
    }
    Ok(Hs256(hmac::Key::new(hmac::HMAC_SHA256, secret)))
}

fn signer(algorithm: &Algorithm, key: &EncodingKey) -> Result<Box<dyn JwtSigner>, Error> {
    Ok(Box::new(hs256(*algorithm, key.family(), key.as_bytes())?))
}

fn verifier(algorithm: &Algorithm, key: &DecodingKey) -> Result<Box<dyn JwtVerifier>, Error> {
    Ok(Box::new(hs256(
        *algorithm,
        key.family(),
        key.try_get_as_bytes()?,
    )?))
}

impl Signer<Vec<u8>> for Hs256 {
    fn try_sign(&self, msg: &[u8]) -> Result<Vec<u8>, signature::Error> {
        Ok(hmac::sign(&self.0, msg).as_ref().to_vec())
    }
}

impl Verifier<Vec<u8>> for Hs256 {
    fn verify(&self, msg: &[u8], tag: &Vec<u8>) -> Result<(), signature::Error> {
        hmac::verify(&self.0, msg, tag).map_err(|_| signature::Error::new())
    }
}

impl JwtSigner for Hs256 {
    fn algorithm(&self) -> Algorithm {
        Algorithm::HS256
    }
}

impl JwtVerifier for Hs256 {
    fn algorithm(&self) -> Algorithm {
        Algorithm::HS256
    }
}

#[cfg(test)]
mod tests {
    use jsonwebtoken::{Header, Validation, decode, encode};
    use serde_json::{Value, json};

    use super::*;

    /// jwt.io's canonical HS256 example (secret "your-256-bit-secret"), signed elsewhere.
    const JWT_IO: &str = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
    const SECRET: &[u8] = b"your-256-bit-secret";
    const OTHER: &[u8] = b"not-the-secret";

    #[test]
    fn checks_a_token_signed_elsewhere_and_signs_what_it_checks() {
        install();
        let mut validation = Validation::new(Algorithm::HS256);
        validation.validate_exp = false;
        validation.required_spec_claims.clear();
        let ours = encode(
            &Header::new(Algorithm::HS256),
            &json!({"sub": "1234567890"}),
            &EncodingKey::from_secret(SECRET),
        )
        .expect("signed");
        let cases = [
            ("jwt.io, the right secret", JWT_IO, SECRET, true),
            ("jwt.io, another secret", JWT_IO, OTHER, false),
            ("ours, the right secret", ours.as_str(), SECRET, true),
            ("ours, another secret", ours.as_str(), OTHER, false),
        ];
        for (what, token, secret, valid) in cases {
            let got = decode::<Value>(token, &DecodingKey::from_secret(secret), &validation);
            assert_eq!(got.is_ok(), valid, "{what}");
        }
    }

    #[test]
    fn other_algorithms_are_errors_not_panics() {
        install();
        let key = EncodingKey::from_secret(b"k");
        for algorithm in [Algorithm::HS384, Algorithm::HS512, Algorithm::RS256] {
            assert!(
                encode(&Header::new(algorithm), &json!({}), &key).is_err(),
                "{algorithm:?}"
            );
        }
    }
}
