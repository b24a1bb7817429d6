type HiddenFieldsProps = { values: Record<string, string | undefined> }

/** Carries the rest of the listing state through a GET form that edits only part of it. */
export function HiddenFields({ values }: HiddenFieldsProps) {
  return (
    <>
      {Object.entries(values).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
    </>
  )
}
