/* The CHECK macro of the C examples: counts passed and failed checks, and prints each failure with
 * the library's last error. Each program defines `static int passed, failed;`. */
#ifndef SIPMC_EXAMPLES_CHECK_H
#define SIPMC_EXAMPLES_CHECK_H

#include <stdio.h>

#include "sip_memcached.h"

#define CHECK(cond)                                                                        \
    do {                                                                                   \
        if (cond) {                                                                        \
            passed++;                                                                      \
        } else {                                                                           \
            failed++;                                                                      \
            fprintf(stderr, "FAIL %s:%d: %s (last error: %s)\n", __FILE__, __LINE__, #cond, \
                    sipmc_last_error());                                                   \
        }                                                                                  \
    } while (0)

#endif
