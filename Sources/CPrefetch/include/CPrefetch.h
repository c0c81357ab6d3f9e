// A hint to the processor to start reading memory that will be needed soon: the reuse search reads its
// index at random places (a cache miss each) and knows the places a few steps ahead. Swift has no
// prefetch of its own; inlined from this header, it costs one instruction.
#ifndef CPREFETCH_H
#define CPREFETCH_H

static inline void ipap_prefetch(const void *address) { __builtin_prefetch(address, 0, 3); }

#endif
