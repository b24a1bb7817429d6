import type { ColorOption, ProductDetail } from '@/lib/catalog/schemas'

export type Selection = {
  color: ColorOption
  /** A valid size of the product, or null when none is chosen or the product is one-size. */
  size: string | null
}

/** Unknown colour or size in the URL falls back quietly: an old shared link still shows the product. */
export function readSelection(product: ProductDetail, colorParam?: string, sizeParam?: string): Selection {
  const color = product.colors.find((c) => c.code === colorParam) ?? product.colors[0]
  const size = sizeParam && product.sizes.includes(sizeParam) ? sizeParam : null
  return { color, size }
}

export function productHref(handle: string, selection: { color?: string; size?: string | null }): string {
  const qs = new URLSearchParams()
  if (selection.color) qs.set('color', selection.color)
  if (selection.size) qs.set('size', selection.size)
  const query = qs.toString()
  return query ? `/p/${handle}?${query}` : `/p/${handle}`
}
