import { ChevronDownIcon } from '@/components/ui/icons'

type ProductDetailsProps = { description: string; materials: string; care: string }

export function ProductDetails({ description, materials, care }: ProductDetailsProps) {
  const sections = [
    { title: 'Description', body: description, open: true },
    { title: 'Materials', body: materials, open: false },
    { title: 'Care', body: care, open: false },
  ]
  return (
    <div className="divide-y divide-line border-y border-line">
      {sections.map((s) => (
        <details key={s.title} open={s.open} className="group">
          <summary className="flex min-h-12 items-center justify-between text-sm font-semibold">
            <h2>{s.title}</h2>
            <ChevronDownIcon className="size-5 transition-transform group-open:rotate-180" />
          </summary>
          <p className="pb-4 text-sm leading-relaxed whitespace-pre-line text-ink">{s.body}</p>
        </details>
      ))}
    </div>
  )
}
