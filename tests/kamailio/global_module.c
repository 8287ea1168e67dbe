/*
 * global_module: stands for a Kamailio module that is loaded RTLD_GLOBAL (app_lua, app_python3
 * ask for it in mod_register): like every module, it defines module_version, module_flags and an
 * 80-byte exports table. global_symbols_probe loads it first, then the module under test.
 */
const char *module_version = "global_module 0.0";
const char *module_flags = "GLOBAL_MODULE_FLAGS";

/* struct module_exports: the name, then 72 bytes of fields this stand-in leaves empty. */
struct {
    const char *name;
    void *rest[9];
} exports = {"global_module", {0}};
