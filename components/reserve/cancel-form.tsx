type CancelFormProps = {
  action: (form: FormData) => Promise<void>
  id: string
  accessKey: string
  /** "Keep it": a link back (without JavaScript) or a button that closes the dialog. */
  keep: React.ReactNode
  headingId: string
}

/** The confirmation step: what cancelling does, then "Yes, cancel it" or keep it. */
export function CancelForm({ action, id, accessKey, keep, headingId }: CancelFormProps) {
  return (
    <div>
      <h2 id={headingId} className="text-lg font-semibold">
        Cancel this reservation?
      </h2>
      <p className="mt-1 text-sm text-muted">The item goes back on the shelf for someone else. Nothing was charged.</p>
      <form action={action} className="mt-4 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="key" value={accessKey} />
        {keep}
        <button type="submit" className="inline-flex min-h-11 items-center justify-center rounded-full bg-sale px-5 text-sm font-semibold text-white hover:bg-sale/90">
          Yes, cancel it
        </button>
      </form>
    </div>
  )
}
