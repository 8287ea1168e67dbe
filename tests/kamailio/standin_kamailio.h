/*
 * A stand-in Kamailio 5.6.3, for the C programs that load the module without Kamailio
 * (tests/kamailio/pv_name_probe.c, benches/c/kamailio_hit.c): the version symbols the module's
 * load-time constructor checks, the structs as reference/kamailio-module-abi.md lays them out
 * (x86_64), and the host functions and variables the module resolves that these programs do not
 * need to change. Each program defines the rest itself (pv_parse_format, pv_elem_free_all,
 * pv_printf_s) and is built with -rdynamic, so that the module finds them. Included once per
 * program: it defines what it declares.
 */
#ifndef STANDIN_KAMAILIO_H
#define STANDIN_KAMAILIO_H

#include <unistd.h>

const char ver_name[] = "kamailio";
const char ver_version[] = "5.6.3";
const char ver_arch[] = "x86_64";
const char ver_os[] = "linux";
const char ver_flags[] = "USE_TCP, PROBE_FLAGS";

typedef struct {
    char *s;
    int len;
} str;

typedef struct pv_elem {
    str text;
    void *spec;
    struct pv_elem *next;
} pv_elem_t;

typedef struct {
    int type;
    void (*nfree)(void *);
    union {
        void *dname;
        char isname[24];
    } u;
} pv_name_t;

typedef struct {
    int type;
    union {
        int ival;
        void *dval;
    } u;
} pv_index_t;

typedef struct {
    pv_name_t pvn;
    pv_index_t pvi;
} pv_param_t;

typedef struct {
    int type;
    void *getf;
    void *setf;
    pv_param_t pvp;
    void *trans;
} pv_spec_t;

/* pv_value_t of 5.6: {str rs; int ri; int flags}. */
typedef struct {
    str rs;
    int ri;
    int flags;
} pv_value_t;

typedef struct {
    str name;
    int type;
    int (*getf)(void *msg, pv_param_t *param, pv_value_t *res);
    int (*setf)(void *msg, pv_param_t *param, int op, pv_value_t *val);
    int (*parse_name)(pv_spec_t *, str *);
    void *parse_index;
    void *init_param;
    int iparam;
} pv_export_t;

typedef struct {
    const char *name;
    int type;
    int (*fn)(unsigned int type, void *val);
} param_export_t;

typedef struct {
    char *name;
    unsigned int dlflags;
    void *cmds;
    param_export_t *params;
    void *rpc_methods;
    pv_export_t *pv_items;
    void *response_f;
    int (*init_mod_f)(void);
    int (*init_child_f)(int);
    void (*destroy_mod_f)(void);
} module_exports_t;

_Static_assert(sizeof(pv_name_t) == 40, "pv_name_t");
_Static_assert(sizeof(pv_spec_t) == 88, "pv_spec_t");
_Static_assert(sizeof(pv_export_t) == 72, "pv_export_t");
_Static_assert(sizeof(module_exports_t) == 80, "module_exports");

static char pv_buffer[8192];
char *pv_get_buffer(void) { return pv_buffer; }
int pv_get_buffer_size(void) { return sizeof pv_buffer; }
int pv_get_null(void *msg, void *param, void *res)
{
    (void)msg, (void)param;
    ((pv_value_t *)res)->flags = 1; /* PV_VAL_NULL */
    return 0;
}
/* Below every level: the module logs nothing. */
int get_debug_level(char *mname, int len)
{
    (void)mname, (void)len;
    return -10;
}
int get_debug_facility(char *mname, int len)
{
    (void)mname, (void)len;
    return 0;
}
int my_pid(void) { return (int)getpid(); }
void *_km_log_func = NULL;
void *_ksr_slog_func = NULL;
int log_stderr = 1;
int process_no = 0;
str *log_prefix_val = NULL;
int dprint_crit = 0;

#endif
