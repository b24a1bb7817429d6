import { buildInventory } from './inventory'
import { buildCatalog, buildCategories } from './products'
import { Rng } from './random'
import { buildReviews } from './reviews'
import type { DemoData } from './rows'
import { buildStores } from './stores'
import { DEMO_RNG_SEED } from './constants'

/** The whole demo data set, identical on every run (pure: no clock, no I/O). */
export function generateDemoData(): DemoData {
  // Separate streams, so adding a review fragment does not reshuffle stock levels.
  const categories = buildCategories()
  const catalog = buildCatalog(new Rng(DEMO_RNG_SEED), categories)
  const stores = buildStores()
  const inventory = buildInventory(new Rng(DEMO_RNG_SEED + 1), stores, catalog.metas, catalog.variants)
  const reviews = buildReviews(new Rng(DEMO_RNG_SEED + 2), catalog.metas)
  return {
    categories,
    products: catalog.metas.map((m) => m.product),
    productColors: catalog.productColors,
    productImages: catalog.productImages,
    variants: catalog.variants,
    stores,
    inventoryLevels: inventory.levels,
    inventoryMovements: inventory.movements,
    reviews,
  }
}
