# sip-memcached. `make demo` and `make test` work on a fresh Debian machine as root: whatever is
# missing (memcached, valgrind, strace, a C compiler, Kamailio with its memcached, Lua and Python
# modules, libmemcached-dev; sqlite3 for sql_cacher's table, chromium, chromium-driver and
# python3-selenium for the browser test of the mi_html page) is installed with apt.
SHELL := /bin/bash
CARGO ?= cargo
# Where cargo builds: $CARGO_TARGET_DIR when it is set, as cargo itself has it.
TARGET := $(or $(CARGO_TARGET_DIR),$(CURDIR)/target)
LIB := $(TARGET)/release/libsip_memcached.so
# `make install` (and the .deb, with PREFIX=/usr and Debian's multiarch LIBDIR): see scripts/install.sh.
PREFIX ?= /usr/local
DESTDIR ?=
LIBDIR ?= $(PREFIX)/lib
DEB_DIR ?= $(TARGET)/debian
INSTALL_VARS = LIB=$(LIB) PREFIX=$(PREFIX) DESTDIR=$(DESTDIR) LIBDIR=$(LIBDIR)
TEST_DEPS := cc:gcc pkg-config:pkg-config objcopy:binutils dpkg-architecture:dpkg-dev gdb:gdb memcached:memcached valgrind:valgrind strace:strace md5sum:coreutils kamailio:kamailio /usr/lib/x86_64-linux-gnu/kamailio/modules/memcached.so:kamailio-memcached-modules /usr/include/libmemcached/memcached.h:libmemcached-dev \
	/usr/lib/x86_64-linux-gnu/kamailio/modules/app_lua.so:kamailio-lua-modules \
	/usr/lib/x86_64-linux-gnu/kamailio/modules/app_python3.so:kamailio-python3-modules nutcracker:nutcracker \
	/usr/lib/x86_64-linux-gnu/kamailio/modules/xmlrpc.so:kamailio-xml-modules \
	sqlite3:sqlite3 unshare:util-linux mount:mount chromium:chromium chromedriver:chromium-driver \
	/usr/lib/python3/dist-packages/selenium/__init__.py:python3-selenium

# The end-to-end benchmarks and the Kamailio fault case also need sipp (Debian: sip-tester) and curl.
BENCH_DEPS := $(TEST_DEPS) sipp:sip-tester curl:curl

.PHONY: all build install uninstall deb demo demo-c soak test hosts opensips-host python-clients faults bench bench-hit bench-kamailio bench-opensips fuzz deps check header clean

all: build

build:
	$(CARGO) build --release

# The stripped library, its debug info as a separate .debug file, the header, a pkg-config file and
# the README and docs/ under $(DESTDIR)$(PREFIX) (scripts/install.sh says where each goes).
install: build
	@$(INSTALL_VARS) scripts/install.sh install

uninstall:
	@$(INSTALL_VARS) scripts/install.sh uninstall

# The Debian packages sip-memcached and sip-memcached-dbgsym, built with dpkg-deb into $(DEB_DIR)
# (scripts/deb.sh; the README's "Installing it" says what they do).
deb: build
	@LIB=$(LIB) OUT=$(DEB_DIR) scripts/deb.sh

deps:
	@scripts/deps.sh $(TEST_DEPS)

# The main job in a real Kamailio (Debian's package): memcached and Kamailio on free loopback ports,
# the example config with the near cache, SIP requests and what the proxy answered, a change behind
# its back, a reload with curl, the stats; everything it starts, it stops (demo/run.sh).
DEMO_DEPS := memcached:memcached kamailio:kamailio python3:python3 curl:curl
demo: build
	@scripts/deps.sh $(DEMO_DEPS)
	@scripts/with-memcached.sh env SIPMC_LIB=$(LIB) demo/run.sh

# The C example host (c_examples/mini_host.c) running c_examples/demo.script: the C API as a host
# uses it.
demo-c: build
	@scripts/deps.sh memcached:memcached cc:gcc
	@scripts/with-memcached.sh env SIPMC_LIB=$(LIB) c_examples/demo.sh

# Rust unit and integration tests (real memcached), the C examples under valgrind, the header check,
# the real-Kamailio suite against every supported release (made or reused by `make hosts`), and the
# real-OpenSIPS tests on 3.6 and 4.0 (made or reused by `make opensips-host`), with the Python
# clients of the interoperability tests (made or reused by `make python-clients`).
# The release suites of the real-Kamailio tests (tests/kamailio_*.rs, one module per release) run
# last, printing each host's version and parity result.
KAMAILIO_RELEASES := v5_6:: v5_7:: v6_0:: v6_1::
# The test files with release suites (release_suites!): every tests/kamailio_*.rs, and cluster.rs.
KAMAILIO_TESTS := $(basename $(notdir $(wildcard tests/kamailio_*.rs))) cluster
# The OpenSIPS release suites (opensips_suites!, tests/opensips.rs and tests/opensips_host.rs): they
# run with the rest, but for the parity with the stock module, run next, one release after the
# other, each printing its line.
OPENSIPS_RELEASES := v3_6:: v4_0::
test: deps hosts opensips-host python-clients build check
	SIPMC_LIB=$(LIB) $(CARGO) test --release -- --test-threads=2 $(KAMAILIO_RELEASES:%=--skip %) --skip parity_with_the_stock_cachedb
	SIPMC_LIB=$(LIB) $(CARGO) test --release --test opensips -- --nocapture --test-threads=1 $(OPENSIPS_RELEASES:%=%parity_with_the_stock_cachedb)
	SIPMC_LIB=$(LIB) $(CARGO) test --release $(KAMAILIO_TESTS:%=--test %) -- --test-threads=2 --nocapture $(KAMAILIO_RELEASES)

# Every Kamailio the suite runs against: Debian 12's 5.6.3, 5.7.4 built from source, Debian 13's
# 6.0.1 and Debian testing's 6.1.x in debootstrap roots, and a Debian 12 root for the package tests
# (tests/package.rs); cached in /var/cache/sip-memcached ($$SIPMC_HOST_CACHE), keyed by recipe,
# reused (about 80 s and 930 MB the first time).
hosts: deps
	@scripts/kamailio_hosts.sh

# The real OpenSIPS 3.6.8 and 4.0.1 (core plus the modules the tests load, the stock
# cachedb_memcached among them) built from the shared/hosts archives one after the other, and
# opensips-cli in a virtualenv; cached in /var/cache/sip-memcached ($$SIPMC_HOST_CACHE) by recipe,
# reused (about 100 s each the first time).
opensips-host: deps
	@scripts/opensips_host.sh

# The Python memcached clients the interoperability tests run against Kamailio (python-memcached
# 1.62, pymemcache 4.0.0, pylibmc 1.6.3 built against libmemcached-dev) in a virtualenv from PyPI,
# cached in /var/cache/sip-memcached ($$SIPMC_HOST_CACHE) by recipe, reused (about 10 s the first time).
python-clients: deps
	@scripts/python_clients.sh

# The fault suite's long cases: a 5 s freeze, longer loads (the fast cases run in `make test`);
# then memcached frozen for 5 s under 500 SIP requests/s in a real Kamailio 5.6 with timeout 100:
# the stock module, ours, ours with the near cache (scripts/fault_kamailio.sh, about 1 minute;
# fails when ours loses a request or its p99 during the freeze reaches 500 ms).
faults: build hosts opensips-host python-clients
	@scripts/deps.sh $(BENCH_DEPS)
	SIPMC_LIB=$(LIB) SIPMC_FAULT_SECONDS=5 $(CARGO) test --release --test faults -- --test-threads=1
	@SIPMC_LIB=$(LIB) SIPMC_FAULT_SECONDS=5 scripts/fault_kamailio.sh
	SIPMC_LIB=$(LIB) SIPMC_SOAK_SECONDS=90 $(CARGO) test --release --test soak -- --ignored --nocapture

# The soak (tests/soak.rs): SIP load on a real Kamailio 5.6 (Lua) and OpenSIPS 3.6 at once, the
# near cache on, one memcached killed and restarted every 2 minutes and frozen 5 s once, a reload
# of each every 30 s, pymemcache writing keys they read; for SOAK_SECONDS (30 minutes). It prints
# a table and fails when an increment a reply said done is missing, a read returned a value never
# written, a request had no reply, or a worker's memory, descriptors or threads grew after the
# warm-up. `make faults` runs a 90 s form.
SOAK_SECONDS ?= 1800
soak: build hosts opensips-host python-clients
	@scripts/deps.sh $(TEST_DEPS)
	SIPMC_LIB=$(LIB) SIPMC_SOAK_SECONDS=$(SOAK_SECONDS) $(CARGO) test --release --test soak -- --ignored --nocapture

check:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --release --all-targets -- -D warnings

# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table, then TLS next to plain text
# (benches/tls.rs: its own two memcached, one with -Z), then how cost grows with servers, value size
# and near-cache entries (benches/curves.rs: its own memcached), a near-cache hit inside the Kamailio
# adapter (benches/c/kamailio_hit.c, a stand-in Kamailio), the same hits next to those of the base
# revision (bench-hit), then the end-to-end tables in Kamailio and in OpenSIPS (bench-kamailio,
# bench-opensips: about 20 minutes together, most of it their CPU rounds). Ratios are measured in the same run. Each part's output
# is also kept in $(TARGET)/bench-logs, and the run ends with one summary page, every goal and its
# ratio, met or not (scripts/bench_summary.sh), printed and written to $(TARGET)/bench-summary.md.
BENCH_LOGS := $(TARGET)/bench-logs
PART = scripts/bench_summary.sh part $(BENCH_LOGS)
bench: deps
	@rm -rf $(BENCH_LOGS)
	@CARGO=$(CARGO) $(PART) clients scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 $(PART) near-cache scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache
	@$(PART) tls $(CARGO) bench --bench tls
	@$(PART) curves $(CARGO) bench --bench curves
	@mkdir -p $(dir $(LIB))bench-c && $${CC:-cc} -O2 -g -Wall -Wextra -std=c11 -D_GNU_SOURCE -rdynamic \
		-o $(dir $(LIB))bench-c/kamailio_hit benches/c/kamailio_hit.c -ldl
	@MC_CPU=0 $(PART) kamailio-stand-in-hit scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(dir $(LIB))bench-c/kamailio_hit $(LIB)
	@$(PART) hit-regression-and-histogram $(MAKE) --no-print-directory bench-hit
	@$(PART) kamailio $(MAKE) --no-print-directory bench-kamailio
	@$(PART) opensips $(MAKE) --no-print-directory bench-opensips
	@scripts/bench_summary.sh report $(BENCH_LOGS) $(TARGET)/bench-summary.md

# No hit-path regression: a near-cache hit through the C API (benches/c/c_api_hit.c) and in the
# Kamailio stand-in (benches/c/kamailio_hit.c, fixed and rendered key), the library of BASE (built
# once in a worktree under $(TARGET)/bench-base, reused) next to the current one, interleaved in the
# same run: medians, ratios current/base and the goal (at most 1.05); then the request-time
# histogram's cost: a get with the near cache off (c_api_hit.c built as c_api_get), the library of
# HIST_BASE (the revision before the histogram) next to the current one, the same way (goal: the
# client's CPU per get at most 1.02x); then instructions per hit and per get counted by callgrind (scripts/bench_hit_regression.sh;
# about 3 minutes, plus about 2 minutes the first time, to build BASE and HIST_BASE).
BASE ?= bd53b6e
HIST_BASE ?= 8cb775e^
bench-hit: build
	@scripts/deps.sh memcached:memcached cc:gcc git:git valgrind:valgrind
	@LIB=$(LIB) BASE=$(BASE) HIST_BASE='$(HIST_BASE)' scripts/bench_hit_regression.sh

# End to end: a real Kamailio 5.6 with no memcached access, the stock module, ours, ours with the
# near cache, and the in-process anchor (the same reads from htable, $sht), on a read route (4 $mct
# reads) and a mix route (write, read back, $mcinc), driven by sipp over loopback UDP: max rate,
# p50/p99, CPU (7 rounds at 3000/s) and system calls per request, the goals' ratios
# (scripts/bench_kamailio.sh, about 10 minutes).
bench-kamailio: build
	@scripts/deps.sh $(BENCH_DEPS)
	@SIPMC_LIB=$(LIB) scripts/bench_kamailio.sh

# The same tables in the real OpenSIPS 3.6.8 (made or reused by `make opensips-host`): no memcached,
# the stock cachedb_memcached, ours, ours with the near cache, the in-process anchor (cachedb_local);
# cache_fetch on the read route, cache_store/cache_fetch/cache_add on the mix route
# (benches/opensips/bench.cfg, about 10 minutes).
bench-opensips: build opensips-host
	@scripts/deps.sh $(BENCH_DEPS)
	@SIPMC_LIB=$(LIB) BENCH_HOST=opensips scripts/bench_kamailio.sh

# Fuzzing (cargo-fuzz/libFuzzer on the stable toolchain through RUSTC_BOOTSTRAP=1; installs
# cargo-fuzz and g++ when missing): every target in fuzz/ for FUZZ_SECONDS each (default 60), one
# after another. Findings go to fuzz/artifacts/TARGET/; exits non-zero when there is one.
FUZZ_SECONDS ?= 60
fuzz:
	@FUZZ_SECONDS=$(FUZZ_SECONDS) CARGO=$(CARGO) scripts/fuzz.sh

# Copies the header cbindgen generated from src/ffi/mod.rs into include/ (commit it).
header: build
	cp "$$(ls -t target/release/build/sip-memcached-*/out/sip_memcached.h | head -1)" include/sip_memcached.h

clean:
	$(CARGO) clean
