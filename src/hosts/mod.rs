//! The host adapters: one folder per host, each with its ABI mirrors per layout.

pub mod kamailio;
