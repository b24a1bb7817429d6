import type { KindSpec } from './types'

export const footwearKinds: readonly KindSpec[] = [
  {
    key: 'sneaker', category: 'footwear', art: 'sneaker', brand: 'Northline', count: 14,
    nouns: ['Sneaker', 'Low Sneaker', 'High-Top', 'Court Sneaker', 'Runner', 'Trainer'],
    materials: [
      { word: 'Canvas', text: 'organic cotton canvas and a natural rubber sole' },
      { word: 'Leather', text: 'full-grain leather and a stitched rubber cupsole' },
      { word: 'Suede', text: 'soft suede and a gum rubber sole' },
      { word: 'Knit', text: 'a recycled knit upper and a cushioned foam midsole' },
    ],
    connector: 'built with',
    care: 'Wipe clean with a damp cloth; remove the insole to air dry.', price: [78, 158], ending: 0, sizes: 'shoe', gtin: 'ean13',
    palette: ['white', 'off-white', 'black', 'navy', 'sage-green', 'tan', 'gray', 'rust'],
    tags: ['footwear', 'sneakers', 'everyday'], reviewNoun: 'sneakers', plural: true,
    features: [
      'A cushioned cork footbed that molds to your foot within a week.',
      'Vulcanized construction for a flexible, grippy sole.',
      'Waxed cotton laces and metal eyelets that hold up to daily wear.',
      'Runs true to size; go half a size down if you are between sizes.',
    ],
  },
  {
    key: 'boot', category: 'footwear', art: 'boot', brand: 'Northline', count: 10,
    nouns: ['Chelsea Boot', 'Lace-Up Boot', 'Hiker', 'Chukka', 'Work Boot'],
    materials: [
      { word: 'Leather', text: 'oiled full-grain leather with a Goodyear-welted sole' },
      { word: 'Suede', text: 'water-repellent suede and a crepe sole' },
      { text: 'waxed leather and a Vibram lug sole' },
    ],
    connector: 'built with',
    care: 'Brush off dirt, condition the leather every season.', price: [148, 298], ending: 0, sizes: 'shoe', gtin: 'ean13',
    palette: ['cognac', 'brown', 'black', 'tan', 'chocolate', 'stone'],
    tags: ['footwear', 'boots', 'winter'], reviewNoun: 'boots', plural: true,
    features: [
      'Resoleable construction, so a good cobbler can keep them going for years.',
      'A shearling-lined footbed for slushy Chicago mornings.',
      'Elastic side gussets and a pull tab for easy on and off.',
      'Needs a few wears to break in, then feels made for you.',
    ],
  },
]
