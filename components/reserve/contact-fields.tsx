import type { ContactFormState } from './form-state'

type Field = { name: 'name' | 'email' | 'phone'; label: string; type: string; autoComplete: string; inputMode?: 'email' | 'tel'; hint?: string }

const fields: Field[] = [
  { name: 'name', label: 'Name', type: 'text', autoComplete: 'name' },
  { name: 'email', label: 'Email', type: 'email', autoComplete: 'email', inputMode: 'email', hint: 'We send the pickup code and updates here.' },
  { name: 'phone', label: 'Phone (optional)', type: 'tel', autoComplete: 'tel', inputMode: 'tel', hint: 'Only if the store needs to reach you about it.' },
]

/** Labelled inputs with the server's message under each; the typed values survive a failed submit. */
export function ContactFields({ state, disabled }: { state: ContactFormState; disabled: boolean }) {
  return (
    <>
      {fields.map((f) => {
        const id = `contact-${f.name}`
        const error = state.errors?.[f.name]
        const described = [error && `${id}-error`, f.hint && `${id}-hint`].filter(Boolean).join(' ') || undefined
        return (
          <div key={f.name}>
            <label htmlFor={id} className="block text-sm font-semibold">
              {f.label}
            </label>
            {f.hint && (
              <p id={`${id}-hint`} className="text-xs text-muted">
                {f.hint}
              </p>
            )}
            <input
              id={id}
              name={f.name}
              type={f.type}
              autoComplete={f.autoComplete}
              inputMode={f.inputMode}
              required={f.name !== 'phone'}
              maxLength={f.name === 'email' ? 254 : f.name === 'phone' ? 30 : 100}
              defaultValue={state.values?.[f.name] ?? ''}
              disabled={disabled}
              aria-invalid={error ? true : undefined}
              aria-describedby={described}
              className={`mt-1.5 block min-h-12 w-full rounded-lg border bg-surface px-3 text-base ${error ? 'border-sale' : 'border-line-strong'}`}
            />
            {error && (
              <p id={`${id}-error`} className="mt-1 text-sm font-medium text-sale">
                {error}
              </p>
            )}
          </div>
        )
      })}
    </>
  )
}
