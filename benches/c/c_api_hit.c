/*
 * c_api_hit: what one near-cache hit of `$mct` costs through the C API, in a library given by its
 * path, so that one program times two builds (scripts/bench_hit_regression.sh: the current one and
 * one from an older commit). The library is dlopen()ed and its functions resolved by name with
 * dlsym: only the pseudo-variable functions every build since the C API has (sipmc_param_set,
 * sipmc_mod_init, sipmc_pv_set, sipmc_pv_get, sipmc_destroy), with the types the header declares.
 *
 * It sets servers=$MC_SERVER, a near cache and a cache_ttl far longer than the run (every timed read
 * is a hit), stores one 32-byte value, checks that it reads back, then times N reads
 * `sipmc_pv_get("mct", key)` (clock_gettime around the loop) in ROUNDS rounds and prints the median
 * nanoseconds per hit, and the fastest round's, in one machine-readable line:
 *
 *   RESULT bench=c_api_hit n=2000000 rounds=7 ns_per_hit=118.52 min_ns=116.90
 *
 * Usage: MC_SERVER=HOST:PORT c_api_hit LIBRARY.so [N] [ROUNDS]   (defaults 2000000 and 7)
 *
 * Built with -DROUND_TRIP it is c_api_get: the same reads with the near cache off, so that every
 * timed read is a get sent to memcached and answered (the operation path: the request-time
 * histogram's clock read and atomic add included, scripts/bench_hit_regression.sh). It also gives
 * the calling thread's CPU time per get (CLOCK_THREAD_CPUTIME_ID: the client's own work and its
 * system calls, without the wait for memcached):
 *
 *   RESULT bench=c_api_get n=20000 rounds=7 ns_per_hit=24012.50 min_ns=23110.02 cpu_ns=9012.33
 *
 * Usage: MC_SERVER=HOST:PORT c_api_get LIBRARY.so [N] [ROUNDS]   (defaults 20000 and 7)
 */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hit_common.h"
#include "sip_memcached.h"

#define KEY "bench"

#ifdef ROUND_TRIP
#define BENCH "c_api_get"
#define DEFAULT_N 20000
#else
#define BENCH "c_api_hit"
#define DEFAULT_N 2000000
#endif

static double thread_cpu_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e9 + ts.tv_nsec;
}

/* The library's functions, with the types the header gives them. */
static struct {
    __typeof__(&sipmc_param_set) param_set;
    __typeof__(&sipmc_mod_init) mod_init;
    __typeof__(&sipmc_pv_set) pv_set;
    __typeof__(&sipmc_pv_get) pv_get;
    __typeof__(&sipmc_destroy) destroy;
} api;

static void *resolve(void *lib, const char *name)
{
    void *f = dlsym(lib, name);
    if (f == NULL) {
        fprintf(stderr, BENCH ": the library has no %s\n", name);
        exit(2);
    }
    return f;
}

int main(int argc, char **argv)
{
    struct hit_args args = hit_parse_args(argc, argv, DEFAULT_N);
    const char *server = args.server;
    long n = args.n;
    int rounds = args.rounds;
    void *lib = dlopen(args.library, RTLD_NOW | RTLD_LOCAL);
    if (lib == NULL) {
        fprintf(stderr, "dlopen: %s\n", dlerror());
        return 2;
    }
    api.param_set = resolve(lib, "sipmc_param_set");
    api.mod_init = resolve(lib, "sipmc_mod_init");
    api.pv_set = resolve(lib, "sipmc_pv_set");
    api.pv_get = resolve(lib, "sipmc_pv_get");
    api.destroy = resolve(lib, "sipmc_destroy");

#ifdef ROUND_TRIP
    /* No near cache (cache_size 0, the default): every read is a get to memcached. */
    if (api.param_set("servers", server) != SIPMC_OK || api.mod_init() != SIPMC_OK) {
#else
    /* cache_ttl 600000 ms: ten minutes, far longer than a run, so no timed read misses. */
    if (api.param_set("servers", server) != SIPMC_OK ||
        api.param_set("cache_size", "1000") != SIPMC_OK ||
        api.param_set("cache_ttl", "600000") != SIPMC_OK || api.mod_init() != SIPMC_OK) {
#endif
        fprintf(stderr, BENCH ": parameters or sipmc_mod_init refused\n");
        return 2;
    }
    static const char value[] = "vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv";
    sipmc_value v = {SIPMC_STR, 0, value, sizeof value - 1};
    if (api.pv_set("mct", KEY, strlen(KEY), &v) != SIPMC_OK) {
        fprintf(stderr, BENCH ": cannot store the value (is memcached at %s?)\n", server);
        return 2;
    }
    sipmc_value out;
    if (api.pv_get("mct", KEY, strlen(KEY), &out) != SIPMC_OK || out.type != SIPMC_STR ||
        out.len != v.len || memcmp(out.s, value, v.len) != 0) {
        fprintf(stderr, BENCH ": the value does not read back\n");
        return 2;
    }

    double t[HIT_MAX_ROUNDS], cpu[HIT_MAX_ROUNDS];
    for (int r = 0; r < rounds; r++) {
        int failed = 0;
        double c0 = thread_cpu_ns();
        double t0 = now_ns();
        for (long i = 0; i < n; i++)
            failed |= api.pv_get("mct", KEY, strlen(KEY), &out);
        double t1 = now_ns();
        cpu[r] = (thread_cpu_ns() - c0) / (double)n;
        if (failed != 0 || out.len != v.len) {
            fprintf(stderr, BENCH ": a timed read failed\n");
            return 1;
        }
        t[r] = (t1 - t0) / (double)n;
    }
    double median = median_ns(t, rounds); /* sorts t: t[0] is the fastest round */
    printf("RESULT bench=%s n=%ld rounds=%d ns_per_hit=%.2f min_ns=%.2f cpu_ns=%.2f\n", BENCH, n, rounds,
           median, t[0], median_ns(cpu, rounds));
    api.destroy();
    return 0;
}
