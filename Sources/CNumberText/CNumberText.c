#define _GNU_SOURCE
#include "CNumberText.h"
#include <locale.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

static locale_t c_numeric;
static pthread_once_t c_numeric_once = PTHREAD_ONCE_INIT;

static void make_c_numeric(void) { c_numeric = newlocale(LC_NUMERIC_MASK, "C", (locale_t)0); }

int cnt_parse_double(const unsigned char *text, size_t length, double *value) {
    // Copied with its terminator: the bytes after it in the caller's buffer are not the number's.
    char buffer[64];
    if (length == 0 || length >= sizeof buffer) return 0;
    for (size_t i = 0; i < length; i++) {
        unsigned char c = text[i];
        if (!((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E')) return 0;
    }
    memcpy(buffer, text, length);
    buffer[length] = '\0';
    pthread_once(&c_numeric_once, make_c_numeric);
    if (c_numeric == (locale_t)0) return 0;
    char *end = NULL;
    double parsed = strtod_l(buffer, &end, c_numeric);
    if (end != buffer + length || !isfinite(parsed)) return 0;
    *value = parsed;
    return 1;
}
