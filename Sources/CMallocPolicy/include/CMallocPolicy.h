// ipap's two dealings with the allocator: glibc's mallopt and malloc_trim are declared in <malloc.h>, which
// Swift's Glibc module does not include. Both do nothing where the C library is not glibc.
#ifndef CMALLOCPOLICY_H
#define CMALLOCPOLICY_H

// Blocks of `bytes` and more are mapped apart and unmapped when freed, always (glibc otherwise raises
// this threshold as large blocks are freed and keeps later ones in its heaps). 1 if set, 0 if not.
int cmp_map_blocks_from(int bytes);

// Gives the free pages inside the heaps back to the system (malloc_trim(0)): small blocks freed in bulk
// leave them there, and later large blocks, mapped apart, never reuse them. 1 if any was given back.
int cmp_give_back_free_pages(void);

#endif
