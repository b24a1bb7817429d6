import { Rng } from '../../demo/random'
import type { Gray } from './gray'

function fillRect(g: Gray, x: number, y: number, w: number, h: number, value: number): void {
  const x0 = Math.max(0, Math.round(x))
  const y0 = Math.max(0, Math.round(y))
  const x1 = Math.min(g.width, Math.round(x + w))
  const y1 = Math.min(g.height, Math.round(y + h))
  for (let row = y0; row < y1; row++) g.data.fill(value, row * g.width + x0, row * g.width + x1)
}

/**
 * A store shelf as a camera sees it behind a product: light falling off from above, shelf lips,
 * boxes of different shades with printed labels and lines of text, and a soft texture. A decoder
 * tested only on flat white would never meet the edges and clutter a real frame has.
 */
function shelfBackground(width: number, height: number, rng: Rng): Gray {
  const g: Gray = { data: new Uint8Array(width * height), width, height }
  const top = rng.int(150, 200)
  const falloff = rng.int(40, 80)
  for (let y = 0; y < height; y++) fillRect(g, 0, y, width, 1, Math.round(top - (falloff * y) / height))

  const shelfCount = rng.int(1, 3)
  for (let s = 0; s < shelfCount; s++) {
    const y = ((s + 0.5 + rng.float() * 0.4) * height) / shelfCount
    const lip = rng.int(18, 40)
    fillRect(g, 0, y, width, lip, rng.int(30, 70))
    fillRect(g, 0, y, width, 3, rng.int(190, 230))
  }

  const boxCount = rng.int(8, 14)
  for (let b = 0; b < boxCount; b++) {
    const w = rng.int(80, 320)
    const h = rng.int(100, 360)
    const x = rng.int(-40, width - w + 40)
    const y = rng.int(-40, height - h + 40)
    fillRect(g, x, y, w, h, rng.int(40, 230))
    fillRect(g, x + w * 0.15, y + h * 0.2, w * 0.7, h * 0.3, rng.int(170, 250))
    const lines = rng.int(2, 5)
    for (let l = 0; l < lines; l++) {
      fillRect(g, x + w * 0.2, y + h * (0.25 + l * 0.05), w * (0.3 + rng.float() * 0.3), 4, rng.int(20, 90))
    }
  }

  // Soft texture: a coarse random grid, bilinearly interpolated.
  const cell = 24
  const gw = Math.ceil(width / cell) + 1
  const gh = Math.ceil(height / cell) + 1
  const grid = Float32Array.from({ length: gw * gh }, () => (rng.float() - 0.5) * 16)
  for (let y = 0; y < height; y++) {
    const gy = y / cell
    const y0 = Math.floor(gy)
    const fy = gy - y0
    for (let x = 0; x < width; x++) {
      const gx = x / cell
      const x0 = Math.floor(gx)
      const fx = gx - x0
      const i = y0 * gw + x0
      const t = grid[i] * (1 - fx) + grid[i + 1] * fx
      const u = grid[i + gw] * (1 - fx) + grid[i + gw + 1] * fx
      const p = y * width + x
      g.data[p] = Math.min(255, Math.max(0, Math.round(g.data[p] + t * (1 - fy) + u * fy)))
    }
  }
  return g
}

/** How many different shelves the frames are shot against. */
export const SHELF_SCENES = 12
const scenes = new Map<string, Gray>()

/**
 * A copy of one of a few fixed shelf scenes: drawing one costs more than decoding a frame, and a
 * dozen backgrounds are as many as a store aisle offers.
 */
export function shelfScene(width: number, height: number, index: number): Gray {
  const key = `${width}x${height}/${index % SHELF_SCENES}`
  let scene = scenes.get(key)
  if (!scene) {
    scene = shelfBackground(width, height, new Rng(`shelf:${key}`))
    scenes.set(key, scene)
  }
  return { data: scene.data.slice(), width, height }
}
