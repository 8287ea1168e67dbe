/*
 * This module's C API, as a host calls it: sipmc_param_set("servers", ...) and sipmc_mod_init()
 * (near cache off: cache_size 0, the default), then sipmc_pv_get("mct", key) for get,
 * sipmc_pv_set("mct", key, string) for set and sipmc_pv_set("mcinc", key, 1) for incr.
 *
 * Usage: capi_bench HOST:PORT get,set,incr N WARMUP   (see bench_common.h)
 */
#include "bench_common.h"
#include "sip_memcached.h"

static int op_get(void *ctx)
{
    (void)ctx;
    sipmc_value out;
    int rc = sipmc_pv_get("mct", BENCH_KEY, strlen(BENCH_KEY), &out);
    return rc == SIPMC_OK && out.type == SIPMC_STR && out.len == BENCH_VALUE_LEN ? 0 : -1;
}

static int op_set(void *ctx)
{
    (void)ctx;
    sipmc_value v = {SIPMC_STR, 0, bench_value, BENCH_VALUE_LEN};
    return sipmc_pv_set("mct", BENCH_KEY, strlen(BENCH_KEY), &v) == SIPMC_OK ? 0 : -1;
}

static int op_incr(void *ctx)
{
    (void)ctx;
    sipmc_value one = {SIPMC_INT, 1, NULL, 0};
    return sipmc_pv_set("mcinc", BENCH_COUNTER, strlen(BENCH_COUNTER), &one) == SIPMC_OK ? 0 : -1;
}

int main(int argc, char **argv)
{
    struct bench_args a;
    bench_parse_args(argc, argv, &a);

    if (sipmc_param_set("servers", a.server) != SIPMC_OK ||
        sipmc_param_set("cache_size", "0") != SIPMC_OK || sipmc_mod_init() != SIPMC_OK) {
        fprintf(stderr, "capi_bench: cannot initialise the module: %s\n", sipmc_last_error());
        return 1;
    }
    sipmc_value zero = {SIPMC_INT, 0, NULL, 0};
    if (op_set(NULL) != 0 ||
        sipmc_pv_set("mct", BENCH_COUNTER, strlen(BENCH_COUNTER), &zero) != SIPMC_OK) {
        fprintf(stderr, "capi_bench: cannot store the benchmark keys: %s\n", sipmc_last_error());
        return 1;
    }

    bench_run_all("capi", &a, NULL, op_get, op_set, op_incr);
    sipmc_destroy();
    return 0;
}
