/*
 * libmemcached, as a C program would use it: default behaviours (ASCII protocol) plus
 * MEMCACHED_BEHAVIOR_TCP_NODELAY=1, one server. get is memcached_get (the value it returns is
 * malloc'ed and freed here, as its documentation asks), set is memcached_set with the flags and
 * expiry the module writes, incr is memcached_increment of an existing counter.
 *
 * Usage: libmemcached_bench HOST:PORT get,set,incr N WARMUP   (see bench_common.h)
 */
#include <libmemcached/memcached.h>

#include "bench_common.h"

static memcached_st *memc;

static int op_get(void *ctx)
{
    (void)ctx;
    size_t len = 0;
    uint32_t flags = 0;
    memcached_return_t rc;
    char *v = memcached_get(memc, BENCH_KEY, strlen(BENCH_KEY), &len, &flags, &rc);
    int ok = rc == MEMCACHED_SUCCESS && v && len == BENCH_VALUE_LEN;
    free(v);
    return ok ? 0 : -1;
}

static int op_set(void *ctx)
{
    (void)ctx;
    memcached_return_t rc = memcached_set(memc, BENCH_KEY, strlen(BENCH_KEY), bench_value,
                                          BENCH_VALUE_LEN, BENCH_EXPIRE, BENCH_FLAGS);
    return rc == MEMCACHED_SUCCESS ? 0 : -1;
}

static int op_incr(void *ctx)
{
    (void)ctx;
    uint64_t value = 0;
    memcached_return_t rc =
        memcached_increment(memc, BENCH_COUNTER, strlen(BENCH_COUNTER), 1, &value);
    return rc == MEMCACHED_SUCCESS ? 0 : -1;
}

int main(int argc, char **argv)
{
    struct bench_args a;
    bench_parse_args(argc, argv, &a);

    memc = memcached_create(NULL);
    if (!memc || memcached_server_add(memc, a.host, (in_port_t)a.port) != MEMCACHED_SUCCESS ||
        memcached_behavior_set(memc, MEMCACHED_BEHAVIOR_TCP_NODELAY, 1) != MEMCACHED_SUCCESS) {
        fprintf(stderr, "libmemcached_bench: cannot set up libmemcached\n");
        return 1;
    }
    if (op_set(NULL) != 0 ||
        memcached_set(memc, BENCH_COUNTER, strlen(BENCH_COUNTER), "0", 1, 0, 0) !=
            MEMCACHED_SUCCESS) {
        fprintf(stderr, "libmemcached_bench: cannot store the benchmark keys: %s\n",
                memcached_last_error_message(memc));
        return 1;
    }

    bench_run_all("libmemcached", &a, NULL, op_get, op_set, op_incr);
    memcached_free(memc);
    return 0;
}
