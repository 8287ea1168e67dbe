/*
 * pv_name_probe: a stand-in Kamailio 5.6.3 for the names of the module's pseudo-variables. It
 * exports what the module resolves from its host (built with -rdynamic), with a pv_parse_format
 * and a pv_elem_free_all that count the format lists they make and free; dlopen()s the module;
 * has it parse key names as Kamailio's parser does for `$mct(key)`; and destroys each spec as
 * Kamailio's pv_spec_destroy() does, through the name's nfree: `nfree(&spec->pvp.pvn)`.
 * Every list must be freed through pv_elem_free_all, and (valgrind) every copy the module made
 * freed with it. Usage: pv_name_probe MODULE.so N   (exit status 0: all good)
 */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "standin_kamailio.h"

static int lists_made, lists_freed, unterminated;

/* One element holding the whole text; "bad" fails, as a malformed format would. Like the real
 * one, it keeps pointers into its input and reads the byte after it. */
int pv_parse_format(str *in, pv_elem_t **el)
{
    if (in == NULL || in->s == NULL || el == NULL)
        return -1;
    if (in->s[in->len] != '\0')
        unterminated++;
    if (in->len == 3 && memcmp(in->s, "bad", 3) == 0) {
        *el = NULL;
        return -1;
    }
    pv_elem_t *e = calloc(1, sizeof *e);
    e->text = *in;
    *el = e;
    lists_made++;
    return 0;
}

int pv_elem_free_all(pv_elem_t *e)
{
    if (e != NULL)
        lists_freed++;
    while (e != NULL) {
        pv_elem_t *next = e->next;
        free(e);
        e = next;
    }
    return 0;
}

/* Not called here. */
int pv_printf_s(void *msg, pv_elem_t *list, str *out)
{
    (void)msg, (void)list, (void)out;
    return -1;
}

int main(int argc, char **argv)
{
    if (argc != 3)
        return 2;
    int n = atoi(argv[2]);
    void *module = dlopen(argv[1], RTLD_NOW);
    if (!module) {
        printf("dlopen: %s\n", dlerror());
        return 2;
    }
    module_exports_t *exports = dlsym(module, "exports");
    if (!exports || !exports->pv_items || !exports->pv_items[0].parse_name) {
        printf("no pseudo-variables exported\n");
        return 2;
    }
    int (*parse_name)(pv_spec_t *, str *) = exports->pv_items[0].parse_name;

    int failed = 0, without_nfree = 0, copied = 0, cleared = 0;
    for (int i = 0; i < n; i++) {
        /* The parser's text, which it may free or reuse once the name is parsed. */
        char text[32];
        int len = snprintf(text, sizeof text, "key_%d=>60", i);
        str in = {text, len};
        pv_spec_t spec;
        memset(&spec, 0, sizeof spec);
        if (parse_name(&spec, &in) != 0 || spec.pvp.pvn.u.dname == NULL) {
            failed++;
            continue;
        }
        pv_elem_t *list = spec.pvp.pvn.u.dname;
        if (list->text.s != text && list->text.len == len && memcmp(list->text.s, text, len) == 0)
            copied++;
        memset(text, 'X', sizeof text);
        /* pv_spec_destroy(): */
        void (*nfree)(void *) = spec.pvp.pvn.nfree;
        if (nfree == NULL) {
            without_nfree++;
            continue;
        }
        nfree(&spec.pvp.pvn);
        if (spec.pvp.pvn.u.dname == NULL && spec.pvp.pvn.nfree == NULL)
            cleared++;
        nfree(&spec.pvp.pvn); /* a second call finds nothing to free */
    }
    /* A name the host refuses: the copy made for it goes too. */
    str bad = {"bad", 3};
    pv_spec_t spec;
    memset(&spec, 0, sizeof spec);
    int bad_rc = parse_name(&spec, &bad);

    printf("parsed %d names: %d failed, %d copied, %d without nfree, %d cleared by nfree; "
           "format lists made %d, freed %d; unterminated inputs %d; bad name: %d\n",
           n, failed, copied, without_nfree, cleared, lists_made, lists_freed, unterminated,
           bad_rc);
    int ok = failed == 0 && copied == n && without_nfree == 0 && cleared == n &&
             lists_made == n && lists_freed == n && unterminated == 0 && bad_rc != 0;
    return ok ? 0 : 1;
}
