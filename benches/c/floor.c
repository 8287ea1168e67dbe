/*
 * The floor: what a memcached request costs with no client at all. One blocking TCP socket
 * (TCP_NODELAY), the request bytes prepared once, and per request one write() and one read() of
 * the whole reply (a reply that arrives in pieces is read on, but on loopback it never does).
 * The reply is checked with a memcmp, nothing is parsed or copied.
 *
 * Usage: floor HOST:PORT get,set,incr N WARMUP   (see bench_common.h)
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include "bench_common.h"

struct floor_ctx {
    int fd;
    char get_req[64], set_req[128], incr_req[64];
    size_t get_len, set_len, incr_len;
    char get_reply[128];
    size_t get_reply_len;
    char buf[4096];
};

static int write_all(int fd, const char *p, size_t len)
{
    while (len > 0) {
        ssize_t n = write(fd, p, len);
        if (n <= 0)
            return -1;
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

/* Reads until the buffer holds `want` bytes (want > 0), or until it ends in "\r\n" (want == 0).
 * Returns the length read, or -1. */
static ssize_t read_reply(struct floor_ctx *c, size_t want)
{
    size_t got = 0;
    for (;;) {
        ssize_t n = read(c->fd, c->buf + got, sizeof c->buf - got);
        if (n <= 0)
            return -1;
        got += (size_t)n;
        if (want ? got >= want : (got >= 2 && c->buf[got - 2] == '\r' && c->buf[got - 1] == '\n'))
            return (ssize_t)got;
        if (got == sizeof c->buf)
            return -1;
    }
}

static int op_get(void *p)
{
    struct floor_ctx *c = p;
    if (write_all(c->fd, c->get_req, c->get_len) != 0)
        return -1;
    ssize_t n = read_reply(c, c->get_reply_len);
    return n == (ssize_t)c->get_reply_len && memcmp(c->buf, c->get_reply, c->get_reply_len) == 0
               ? 0
               : -1;
}

static int op_set(void *p)
{
    struct floor_ctx *c = p;
    if (write_all(c->fd, c->set_req, c->set_len) != 0)
        return -1;
    return read_reply(c, 8) == 8 && memcmp(c->buf, "STORED\r\n", 8) == 0 ? 0 : -1;
}

static int op_incr(void *p)
{
    struct floor_ctx *c = p;
    if (write_all(c->fd, c->incr_req, c->incr_len) != 0)
        return -1;
    ssize_t n = read_reply(c, 0);
    return n >= 3 && c->buf[0] >= '0' && c->buf[0] <= '9' ? 0 : -1;
}

int main(int argc, char **argv)
{
    struct bench_args a;
    bench_parse_args(argc, argv, &a);
    static struct floor_ctx c;

    struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons((uint16_t)a.port)};
    if (inet_pton(AF_INET, a.host, &sa.sin_addr) != 1) {
        fprintf(stderr, "floor: '%s' is not an IPv4 address\n", a.host);
        return 2;
    }
    c.fd = socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    if (c.fd < 0 || setsockopt(c.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one) != 0 ||
        connect(c.fd, (struct sockaddr *)&sa, sizeof sa) != 0) {
        perror("floor: connect");
        return 1;
    }

    c.get_len = (size_t)snprintf(c.get_req, sizeof c.get_req, "get %s\r\n", BENCH_KEY);
    c.set_len = (size_t)snprintf(c.set_req, sizeof c.set_req, "set %s %d %d %d\r\n%s\r\n", BENCH_KEY,
                                 BENCH_FLAGS, BENCH_EXPIRE, BENCH_VALUE_LEN, bench_value);
    c.incr_len = (size_t)snprintf(c.incr_req, sizeof c.incr_req, "incr %s 1\r\n", BENCH_COUNTER);
    c.get_reply_len = (size_t)snprintf(c.get_reply, sizeof c.get_reply, "VALUE %s %d %d\r\n%s\r\nEND\r\n",
                                       BENCH_KEY, BENCH_FLAGS, BENCH_VALUE_LEN, bench_value);

    /* The value get reads, and the counter incr counts. */
    char init[64];
    int len = snprintf(init, sizeof init, "set %s 0 0 1\r\n0\r\n", BENCH_COUNTER);
    if (op_set(&c) != 0 || write_all(c.fd, init, (size_t)len) != 0 || read_reply(&c, 8) != 8) {
        fprintf(stderr, "floor: cannot store the benchmark keys\n");
        return 1;
    }

    bench_run_all("floor", &a, &c, op_get, op_set, op_incr);
    close(c.fd);
    return 0;
}
