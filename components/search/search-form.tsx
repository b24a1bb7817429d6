import Form from 'next/form'
import { SearchIcon } from '@/components/ui/icons'

type SearchFormProps = {
  defaultValue?: string
  id?: string
  className?: string
}

/** A plain GET form to /search: works before (and without) JavaScript, enhanced by next/form. */
export function SearchForm({ defaultValue, id = 'site-search', className = '' }: SearchFormProps) {
  return (
    <Form action="/search" role="search" className={`relative ${className}`.trim()}>
      <label htmlFor={id} className="sr-only">
        Search products
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder="Search products"
        autoComplete="off"
        enterKeyHint="search"
        maxLength={200}
        className="h-11 w-full rounded-full border border-line-strong bg-surface pr-12 pl-4 text-base text-ink placeholder:text-muted focus:border-accent"
      />
      <button
        type="submit"
        className="absolute top-0 right-0 grid size-11 place-items-center rounded-full text-ink hover:text-accent"
      >
        <SearchIcon className="size-5" />
        <span className="sr-only">Search</span>
      </button>
    </Form>
  )
}
