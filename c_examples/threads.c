/*
 * threads: 8 threads share the module through the C API, each doing 10,000 mixed operations on
 * shared keys ($mct writes and reads, $mcinc/$mcdec on one counter). The counter must end at
 * exactly the number of increments, and no read may return another key's value.
 * Usage: threads SERVER      Ends with "N passed, M failed".
 */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "sip_memcached.h"

#define THREADS 8
#define OPS 10000

static int passed, failed;

struct result {
    long increments;
    long errors;
    long wrong_reads;
};

static void *work(void *arg)
{
    struct result *r = arg;
    long t = r->increments; /* the thread's number, handed in this field */
    r->increments = 0;
    sipmc_value one = {SIPMC_INT, 1, NULL, 0}, two = {SIPMC_INT, 2, NULL, 0};
    for (long i = 0; i < OPS; i++) {
        char key[32];
        int klen = snprintf(key, sizeof key, "shared%ld", i % 16);
        switch ((i + t) % 4) {
        case 0:
            if (sipmc_pv_set("mcinc", "total", 5, &one) == SIPMC_OK)
                r->increments++;
            else
                r->errors++;
            break;
        case 1: {
            sipmc_value v = {SIPMC_STR, 0, key, (size_t)klen};
            r->errors += sipmc_pv_set("mct", key, (size_t)klen, &v) != SIPMC_OK;
            break;
        }
        case 2: {
            sipmc_value v;
            if (sipmc_pv_get("mct", key, (size_t)klen, &v) != SIPMC_OK)
                r->errors++;
            else if (v.type == SIPMC_STR && (v.len != (size_t)klen || memcmp(v.s, key, v.len)))
                r->wrong_reads++;
            break;
        }
        default:
            if (sipmc_pv_set("mcinc", "total", 5, &two) == SIPMC_OK &&
                sipmc_pv_set("mcdec", "total", 5, &one) == SIPMC_OK)
                r->increments++;
            else
                r->errors++;
        }
    }
    return NULL;
}

int main(int argc, char **argv)
{
    if (argc != 2)
        return 2;
    CHECK(sipmc_param_set("servers", argv[1]) == SIPMC_OK);
    CHECK(sipmc_mod_init() == SIPMC_OK);
    sipmc_value null_value = {SIPMC_NULL, 0, NULL, 0};
    CHECK(sipmc_pv_set("mct", "total", 5, &null_value) == SIPMC_OK);

    pthread_t threads[THREADS];
    struct result results[THREADS];
    for (long t = 0; t < THREADS; t++) {
        results[t] = (struct result){t, 0, 0};
        CHECK(pthread_create(&threads[t], NULL, work, &results[t]) == 0);
    }
    long increments = 0, errors = 0, wrong = 0;
    for (int t = 0; t < THREADS; t++) {
        CHECK(pthread_join(threads[t], NULL) == 0);
        increments += results[t].increments;
        errors += results[t].errors;
        wrong += results[t].wrong_reads;
    }
    sipmc_value v;
    CHECK(sipmc_pv_get("mct", "total", 5, &v) == SIPMC_OK);
    printf("%d threads x %d operations: %ld increments, counter %lld, %ld errors, %ld wrong reads\n",
           THREADS, OPS, increments, (long long)v.n, errors, wrong);
    CHECK(v.type == SIPMC_INT && v.n == increments);
    CHECK(errors == 0);
    CHECK(wrong == 0);
    sipmc_destroy();
    printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
