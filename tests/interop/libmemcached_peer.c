/*
 * libmemcached_peer: a libmemcached client (tests only; the library never links libmemcached).
 *
 *   libmemcached_peer write|read ketama|modula N HOST:PORT:WEIGHT...
 *
 * write: stores "value-<i>" under "key<i>" for i in 0..N (flags 1, no expiry).
 * read:  reads "key<i>" for i in 0..N and counts those that hold "value-<i>".
 * Prints "<matched> of <N>". ketama is libmemcached's weighted ketama (MEMCACHED_BEHAVIOR_KETAMA_WEIGHTED),
 * modula its default distribution.
 */
#include <libmemcached/memcached.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
    if (argc < 5)
        return 2;
    int writing = strcmp(argv[1], "write") == 0;
    int ketama = strcmp(argv[2], "ketama") == 0;
    long n = atol(argv[3]);
    memcached_st *mc = memcached_create(NULL);
    if (ketama)
        memcached_behavior_set(mc, MEMCACHED_BEHAVIOR_KETAMA_WEIGHTED, 1);
    for (int i = 4; i < argc; i++) {
        char host[256];
        unsigned port, weight;
        if (sscanf(argv[i], "%255[^:]:%u:%u", host, &port, &weight) != 3)
            return 2;
        if (memcached_server_add_with_weight(mc, host, (in_port_t)port, weight) !=
            MEMCACHED_SUCCESS)
            return 1;
    }
    long matched = 0;
    for (long i = 0; i < n; i++) {
        char key[32], value[32];
        int klen = snprintf(key, sizeof key, "key%ld", i);
        int vlen = snprintf(value, sizeof value, "value-%ld", i);
        if (writing) {
            if (memcached_set(mc, key, (size_t)klen, value, (size_t)vlen, 0, 1) == MEMCACHED_SUCCESS)
                matched++;
        } else {
            size_t len = 0;
            uint32_t flags = 0;
            memcached_return_t rc;
            char *got = memcached_get(mc, key, (size_t)klen, &len, &flags, &rc);
            if (got && len == (size_t)vlen && memcmp(got, value, len) == 0)
                matched++;
            free(got);
        }
    }
    printf("%ld of %ld\n", matched, n);
    memcached_free(mc);
    return 0;
}
