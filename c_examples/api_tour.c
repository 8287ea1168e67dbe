/*
 * api_tour: links libsip_memcached through its header and calls every function of the C API,
 * checking each result. Usage: api_tour SERVER   (e.g. 127.0.0.1:11311)
 * Prints one line per failed check and ends with "N passed, M failed"; exits 1 on any failure.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"
#include "sip_memcached.h"

static int passed, failed;


static sipmc_value str_value(const char *s, size_t len)
{
    sipmc_value v = {SIPMC_STR, 0, s, len};
    return v;
}

static sipmc_value int_value(int64_t n)
{
    sipmc_value v = {SIPMC_INT, n, NULL, 0};
    return v;
}

static int set(const char *pv, const char *key, sipmc_value v)
{
    return sipmc_pv_set(pv, key, strlen(key), &v);
}

static int get(const char *pv, const char *key, sipmc_value *out)
{
    return sipmc_pv_get(pv, key, strlen(key), out);
}

static int logged;
static char last_log[512];

static void on_log(int level, const char *message)
{
    (void)level;
    logged++;
    snprintf(last_log, sizeof last_log, "%s", message);
}

static void init_module(const char *server)
{
    CHECK(sipmc_param_set("servers", server) == SIPMC_OK);
    CHECK(sipmc_param_set("expire", "300") == SIPMC_OK);
    CHECK(sipmc_param_set("timeout", "1000") == SIPMC_OK);
    CHECK(sipmc_param_set("mode", "0") == SIPMC_OK);
    CHECK(sipmc_param_set("stringify", "0") == SIPMC_OK);
    CHECK(sipmc_mod_init() == SIPMC_OK);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s SERVER\n", argv[0]);
        return 2;
    }
    const char *server = argv[1];
    sipmc_value v;

    printf("sip-memcached %s\n", sipmc_version());
    CHECK(strlen(sipmc_version()) > 0);
    CHECK(strcmp(sipmc_strerror(SIPMC_ERR_TIMEOUT), "timeout") == 0);
    CHECK(strcmp(sipmc_strerror(12345), "unknown code") == 0);

    /* Logging goes to our callback. */
    CHECK(sipmc_set_log(on_log, SIPMC_LOG_INFO) == SIPMC_OK);
    CHECK(sipmc_set_log(on_log, 9) == SIPMC_ERR_ARGUMENT);

    /* Before mod_init. */
    CHECK(get("mct", "k", &v) == SIPMC_ERR_NOT_INITIALISED);
    CHECK(v.type == SIPMC_NULL);
    CHECK(sipmc_child_init(1) == SIPMC_ERR_NOT_INITIALISED);
    CHECK(sipmc_mi_reload() == SIPMC_ERR_NOT_INITIALISED);

    /* Parameters: unknown names and bad values are refused with a message. */
    CHECK(sipmc_param_set("nonsense", "1") == SIPMC_ERR_UNKNOWN_PARAM);
    CHECK(strstr(sipmc_last_error(), "nonsense") != NULL);
    CHECK(sipmc_param_set("expire", "-1") == SIPMC_ERR_BAD_PARAM);
    CHECK(sipmc_param_set("timeout", "soon") == SIPMC_ERR_BAD_PARAM);
    CHECK(sipmc_param_set("servers", "[::1") == SIPMC_ERR_BAD_PARAM);
    CHECK(strstr(sipmc_last_error(), "[::1") != NULL);
    CHECK(sipmc_param_set("flags", "python") == SIPMC_ERR_BAD_PARAM);
    CHECK(strstr(sipmc_last_error(), "unknown preset 'python'") != NULL);
    CHECK(sipmc_param_set("trim", "yes") == SIPMC_ERR_BAD_PARAM);
    CHECK(sipmc_param_set(NULL, "1") == SIPMC_ERR_ARGUMENT);
    CHECK(sipmc_param_set("expire", NULL) == SIPMC_ERR_ARGUMENT);
    logged = 0;
    CHECK(sipmc_param_set("memory", "1") == SIPMC_OK);
    CHECK(logged == 0); /* said once, at sipmc_mod_init, after the startup line */

    init_module(server);
    CHECK(logged == 2 && strstr(last_log, "no effect") != NULL);
    CHECK(strcmp(sipmc_last_error(), "") == 0);
    CHECK(sipmc_mod_init() == SIPMC_ERR_ALREADY_INITIALISED);
    CHECK(sipmc_param_set("expire", "5") == SIPMC_ERR_ALREADY_INITIALISED);
    CHECK(sipmc_child_init(1) == SIPMC_OK);

    /* Start from a clean slate: the server may hold keys of an earlier run. */
    sipmc_value null_value = {SIPMC_NULL, 0, NULL, 0};
    const char *keys[] = {"user", "bin", "n", "big", "calls", "forked", "ttl"};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        CHECK(set("mct", keys[i], null_value) == SIPMC_OK);

    /* $mct: strings, integers, binary values, missing keys, delete. */
    CHECK(set("mct", "user", str_value("alice", 5)) == SIPMC_OK);
    CHECK(get("mct", "user", &v) == SIPMC_OK);
    CHECK(v.type == SIPMC_STR && v.len == 5 && memcmp(v.s, "alice", 5) == 0 && v.s[5] == '\0');
    CHECK(set("mct", "bin", str_value("a\0b\r\nc", 6)) == SIPMC_OK);
    CHECK(get("mct", "bin", &v) == SIPMC_OK);
    CHECK(v.type == SIPMC_STR && v.len == 6 && memcmp(v.s, "a\0b\r\nc", 6) == 0);
    CHECK(set("mct", "n", int_value(-42)) == SIPMC_OK);
    CHECK(get("mct", "n", &v) == SIPMC_OK);
    CHECK(v.type == SIPMC_INT && v.n == -42 && v.len == 3 && strcmp(v.s, "-42") == 0);
    CHECK(set("mct", "big", int_value(INT64_MAX)) == SIPMC_OK);
    CHECK(get("mct", "big", &v) == SIPMC_OK && v.type == SIPMC_INT && v.n == INT64_MAX);
    CHECK(get("mct", "missing", &v) == SIPMC_OK && v.type == SIPMC_NULL);
    CHECK(set("mct", "user", null_value) == SIPMC_OK);
    CHECK(get("mct", "user", &v) == SIPMC_OK && v.type == SIPMC_NULL);
    CHECK(set("mct", "user", null_value) == SIPMC_OK); /* deleting a missing key is fine */
    CHECK(set("mct", "ttl=>60", str_value("x", 1)) == SIPMC_OK);
    CHECK(get("mct", "ttl", &v) == SIPMC_OK && v.type == SIPMC_STR);
    CHECK(set("mct", "ttl=>soon", str_value("x", 1)) == SIPMC_ERR_BAD_EXPIRY);

    /* Counters and expiry. */
    CHECK(set("mcinc", "calls", int_value(1)) == SIPMC_OK);
    CHECK(set("mcinc", "calls", int_value(10)) == SIPMC_OK);
    CHECK(set("mcdec", "calls", int_value(3)) == SIPMC_OK);
    CHECK(get("mcinc", "calls", &v) == SIPMC_OK && v.type == SIPMC_INT && v.n == 8);
    CHECK(get("mcdec", "calls", &v) == SIPMC_OK && v.n == 8);
    CHECK(set("mcinc", "bin", int_value(1)) == SIPMC_ERR_NOT_A_NUMBER);
    CHECK(set("mcinc", "calls", str_value("ten", 3)) == SIPMC_ERR_NOT_A_NUMBER);
    CHECK(set("mctex", "calls", int_value(30)) == SIPMC_OK);
    CHECK(get("mctex", "calls", &v) == SIPMC_OK && v.type == SIPMC_NULL);
    CHECK(set("mctex", "missing", int_value(30)) == SIPMC_ERR_NOT_FOUND);

    /* Bad input: each gets a code and a message, nothing crashes. */
    CHECK(sipmc_pv_get("mct", "", 0, &v) == SIPMC_ERR_BAD_KEY);
    CHECK(sipmc_pv_get("mct", NULL, 0, &v) == SIPMC_ERR_BAD_KEY);
    CHECK(sipmc_pv_get("mct", NULL, 5, &v) == SIPMC_ERR_ARGUMENT);
    CHECK(sipmc_pv_get("mct", "k", 1, NULL) == SIPMC_ERR_ARGUMENT);
    CHECK(sipmc_pv_get(NULL, "k", 1, &v) == SIPMC_ERR_ARGUMENT);
    CHECK(sipmc_pv_get("mcx", "k", 1, &v) == SIPMC_ERR_UNKNOWN_PV);
    CHECK(strstr(sipmc_last_error(), "mcx") != NULL);
    CHECK(sipmc_pv_set("mct", "k", 1, NULL) == SIPMC_ERR_ARGUMENT);
    sipmc_value bad_type = {77, 0, NULL, 0};
    CHECK(set("mct", "k", bad_type) == SIPMC_ERR_ARGUMENT);
    sipmc_value null_bytes = {SIPMC_STR, 0, NULL, 3};
    CHECK(set("mct", "k", null_bytes) == SIPMC_ERR_ARGUMENT);
    size_t huge_len = 1024 * 1024 + 1;
    char *huge = calloc(1, huge_len);
    CHECK(huge != NULL);
    CHECK(set("mct", "huge", str_value(huge, huge_len)) == SIPMC_ERR_VALUE_TOO_LARGE);
    free(huge);
    char long_key[10000];
    memset(long_key, 'K', sizeof long_key - 1);
    long_key[sizeof long_key - 1] = '\0';
    CHECK(set("mct", long_key, str_value("long", 4)) == SIPMC_OK);
    CHECK(get("mct", long_key, &v) == SIPMC_OK && v.len == 4 && memcmp(v.s, "long", 4) == 0);
    CHECK(set("mct", "evil\r\nflush_all", str_value("v", 1)) == SIPMC_OK);
    CHECK(sipmc_pv_set("mct", "nul\0key", 7, &(sipmc_value){SIPMC_STR, 0, "n", 1}) == SIPMC_OK);
    CHECK(sipmc_pv_get("mct", "nul\0key", 7, &v) == SIPMC_OK && v.len == 1 && v.s[0] == 'n');
    CHECK(sipmc_pv_get("mct", "nul", 3, &v) == SIPMC_OK && v.type == SIPMC_NULL);
    CHECK(set("mct", "ttl=>-1", str_value("x", 1)) == SIPMC_ERR_BAD_EXPIRY);
    CHECK(set("mct", "ttl=>99999999999", str_value("x", 1)) == SIPMC_ERR_BAD_EXPIRY);
    CHECK(set("mctex", "calls", int_value(-5)) == SIPMC_ERR_BAD_EXPIRY);
    CHECK(set("mctex", "calls", int_value(INT64_MAX)) == SIPMC_ERR_BAD_EXPIRY);
    CHECK(sipmc_param_set("servers", "127.0.0.1:1") == SIPMC_ERR_ALREADY_INITIALISED);
    CHECK(get("mct", "evil\r\nflush_all", &v) == SIPMC_OK && v.len == 1);

    /* Workers forked after mod_init share the counters and never share a socket. */
    fflush(stdout);
    for (int w = 0; w < 2; w++) {
        pid_t pid = fork();
        if (pid == 0) {
            int ok = sipmc_child_init(w + 1) == SIPMC_OK;
            for (int i = 0; i < 100; i++)
                ok &= set("mcinc", "forked", int_value(1)) == SIPMC_OK;
            _exit(ok ? 0 : 1);
        }
        CHECK(pid > 0);
    }
    for (int w = 0; w < 2; w++) {
        int status = 0;
        CHECK(wait(&status) > 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0);
    }
    CHECK(get("mct", "forked", &v) == SIPMC_OK && v.type == SIPMC_INT && v.n == 200);

    /* Stats: the buffer protocol, and counters summed over the forked workers. */
    size_t len = 4;
    char small[4];
    CHECK(sipmc_mi_stats(small, &len) == SIPMC_ERR_BUFFER_TOO_SMALL);
    CHECK(len > 4);
    size_t needed = len;
    char *text = malloc(needed);
    CHECK(sipmc_mi_stats(text, &len) == SIPMC_OK);
    CHECK(len == needed - 1 && text[len] == '\0');
    CHECK(strstr(text, "operations: ") != NULL && strstr(text, "timeouts: 0") != NULL);
    unsigned long operations = 0;
    const char *ops = strstr(text, "operations: ");
    CHECK(ops != NULL && sscanf(ops, "operations: %lu", &operations) == 1 && operations >= 200);
    printf("%s", text);
    free(text);
    CHECK(sipmc_mi_stats(NULL, NULL) == SIPMC_ERR_ARGUMENT);

    /* Reload reconnects and keeps working. */
    CHECK(sipmc_mi_reload() == SIPMC_OK);
    CHECK(get("mct", "forked", &v) == SIPMC_OK && v.n == 200);

    /* Destroy puts everything back; the module can be initialised again. */
    sipmc_destroy();
    CHECK(get("mct", "forked", &v) == SIPMC_ERR_NOT_INITIALISED);
    init_module(server);
    CHECK(get("mct", "forked", &v) == SIPMC_OK && v.n == 200);
    sipmc_destroy();
    sipmc_destroy(); /* twice is harmless */

    /* A dead server: a clear error, quickly. */
    CHECK(sipmc_param_set("servers", "127.0.0.1:1") == SIPMC_OK);
    CHECK(sipmc_param_set("timeout", "500") == SIPMC_OK);
    CHECK(sipmc_mod_init() == SIPMC_OK);
    CHECK(get("mct", "k", &v) == SIPMC_ERR_CONNECT);
    CHECK(strstr(sipmc_last_error(), "127.0.0.1:1") != NULL);
    sipmc_destroy();
    CHECK(sipmc_set_log(NULL, 0) == SIPMC_OK);

    printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
