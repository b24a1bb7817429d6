import { modelSpecFor, modelUrls, type ModelSpec } from './catalogue'
import { placesInRoom } from './room'

/** The gallery art's URL shape (lib/demo/art/kinds.ts artUrl): /media/art/{kind}/{hex}/{view}/{seed}.svg */
const ART_URL = /^\/media\/art\/([a-z-]+)\/[0-9a-f]{6}\/\d\/(\d+)\.svg$/

export type ProductModel = {
  spec: ModelSpec
  glb: string
  usdz: string
  /** Poster per colour code, for the product's own colours only. */
  posters: Record<string, string>
  /** The product's colour codes that the model carries as material variants. */
  variants: string[]
  /** Models placed in a room: a USDZ per colour for AR Quick Look (which has no variants). */
  usdzByColor: Record<string, string>
}

/**
 * A product's model, found from its gallery art (which names the product family and shape), or
 * null when it has none. Colours the model lacks are left out; a product none of whose colours
 * the model carries gets no model rather than a wrong one.
 */
export function modelForProduct(imageUrls: readonly string[], colorCodes: readonly string[]): ProductModel | null {
  const match = imageUrls.map((u) => ART_URL.exec(u)).find(Boolean)
  if (!match) return null
  const spec = modelSpecFor(match[1], Number(match[2]) % 3)
  if (!spec) return null
  const variants = colorCodes.filter((c) => spec.colors.some((m) => m.code === c))
  if (variants.length === 0) return null
  const urls = modelUrls(spec.key)
  return {
    spec,
    glb: urls.glb,
    usdz: urls.usdz,
    posters: Object.fromEntries(variants.map((c) => [c, urls.poster(c)])),
    variants,
    usdzByColor: placesInRoom(spec.group) ? Object.fromEntries(variants.map((c) => [c, urls.usdzIn(c)])) : {},
  }
}
