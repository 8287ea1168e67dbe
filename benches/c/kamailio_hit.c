/*
 * kamailio_hit: what one near-cache hit of `$mct(...)` costs inside the Kamailio adapter, without
 * Kamailio. A stand-in Kamailio 5.6.3 (built with -rdynamic: it exports what the module resolves
 * from its host) dlopen()s the module, sets its modparams through the module's own param table,
 * runs mod_init and child_init, parses two keys as Kamailio's parser would, and calls the getter
 * in a loop:
 *   fixed    $mct(route_1)        a key without pseudo-variables: taken as written
 *   rendered $mct(route_$var(k))  rendered by pv_printf_s (here a copy into a static buffer, far
 *                                 cheaper than Kamailio's, which the stock module pays too)
 *   floor    pv_get_null          a host call that does nothing: the cost of calling at all
 * Each is timed over N calls (clock_gettime around the loop), in rounds, median printed: as a
 * table, then unrounded in one machine-readable line with the fastest rounds too
 *   RESULT bench=kamailio_hit n=1000000 rounds=7 fixed_ns=135.20 rendered_ns=... floor_ns=...
 *          fixed_min_ns=... rendered_min_ns=...
 * Usage: MC_SERVER=127.0.0.1:PORT kamailio_hit MODULE.so [N] [ROUNDS]
 */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../../tests/kamailio/standin_kamailio.h"
#include "hit_common.h"

/* "route_$var(k)" parses to two elements, the second one with a spec (any non-NULL pointer). */
static int dummy_spec;
int pv_parse_format(str *in, pv_elem_t **el)
{
    pv_elem_t *e = calloc(1, sizeof *e);
    char *dollar = memchr(in->s, '$', in->len);
    e->text.s = in->s;
    e->text.len = dollar ? (int)(dollar - in->s) : in->len;
    if (dollar) {
        pv_elem_t *v = calloc(1, sizeof *v);
        v->spec = &dummy_spec;
        e->next = v;
    }
    *el = e;
    return 0;
}

int pv_elem_free_all(pv_elem_t *e)
{
    while (e != NULL) {
        pv_elem_t *next = e->next;
        free(e);
        e = next;
    }
    return 0;
}

static char printed[64];
/* The rendering of "route_$var(k)" with $var(k) = 1. */
int pv_printf_s(void *msg, pv_elem_t *list, str *out)
{
    (void)msg;
    int n = list->text.len;
    memcpy(printed, list->text.s, n);
    printed[n++] = '1';
    out->s = printed;
    out->len = n;
    return 0;
}
/* Called through a pointer the compiler cannot see through, so the floor is a real call. */
static int (*volatile floor_call)(void *, void *, void *) = pv_get_null;

static int set_param(module_exports_t *ex, const char *name, void *val)
{
    for (param_export_t *p = ex->params; p->name; p++)
        if (strcmp(p->name, name) == 0)
            return p->fn(p->type, val);
    return -1;
}

static pv_param_t parsed(pv_export_t *mct, const char *key)
{
    pv_spec_t spec;
    memset(&spec, 0, sizeof spec);
    str in = {strdup(key), (int)strlen(key)};
    if (mct->parse_name(&spec, &in) != 0) {
        fprintf(stderr, "cannot parse %s\n", key);
        exit(2);
    }
    return spec.pvp;
}

int main(int argc, char **argv)
{
    struct hit_args args = hit_parse_args(argc, argv, 1000000);
    const char *server = args.server;
    long n = args.n;
    int rounds = args.rounds;
    void *module = dlopen(args.library, RTLD_NOW);
    if (!module) {
        fprintf(stderr, "dlopen: %s\n", dlerror());
        return 2;
    }
    module_exports_t *ex = dlsym(module, "exports");
    if (!ex || !ex->pv_items || !ex->init_mod_f) {
        fprintf(stderr, "the module did not take this stand-in for Kamailio\n");
        return 2;
    }
    if (set_param(ex, "servers", (void *)server) || set_param(ex, "cache_size", (void *)10000L) ||
        set_param(ex, "cache_ttl", (void *)3600000L) || ex->init_mod_f() || ex->init_child_f(1)) {
        fprintf(stderr, "modparams or mod_init refused\n");
        return 2;
    }
    pv_export_t *mct = &ex->pv_items[0];
    pv_param_t fixed = parsed(mct, "route_1");
    pv_param_t rendered = parsed(mct, "route_$var(k)");

    /* Store the value once; the first read fills the near cache (write-through fills it too). */
    char value[] = "sip:gw1.example.net:5060;transport=udp";
    pv_value_t v = {{value, (int)strlen(value)}, 0, 4 /* PV_VAL_STR */};
    char msg[64];
    if (mct->setf(msg, &fixed, 0, &v) != 0) {
        fprintf(stderr, "cannot store the value (is memcached at %s?)\n", server);
        return 2;
    }
    pv_value_t res;
    if (mct->getf(msg, &fixed, &res) != 0 || res.rs.len != (int)strlen(value)) {
        fprintf(stderr, "the value does not read back\n");
        return 2;
    }

    double t_fixed[HIT_MAX_ROUNDS], t_rendered[HIT_MAX_ROUNDS], t_floor[HIT_MAX_ROUNDS];
    for (int r = 0; r < rounds; r++) {
        double t0 = now_ns();
        for (long i = 0; i < n; i++)
            mct->getf(msg, &fixed, &res);
        double t1 = now_ns();
        for (long i = 0; i < n; i++)
            mct->getf(msg, &rendered, &res);
        double t2 = now_ns();
        for (long i = 0; i < n; i++)
            floor_call(msg, &fixed, &res);
        double t3 = now_ns();
        t_fixed[r] = (t1 - t0) / n;
        t_rendered[r] = (t2 - t1) / n;
        t_floor[r] = (t3 - t2) / n;
        if (res.rs.len != 0 && memcmp(res.rs.s, value, res.rs.len) != 0) {
            fprintf(stderr, "wrong value\n");
            return 1;
        }
    }
    double fixed_ns = median_ns(t_fixed, rounds), rendered_ns = median_ns(t_rendered, rounds);
    double floor_ns = median_ns(t_floor, rounds);
    printf("\nA near-cache hit of $mct inside the Kamailio adapter (a stand-in Kamailio 5.6.3, "
           "%ld calls a round, median of %d rounds)\n",
           n, rounds);
    printf("| access | ns per call |\n|---|---:|\n");
    printf("| $mct(route_1), a key without pseudo-variables | %.0f |\n", fixed_ns);
    printf("| $mct(route_$var(k)), rendered by a stand-in pv_printf_s | %.0f |\n",
           rendered_ns);
    printf("| a host call that does nothing (floor) | %.1f |\n", floor_ns);
    /* The same medians unrounded, and the fastest rounds (sorted first by median_ns), for
     * scripts/bench_hit_regression.sh. */
    printf("RESULT bench=kamailio_hit n=%ld rounds=%d fixed_ns=%.2f rendered_ns=%.2f floor_ns=%.2f "
           "fixed_min_ns=%.2f rendered_min_ns=%.2f\n",
           n, rounds, fixed_ns, rendered_ns, floor_ns, t_fixed[0], t_rendered[0]);
    ex->destroy_mod_f();
    return 0;
}
