// What the account page's server actions answer; `at` makes two equal answers distinct, so a repeat shows again.

export type ProfileFormState =
  | { status: 'idle'; values: { name: string; phone: string } }
  | { status: 'saved'; values: { name: string; phone: string }; at: number }
  | { status: 'error'; error: string; field: 'name' | 'phone' | null; values: { name: string; phone: string }; at: number }

export type PasskeyFormState = { status: 'idle' } | { status: 'saved'; at: number } | { status: 'error'; error: string; at: number }
