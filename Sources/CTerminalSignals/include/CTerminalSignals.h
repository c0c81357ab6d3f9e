// Installing a plain signal handler from Swift: sigaction's handler field is a union whose Swift spelling
// differs between Glibc and Darwin, so it is set here and the Swift side (SignalGuard) stays portable.
// Kept apart from the ncurses shim so that TerminalUI does not depend on ncurses.
#ifndef CTERMINALSIGNALS_H
#define CTERMINALSIGNALS_H

#include <signal.h>

int cts_install_signal_handler(int sig, void (*handler)(int), struct sigaction *old);
int cts_restore_signal_handler(int sig, const struct sigaction *old);

#endif
