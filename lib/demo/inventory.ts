import { categoryInfo, categorySlugs } from './catalog'
import { REFERENCE_DATE } from './constants'
import type { Rng } from './random'
import type { InventoryLevelRow, InventoryMovementRow, ProductMeta, StoreRow, VariantRow } from './rows'
import { storeDepth } from './stores'

/** Demo scenario: Harbor Sunglasses in tortoise is plentiful downtown, on its last unit in
 * Lincoln Park and sold out in the West Loop and Hinsdale. */
const harborTortoise: Record<string, number> = {
  'magnificent-mile': 8,
  'wicker-park': 3,
  'lincoln-park': 1,
  'west-loop': 0,
  hinsdale: 0,
}

function stockLevel(rng: Rng, depth: number): number {
  const roll = rng.float()
  if (roll < 0.15) return 0
  if (roll < 0.23) return 1
  if (roll < 0.33) return Math.round(rng.int(15, 40) * depth)
  return Math.max(1, Math.round(rng.int(2, 12) * depth))
}

export type InventoryOutput = { levels: InventoryLevelRow[]; movements: InventoryMovementRow[] }

export function buildInventory(rng: Rng, stores: StoreRow[], metas: ProductMeta[], variants: VariantRow[]): InventoryOutput {
  const variantsByProduct = new Map<string, VariantRow[]>()
  for (const v of variants) variantsByProduct.set(v.productId, [...(variantsByProduct.get(v.productId) ?? []), v])
  const harbor = metas.find((m) => m.product.name === 'Harbor Sunglasses')?.product.id
  const out: InventoryOutput = { levels: [], movements: [] }

  for (const store of stores) {
    // Each store lays out its departments in its own order: aisle letters are per store.
    const letters = rng.shuffle(categorySlugs.map((slug) => categoryInfo[slug].letter))
    const depth = storeDepth[store.slug] ?? 1
    for (const meta of metas) {
      const aisle = `${letters[categorySlugs.indexOf(meta.category)]}${rng.int(1, 6)}`
      const bay = String(rng.int(1, 24))
      for (const variant of variantsByProduct.get(meta.product.id) ?? []) {
        const forced = variant.productId === harbor && variant.colorCode === 'tortoise' ? harborTortoise[store.slug] : undefined
        const onHand = forced ?? stockLevel(rng, depth)
        out.levels.push({ storeId: store.id, variantId: variant.id, onHand, reserved: 0, aisle, bay, updatedAt: REFERENCE_DATE })
        if (onHand > 0) {
          out.movements.push({
            storeId: store.id,
            variantId: variant.id,
            kind: 'receipt',
            quantity: onHand,
            reason: 'Opening stock',
            actor: 'system:demo-seed',
            reference: 'demo-seed',
            createdAt: REFERENCE_DATE,
          })
        }
      }
    }
  }
  return out
}
