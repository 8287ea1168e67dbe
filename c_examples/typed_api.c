/*
 * typed_api: the typed C functions (sipmc_get, sipmc_set, sipmc_delete, sipmc_add, sipmc_touch),
 * which take a key whole, a value as bytes with memcached's item flags, and the expiry the call
 * gives: what a C program that is not a SIP proxy wants. Checks each result.
 * Usage: typed_api SERVER   (e.g. 127.0.0.1:11311)
 * Leaves "typed:kept" (flags 42, expiry 300, value "kept") and "typed:hits" (3) in memcached for
 * the test to look at. Ends with "N passed, M failed"; exits 1 on any failure.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "sip_memcached.h"

static int passed, failed;

static int set(const char *key, const char *value, uint32_t flags, uint32_t expiry, int mode)
{
    return sipmc_set(key, strlen(key), value, strlen(value), flags, expiry, mode);
}

static int get(const char *key, sipmc_item *item)
{
    return sipmc_get(key, strlen(key), item);
}

/* The item read equals `value` (with its NUL after it) and carries `flags`. */
static int holds(const sipmc_item *item, const char *value, uint32_t flags)
{
    size_t len = strlen(value);
    return item->len == len && memcmp(item->value, value, len) == 0 && item->value[len] == '\0' &&
           item->flags == flags;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s SERVER\n", argv[0]);
        return 2;
    }
    if (sipmc_param_set("servers", argv[1]) || sipmc_param_set("cache_size", "100") ||
        sipmc_mod_init()) {
        fprintf(stderr, "init: %s\n", sipmc_last_error());
        return 1;
    }
    sipmc_item item;
    uint64_t n = 0;

    /* Store, read back (the second read is a near-cache hit), with the flags the caller set. */
    CHECK(set("typed:kept", "kept", 42, 300, SIPMC_SET) == SIPMC_OK);
    for (int i = 0; i < 2; i++) {
        CHECK(get("typed:kept", &item) == SIPMC_OK && holds(&item, "kept", 42));
    }

    /* SIPMC_ADD stores only a missing key. */
    CHECK(set("typed:kept", "other", 1, 0, SIPMC_ADD) == SIPMC_ERR_NOT_STORED);
    CHECK(get("typed:kept", &item) == SIPMC_OK && holds(&item, "kept", 42));
    CHECK(set("typed:fresh", "new", 0, 0, SIPMC_ADD) == SIPMC_OK);

    /* A key is taken whole: "=>5" is part of it, not an expiry. */
    CHECK(set("typed:k=>5", "arrow", 0, 0, SIPMC_SET) == SIPMC_OK);
    CHECK(get("typed:k=>5", &item) == SIPMC_OK && holds(&item, "arrow", 0));
    CHECK(get("typed:k", &item) == SIPMC_ERR_NOT_FOUND);

    /* Binary values, NULs included. */
    static char blob[100000];
    for (size_t i = 0; i < sizeof blob; i++) {
        blob[i] = (char)(i % 251);
    }
    CHECK(sipmc_set("typed:blob", 10, blob, sizeof blob, 7, 0, SIPMC_SET) == SIPMC_OK);
    CHECK(sipmc_get("typed:blob", 10, &item) == SIPMC_OK && item.len == sizeof blob &&
          memcmp(item.value, blob, sizeof blob) == 0 && item.flags == 7);

    /* A value read may be passed straight back as the next key. */
    CHECK(set("typed:pointer", "typed:kept", 0, 0, SIPMC_SET) == SIPMC_OK);
    CHECK(get("typed:pointer", &item) == SIPMC_OK);
    CHECK(sipmc_get(item.value, item.len, &item) == SIPMC_OK && holds(&item, "kept", 42));

    /* Counters: the new value comes back; a missing one is created; memcached stops at 0. */
    CHECK(sipmc_add("typed:hits", 10, 5, 0, &n) == SIPMC_OK && n == 5);
    CHECK(sipmc_add("typed:hits", 10, -2, 0, &n) == SIPMC_OK && n == 3);
    CHECK(sipmc_add("typed:gone", 10, -7, 0, &n) == SIPMC_OK && n == 0);
    CHECK(sipmc_add("typed:gone", 10, 9, 0, NULL) == SIPMC_OK);
    CHECK(sipmc_add("typed:gone", 10, 0, 0, &n) == SIPMC_OK && n == 9);
    CHECK(sipmc_add("typed:kept", 10, 1, 0, &n) == SIPMC_ERR_NOT_A_NUMBER);

    /* Touch: a new expiry for a key that exists. */
    CHECK(sipmc_touch("typed:fresh", 11, 1000) == SIPMC_OK);
    CHECK(sipmc_touch("typed:missing", 13, 1000) == SIPMC_ERR_NOT_FOUND);

    /* Delete: a missing key is fine; the near cache forgets it too. */
    CHECK(sipmc_delete("typed:fresh", 11) == SIPMC_OK);
    CHECK(sipmc_delete("typed:fresh", 11) == SIPMC_OK);
    CHECK(get("typed:fresh", &item) == SIPMC_ERR_NOT_FOUND && item.value == NULL && item.len == 0);

    /* Bad input: a clear code, nothing sent, the process keeps running. */
    CHECK(set("typed:x", "v", 0, 0, 7) == SIPMC_ERR_ARGUMENT);
    CHECK(set("typed:x", "v", 0, 2147483648u, SIPMC_SET) == SIPMC_ERR_BAD_EXPIRY);
    CHECK(sipmc_touch("typed:kept", 10, 4000000000u) == SIPMC_ERR_BAD_EXPIRY);
    CHECK(sipmc_set(NULL, 3, "v", 1, 0, 0, SIPMC_SET) == SIPMC_ERR_ARGUMENT);
    CHECK(sipmc_set("", 0, "v", 1, 0, 0, SIPMC_SET) == SIPMC_ERR_BAD_KEY);
    CHECK(sipmc_get("typed:kept", 10, NULL) == SIPMC_ERR_ARGUMENT);
    CHECK(sipmc_add("", 0, 1, 0, &n) == SIPMC_ERR_BAD_KEY);
    char *huge = calloc(1100000, 1);
    CHECK(huge != NULL &&
          sipmc_set("typed:huge", 10, huge, 1100000, 0, 0, SIPMC_SET) == SIPMC_ERR_VALUE_TOO_LARGE);
    free(huge);
    CHECK(get("typed:x", &item) == SIPMC_ERR_NOT_FOUND);

    /* The pseudo-variable functions see the same items. */
    sipmc_value v;
    CHECK(sipmc_pv_get("mct", "typed:hits", 10, &v) == SIPMC_OK && v.type == SIPMC_INT && v.n == 3);

    sipmc_destroy();
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
