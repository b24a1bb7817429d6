// What the privacy centre's server actions answer; `at` makes two equal answers distinct.

export type ConsentFormState = { status: 'idle' } | { status: 'saved'; at: number } | { status: 'error'; error: string; at: number }
export type DeleteFormState = { status: 'idle' } | { status: 'error'; error: string; typed: string; at: number }
