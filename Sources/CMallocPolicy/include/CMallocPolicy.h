// The one allocator setting ipap makes: glibc's mallopt is declared in <malloc.h>, which Swift's Glibc
// module does not include. Does nothing where the C library is not glibc.
#ifndef CMALLOCPOLICY_H
#define CMALLOCPOLICY_H

// Blocks of `bytes` and more are mapped apart and unmapped when freed, always (glibc otherwise raises
// this threshold as large blocks are freed and keeps later ones in its heaps). 1 if set, 0 if not.
int cmp_map_blocks_from(int bytes);

#endif
