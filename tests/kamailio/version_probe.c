/*
 * version_probe: pretends to be a Kamailio binary of a given version (it exports the same version
 * symbols, built with -rdynamic), dlopen()s the module and prints what the module put into its
 * module_version / module_flags symbols.   Usage: version_probe MODULE.so VERSION
 */
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

const char ver_name[] = "kamailio";
char ver_version[32] = "";
const char ver_arch[] = "x86_64";
const char ver_os[] = "linux";
const char ver_flags[] = "USE_TCP, PROBE_FLAGS";

int main(int argc, char **argv)
{
    if (argc != 3)
        return 2;
    snprintf(ver_version, sizeof ver_version, "%s", argv[2]);
    void *h = dlopen(argv[1], RTLD_NOW);
    if (!h) {
        printf("dlopen failed: %s\n", dlerror());
        return 1;
    }
    char **version = dlsym(h, "module_version");
    char **flags = dlsym(h, "module_flags");
    if (!version || !flags) {
        printf("missing version symbols\n");
        return 1;
    }
    printf("module_version=%s\n", *version ? *version : "(null)");
    printf("module_flags=%s\n", *flags ? (*flags == ver_flags ? "host ver_flags" : *flags) : "(null)");
    return 0;
}
