/*
 * global_symbols_probe: pretends to be Kamailio 5.6.3 (the version symbols, exported with
 * -rdynamic), loads GLOBAL.so with RTLD_GLOBAL as Kamailio reloads app_lua, then the module under
 * test with RTLD_NOW as Kamailio loads every module, and checks that the module's load-time
 * constructor filled the module's own module_version, module_flags and exports, and left those of
 * GLOBAL.so alone. Usage: global_symbols_probe GLOBAL.so MODULE.so   (exit status 0: all good)
 */
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

const char ver_name[] = "kamailio";
const char ver_version[] = "5.6.3";
const char ver_arch[] = "x86_64";
const char ver_os[] = "linux";
const char ver_flags[] = "USE_TCP, PROBE_FLAGS";

static int failed;

static void check(int ok, const char *what)
{
    printf("%s: %s\n", ok ? "ok" : "FAILED", what);
    if (!ok)
        failed++;
}

static const char *text(const char *s)
{
    return s ? s : "(null)";
}

int main(int argc, char **argv)
{
    if (argc != 3)
        return 2;
    void *global = dlopen(argv[1], RTLD_NOW | RTLD_GLOBAL);
    if (!global) {
        printf("dlopen %s: %s\n", argv[1], dlerror());
        return 2;
    }
    void *module = dlopen(argv[2], RTLD_NOW);
    if (!module) {
        printf("dlopen %s: %s\n", argv[2], dlerror());
        return 2;
    }
    const char **g_version = dlsym(global, "module_version");
    const char **g_flags = dlsym(global, "module_flags");
    const char **g_exports = dlsym(global, "exports");
    const char **m_version = dlsym(module, "module_version");
    const char **m_flags = dlsym(module, "module_flags");
    const char **m_exports = dlsym(module, "exports");
    if (!g_version || !g_flags || !g_exports || !m_version || !m_flags || !m_exports) {
        printf("a symbol is missing\n");
        return 2;
    }
    check(m_version != g_version && m_exports != g_exports, "each library has its own symbols");
    printf("module: module_version=%s module_flags=%s exports.name=%s\n", text(*m_version),
           text(*m_flags), text(*m_exports));
    printf("global: module_version=%s module_flags=%s exports.name=%s\n", text(*g_version),
           text(*g_flags), text(*g_exports));
    check(*m_version && strcmp(*m_version, "kamailio 5.6.3 (x86_64/linux)") == 0,
          "the module's module_version is filled");
    check(*m_flags == ver_flags, "the module's module_flags is the host's ver_flags");
    check(*m_exports && strcmp(*m_exports, "memcached") == 0, "the module's exports is filled");
    check(*g_version && strcmp(*g_version, "global_module 0.0") == 0,
          "the global module's module_version is untouched");
    check(*g_flags && strcmp(*g_flags, "GLOBAL_MODULE_FLAGS") == 0,
          "the global module's module_flags is untouched");
    check(*g_exports && strcmp(*g_exports, "global_module") == 0,
          "the global module's exports is untouched");
    printf("%d failed\n", failed);
    return failed ? 1 : 0;
}
