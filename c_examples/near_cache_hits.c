/*
 * near_cache_hits: reads one key N times through the C API with the near cache on: the first read
 * goes to memcached, the other N-1 are near-cache hits. Run under `strace -c` with two values of N,
 * the difference in system calls is what N-1 hits cost (the tests expect none).
 * Usage: near_cache_hits SERVER N
 */
#include <stdio.h>
#include <stdlib.h>

#include "sip_memcached.h"

int main(int argc, char **argv)
{
    if (argc != 3)
        return 2;
    long n = atol(argv[2]);
    if (sipmc_param_set("servers", argv[1]) || sipmc_param_set("cache_size", "10") ||
        sipmc_param_set("cache_ttl", "600000") || sipmc_mod_init()) {
        fprintf(stderr, "init: %s\n", sipmc_last_error());
        return 1;
    }
    sipmc_value v = {SIPMC_STR, 0, "0123456789abcdef0123456789abcdef", 32};
    if (sipmc_pv_set("mct", "hot", 3, &v)) {
        fprintf(stderr, "set: %s\n", sipmc_last_error());
        return 1;
    }
    long bytes = 0;
    for (long i = 0; i < n; i++) {
        if (sipmc_pv_get("mct", "hot", 3, &v) || v.type != SIPMC_STR) {
            fprintf(stderr, "get: %s\n", sipmc_last_error());
            return 1;
        }
        bytes += (long)v.len;
    }
    printf("%ld reads, %ld bytes\n", n, bytes);
    sipmc_destroy();
    return 0;
}
