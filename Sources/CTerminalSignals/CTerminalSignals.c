#include "CTerminalSignals.h"

#include <stddef.h>

int cts_install_signal_handler(int sig, void (*handler)(int), struct sigaction *old) {
    struct sigaction sa;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    sa.sa_handler = handler;
    return sigaction(sig, &sa, old);
}

int cts_restore_signal_handler(int sig, const struct sigaction *old) {
    return sigaction(sig, old, NULL);
}
