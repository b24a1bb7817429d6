/** A size chip's note when no store is chosen: how many stores have it. */
export const storesNote = (n: number) => (n === 0 ? 'Out of stock' : `In ${n} ${n === 1 ? 'store' : 'stores'}`)

/** The inside of a size chip: the size (struck through when sold out) and its short note. */
export function SizeChipText({ size, note, soldOut, current, tone }: { size: string; note: string; soldOut: boolean; current: boolean; tone?: 'ok' | 'muted' }) {
  return (
    <>
      <span className={`text-sm font-semibold ${soldOut && !current ? 'text-muted line-through' : ''}`}>{size}</span>
      <span className={`text-[0.6875rem] leading-tight ${current ? 'text-white' : tone === 'ok' && !soldOut ? 'text-ok' : 'text-muted'}`}>
        <span className="sr-only">, </span>
        {note}
      </span>
    </>
  )
}
