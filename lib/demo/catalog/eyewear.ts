import type { KindSpec } from './types'

// Art shapes for glasses: seed mod 3 = 0 round, 1 square, 2 aviator.
export const eyewearKinds: readonly KindSpec[] = [
  {
    key: 'sunglasses', category: 'eyewear', art: 'sunglasses', brand: 'Lakefront Optical', count: 16,
    nouns: ['Sunglasses', 'Sunglasses', 'Round Sunglasses', 'Square Sunglasses', 'Aviators'],
    nounShapes: { 'Round Sunglasses': 0, 'Square Sunglasses': 1, Aviators: 2 },
    materials: [
      { text: 'hand-polished Italian acetate with polarized CR-39 lenses' },
      { text: 'lightweight titanium with polarized glass lenses' },
      { text: 'plant-based acetate with UV400 nylon lenses' },
    ],
    care: 'Clean with the included microfiber cloth; store in the case.', price: [98, 178], ending: 0, sizes: 'one', gtin: 'ean13',
    palette: ['tortoise', 'black', 'honey', 'crystal', 'smoke', 'havana', 'olive', 'gold', 'silver', 'navy'],
    tags: ['eyewear', 'sunglasses', 'uv400', 'polarized'], reviewNoun: 'sunglasses', plural: true,
    features: [
      'Five-barrel hinges and a keyhole bridge that sit comfortably on most faces.',
      'Polarized lenses cut the glare off the lake and block 100% of UVA and UVB.',
      'A medium fit, 50 mm lenses; our stores adjust the temples for free.',
      'Comes with a recycled-leather case and a microfiber cloth.',
    ],
  },
  {
    key: 'optical', category: 'eyewear', art: 'optical', brand: 'Lakefront Optical', count: 8,
    nouns: ['Optical Frames', 'Eyeglasses', 'Reading Glasses', 'Blue Light Glasses'],
    materials: [
      { text: 'Italian acetate, fitted with demo lenses ready for your prescription' },
      { text: 'lightweight titanium with adjustable nose pads' },
    ],
    care: 'Rinse with lukewarm water, dry with a microfiber cloth.', price: [128, 198], ending: 0, sizes: 'one', gtin: 'ean13',
    palette: ['black', 'tortoise', 'crystal', 'havana', 'honey', 'slate', 'rose', 'gold'],
    tags: ['eyewear', 'optical', 'frames', 'prescription'], reviewNoun: 'frames', plural: true,
    features: [
      'Prescription-ready: bring your prescription to any store and we fit lenses in a week.',
      'Spring hinges so the frames flex instead of snapping.',
      'A light, keyhole-bridge design that will not slide down your nose.',
      'Includes a hard case and a lifetime hinge warranty.',
    ],
  },
]
