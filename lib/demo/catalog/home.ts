import type { KindSpec } from './types'

export const homeKinds: readonly KindSpec[] = [
  {
    key: 'candle', category: 'home', art: 'candle', brand: 'Hearth & Loom', count: 5,
    nouns: ['Candle', 'Three-Wick Candle', 'Travel Candle'],
    materials: [
      { word: 'Soy', text: 'coconut-soy wax and a cotton wick, scented with fig and cedar' },
      { text: 'beeswax blend and a wooden wick, scented with tobacco and vanilla' },
      { text: 'soy wax and a cotton wick, scented with eucalyptus and mint' },
    ],
    care: 'Trim the wick to 1/4" before each burn; never leave burning unattended.', price: [24, 58], ending: 95, sizes: 'one', gtin: 'upca',
    palette: ['amber', 'frosted', 'black', 'terracotta', 'sage-green', 'ivory'],
    tags: ['home', 'candles', 'gifts', 'fragrance'], reviewNoun: 'candle',
    features: [
      'Burns cleanly for around 60 hours.',
      'Hand-poured in small batches in Pilsen, Chicago.',
      'The vessel makes a good planter or pencil cup once the wax is gone.',
    ],
  },
  {
    key: 'mug', category: 'home', art: 'mug', brand: 'Hearth & Loom', count: 4,
    nouns: ['Mug', 'Stoneware Mug', 'Camp Mug', 'Latte Mug'],
    materials: [{ text: 'reactive-glaze stoneware' }, { text: 'speckled porcelain' }],
    care: 'Dishwasher and microwave safe.', price: [16, 28], ending: 95, sizes: 'one', gtin: 'upca',
    palette: ['cream', 'sage-green', 'terracotta', 'slate', 'mustard', 'sky-blue', 'charcoal'],
    tags: ['home', 'kitchen', 'mugs'], reviewNoun: 'mug',
    features: [
      'Holds 12 oz. with room for milk.',
      'Thrown and glazed by hand, so each one is slightly different.',
      'A wide handle that fits two fingers comfortably.',
    ],
  },
  {
    key: 'pillow', category: 'home', art: 'pillow', brand: 'Hearth & Loom', count: 4,
    nouns: ['Throw Pillow', 'Lumbar Pillow', 'Cushion'],
    materials: [
      { word: 'Linen', text: 'a stonewashed linen cover and a feather-down insert' },
      { word: 'Velvet', text: 'a cotton velvet cover and a feather-down insert' },
      { word: 'Boucle', text: 'a wool boucle cover and a recycled-fill insert' },
    ],
    connector: 'with',
    care: 'Remove the cover and machine wash cold; line dry.', price: [38, 78], ending: 0, sizes: 'one', gtin: 'upca',
    palette: ['oatmeal', 'rust', 'sage-green', 'charcoal', 'mustard', 'blush', 'cream', 'forest-green'],
    tags: ['home', 'pillows', 'textiles'], reviewNoun: 'pillow',
    features: [
      'A 20" x 20" cover with a hidden zip.',
      'The feather-down insert plumps back up with one shake.',
      'Mix two colors for an easy sofa refresh.',
    ],
  },
  {
    key: 'throw', category: 'home', art: 'throw', brand: 'Hearth & Loom', count: 3,
    nouns: ['Throw', 'Throw Blanket', 'Blanket'],
    materials: [
      { word: 'Wool', text: '100% lambswool' },
      { word: 'Waffle', text: 'organic cotton waffle weave' },
      { word: 'Alpaca', text: 'baby alpaca blend' },
    ],
    care: 'Dry clean or hand wash cold.', price: [98, 188], ending: 0, sizes: 'one', gtin: 'ean13',
    palette: ['oatmeal', 'charcoal', 'rust', 'forest-green', 'cream', 'camel'],
    tags: ['home', 'blankets', 'textiles', 'gifts'], reviewNoun: 'throw',
    features: [
      'Generous at 50" x 70", with a whipstitched edge.',
      'Warm enough for the couch in January, light enough for a summer evening.',
      'Woven in Portugal at a family mill.',
    ],
  },
  {
    key: 'lamp', category: 'home', art: 'lamp', brand: 'Hearth & Loom', count: 3,
    nouns: ['Table Lamp', 'Desk Lamp', 'Mushroom Lamp'],
    materials: [
      { word: 'Ceramic', text: 'a glazed ceramic base and a linen shade' },
      { word: 'Brass', text: 'a powder-coated steel body and a brushed brass switch' },
    ],
    connector: 'with',
    care: 'Dust with a dry cloth. Uses one E26 LED bulb (included).', price: [89, 189], ending: 0, sizes: 'one', gtin: 'ean13',
    palette: ['cream', 'terracotta', 'black', 'sage-green', 'mustard', 'white'],
    tags: ['home', 'lighting', 'lamps'], reviewNoun: 'lamp',
    features: [
      'A warm, dimmable glow with an in-line switch.',
      'A 6-foot cloth cord in a matching color.',
      'Weighted base so it will not tip when the cat walks by.',
    ],
  },
  {
    key: 'vase', category: 'home', art: 'vase', brand: 'Hearth & Loom', count: 3,
    nouns: ['Vase', 'Bud Vase', 'Vessel'],
    materials: [
      { word: 'Ceramic', text: 'matte glazed ceramic' },
      { word: 'Glass', text: 'hand-blown recycled glass' },
      { word: 'Stoneware', text: 'speckled stoneware' },
    ],
    care: 'Hand wash only.', price: [34, 88], ending: 95, sizes: 'one', gtin: 'upca',
    palette: ['cream', 'terracotta', 'sage-green', 'slate', 'sky-blue', 'black'],
    tags: ['home', 'decor', 'vases'], reviewNoun: 'vase',
    features: [
      'Watertight and sized for a grocery-store bouquet.',
      'Beautiful empty on a shelf, too.',
      'Each piece is hand-finished, so glaze and size vary slightly.',
    ],
  },
]
