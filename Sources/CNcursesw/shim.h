// Shim for the wide-character ncurses API. Swift cannot import function-like macros
// (A_BOLD, COLOR_PAIR, getmaxyx) nor, in Swift 6 mode, global mutable state (stdscr,
// COLS, LINES), so they get tiny static inline accessors here. Keep this file free of
// static variables: each Swift object file that uses an inline function gets its own copy.
#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

// Without this the wide API (get_wch, setcchar, mvwadd_wch, cchar_t) is not declared.
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <wchar.h>
#include <langinfo.h>
#include <termios.h>
#include <stdio.h>
#include <ncursesw/curses.h>

// Hidden by the Glibc module; declared again so Swift can cross-check the width table.
int wcwidth(wchar_t c);

static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }
static inline int cn_err(void) { return ERR; }
static inline int cn_ok(void) { return OK; }

static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_dim(void) { return A_DIM; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }

static inline int cn_key_code_yes(void) { return KEY_CODE_YES; }
static inline int cn_key_f(int n) { return KEY_F(n); }

static inline mmask_t cn_wheel_mask(void) {
#if NCURSES_MOUSE_VERSION > 1
    return BUTTON4_PRESSED | BUTTON5_PRESSED;
#else
    return BUTTON4_PRESSED;
#endif
}
static inline int cn_is_wheel_up(mmask_t state) { return (state & BUTTON4_PRESSED) != 0; }
static inline int cn_is_wheel_down(mmask_t state) {
#if NCURSES_MOUSE_VERSION > 1
    return (state & BUTTON5_PRESSED) != 0;
#else
    return 0;
#endif
}

#endif
