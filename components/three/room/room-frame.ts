// Every mode fills the same frame (picture, title, two lines, one action), so the panel keeps the
// height of its server-rendered placeholder once the device's mode is known: no layout shift.

/** The one line under the title; two lines tall whatever it says. */
export const roomLineClass = 'mt-1 min-h-10 text-sm text-muted'

/** The action row: one 44 px control. */
export const roomActionClass = 'mt-3 flex min-h-11 flex-wrap items-center gap-3'
