//! TLS to memcached (memcached 1.5.13+ started with `-Z`), with rustls: never OpenSSL, so that
//! the host's own TLS module (Kamailio's `tls`, OpenSIPS's `tls_openssl`) stays the only user of
//! OpenSSL in the process.
//!
//! The crypto provider is `ring`: it builds with the C compiler alone (aws-lc-rs needs cmake, and
//! NASM or Go on some targets), and its AES-GCM, ChaCha20-Poly1305, X25519 and P-256 are assembly
//! on x86_64 and aarch64. A memcached request is a few hundred bytes, so the record ciphers cost
//! little next to the system calls; the handshake is once per connection.
//!
//! The configuration (trust roots, client certificate, protocol versions) is built once, when the
//! module starts, so that a bad file stops the host with a clear error before it serves; each
//! process then handshakes on its own connections after fork. rustls keeps TLS 1.3 tickets and
//! TLS 1.2 sessions in the configuration's in-memory cache, so that a reconnect of the same
//! process resumes instead of a full handshake.
//!
//! This file builds the configuration and names what went wrong; the handshake itself is driven
//! by the connection, under the operation's deadline (`connection.rs`).

use std::fmt;
use std::io;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::{self, CryptoProvider};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use rustls::{
    CertificateError, ClientConfig, ClientConnection, DigitallySignedStruct, HandshakeKind,
    RootCertStore,
};

use crate::client::servers::ServerAddr;

/// The oldest protocol accepted: TLS 1.2 at least (rustls has no older one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TlsVersion {
    V1_2,
    V1_3,
}

impl fmt::Display for TlsVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TlsVersion::V1_2 => "1.2",
            TlsVersion::V1_3 => "1.3",
        })
    }
}

/// What TLS is asked to do, as the parameters say it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TlsSettings {
    /// PEM file of the CAs to trust; `None`: the system's roots.
    pub ca_file: Option<PathBuf>,
    /// Check the server's certificate (chain, dates, name). Off only for tests.
    pub verify: bool,
    /// The name the certificate must carry; `None`: each server's host from `servers`.
    pub server_name: Option<String>,
    /// A client certificate chain and its key (PEM), for servers that ask for one.
    pub cert_file: Option<PathBuf>,
    pub key_file: Option<PathBuf>,
    pub min_version: TlsVersion,
}

impl Default for TlsSettings {
    fn default() -> TlsSettings {
        TlsSettings {
            ca_file: None,
            verify: true,
            server_name: None,
            cert_file: None,
            key_file: None,
            min_version: TlsVersion::V1_2,
        }
    }
}

/// The built configuration, shared by every TLS server of the list.
pub struct Tls {
    config: Arc<ClientConfig>,
    server_name: Option<ServerName<'static>>,
    /// For the startup line: where the roots come from, and the options.
    pub summary: String,
}

impl fmt::Debug for Tls {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.summary)
    }
}

fn provider() -> Arc<CryptoProvider> {
    Arc::new(crypto::ring::default_provider())
}

fn read_certs(path: &Path, what: &str) -> Result<Vec<CertificateDer<'static>>, String> {
    let certs: Vec<_> = CertificateDer::pem_file_iter(path)
        .and_then(|certs| certs.collect::<Result<_, _>>())
        .map_err(|e| format!("cannot read the {what} {}: {e}", path.display()))?;
    if certs.is_empty() {
        return Err(format!(
            "the {what} {} holds no PEM certificate",
            path.display()
        ));
    }
    Ok(certs)
}

fn roots(ca_file: Option<&Path>) -> Result<(RootCertStore, String), String> {
    let mut roots = RootCertStore::empty();
    let (certs, from) = match ca_file {
        Some(path) => (read_certs(path, "tls_ca_file")?, path.display().to_string()),
        None => {
            let found = rustls_native_certs::load_native_certs();
            if found.certs.is_empty() {
                let why = found
                    .errors
                    .first()
                    .map(|e| format!(": {e}"))
                    .unwrap_or_default();
                return Err(format!(
                    "no system CA certificates found (install ca-certificates, or set \
                     tls_ca_file){why}"
                ));
            }
            (found.certs, "the system's roots".to_string())
        }
    };
    let (added, _ignored) = roots.add_parsable_certificates(certs);
    if added == 0 {
        return Err(format!("no usable CA certificate in {from}"));
    }
    Ok((roots, from))
}

impl Tls {
    /// Builds the configuration: the files are read now, and a bad one is the error.
    pub fn new(settings: &TlsSettings) -> Result<Tls, String> {
        let versions: &[&rustls::SupportedProtocolVersion] = match settings.min_version {
            TlsVersion::V1_2 => &[&rustls::version::TLS13, &rustls::version::TLS12],
            TlsVersion::V1_3 => &[&rustls::version::TLS13],
        };
        let builder = ClientConfig::builder_with_provider(provider())
            .with_protocol_versions(versions)
            .map_err(|e| format!("TLS versions: {e}"))?;
        let (builder, trust) = if settings.verify {
            let (roots, from) = roots(settings.ca_file.as_deref())?;
            (
                builder.with_root_certificates(roots),
                format!("CAs from {from}"),
            )
        } else {
            let verifier = Arc::new(NoVerification(provider()));
            (
                builder
                    .dangerous()
                    .with_custom_certificate_verifier(verifier),
                "certificates NOT verified (tls_verify 0)".to_string(),
            )
        };
        let (config, client) = match (&settings.cert_file, &settings.key_file) {
            (None, None) => (builder.with_no_client_auth(), String::new()),
            (Some(cert), key) => {
                let chain = read_certs(cert, "tls_cert_file")?;
                let key_path = key.as_deref().unwrap_or(cert);
                let key = PrivateKeyDer::from_pem_file(key_path).map_err(|e| {
                    format!("cannot read the private key {}: {e}", key_path.display())
                })?;
                let config = builder
                    .with_client_auth_cert(chain, key)
                    .map_err(|e| format!("the client certificate {}: {e}", cert.display()))?;
                (config, format!(", client certificate {}", cert.display()))
            }
            (None, Some(_)) => return Err("tls_key_file is set without tls_cert_file".into()),
        };
        let server_name = match &settings.server_name {
            None => None,
            Some(name) => Some(
                ServerName::try_from(name.clone())
                    .map_err(|_| format!("tls_server_name '{name}' is not a host name"))?,
            ),
        };
        let name = settings
            .server_name
            .as_deref()
            .map(|n| format!(", name {n}"))
            .unwrap_or_default();
        Ok(Tls {
            config: Arc::new(config),
            server_name,
            summary: format!("TLS {}+ ({trust}{name}{client})", settings.min_version),
        })
    }

    /// The name `addr`'s certificate must carry: `tls_server_name`, else its host or address.
    pub fn name_for(&self, addr: &ServerAddr) -> Result<ServerName<'static>, String> {
        if let Some(name) = &self.server_name {
            return Ok(name.clone());
        }
        match addr {
            ServerAddr::Host { host, .. } => match host.parse::<IpAddr>() {
                Ok(ip) => Ok(ServerName::IpAddress(ip.into())),
                Err(_) => ServerName::try_from(host.clone())
                    .map_err(|_| format!("'{host}' is not a name a certificate can carry")),
            },
            ServerAddr::Ipv6 { addr, .. } => Ok(ServerName::IpAddress(IpAddr::V6(*addr).into())),
            ServerAddr::Unix(_) => {
                Err("memcached serves TLS on TCP only, not on unix sockets".into())
            }
        }
    }

    /// A client side of a TLS connection to `name`, before its handshake.
    pub fn start(&self, name: ServerName<'static>) -> io::Result<ClientConnection> {
        ClientConnection::new(self.config.clone(), name).map_err(io::Error::other)
    }
}

/// Handshakes this process completed: full ones, and resumed ones (a ticket or session of an
/// earlier connection to the same server). For the benchmarks and the tests.
static FULL: AtomicU64 = AtomicU64::new(0);
static RESUMED: AtomicU64 = AtomicU64::new(0);

/// Counts a completed handshake.
pub fn count_handshake(session: &ClientConnection) {
    let counter = match session.handshake_kind() {
        Some(HandshakeKind::Resumed) => &RESUMED,
        _ => &FULL,
    };
    counter.fetch_add(1, Ordering::Relaxed);
}

/// (full, resumed) handshakes of this process so far.
pub fn handshakes() -> (u64, u64) {
    (
        FULL.load(Ordering::Relaxed),
        RESUMED.load(Ordering::Relaxed),
    )
}

/// What went wrong in a handshake, for an operator: the reason rustls gives, said plainly for the
/// cases a configuration gets wrong.
pub fn describe(err: &io::Error) -> String {
    let Some(tls) = err
        .get_ref()
        .and_then(|e| e.downcast_ref::<rustls::Error>())
    else {
        return match err.kind() {
            io::ErrorKind::UnexpectedEof => {
                "the server closed the connection during the TLS handshake (is it a TLS \
                 server? memcached needs -Z)"
                    .into()
            }
            _ => err.to_string(),
        };
    };
    match tls {
        rustls::Error::InvalidCertificate(cert) => match cert {
            CertificateError::Expired | CertificateError::ExpiredContext { .. } => {
                "the server's certificate has expired".into()
            }
            CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => {
                "the server's certificate is not valid yet".into()
            }
            CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
                "the server's certificate is not valid for the name it was reached by (set \
                 tls_server_name to the name it carries)"
                    .into()
            }
            CertificateError::UnknownIssuer => {
                "the server's certificate is not signed by a trusted CA (tls_ca_file)".into()
            }
            CertificateError::Other(other) if other.to_string().contains("CaUsedAsEndEntity") => {
                "the server's certificate is a CA certificate (CA:TRUE, as `openssl req -x509` \
                 makes by default): give memcached a server certificate signed by the CA"
                    .into()
            }
            other => format!("the server's certificate was refused: {other:?}"),
        },
        rustls::Error::InvalidMessage(_) | rustls::Error::InappropriateMessage { .. } => {
            "the server did not answer with TLS (a plain-text server? memcached needs -Z)".into()
        }
        rustls::Error::AlertReceived(alert) => {
            format!("the server refused the TLS handshake ({alert:?}; a client certificate it does not accept, or none?)")
        }
        other => format!("TLS: {other}"),
    }
}

/// `tls_verify 0`: any certificate is taken, but the handshake's signatures are still checked
/// (the peer holds the key of the certificate it sent). For tests against throwaway certificates.
#[derive(Debug)]
struct NoVerification(Arc<CryptoProvider>);

impl ServerCertVerifier for NoVerification {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}
