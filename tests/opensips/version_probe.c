/*
 * version_probe: poses as an OpenSIPS core of the version given at compile time (-DOPENSIPS_VERSION)
 * by exporting what the module looks up (built with -rdynamic): the version and flags strings in
 * read-only memory, core_scm_ver, and stand-ins for the functions. It dlopen()s the module and
 * prints what the module put in its exports, and what it logged through dprint; and its MI table,
 * walked as the release of -DMI_PARAMS and -DMI_ALIASES (3.6: 10 and 0; 4.0: 20 and 4) walks it:
 * one line per command, "mi=NAME recipes=N aliases=A,B".
 * Usage: version_probe MODULE.so
 */
#include <dlfcn.h>
#include <stddef.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

const char opensips_version[] = OPENSIPS_VERSION;
const char opensips_flags[] = "STATS: On, DISABLE_NAGLE, SHM_MMAP, PKG_MALLOC, F_MALLOC, DBG_MALLOC";
struct { const char *type; const char *rev; } core_scm_ver = {"git", "f9f8526"};

static int level = 4;
int *log_level = &level;
int log_facility = 0;
char *log_prefix = "";
void *mem_block = NULL;
void *(*gen_pkg_malloc)(void *, unsigned long, const char *, const char *, unsigned int) = NULL;

void dprint(int lvl, int facility, const char *module, const char *func, char *stderr_fmt,
            char *syslog_fmt, char *format, ...)
{
    (void)lvl; (void)facility; (void)module; (void)func; (void)syslog_fmt; (void)format;
    va_list ap;
    va_start(ap, format);
    vprintf(stderr_fmt, ap);
    va_end(ap);
}
int dp_my_pid(void) { return 1; }
int register_cachedb(void *e) { (void)e; return 0; }
void *cachedb_do_init(void *u, void *f) { (void)u; (void)f; return NULL; }
void cachedb_do_close(void *c, void *f) { (void)c; (void)f; }
int cachedb_put_connection(void *n, void *c) { (void)n; (void)c; return 0; }
void cachedb_end_connections(void *n) { (void)n; }
void *init_mi_result_string(const char *s, int l) { (void)s; (void)l; return NULL; }
void *init_mi_result_object(void **o) { (void)o; return NULL; }
void *init_mi_error_extra(int c, const char *m, int l, const char *d, int dl)
{ (void)c; (void)m; (void)l; (void)d; (void)dl; return NULL; }
void *add_mi_object(void *t, const char *n, int l) { (void)t; (void)n; (void)l; return NULL; }
int add_mi_string(void *t, const char *n, int l, const char *v, int vl)
{ (void)t; (void)n; (void)l; (void)v; (void)vl; return 0; }
int add_mi_number(void *t, const char *n, int l, double v) { (void)t; (void)n; (void)l; (void)v; return 0; }

#ifndef MI_PARAMS
#define MI_PARAMS 10
#endif
#ifndef MI_ALIASES
#define MI_ALIASES 0
#endif

struct mi_recipe {
    void *cmd;
    char *params[MI_PARAMS];
};

struct mi_export {
    char *name;
    char *help;
    unsigned int flags;
    void *init_f;
    struct mi_recipe recipes[48];
#if MI_ALIASES > 0
    const char *aliases[MI_ALIASES];
#endif
};

/* struct module_exports up to mi_cmds (offset 104). */
struct exports_head {
    const char *name;
    int type;
    const char *version, *compile_flags, *scm_type, *scm_rev;
    unsigned int dlflags;
    void *load_f, *deps, *cmds, *acmds, *params, *stats;
    const struct mi_export *mi_cmds;
};
_Static_assert(offsetof(struct exports_head, mi_cmds) == 104, "module_exports.mi_cmds");
_Static_assert(sizeof(struct mi_export) == (MI_ALIASES ? 8128 : 4256), "mi_export_t");

int main(int argc, char **argv)
{
    if (argc != 2)
        return 2;
    void *h = dlopen(argv[1], RTLD_NOW);
    if (!h) {
        printf("dlopen failed: %s\n", dlerror());
        return 1;
    }
    struct exports_head *e = dlsym(h, "exports");
    if (!e) {
        printf("no exports\n");
        return 1;
    }
    printf("name=%s\n", e->name ? e->name : "(null)");
    printf("type=%d\n", e->type);
    printf("version=%s\n", e->version == opensips_version ? "the core's string" : "(other)");
    printf("flags=%s\n", e->compile_flags == opensips_flags ? "the core's string" : "(other)");
    printf("scm_type=%s\n", e->scm_type ? e->scm_type : "(null)");
    printf("scm_rev=[%s]\n", e->scm_rev ? e->scm_rev : "(null)");
    for (const struct mi_export *m = e->mi_cmds; m && m->name; m++) {
        int recipes = 0;
        while (recipes < 48 && m->recipes[recipes].cmd)
            recipes++;
        printf("mi=%s recipes=%d aliases=", m->name, recipes);
#if MI_ALIASES > 0
        for (int i = 0; i < MI_ALIASES && m->aliases[i]; i++)
            printf("%s%s", i ? "," : "", m->aliases[i]);
#endif
        printf("\n");
    }
    return 0;
}
