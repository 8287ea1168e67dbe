# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

## Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

p# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

.# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

`# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

k# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

o# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

`# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

`# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

k# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

`# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

w# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

o# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

k# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

o# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

f# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

D# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

b# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

o# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

o# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

:# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

w# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

v# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

## Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

g# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

(# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

,# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

v# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

g# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

,# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

C# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

o# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

p# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

)# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

w# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

p# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

f# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

.# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

S# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

H# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

E# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

L# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

L# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

:# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

=# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

/# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

b# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

/# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

b# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

C# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

A# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

R# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

G# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

O# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

?# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

=# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

g# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

o# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

L# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

I# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

B# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

:# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

=# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

$# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

(# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

C# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

U# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

R# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

D# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

I# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

R# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

)# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

/# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

g# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

/# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

/# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

b# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

p# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

_# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

.# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

o# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

T# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

E# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

S# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

T# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

_# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

D# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

E# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

P# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

S# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

:# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

=# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

:# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

g# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

:# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

v# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

g# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

:# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

v# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

g# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

:# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

5# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

u# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

:# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

o# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

u# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

k# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

o# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

:# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

k# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

o# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

/# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

u# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

/# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

b# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

/# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

x# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

8# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

6# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

_# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

6# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

4# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

u# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

x# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

g# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

u# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

/# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

k# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

o# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

/# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

o# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

u# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

/# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

.# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

o# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

:# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

k# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

o# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

o# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

u# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

/# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

u# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

/# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

u# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

/# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

b# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

/# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

.# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

:# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

b# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

v# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

.# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

P# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

H# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

O# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

N# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

Y# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

:# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

b# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

u# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

o# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

f# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

u# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

b# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

p# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

k# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

:# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

b# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

u# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

b# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

u# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

:# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

	# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

$# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

(# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

C# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

A# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

R# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

G# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

O# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

)# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

b# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

u# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

p# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

:# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

	# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

@# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

p# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

/# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

p# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

.# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

$# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

(# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

T# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

E# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

S# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

T# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

_# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

D# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

E# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

P# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

S# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

)# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

o# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

:# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

p# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

b# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

u# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

	# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

@# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

p# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

/# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

w# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

.# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

v# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

S# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

I# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

P# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

M# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

C# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

_# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

L# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

I# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

B# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

=# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

$# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

(# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

L# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

I# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

B# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

)# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

_# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

x# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

p# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

/# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

o# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

.# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

## Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

R# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

u# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

u# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

g# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

o# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

(# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

)# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

,# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

C# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

x# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

p# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

u# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

v# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

g# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

,# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

k# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

.# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

:# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

p# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

b# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

u# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

k# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

	# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

S# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

I# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

P# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

M# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

C# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

_# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

L# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

I# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

B# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

=# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

$# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

(# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

L# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

I# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

B# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

)# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

$# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

(# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

C# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

A# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

R# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

G# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

O# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

)# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

=# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

2# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

## Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

T# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

f# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

u# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

u# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

'# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

o# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

g# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

:# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

5# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

f# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

z# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

,# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

o# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

g# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

o# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

(# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

f# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

u# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

`# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

k# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

`# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

)# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

.# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

f# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

u# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

:# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

p# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

b# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

u# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

	# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

S# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

I# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

P# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

M# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

C# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

_# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

L# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

I# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

B# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

=# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

$# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

(# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

L# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

I# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

B# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

)# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

S# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

I# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

P# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

M# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

C# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

_# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

F# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

A# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

U# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

L# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

T# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

_# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

S# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

E# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

C# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

O# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

N# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

D# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

S# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

=# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

5# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

$# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

(# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

C# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

A# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

R# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

G# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

O# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

)# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

f# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

u# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

=# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

1# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

k# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

:# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

	# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

$# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

(# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

C# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

A# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

R# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

G# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

O# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

)# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

f# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

k# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

	# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

$# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

(# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

C# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

A# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

R# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

G# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

O# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

)# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

p# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

p# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

y# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

g# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

D# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

w# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

g# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

## Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

B# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

k# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

(# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

b# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

u# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

,# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

o# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

f# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

o# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

o# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

p# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

b# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

k# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

p# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

o# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

,# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

p# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

o# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

C# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

P# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

U# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

0# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

;# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

o# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

## Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

C# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

P# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

U# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

1# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

w# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

)# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

.# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

P# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

b# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

o# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

f# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

o# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

u# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

u# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

.# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

b# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

:# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

p# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

	# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

$# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

(# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

C# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

A# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

R# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

G# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

O# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

)# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

b# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

u# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

b# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

	# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

@# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

M# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

C# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

_# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

C# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

P# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

U# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

=# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

0# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

p# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

/# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

w# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

.# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

k# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

$# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

$# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

(# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

(# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

$# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

$# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

(# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

p# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

o# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

)# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

># Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

1# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

?# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

1# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

:# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

0# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

)# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

)# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

$# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

(# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

C# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

A# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

R# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

G# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

O# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

)# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

b# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

b# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

_# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

## Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

C# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

o# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

p# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

b# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

g# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

g# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

f# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

o# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

/# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

f# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

f# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

.# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

o# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

u# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

/# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

(# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

o# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

)# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

.# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

:# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

b# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

u# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

	# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

p# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

"# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

$# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

$# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

(# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

g# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

/# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

r# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

/# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

b# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

u# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

/# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

p# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

*# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

/# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

o# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

u# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

t# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

/# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

p# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

_# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

.# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

|# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

-# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

1# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

)# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

"# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

u# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

/# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

s# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

i# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

p# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

_# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

m# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

d# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

.# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

h# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

:# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

	# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

$# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

(# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

C# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

A# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

R# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

G# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

O# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

)# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

 # Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

c# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

l# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

e# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

a# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

n# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache


# Benchmarks (release build, memcached on a free loopback port pinned to CPU 0, clients on CPU 1
# where the machine has it): the client comparison (raw socket, libmemcached, this module from Rust
# and from C; scripts/bench_clients.sh), then the near-cache table. Ratios are measured in the same run.
bench: deps
	@CARGO=$(CARGO) scripts/bench_clients.sh
	$(CARGO) build --release --benches
	@MC_CPU=0 scripts/with-memcached.sh taskset -c $$(( $$(nproc) > 1 ? 1 : 0 )) $(CARGO) bench --bench near_cache

