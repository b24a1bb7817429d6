type StockFacetProps = { idPrefix: string; store: { id: string; name: string } | null; checked: boolean }

/** Only offered once a store is chosen: "in stock" means nothing without a place. */
export function StockFacet({ idPrefix, store, checked }: StockFacetProps) {
  if (!store) return null
  const id = `${idPrefix}-in-stock`
  return (
    <div className="flex min-h-11 items-center gap-3">
      <input
        id={id}
        type="checkbox"
        name="inStockAt"
        value={store.id}
        defaultChecked={checked}
        className="size-5 shrink-0 accent-accent"
      />
      <label htmlFor={id} className="text-sm">
        In stock at <span className="font-semibold">{store.name}</span>
      </label>
    </div>
  )
}
