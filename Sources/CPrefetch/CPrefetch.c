// Everything is in include/CPrefetch.h (static inline); SwiftPM wants a source file in a C target.
#include "CPrefetch.h"
