/*
 * value_as_key: the indirection pattern with the near cache on. A value read with sipmc_pv_get is
 * passed straight back as the key of the next sipmc_pv_get (or sipmc_pv_set), without a copy: the
 * header says the pointers it hands out may be passed back in.
 *  - a first read whose key is a short value and whose result is long (the library's buffer must
 *    grow while it still holds the key: valgrind sees any read of the old bytes);
 *  - then, with that buffer grown, the same pattern must cache the result under its own key: a
 *    key nobody wrote must still read as SIPMC_NULL.
 * Usage: value_as_key SERVER
 */
#include <stdlib.h>
#include <string.h>

#include "check.h"

static int passed, failed;

static int set_str(const char *key, const char *value, size_t len)
{
    sipmc_value v = {SIPMC_STR, 0, value, len};
    return sipmc_pv_set("mct", key, strlen(key), &v);
}

static int is_str(const sipmc_value *v, const char *expected, size_t len)
{
    return v->type == SIPMC_STR && v->len == len && memcmp(v->s, expected, len) == 0;
}

int main(int argc, char **argv)
{
    if (argc != 2)
        return 2;
    if (sipmc_param_set("servers", argv[1]) || sipmc_param_set("cache_size", "100") ||
        sipmc_param_set("cache_ttl", "60000") || sipmc_mod_init()) {
        fprintf(stderr, "init: %s\n", sipmc_last_error());
        return 1;
    }

    /* 1. A short value names a key whose value is long. */
    size_t long_len = 5000;
    char *long_value = malloc(long_len);
    for (size_t i = 0; i < long_len; i++)
        long_value[i] = (char)('a' + i % 26);
    CHECK(set_str("pointer", "target", 6) == 0);
    CHECK(set_str("target", long_value, long_len) == 0);
    sipmc_value v;
    CHECK(sipmc_pv_get("mct", "pointer", 7, &v) == 0 && is_str(&v, "target", 6));
    CHECK(sipmc_pv_get("mct", v.s, v.len, &v) == 0 && is_str(&v, long_value, long_len));
    /* The near cache holds the long value under "target", and nothing under its first bytes. */
    CHECK(sipmc_pv_get("mct", "target", 6, &v) == 0 && is_str(&v, long_value, long_len));
    CHECK(sipmc_pv_get("mct", "abcdef", 6, &v) == 0 && v.type == SIPMC_NULL);

    /* 2. The buffer is large now: the new value overwrites the key's bytes in place unless the
     * library keeps them apart. Nobody ever writes "ghost". */
    CHECK(set_str("second", "alias", 5) == 0);
    CHECK(set_str("alias", "ghost-value", 11) == 0);
    CHECK(sipmc_pv_get("mct", "second", 6, &v) == 0 && is_str(&v, "alias", 5));
    CHECK(sipmc_pv_get("mct", v.s, v.len, &v) == 0 && is_str(&v, "ghost-value", 11));
    CHECK(sipmc_pv_get("mct", "ghost", 5, &v) == 0 && v.type == SIPMC_NULL);
    CHECK(sipmc_pv_get("mct", "alias", 5, &v) == 0 && is_str(&v, "ghost-value", 11));

    /* 3. Two hops, and a value passed back as the key and the value of a set. */
    CHECK(set_str("hop1", "hop2", 4) == 0);
    CHECK(set_str("hop2", "hop3", 4) == 0);
    CHECK(set_str("hop3", "end", 3) == 0);
    CHECK(sipmc_pv_get("mct", "hop1", 4, &v) == 0);
    CHECK(sipmc_pv_get("mct", v.s, v.len, &v) == 0 && is_str(&v, "hop3", 4));
    CHECK(sipmc_pv_get("mct", v.s, v.len, &v) == 0 && is_str(&v, "end", 3));
    CHECK(sipmc_pv_get("mct", "hop2", 4, &v) == 0 && is_str(&v, "hop3", 4));
    CHECK(sipmc_pv_set("mct", v.s, v.len, &v) == 0); /* $mct(hop3) = "hop3" */
    CHECK(sipmc_pv_get("mct", "hop3", 4, &v) == 0 && is_str(&v, "hop3", 4));

    /* 4. An integer's decimal text as a key. */
    sipmc_value n = {SIPMC_INT, 42, NULL, 0};
    CHECK(sipmc_pv_set("mct", "answer", 6, &n) == 0);
    CHECK(set_str("42", "forty-two", 9) == 0);
    CHECK(sipmc_pv_get("mct", "answer", 6, &v) == 0 && v.type == SIPMC_INT && v.n == 42);
    CHECK(sipmc_pv_get("mct", v.s, v.len, &v) == 0 && is_str(&v, "forty-two", 9));

    free(long_value);
    sipmc_destroy();
    printf("value_as_key: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
