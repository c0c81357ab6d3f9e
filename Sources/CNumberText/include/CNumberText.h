// A decimal number's text to the nearest double, whatever the process's locale (the dashboard sets the
// user's for ncurses, and strtod would then read "0,5" and stop at "0.5"'s point in some of them).
#ifndef CNUMBERTEXT_H
#define CNUMBERTEXT_H

#include <stddef.h>

// Parses exactly the `length` bytes at `text` (a JSON number: no white space, no hex, no inf or nan) into
// `*value`, correctly rounded. 1 when all of them made one finite number, else 0.
int cnt_parse_double(const unsigned char *text, size_t length, double *value);

#endif
