/*
 * log_callbacks: what the library's logging may meet in a host, checked.
 *   1. A log callback that calls back into the library (sipmc_mi_stats) while the library logs
 *      from sipmc_param_set and sipmc_mod_init: nothing may hang.
 *   2. Standard error a full non-blocking pipe that nobody reads: lines are lost, and every call
 *      still returns its own result (never SIPMC_ERR_INTERNAL).
 * Usage: log_callbacks DEAD_SERVER (host:port where nothing listens). Exit 0: every check passed.
 */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "check.h"

static int passed, failed;
static int callbacks, stats_inside_ok;

static void reentrant_log(int level, const char *message)
{
    (void)level;
    (void)message;
    callbacks++;
    char buf[4096];
    size_t len = sizeof buf;
    if (sipmc_mi_stats(buf, &len) == SIPMC_OK && strstr(buf, "operations: ") != NULL)
        stats_inside_ok++;
}

int main(int argc, char **argv)
{
    if (argc != 2)
        return 2;

    /* 1. Re-entrant callback. */
    CHECK(sipmc_set_log(reentrant_log, SIPMC_LOG_DEBUG) == SIPMC_OK);
    CHECK(sipmc_param_set("servers", argv[1]) == SIPMC_OK);
    CHECK(sipmc_param_set("memory", "1") == SIPMC_OK);
    CHECK(sipmc_param_set("timeout", "200") == SIPMC_OK);
    CHECK(sipmc_mod_init() == SIPMC_OK);
    CHECK(callbacks >= 2); /* the startup line and the 'memory' note */
    CHECK(stats_inside_ok >= 1);
    sipmc_value out;
    for (int i = 0; i < 5; i++)
        CHECK(sipmc_pv_get("mct", "k", 1, &out) < 0);
    sipmc_destroy();

    /* 2. Standard error full and non-blocking. */
    int fds[2];
    CHECK(pipe2(fds, O_NONBLOCK) == 0);
    char chunk[4096];
    memset(chunk, 'x', sizeof chunk);
    while (write(fds[1], chunk, sizeof chunk) > 0) {
    }
    int saved = dup(2);
    dup2(fds[1], 2);
    CHECK(sipmc_set_log(NULL, SIPMC_LOG_DEBUG) == SIPMC_OK);
    CHECK(sipmc_param_set("servers", argv[1]) == SIPMC_OK);
    CHECK(sipmc_param_set("timeout", "200") == SIPMC_OK);
    CHECK(sipmc_mod_init() == SIPMC_OK);
    int internal = 0, refused = 0;
    for (int i = 0; i < 20; i++) {
        int rc = sipmc_pv_get("mct", "k", 1, &out);
        if (rc == SIPMC_ERR_INTERNAL)
            internal++;
        if (rc == SIPMC_ERR_CONNECT || rc == SIPMC_ERR_SERVER_DOWN)
            refused++;
    }
    sipmc_destroy();
    dup2(saved, 2);
    close(saved);
    CHECK(internal == 0);
    CHECK(refused == 20);

    printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
