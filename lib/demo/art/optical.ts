import { drawGlasses } from './glasses'
import type { ItemArt } from './scene'

export const optical: ItemArt = {
  floor: 640,
  shadow: 260,
  scale: 1.1,
  detail: { x: 330, y: 480, zoom: 2.2 },
  draw: (p, seed) => drawGlasses(p, seed, false),
}
