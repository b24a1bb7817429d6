import Form from 'next/form'
import { buttonClass } from '@/components/ui/button-styles'

type ShelfTagFormProps = {
  stores: { id: string; name: string }[]
  categories: { slug: string; name: string }[]
  values: { store?: string; category?: string; q?: string }
}

const field = 'h-11 w-full rounded-lg border border-line-strong bg-surface px-3 text-base text-ink focus:border-accent'
const labelText = 'mb-1 block text-sm font-semibold'

/** A plain GET form, so a set of labels is a URL staff can bookmark or send to the back office. */
export function ShelfTagForm({ stores, categories, values }: ShelfTagFormProps) {
  const knownStore = stores.some((s) => s.id === values.store)
  return (
    <Form
      action="/staff/shelf-tags"
      aria-label="Choose shelf tags"
      className="grid gap-3 rounded-xl border border-line bg-surface p-4 sm:grid-cols-2 lg:grid-cols-[1.2fr_1fr_1.4fr_auto] lg:items-end print:hidden"
    >
      <div>
        <label htmlFor="tag-store" className={labelText}>
          Store
        </label>
        <select id="tag-store" name="store" required defaultValue={knownStore ? values.store : ''} className={field}>
          <option value="" disabled>
            Choose a store
          </option>
          {stores.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="tag-category" className={labelText}>
          Category
        </label>
        <select id="tag-category" name="category" defaultValue={values.category ?? ''} className={field}>
          <option value="">All categories</option>
          {categories.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="tag-q" className={labelText}>
          Search
        </label>
        <input
          id="tag-q"
          name="q"
          type="search"
          defaultValue={values.q}
          placeholder="Product, SKU or GTIN"
          autoComplete="off"
          maxLength={100}
          className={`${field} placeholder:text-muted`}
        />
      </div>
      <button type="submit" className={buttonClass('primary', 'sm:col-span-2 lg:col-span-1')}>
        Show labels
      </button>
    </Form>
  )
}
