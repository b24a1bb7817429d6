import { drawAviator } from './aviator'
import { drawGlasses } from './glasses'
import type { ItemArt } from './scene'

export const sunglasses: ItemArt = {
  floor: 640,
  shadow: 260,
  scale: 1.1,
  detail: { x: 330, y: 480, zoom: 2.2 },
  // Seed mod 3 picks the shape (0 round, 1 square, 2 aviator); the catalogue pins 2 for "Aviators".
  draw: (p, seed) => (seed % 3 === 2 ? drawAviator(p) : drawGlasses(p, seed, true)),
}
