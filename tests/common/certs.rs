//! Throwaway certificates for the TLS tests, made with rcgen: a CA, server certificates it signs
//! (good, expired, for another name), a client certificate for mutual TLS, and a second CA that
//! signed none of them.

use std::net::{IpAddr, Ipv4Addr};
use std::path::{Path, PathBuf};

use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair, SanType};

pub struct Pki {
    pub ca: PathBuf,
    pub stranger_ca: PathBuf,
    /// For 127.0.0.1 and localhost.
    pub server: (PathBuf, PathBuf),
    /// For 127.0.0.1, expired in 2021.
    pub expired: (PathBuf, PathBuf),
    /// For other.example only.
    pub wrong_name: (PathBuf, PathBuf),
    pub client: (PathBuf, PathBuf),
    /// A self-signed certificate for 127.0.0.1 that says CA:TRUE (what `openssl req -x509`
    /// makes by default), with its key: its own CA.
    pub ca_as_server: (PathBuf, PathBuf),
}

fn ca(name: &str) -> CertifiedIssuer<'static, KeyPair> {
    let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    params.distinguished_name.push(DnType::CommonName, name);
    CertifiedIssuer::self_signed(params, KeyPair::generate().unwrap()).unwrap()
}

fn write_pair(
    dir: &Path,
    name: &str,
    params: CertificateParams,
    issuer: &CertifiedIssuer<'static, KeyPair>,
) -> (PathBuf, PathBuf) {
    let key = KeyPair::generate().unwrap();
    let cert = params.signed_by(&key, issuer).unwrap();
    let (cert_path, key_path) = (
        dir.join(format!("{name}.pem")),
        dir.join(format!("{name}.key")),
    );
    std::fs::write(&cert_path, cert.pem()).unwrap();
    std::fs::write(&key_path, key.serialize_pem()).unwrap();
    (cert_path, key_path)
}

fn server_params(names: &[&str], ip: bool) -> CertificateParams {
    let mut params =
        CertificateParams::new(names.iter().map(|n| n.to_string()).collect::<Vec<_>>()).unwrap();
    if ip {
        params
            .subject_alt_names
            .push(SanType::IpAddress(IpAddr::V4(Ipv4Addr::LOCALHOST)));
    }
    params
}

impl Pki {
    pub fn make(dir: &Path) -> Pki {
        let authority = ca("sip-memcached test CA");
        let stranger = ca("a CA nobody trusts");
        let ca_path = dir.join("ca.pem");
        std::fs::write(&ca_path, authority.pem()).unwrap();
        let stranger_ca = dir.join("stranger-ca.pem");
        std::fs::write(&stranger_ca, stranger.pem()).unwrap();

        let server = write_pair(
            dir,
            "server",
            server_params(&["localhost"], true),
            &authority,
        );
        let mut old = server_params(&["localhost"], true);
        old.not_before = rcgen::date_time_ymd(2020, 1, 1);
        old.not_after = rcgen::date_time_ymd(2021, 1, 1);
        let expired = write_pair(dir, "expired", old, &authority);
        let wrong_name = write_pair(
            dir,
            "wrong-name",
            server_params(&["other.example"], false),
            &authority,
        );
        let mut client = CertificateParams::new(Vec::<String>::new()).unwrap();
        client
            .distinguished_name
            .push(DnType::CommonName, "sip-memcached client");
        let client = write_pair(dir, "client", client, &authority);
        let mut both = server_params(&["localhost"], true);
        both.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        let key = KeyPair::generate().unwrap();
        let cert = both.self_signed(&key).unwrap();
        let ca_as_server = (dir.join("ca-as-server.pem"), dir.join("ca-as-server.key"));
        std::fs::write(&ca_as_server.0, cert.pem()).unwrap();
        std::fs::write(&ca_as_server.1, key.serialize_pem()).unwrap();
        Pki {
            ca: ca_path,
            stranger_ca,
            server,
            expired,
            wrong_name,
            client,
            ca_as_server,
        }
    }

    /// memcached's options for serving `pair` (`-o ssl_chain_cert=…,ssl_key=…`).
    pub fn serving(pair: &(PathBuf, PathBuf)) -> String {
        format!(
            "ssl_chain_cert={},ssl_key={}",
            pair.0.display(),
            pair.1.display()
        )
    }
}
