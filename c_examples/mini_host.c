/*
 * mini_host: a tiny Kamailio/OpenSIPS-style host for sip-memcached.
 *
 *   mini_host CONFIG SCRIPT
 *
 * CONFIG holds host configuration lines, as in kamailio.cfg:
 *   loadmodule "/path/to/libsip_memcached.so"
 *   modparam("memcached", "servers", "127.0.0.1:11211")
 *   modparam("memcached", "expire", 300)
 * The host dlopen()s the module, sets the parameters, calls mod_init in the main process, then
 * forks one worker that calls child_init and runs SCRIPT, one statement per line:
 *   $mct(key) = "string" | 123 | $null
 *   $mcinc(key) = N      $mcdec(key) = N      $mctex(key) = N
 *   xlog "text with $mct(key) inside"
 *   mi reload            mi stats
 * Every statement prints what it did. A failing statement is reported and the script goes on, as
 * in Kamailio. When the worker is done, the main process prints the stats (summed over processes).
 */
#include <dlfcn.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sip_memcached.h"

/* The module's API, resolved with dlsym as a host resolves a module's exports. */
static struct {
    void *handle;
    int (*param_set)(const char *, const char *);
    int (*mod_init)(void);
    int (*child_init)(int);
    int (*pv_get)(const char *, const char *, size_t, sipmc_value *);
    int (*pv_set)(const char *, const char *, size_t, const sipmc_value *);
    int (*mi_reload)(void);
    int (*mi_stats)(char *, size_t *);
    void (*destroy)(void);
    const char *(*last_error)(void);
    const char *(*strerror)(int);
    const char *(*version)(void);
    int (*set_log)(sipmc_log_fn, int);
} mod;

static void host_log(int level, const char *message)
{
    static const char *names[] = {"", "ERROR", "WARNING", "INFO", "DEBUG"};
    printf("  [log %s] memcached: %s\n", level >= 1 && level <= 4 ? names[level] : "?", message);
}

static int load_module(const char *path)
{
    mod.handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!mod.handle) {
        fprintf(stderr, "loadmodule: %s\n", dlerror());
        return -1;
    }
#define SYM(field, name)                                                   \
    do {                                                                   \
        *(void **)(&mod.field) = dlsym(mod.handle, name);                  \
        if (!mod.field) {                                                  \
            fprintf(stderr, "loadmodule: %s lacks %s\n", path, name);      \
            return -1;                                                     \
        }                                                                  \
    } while (0)
    SYM(param_set, "sipmc_param_set");
    SYM(mod_init, "sipmc_mod_init");
    SYM(child_init, "sipmc_child_init");
    SYM(pv_get, "sipmc_pv_get");
    SYM(pv_set, "sipmc_pv_set");
    SYM(mi_reload, "sipmc_mi_reload");
    SYM(mi_stats, "sipmc_mi_stats");
    SYM(destroy, "sipmc_destroy");
    SYM(last_error, "sipmc_last_error");
    SYM(strerror, "sipmc_strerror");
    SYM(version, "sipmc_version");
    SYM(set_log, "sipmc_set_log");
#undef SYM
    printf("loaded %s (sip-memcached %s)\n", path, mod.version());
    mod.set_log(host_log, SIPMC_LOG_INFO);
    return 0;
}

static void trim(char *s)
{
    size_t n = strlen(s);
    while (n && (s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == ' ' || s[n - 1] == '\t'))
        s[--n] = '\0';
    size_t i = strspn(s, " \t");
    memmove(s, s + i, n - i + 1);
}

/* Reads a double-quoted string at *p (no escapes but \" and \\); advances *p past it. */
static int quoted(const char **p, char *out, size_t cap)
{
    const char *s = *p;
    if (*s != '"')
        return -1;
    s++;
    size_t n = 0;
    while (*s && *s != '"') {
        if (*s == '\\' && (s[1] == '"' || s[1] == '\\'))
            s++;
        if (n + 1 >= cap)
            return -1;
        out[n++] = *s++;
    }
    if (*s != '"')
        return -1;
    out[n] = '\0';
    *p = s + 1;
    return 0;
}

static int config_line(char *line, int lineno)
{
    const char *p = line;
    char a[1024], b[1024], c[1024];
    if (strncmp(p, "loadmodule", 10) == 0) {
        p += 10;
        p += strspn(p, " \t");
        if (quoted(&p, a, sizeof a) < 0)
            goto syntax;
        return load_module(a);
    }
    if (strncmp(p, "modparam(", 9) == 0) {
        p += 9;
        if (quoted(&p, a, sizeof a) < 0)
            goto syntax;
        p += strspn(p, " \t,");
        if (quoted(&p, b, sizeof b) < 0)
            goto syntax;
        p += strspn(p, " \t,");
        if (*p == '"') {
            if (quoted(&p, c, sizeof c) < 0)
                goto syntax;
        } else {
            /* An integer value, passed to the module as its text. */
            size_t n = strcspn(p, " \t)");
            if (n == 0 || n >= sizeof c)
                goto syntax;
            memcpy(c, p, n);
            c[n] = '\0';
            p += n;
        }
        if (strcasecmp(a, "memcached") != 0) {
            fprintf(stderr, "config line %d: no module named %s\n", lineno, a);
            return -1;
        }
        if (!mod.handle) {
            fprintf(stderr, "config line %d: modparam before loadmodule\n", lineno);
            return -1;
        }
        int rc = mod.param_set(b, c);
        printf("modparam %s = %s -> %s\n", b, c, rc == 0 ? "ok" : mod.last_error());
        return rc == 0 ? 0 : -1;
    }
syntax:
    fprintf(stderr, "config line %d: cannot parse: %s\n", lineno, line);
    return -1;
}

/* Parses "$name(key)" at *p into pv and key; advances *p past it. Keys may hold ')' only
 * when balanced. */
static int pv_ref(const char **p, char *pv, size_t pv_cap, char *key, size_t key_cap)
{
    const char *s = *p;
    if (*s != '$')
        return -1;
    s++;
    size_t n = strspn(s, "abcdefghijklmnopqrstuvwxyz");
    if (n == 0 || n >= pv_cap || s[n] != '(')
        return -1;
    memcpy(pv, s, n);
    pv[n] = '\0';
    s += n + 1;
    int depth = 1;
    size_t k = 0;
    while (*s) {
        if (*s == '(')
            depth++;
        if (*s == ')' && --depth == 0)
            break;
        if (k + 1 >= key_cap)
            return -1;
        key[k++] = *s++;
    }
    if (*s != ')')
        return -1;
    key[k] = '\0';
    *p = s + 1;
    return 0;
}

static void print_value(const sipmc_value *v)
{
    if (v->type == SIPMC_NULL) {
        fputs("<null>", stdout);
        return;
    }
    for (size_t i = 0; i < v->len; i++) {
        unsigned char ch = (unsigned char)v->s[i];
        if (ch >= 0x20 && ch < 0x7f)
            putchar(ch);
        else
            printf("\\x%02x", ch);
    }
}

/* The outcome of a call, on its own line under the statement. */
static void report(int rc)
{
    if (rc == 0)
        printf("  ok\n");
    else
        printf("  error %d (%s): %s\n", rc, mod.strerror(rc), mod.last_error());
}

static void statement(char *line)
{
    const char *p = line;
    char pv[32], key[4096], text[4096];
    printf("> %s\n", line);
    fflush(stdout);
    if (strncmp(p, "mi ", 3) == 0) {
        p += 3;
        if (strcmp(p, "reload") == 0) {
            report(mod.mi_reload());
        } else if (strcmp(p, "stats") == 0) {
            char buf[2048];
            size_t len = sizeof buf;
            int rc = mod.mi_stats(buf, &len);
            report(rc);
            if (rc == 0)
                fputs(buf, stdout);
        } else {
            printf("  unknown command\n");
        }
        return;
    }
    if (strncmp(p, "xlog ", 5) == 0) {
        p += 5;
        if (quoted(&p, text, sizeof text) < 0) {
            printf("  cannot parse: expected a quoted string\n");
            return;
        }
        printf("  xlog: ");
        for (const char *t = text; *t;) {
            const char *q = t;
            if (*t == '$' && pv_ref(&q, pv, sizeof pv, key, sizeof key) == 0) {
                sipmc_value v;
                if (mod.pv_get(pv, key, strlen(key), &v) == 0)
                    print_value(&v);
                else
                    printf("<null>"); /* a failed read prints as $null, as in Kamailio */
                t = q;
            } else {
                putchar(*t++);
            }
        }
        putchar('\n');
        return;
    }
    if (*p == '$') {
        if (pv_ref(&p, pv, sizeof pv, key, sizeof key) < 0)
            goto syntax;
        p += strspn(p, " \t");
        if (*p++ != '=')
            goto syntax;
        p += strspn(p, " \t");
        sipmc_value v = {SIPMC_NULL, 0, NULL, 0};
        if (*p == '"') {
            if (quoted(&p, text, sizeof text) < 0)
                goto syntax;
            v.type = SIPMC_STR;
            v.s = text;
            v.len = strlen(text);
        } else if (strcmp(p, "$null") == 0) {
            v.type = SIPMC_NULL;
        } else {
            char *end;
            errno = 0;
            long long n = strtoll(p, &end, 10);
            if (end == p || *end || errno)
                goto syntax;
            v.type = SIPMC_INT;
            v.n = n;
        }
        report(mod.pv_set(pv, key, strlen(key), &v));
        return;
    }
syntax:
    printf("  cannot parse\n");
}

static int read_lines(const char *path, int (*each)(char *, int), int stop_on_error)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "%s: %s\n", path, strerror(errno));
        return -1;
    }
    char line[8192];
    int lineno = 0, rc = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        trim(line);
        if (line[0] == '\0' || line[0] == '#')
            continue;
        if (each(line, lineno) < 0) {
            rc = -1;
            if (stop_on_error)
                break;
        }
    }
    fclose(f);
    return rc;
}

static int script_line(char *line, int lineno)
{
    (void)lineno;
    statement(line);
    fflush(stdout);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s CONFIG SCRIPT\n", argv[0]);
        return 2;
    }
    if (read_lines(argv[1], config_line, 1) < 0) {
        fprintf(stderr, "config error: not starting\n");
        if (mod.handle)
            dlclose(mod.handle);
        return 1;
    }
    if (!mod.handle) {
        fprintf(stderr, "config error: no loadmodule line\n");
        return 1;
    }
    printf("> mod_init\n");
    fflush(stdout);
    int rc = mod.mod_init();
    report(rc);
    if (rc != 0) {
        dlclose(mod.handle);
        return 1;
    }
    fflush(stdout);

    pid_t worker = fork();
    if (worker < 0) {
        perror("fork");
        return 1;
    }
    if (worker == 0) {
        printf("> worker %d: child_init\n", (int)getpid());
        fflush(stdout);
        report(mod.child_init(1));
        read_lines(argv[2], script_line, 0);
        mod.destroy();
        dlclose(mod.handle);
        fflush(stdout);
        _exit(0);
    }
    int status = 0;
    waitpid(worker, &status, 0);
    printf("worker exited with status %d\n",
           WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));

    /* The main process reads the counters the worker updated, through shared memory. */
    char buf[2048];
    size_t len = sizeof buf;
    if (mod.mi_stats(buf, &len) == 0)
        printf("main process stats:\n%s", buf);
    mod.destroy();
    dlclose(mod.handle);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : 1;
}
