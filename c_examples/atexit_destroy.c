/*
 * atexit_destroy: a program that hands the library's clean-up to atexit(), as many hosts do.
 * When exit() runs the handlers, glibc has already destroyed the main thread's thread-local
 * storage; the library must still return normally from every call made then, never abort.
 * A second handler, registered first so that it runs after sipmc_destroy, calls into the library
 * again. Usage: atexit_destroy SERVER   (exit status 0 when all went well)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sip_memcached.h"

/* Runs after sipmc_destroy (atexit handlers run in reverse order of registration). Any failure
 * leaves with _exit: calling exit() again from a handler is undefined. */
static void after_destroy(void)
{
    sipmc_value v;
    int rc = sipmc_pv_get("mct", "k", 1, &v);
    if (rc == 0 || v.type != SIPMC_NULL) {
        printf("after destroy: a read succeeded (%d)\n", rc);
        fflush(stdout);
        _exit(3);
    }
    const char *error = sipmc_last_error();
    if (error == NULL) {
        printf("after destroy: sipmc_last_error() returned NULL\n");
        fflush(stdout);
        _exit(4);
    }
    sipmc_destroy(); /* a second destroy does nothing */
    printf("after destroy at exit: the read returned %d (%s); ok\n", rc, sipmc_strerror(rc));
    fflush(stdout);
}

int main(int argc, char **argv)
{
    if (argc != 2)
        return 2;
    if (sipmc_param_set("servers", argv[1]) || sipmc_param_set("cache_size", "10") ||
        sipmc_mod_init()) {
        fprintf(stderr, "init: %s\n", sipmc_last_error());
        return 1;
    }
    sipmc_value v = {SIPMC_STR, 0, "value", 5};
    if (sipmc_pv_set("mct", "k", 1, &v) || sipmc_pv_get("mct", "k", 1, &v) ||
        v.type != SIPMC_STR || v.len != 5 || memcmp(v.s, "value", 5) != 0) {
        fprintf(stderr, "set/get: %s\n", sipmc_last_error());
        return 1;
    }
    /* A failed call leaves a message in the thread-local last error, so that there is one to
     * clear or replace at exit. */
    if (sipmc_pv_get("nosuchpv", "k", 1, &v) != SIPMC_ERR_UNKNOWN_PV) {
        fprintf(stderr, "expected SIPMC_ERR_UNKNOWN_PV\n");
        return 1;
    }
    if (atexit(after_destroy) || atexit(sipmc_destroy)) {
        fprintf(stderr, "atexit failed\n");
        return 1;
    }
    printf("main returns; sipmc_destroy runs at exit\n");
    fflush(stdout);
    return 0;
}
