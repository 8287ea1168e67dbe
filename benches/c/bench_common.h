/*
 * What the C client benchmarks share (benches/clients.rs does the same in Rust): the command line,
 * the keys and the value, per-operation timing with clock_gettime(CLOCK_MONOTONIC) into an array
 * (one clock read per operation: the end of one is the start of the next), and one
 * machine-readable line per operation kind:
 *
 *   RESULT client=NAME op=get n=20000 ns=612345678 ops_per_s=32661.2 p50_ns=29870 p99_ns=51234 cpu_ns_per_op=15234
 *
 * cpu_ns_per_op is the CPU time of the client process (user + system) per measured operation.
 *
 * Usage of every program: PROG HOST:PORT OPS N WARMUP
 *   OPS     comma-separated list of get, set, incr (run in that order)
 *   N       measured operations of each kind
 *   WARMUP  untimed operations of each kind before the measured ones
 * Before anything, each program stores BENCH_KEY (a 32-byte value, flag 1, expiry 10800 s: the
 * bytes this module's `$mct` string assignment sends) and BENCH_COUNTER ("0"), so that get finds
 * its value and incr its counter.
 */
#ifndef SIPMC_BENCH_COMMON_H
#define SIPMC_BENCH_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define BENCH_KEY "bench_val"
#define BENCH_COUNTER "bench_ctr"
#define BENCH_VALUE_LEN 32
/* Flags and expiry the module writes for a string value (flag 1, default expire 10800 s): every
 * client sends the same bytes. */
#define BENCH_FLAGS 1
#define BENCH_EXPIRE 10800

static const char bench_value[BENCH_VALUE_LEN + 1] = "vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv";

/* One operation; returns 0 when it did what it should. */
typedef int (*bench_op)(void *ctx);

struct bench_args {
    const char *server;
    char host[256];
    int port;
    char ops[64];
    long n;
    long warmup;
};

static inline uint64_t bench_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static inline uint64_t bench_cpu_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static int bench_cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

static void bench_parse_args(int argc, char **argv, struct bench_args *a)
{
    if (argc != 5) {
        fprintf(stderr, "usage: %s HOST:PORT get,set,incr N WARMUP\n", argv[0]);
        exit(2);
    }
    a->server = argv[1];
    const char *colon = strrchr(argv[1], ':');
    size_t hl = colon ? (size_t)(colon - argv[1]) : 0;
    if (!colon || hl == 0 || hl >= sizeof a->host) {
        fprintf(stderr, "bad server '%s' (want HOST:PORT)\n", argv[1]);
        exit(2);
    }
    memcpy(a->host, argv[1], hl);
    a->host[hl] = '\0';
    a->port = atoi(colon + 1);
    snprintf(a->ops, sizeof a->ops, "%s", argv[2]);
    a->n = atol(argv[3]);
    a->warmup = atol(argv[4]);
    if (a->port <= 0 || a->n <= 0 || a->warmup < 0) {
        fprintf(stderr, "bad arguments\n");
        exit(2);
    }
}

/* Runs WARMUP untimed operations, then N timed one by one; prints the RESULT line. Exits 1 on the
 * first failed operation. */
static void bench_run(const char *client, const char *op, bench_op fn, void *ctx,
                      const struct bench_args *a)
{
    for (long i = 0; i < a->warmup; i++) {
        if (fn(ctx) != 0) {
            fprintf(stderr, "%s: %s failed during warm-up\n", client, op);
            exit(1);
        }
    }
    uint64_t *lat = malloc((size_t)a->n * sizeof *lat);
    if (!lat) {
        perror("malloc");
        exit(1);
    }
    uint64_t cpu_start = bench_cpu_ns();
    uint64_t start = bench_now_ns(), before = start;
    for (long i = 0; i < a->n; i++) {
        int rc = fn(ctx);
        uint64_t after = bench_now_ns();
        if (rc != 0) {
            fprintf(stderr, "%s: %s failed at operation %ld\n", client, op, i);
            exit(1);
        }
        lat[i] = after - before;
        before = after;
    }
    uint64_t total = before - start;
    uint64_t cpu = bench_cpu_ns() - cpu_start;
    qsort(lat, (size_t)a->n, sizeof *lat, bench_cmp_u64);
    printf("RESULT client=%s op=%s n=%ld ns=%llu ops_per_s=%.1f p50_ns=%llu p99_ns=%llu "
           "cpu_ns_per_op=%llu\n",
           client, op, a->n, (unsigned long long)total, (double)a->n * 1e9 / (double)total,
           (unsigned long long)lat[a->n / 2], (unsigned long long)lat[a->n * 99 / 100],
           (unsigned long long)(cpu / (uint64_t)a->n));
    fflush(stdout);
    free(lat);
}

/* Runs the operations named in a->ops, in the order get, set, incr. */
static void bench_run_all(const char *client, const struct bench_args *a, void *ctx,
                          bench_op get, bench_op set, bench_op incr)
{
    char ops[sizeof a->ops + 2];
    snprintf(ops, sizeof ops, ",%s,", a->ops);
    if (strstr(ops, ",get,"))
        bench_run(client, "get", get, ctx, a);
    if (strstr(ops, ",set,"))
        bench_run(client, "set", set, ctx, a);
    if (strstr(ops, ",incr,"))
        bench_run(client, "incr", incr, ctx, a);
}

#endif
