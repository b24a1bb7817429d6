import type { KindSpec } from './types'

const storeCool = 'Store in a cool, dry place; best within 12 months of opening.'

export const beautyKinds: readonly KindSpec[] = [
  {
    key: 'lipstick', category: 'beauty', art: 'lipstick', brand: 'Lumen Botanics', count: 5,
    nouns: ['Lipstick', 'Satin Lipstick', 'Matte Lip Color', 'Tinted Lip Balm'],
    materials: [{ text: 'castor seed oil, shea butter, vitamin E' }, { text: 'jojoba oil, candelilla wax, mineral pigments' }],
    connector: 'made with',
    care: storeCool, price: [18, 32], ending: 0, sizes: 'one', gtin: 'ean8',
    palette: ['classic-red', 'rose', 'nude', 'berry', 'coral', 'mauve', 'peach'],
    tags: ['beauty', 'makeup', 'lips', 'vegan'], reviewNoun: 'lipstick',
    features: [
      'Buildable color that glides on and wears for hours without drying.',
      'Vegan, cruelty-free and housed in a refillable aluminum case.',
      'A comfortable satin finish with a hint of shine.',
    ],
  },
  {
    key: 'fragrance', category: 'beauty', art: 'bottle', brand: 'Lumen Botanics', count: 5,
    nouns: ['Eau de Parfum', 'Eau de Toilette'],
    nounShapes: { 'Eau de Parfum': 0, 'Eau de Toilette': 1 },
    materials: [
      { text: 'bergamot, vetiver and cedarwood' },
      { text: 'fig leaf, neroli and white musk' },
      { text: 'smoked oud, amber and black pepper' },
      { text: 'sea salt, sage and driftwood' },
    ],
    connector: 'with notes of',
    care: 'Store away from direct sunlight.', price: [68, 118], ending: 0, sizes: 'one', gtin: 'ean13',
    palette: ['amber', 'frosted', 'blush', 'crystal', 'smoke', 'eucalyptus'],
    tags: ['beauty', 'fragrance', 'gifts'], reviewNoun: 'scent',
    features: [
      'Blended in small batches in Grasse and aged for six weeks.',
      'A skin scent that lasts through the workday without shouting.',
      'Comes in a weighted glass bottle you will want to keep.',
    ],
  },
  {
    key: 'serum', category: 'beauty', art: 'bottle', brand: 'Lumen Botanics', count: 4,
    nouns: ['Face Serum', 'Facial Oil', 'Hair Oil'],
    nounShapes: { 'Face Serum': 2, 'Facial Oil': 2, 'Hair Oil': 2 },
    materials: [
      { text: 'niacinamide, hyaluronic acid, green tea extract' },
      { text: 'squalane, rosehip oil, vitamin C' },
    ],
    connector: 'made with',
    care: storeCool, price: [24, 48], ending: 0, sizes: 'one', gtin: 'ean13',
    palette: ['amber', 'frosted', 'eucalyptus', 'lavender'],
    tags: ['beauty', 'skincare', 'serums'], reviewNoun: 'serum',
    features: [
      'Two drops morning and night are all you need.',
      'Fragrance-free and tested on sensitive skin.',
      'Packed in UV-protective glass to keep the actives fresh.',
    ],
  },
  {
    key: 'cream', category: 'beauty', art: 'jar', brand: 'Lumen Botanics', count: 3,
    nouns: ['Face Cream', 'Night Cream', 'Body Butter'],
    materials: [
      { text: 'shea butter, ceramides, oat extract' },
      { text: 'cocoa butter, squalane, calendula' },
    ],
    connector: 'made with',
    care: storeCool, price: [22, 52], ending: 99, sizes: 'one', gtin: 'ean13',
    palette: ['ivory', 'eucalyptus', 'lavender', 'peach', 'sage-green', 'blush'],
    tags: ['beauty', 'skincare', 'moisturizer'], reviewNoun: 'cream',
    features: [
      'A rich whipped texture that sinks in without a greasy finish.',
      'Lightly scented with essential oils; an unscented version is available.',
      'Comes in a recyclable glass jar with a bamboo lid.',
    ],
  },
  {
    key: 'tube', category: 'beauty', art: 'tube', brand: 'Lumen Botanics', count: 3,
    nouns: ['Hand Cream', 'Gel Cleanser', 'Daily Sunscreen SPF 30'],
    materials: [
      { text: 'glycerin, aloe vera, shea butter' },
      { text: 'zinc oxide, squalane, green tea extract' },
    ],
    connector: 'made with',
    care: storeCool, price: [12, 28], ending: 99, sizes: 'one', gtin: 'ean8',
    palette: ['eucalyptus', 'lavender', 'peach', 'ivory', 'sage-green', 'blush'],
    tags: ['beauty', 'skincare', 'travel-size'], reviewNoun: 'tube',
    features: [
      'Pocket-sized and TSA-friendly at 1.7 fl oz.',
      'Absorbs in seconds, so you can get straight back to your phone.',
      'Made with 96% ingredients of natural origin.',
    ],
  },
]
