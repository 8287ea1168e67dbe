/*
 * near_cache_workers: the near cache and the reload hook across processes, as in a pre-forking
 * host. Usage: near_cache_workers SERVER
 *
 * The main process calls sipmc_mod_init with the near cache on, then forks 3 workers. Each worker
 * reads a key (and caches it). The key is then changed directly in memcached, behind the module's
 * back: every worker still reads the old value (served from its cache). Another process (like
 * Kamailio's RPC process) calls sipmc_mi_reload; every worker then reads the new value on its next
 * access. Prints what each step saw and ends with "N passed, M failed".
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"
#include "sip_memcached.h"

#define WORKERS 3

static int passed, failed;


/* Sets a key with a raw socket, as another memcached client would (host:port only). */
static int raw_set(const char *server, const char *key, const char *value)
{
    char host[64];
    int port;
    if (sscanf(server, "%63[^:]:%d", host, &port) != 2)
        return -1;
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((unsigned short)port)};
    inet_pton(AF_INET, host, &a.sin_addr);
    if (connect(fd, (struct sockaddr *)&a, sizeof a) < 0) {
        close(fd);
        return -1;
    }
    char cmd[256];
    int n = snprintf(cmd, sizeof cmd, "set %s 1 0 %zu\r\n%s\r\n", key, strlen(value), value);
    char reply[64] = {0};
    int ok = write(fd, cmd, (size_t)n) == n && read(fd, reply, sizeof reply - 1) > 0 &&
             strncmp(reply, "STORED", 6) == 0;
    close(fd);
    return ok ? 0 : -1;
}

struct worker {
    pid_t pid;
    int cmd;    /* main -> worker */
    int result; /* worker -> main */
};

/* The worker loop: on 'r', read the key and send back what it saw; on 'q', leave. */
static void worker_main(int rank, int cmd, int result)
{
    if (sipmc_child_init(rank) != SIPMC_OK)
        _exit(1);
    char c;
    while (read(cmd, &c, 1) == 1 && c == 'r') {
        sipmc_value v;
        char line[256] = {0};
        if (sipmc_pv_get("mct", "route", 5, &v) != SIPMC_OK || v.type != SIPMC_STR)
            snprintf(line, sizeof line, "error");
        else
            snprintf(line, sizeof line, "%.*s", (int)v.len, v.s);
        if (write(result, line, sizeof line) != sizeof line)
            _exit(1);
    }
    sipmc_destroy();
    _exit(0);
}

/* Asks every worker to read the key; checks that each saw `expected`. */
static void every_worker_reads(struct worker *w, const char *expected, const char *step)
{
    for (int i = 0; i < WORKERS; i++) {
        char line[256] = {0};
        CHECK(write(w[i].cmd, "r", 1) == 1);
        CHECK(read(w[i].result, line, sizeof line) == sizeof line);
        printf("%s: worker %d read %s\n", step, i + 1, line);
        CHECK(strcmp(line, expected) == 0);
    }
}

static unsigned long stat_value(const char *name)
{
    char buf[2048];
    size_t len = sizeof buf;
    if (sipmc_mi_stats(buf, &len) != SIPMC_OK)
        return 0;
    char pattern[64];
    snprintf(pattern, sizeof pattern, "\n%s: ", name);
    const char *p = strstr(buf, pattern);
    return p ? strtoul(p + strlen(pattern), NULL, 10) : 0;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s SERVER\n", argv[0]);
        return 2;
    }
    const char *server = argv[1];
    CHECK(sipmc_param_set("servers", server) == SIPMC_OK);
    CHECK(sipmc_param_set("cache_size", "100") == SIPMC_OK);
    CHECK(sipmc_param_set("cache_ttl", "60000") == SIPMC_OK); /* only a reload refreshes */
    CHECK(sipmc_mod_init() == SIPMC_OK);
    sipmc_value v = {SIPMC_STR, 0, "gateway-a", 9};
    CHECK(sipmc_pv_set("mct", "route", 5, &v) == SIPMC_OK);
    fflush(stdout);

    struct worker w[WORKERS];
    for (int i = 0; i < WORKERS; i++) {
        int to_worker[2], from_worker[2];
        CHECK(pipe(to_worker) == 0 && pipe(from_worker) == 0);
        pid_t pid = fork();
        if (pid == 0) {
            close(to_worker[1]);
            close(from_worker[0]);
            worker_main(i + 1, to_worker[0], from_worker[1]);
        }
        close(to_worker[0]);
        close(from_worker[1]);
        w[i] = (struct worker){pid, to_worker[1], from_worker[0]};
    }

    every_worker_reads(w, "gateway-a", "first read");
    CHECK(raw_set(server, "route", "gateway-b") == 0);
    printf("changed 'route' to gateway-b directly in memcached\n");
    every_worker_reads(w, "gateway-a", "before reload (from the near cache)");
    CHECK(stat_value("cache_hits") >= WORKERS);

    /* The reload runs in a process of its own, as Kamailio runs RPC commands. */
    fflush(stdout);
    pid_t rpc = fork();
    if (rpc == 0)
        _exit(sipmc_mi_reload() == SIPMC_OK ? 0 : 1);
    int status = 0;
    CHECK(waitpid(rpc, &status, 0) == rpc && WIFEXITED(status) && WEXITSTATUS(status) == 0);
    printf("reload done in process %d\n", (int)rpc);
    every_worker_reads(w, "gateway-b", "after reload");

    for (int i = 0; i < WORKERS; i++) {
        CHECK(write(w[i].cmd, "q", 1) == 1);
        CHECK(waitpid(w[i].pid, &status, 0) == w[i].pid && WIFEXITED(status) &&
              WEXITSTATUS(status) == 0);
        close(w[i].cmd);
        close(w[i].result);
    }
    printf("cache_hits: %lu, cache_misses: %lu, reloads: %lu\n", stat_value("cache_hits"),
           stat_value("cache_misses"), stat_value("reloads"));
    CHECK(stat_value("cache_misses") >= 2 * WORKERS);
    CHECK(stat_value("reloads") == 1);
    sipmc_destroy();
    printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
