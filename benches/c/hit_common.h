/*
 * What the near-cache hit programs share (kamailio_hit.c, c_api_hit.c): the command line
 *   MC_SERVER=HOST:PORT PROG LIBRARY.so [N] [ROUNDS]
 * (N calls timed a round, ROUNDS rounds, at most HIT_MAX_ROUNDS), a monotonic clock in
 * nanoseconds, read around each timed loop, and the median of the rounds' nanoseconds per call.
 */
#ifndef SIPMC_HIT_COMMON_H
#define SIPMC_HIT_COMMON_H

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define HIT_MAX_ROUNDS 64

struct hit_args {
    const char *server;  /* $MC_SERVER */
    const char *library; /* the module or library to dlopen() */
    long n;
    int rounds;
};

/* Reads the command line and MC_SERVER; exits 2 with the usage when they do not fit. */
static inline struct hit_args hit_parse_args(int argc, char **argv, long default_n)
{
    struct hit_args a = {getenv("MC_SERVER"), argc > 1 ? argv[1] : NULL, default_n, 7};
    if (argc > 2)
        a.n = atol(argv[2]);
    if (argc > 3)
        a.rounds = atoi(argv[3]);
    if (a.server == NULL || a.library == NULL || argc > 4 || a.n <= 0 || a.rounds <= 0 ||
        a.rounds > HIT_MAX_ROUNDS) {
        fprintf(stderr, "usage: MC_SERVER=HOST:PORT %s LIBRARY.so [N > 0] [0 < ROUNDS <= %d]\n",
                argv[0], HIT_MAX_ROUNDS);
        exit(2);
    }
    return a;
}

static inline double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static inline int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Sorts t[0..n) in place and returns its median (the upper one of an even n). */
static inline double median_ns(double *t, int n)
{
    qsort(t, (size_t)n, sizeof *t, cmp_double);
    return t[n / 2];
}

#endif
