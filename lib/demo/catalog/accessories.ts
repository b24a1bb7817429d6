import type { KindSpec } from './types'

export const accessoryKinds: readonly KindSpec[] = [
  {
    key: 'cap', category: 'hats-accessories', art: 'cap', brand: 'Field & Fulton', count: 6,
    nouns: ['Ball Cap', 'Six-Panel Cap', 'Dad Cap', 'Camp Cap'],
    materials: [
      { word: 'Twill', text: 'washed cotton twill' },
      { word: 'Corduroy', text: 'cotton corduroy' },
      { word: 'Wool', text: 'wool-blend flannel' },
    ],
    care: 'Spot clean only.', price: [32, 42], ending: 0, sizes: 'one', gtin: 'upca',
    palette: ['navy', 'black', 'khaki', 'olive', 'stone', 'rust', 'forest-green', 'cream'],
    tags: ['hats', 'caps', 'adjustable'], reviewNoun: 'cap',
    features: [
      'An unstructured crown and a pre-curved brim that looks broken in from day one.',
      'A brass-buckle strap adjusts to fit most heads.',
      'Embroidered eyelets keep it cool on summer afternoons.',
    ],
  },
  {
    key: 'beanie', category: 'hats-accessories', art: 'beanie', brand: 'Field & Fulton', count: 6,
    nouns: ['Beanie', 'Watch Cap', 'Fisherman Beanie', 'Rib Beanie'],
    materials: [
      { word: 'Merino', text: 'extra-fine merino wool' },
      { word: 'Cashmere', text: '100% cashmere' },
      { word: 'Wool', text: 'recycled wool blend' },
    ],
    care: 'Hand wash cold, dry flat.', price: [28, 68], ending: 0, sizes: 'one', gtin: 'upca',
    palette: ['charcoal', 'oatmeal', 'rust', 'navy', 'forest-green', 'mustard', 'black', 'heather-gray'],
    tags: ['hats', 'beanies', 'winter', 'knitwear'], reviewNoun: 'beanie',
    features: [
      'A deep cuff you can fold once for warmth or twice for a shorter look.',
      'Soft enough to wear all day without itching.',
      'Knit with a bit of stretch so it keeps its shape all winter.',
    ],
  },
  {
    key: 'bucket-hat', category: 'hats-accessories', art: 'bucket-hat', brand: 'Field & Fulton', count: 4,
    nouns: ['Bucket Hat'],
    materials: [
      { word: 'Canvas', text: 'cotton canvas' },
      { word: 'Nylon', text: 'recycled nylon' },
      { word: 'Cord', text: 'cotton corduroy' },
      { word: 'Sherpa', text: 'recycled polyester sherpa' },
    ],
    care: 'Spot clean; reshape while damp.', price: [38, 58], ending: 0, sizes: 'hat', gtin: 'upca',
    palette: ['khaki', 'black', 'sage-green', 'cream', 'olive', 'navy'],
    tags: ['hats', 'bucket-hats', 'summer'], reviewNoun: 'hat',
    features: [
      'A short, stitched brim that shades your eyes without blocking your view.',
      'Packs flat into a tote and springs back into shape.',
      'Reversible, with a contrast lining.',
    ],
  },
  {
    key: 'brim-hat', category: 'hats-accessories', art: 'brim-hat', brand: 'Field & Fulton', count: 4,
    nouns: ['Wide-Brim Hat', 'Fedora', 'Sun Hat', 'Rancher Hat'],
    materials: [
      { word: 'Felt', text: '100% wool felt' },
      { word: 'Straw', text: 'natural toyo straw' },
      { word: 'Raffia', text: 'hand-woven raffia' },
    ],
    care: 'Store crown-down; brush gently to clean.', price: [68, 128], ending: 0, sizes: 'hat', gtin: 'ean13',
    palette: ['camel', 'black', 'cream', 'chocolate', 'sand', 'stone'],
    tags: ['hats', 'wide-brim', 'fedora'], reviewNoun: 'hat',
    features: [
      'A structured 3" brim and a grosgrain band.',
      'An inner sweatband with a hidden size adjuster.',
      'Blocked by hand, so every hat is a little different.',
    ],
  },
  {
    key: 'tote', category: 'hats-accessories', art: 'tote', brand: 'Field & Fulton', count: 4,
    nouns: ['Tote', 'Market Tote', 'Shopper'],
    materials: [
      { word: 'Canvas', text: 'heavyweight 18 oz. cotton canvas' },
      { word: 'Leather', text: 'vegetable-tanned leather' },
    ],
    care: 'Spot clean; leather will darken beautifully with use.', price: [48, 168], ending: 0, sizes: 'one', gtin: 'upca',
    palette: ['oatmeal', 'black', 'navy', 'cognac', 'olive', 'rust'],
    tags: ['bags', 'totes', 'everyday'], reviewNoun: 'tote',
    features: [
      'Holds a 15" laptop, a lunch and a sweater, with an inside zip pocket.',
      'Long handles that sit comfortably on the shoulder over a coat.',
      'Reinforced base and riveted stress points.',
    ],
  },
  {
    key: 'bag', category: 'hats-accessories', art: 'bag', brand: 'Field & Fulton', count: 4,
    nouns: ['Crossbody Bag', 'Shoulder Bag', 'Sling Bag', 'Camera Bag'],
    materials: [
      { word: 'Leather', text: 'pebbled full-grain leather' },
      { word: 'Nylon', text: 'recycled nylon twill' },
    ],
    care: 'Wipe clean with a dry cloth.', price: [88, 228], ending: 0, sizes: 'one', gtin: 'ean13',
    palette: ['black', 'cognac', 'tan', 'olive', 'navy', 'burgundy'],
    tags: ['bags', 'crossbody'], reviewNoun: 'bag',
    features: [
      'An adjustable webbing strap and a magnetic flap closure.',
      'Fits a phone, wallet, keys and a paperback.',
      'Solid brass hardware that will not tarnish.',
    ],
  },
  {
    key: 'scarf', category: 'hats-accessories', art: 'scarf', brand: 'Field & Fulton', count: 4,
    nouns: ['Scarf', 'Wrap', 'Muffler'],
    materials: [
      { word: 'Cashmere', text: '100% cashmere' },
      { word: 'Wool', text: 'brushed lambswool' },
      { word: 'Silk', text: 'silk-modal blend' },
    ],
    care: 'Dry clean or hand wash cold, dry flat.', price: [48, 148], ending: 0, sizes: 'one', gtin: 'ean13',
    palette: ['camel', 'charcoal', 'burgundy', 'navy', 'forest-green', 'oatmeal', 'rust', 'heather-gray'],
    tags: ['scarves', 'winter', 'gifts'], reviewNoun: 'scarf',
    features: [
      'Generously sized at 72" x 12" with hand-twisted fringe.',
      'Brushed for a cloud-soft finish that gets softer with wear.',
      'Woven in Scotland on traditional looms.',
    ],
  },
]
