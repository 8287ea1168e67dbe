/*
 * shared_health: one process's discovery that a server is down protects every process.
 * Usage: shared_health   (needs no memcached: it plays a frozen server itself)
 *
 * The main process opens a listening socket that never answers (a frozen server), sets it as the
 * only server with timeout 300 ms and server_failure_limit 3, and calls sipmc_mod_init. Worker A
 * (forked) reads three times: each read waits for the timeout, and the third marks the server
 * down. Worker B (forked afterwards) then reads: it must fail at once with SIPMC_ERR_SERVER_DOWN,
 * without paying the timeout itself. Ends with "N passed, M failed".
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "sip_memcached.h"

static int passed, failed;

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* Reads one key in a forked worker; the exit status says what happened:
 * 0 timeout, 1 server down, 2 anything else. The time taken is printed. */
static int worker_read(const char *name)
{
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        sipmc_child_init(1);
        sipmc_value v;
        double t = now_ms();
        int rc = sipmc_pv_get("mct", "k", 1, &v);
        printf("%s: %s after %.0f ms\n", name, sipmc_strerror(rc), now_ms() - t);
        fflush(stdout);
        _exit(rc == SIPMC_ERR_TIMEOUT ? 0 : rc == SIPMC_ERR_SERVER_DOWN ? 1 : 2);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 3;
}

int main(void)
{
    int frozen = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = {.sin_family = AF_INET};
    inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
    socklen_t len = sizeof a;
    CHECK(bind(frozen, (struct sockaddr *)&a, sizeof a) == 0);
    CHECK(listen(frozen, 64) == 0);
    CHECK(getsockname(frozen, (struct sockaddr *)&a, &len) == 0);
    char server[64];
    snprintf(server, sizeof server, "127.0.0.1:%d", ntohs(a.sin_port));

    CHECK(sipmc_param_set("servers", server) == SIPMC_OK);
    CHECK(sipmc_param_set("timeout", "300") == SIPMC_OK);
    CHECK(sipmc_param_set("server_failure_limit", "3") == SIPMC_OK);
    CHECK(sipmc_param_set("retry_interval", "60000") == SIPMC_OK);
    CHECK(sipmc_mod_init() == SIPMC_OK);

    double t = now_ms();
    fflush(stdout);
    pid_t a_pid = fork();
    if (a_pid == 0) {
        sipmc_child_init(1);
        int timeouts = 0;
        for (int i = 0; i < 3; i++) {
            sipmc_value v;
            timeouts += sipmc_pv_get("mct", "k", 1, &v) == SIPMC_ERR_TIMEOUT;
        }
        printf("worker A: %d timeouts\n", timeouts);
        fflush(stdout);
        _exit(timeouts == 3 ? 0 : 1);
    }
    int status = 0;
    CHECK(waitpid(a_pid, &status, 0) == a_pid && WIFEXITED(status) && WEXITSTATUS(status) == 0);
    double a_took = now_ms() - t;
    printf("worker A paid %.0f ms for 3 reads (3 timeouts)\n", a_took);
    CHECK(a_took >= 850);

    t = now_ms();
    CHECK(worker_read("worker B") == 1);
    double b_took = now_ms() - t;
    printf("worker B (fork, read, exit) took %.0f ms\n", b_took);
    CHECK(b_took < 150);

    char stats[4096];
    size_t n = sizeof stats;
    CHECK(sipmc_mi_stats(stats, &n) == SIPMC_OK);
    CHECK(strstr(stats, "state=down") != NULL);
    printf("%s", stats);
    /* A reload marks the server up again: the next read tries it (and times out). */
    CHECK(sipmc_mi_reload() == SIPMC_OK);
    CHECK(worker_read("worker C after reload") == 0);

    sipmc_destroy();
    close(frozen);
    printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
