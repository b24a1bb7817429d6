import { accessoryKinds } from './accessories'
import { apparelKinds } from './apparel'
import { beautyKinds } from './beauty'
import { eyewearKinds } from './eyewear'
import { footwearKinds } from './footwear'
import { homeKinds } from './home'
import type { CategorySlug, HeroSpec, KindSpec } from './types'

export type { CategorySlug, HeroSpec, KindSpec } from './types'
export { categorySlugs } from './types'

export const categoryInfo: Record<CategorySlug, { name: string; description: string; letter: string }> = {
  apparel: { name: 'Apparel', description: 'Everyday clothing in natural fibres, cut to layer and made to last.', letter: 'A' },
  footwear: { name: 'Footwear', description: 'Sneakers and boots built for city miles and Chicago winters.', letter: 'F' },
  eyewear: { name: 'Eyewear', description: 'Polarized sunglasses and prescription-ready frames, fitted in store.', letter: 'E' },
  'hats-accessories': {
    name: 'Hats & Accessories',
    description: 'Caps, beanies, brimmed hats, bags and scarves to finish any look.',
    letter: 'H',
  },
  beauty: { name: 'Beauty', description: 'Clean skincare, color and fragrance blended in small batches.', letter: 'B' },
  home: { name: 'Home', description: 'Candles, ceramics and textiles that make a room feel lived in.', letter: 'M' },
}

export const allKinds: readonly KindSpec[] = [
  ...apparelKinds,
  ...footwearKinds,
  ...eyewearKinds,
  ...accessoryKinds,
  ...beautyKinds,
  ...homeKinds,
]

/** Products that tests and demo scripts look up by name; they count towards their kind's total. */
export const heroes: readonly HeroSpec[] = [
  { kind: 'sunglasses', name: 'Harbor Sunglasses', materialIndex: 0, colors: ['tortoise', 'black', 'honey', 'smoke'], price: 148, shape: 0 },
  { kind: 'sweater', name: 'Alder Merino Crew Sweater', materialIndex: 0, colors: ['blue', 'oatmeal', 'charcoal'], price: 128 },
  { kind: 'sneaker', name: 'Drift Canvas Sneaker', materialIndex: 0, colors: ['off-white', 'black', 'navy', 'sage-green'], price: 88 },
  { kind: 'pillow', name: 'Linen Throw Pillow', materialIndex: 0, colors: ['oatmeal', 'rust', 'sage-green'], price: 58, compareAt: 68 },
]

/** First words of product names: Chicago streets and lakeshore nature. */
export const nameWords: readonly string[] = [
  'Harbor', 'Alder', 'Drift', 'Cedar', 'Birch', 'Juniper', 'Prairie', 'Larkin', 'Halsted', 'Ashland',
  'Marin', 'Pike', 'Shore', 'Dune', 'Ridge', 'Grove', 'Fulton', 'Rowan', 'Willow', 'Hollis',
  'Mesa', 'Basin', 'Summit', 'Linden', 'Aspen', 'Sable', 'Ember', 'Wren', 'Lark', 'Finch',
  'Heron', 'Moss', 'Fern', 'Clover', 'Sorrel', 'Cove', 'Pier', 'Beacon', 'Lantern', 'Canal',
  'Bluff', 'Meadow', 'Hollow', 'Orchard', 'Quarry', 'Timber', 'Kestrel', 'Laurel', 'Hazel', 'Thistle',
  'Sumac', 'Tamarack', 'Calumet', 'Kinzie', 'Wabash', 'Damen', 'Racine', 'Morgan', 'Wells', 'Clybourn',
  'Superior', 'Erie', 'Huron', 'Ontario', 'Armitage', 'Division', 'Belmont', 'Addison', 'Montrose', 'Foster',
  'Lawrence', 'Western', 'Ogden', 'Archer', 'Lincoln', 'Sheridan', 'Kedzie', 'Paulina', 'Wolcott', 'Dearborn',
  'Rookery', 'Marquette', 'Monroe', 'Jackson', 'Hubbard', 'Grand', 'Oak', 'Elm', 'Maple', 'Spruce',
]

export const adjectives: Record<CategorySlug, readonly string[]> = {
  apparel: ['easy', 'modern', 'relaxed', 'classic', 'clean-lined', 'versatile'],
  footwear: ['versatile', 'hard-wearing', 'classic', 'low-profile', 'comfortable'],
  eyewear: ['timeless', 'lightweight', 'sculpted', 'classic', 'everyday'],
  'hats-accessories': ['everyday', 'classic', 'well-made', 'versatile', 'easy'],
  beauty: ['clean', 'gentle', 'everyday', 'small-batch', 'nourishing'],
  home: ['handmade', 'warm', 'simple', 'everyday', 'considered'],
}

export const closers: Record<CategorySlug, readonly string[]> = {
  apparel: [
    'Designed in Chicago and made in small runs with partners we visit every year.',
    'Pairs easily with denim, chinos or tailored trousers.',
    'Try it on in any Aisle store, or reserve it online for pickup today.',
  ],
  footwear: [
    'Free resizing in store within 60 days.',
    'Made in Portugal in a factory we have worked with since day one.',
    'Try them on in any Aisle store, or reserve a pair for pickup today.',
  ],
  eyewear: [
    'Every pair is fitted for free by our in-store opticians.',
    'Designed in Chicago, handmade in Italy.',
    'Try them on with the smart mirror in store, or reserve a pair for pickup.',
  ],
  'hats-accessories': [
    'Made in small batches by a workshop in Wisconsin.',
    'An easy gift, with free gift wrap in every store.',
    'Reserve it online and pick it up in store the same day.',
  ],
  beauty: [
    'Vegan, cruelty-free and free of synthetic fragrance dyes.',
    'Ask for a free sample at any Aisle beauty counter.',
    'Recyclable packaging; bring empties back to any store.',
  ],
  home: [
    'Makes an easy housewarming gift, with free gift wrap in store.',
    'Sourced from small makers we know by name.',
    'Reserve it online and pick it up in store the same day.',
  ],
}
