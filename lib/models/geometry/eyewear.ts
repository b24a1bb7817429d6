import * as THREE from 'three'
import { offset, outline, part, superellipse, translate, type Part } from './parts'

/**
 * Glasses in millimetres, facing +z, origin at the bridge's centre on the back plane of the front
 * (where the frame rests on the nose): try-on anchors this point on the nose bridge and points
 * the temples (−z) towards the ears. About 140 mm across the hinges.
 */
export type GlassesShape = 'round' | 'square' | 'aviator' | 'panto'

const LENS_SEGMENTS = 40
const BRIDGE = 18

function lensOutline(shape: GlassesShape): THREE.Vector2[] {
  switch (shape) {
    case 'round':
      return outline(LENS_SEGMENTS, (t) => [24 * Math.cos(t), 22 * Math.sin(t)])
    case 'square':
      return outline(LENS_SEGMENTS, (t) => superellipse(26, 20, 4.5, t))
    case 'panto':
      // Flatter brow, rounder bottom.
      return outline(LENS_SEGMENTS, (t) => {
        const [x, y] = superellipse(25, 21, Math.sin(t) > 0 ? 4 : 2.2, t)
        return [x, y]
      })
    case 'aviator':
      // A teardrop that drops towards the nose (+x is towards the bridge for the left lens).
      return outline(LENS_SEGMENTS, (t) => {
        const s = Math.sin(t)
        const x = 27 * Math.cos(t)
        return s > 0 ? [x, 19 * s] : [x + 5 * s * Math.max(0, Math.cos(t)), 26 * s]
      })
  }
}

/** The left-hand front half (wearer's right as seen from the front is −x), centred on its lens. */
function rim(shape: GlassesShape, thickness: number, depth: number): { rim: THREE.BufferGeometry; lens: THREE.BufferGeometry; halfWidth: number } {
  const inner = lensOutline(shape)
  const outer = offset(inner, thickness)
  const body = new THREE.Shape(outer)
  body.holes.push(new THREE.Path([...inner].reverse()))
  const rimGeometry = new THREE.ExtrudeGeometry(body, { depth, bevelEnabled: false, curveSegments: 1 })
  const lensGeometry = new THREE.ExtrudeGeometry(new THREE.Shape(inner), { depth: 1.5, bevelEnabled: false, curveSegments: 1 })
  lensGeometry.translate(0, 0, depth / 2 - 0.75)
  const halfWidth = Math.max(...outer.map((p) => p.x))
  return { rim: rimGeometry, lens: lensGeometry, halfWidth }
}

function temple(side: 1 | -1, x: number, y: number, radius: number): THREE.BufferGeometry {
  const path = new THREE.CatmullRomCurve3([
    new THREE.Vector3(x, y, -1),
    new THREE.Vector3(x + side * 2, y, -30),
    new THREE.Vector3(x + side * 1, y - 2, -95),
    new THREE.Vector3(x - side * 4, y - 14, -125),
    new THREE.Vector3(x - side * 8, y - 30, -140),
  ])
  return new THREE.TubeGeometry(path, 20, radius, 6, false)
}

export function glasses(shape: GlassesShape): Part[] {
  const metal = shape === 'aviator'
  const thickness = metal ? 2.2 : 5
  const depth = metal ? 2 : 4.5
  const parts: Part[] = []
  let hingeX = 0
  for (const side of [-1, 1] as const) {
    const { rim: r, lens, halfWidth } = rim(shape, thickness, depth)
    // Mirror the right lens; centre each lens half a bridge plus a lens-half from the middle.
    const cx = side * (BRIDGE / 2 + halfWidth)
    const place = new THREE.Matrix4().makeTranslation(cx, 0, 0).multiply(new THREE.Matrix4().makeScale(-side, 1, 1))
    for (const g of [r, lens]) {
      g.applyMatrix4(place)
      // Mirroring turns triangles inside out; flip the winding back.
      if (side === 1) flipWinding(g)
    }
    parts.push(part('primary', r), part('lens', lens))
    hingeX = cx + side * halfWidth
    parts.push(part('primary', new THREE.BoxGeometry(6, 8, depth + 3), translate(hingeX - side * 1, 12, depth / 2 - 2)))
    parts.push(part(metal ? 'primary' : 'primary', temple(side, hingeX - side * 2, 12, metal ? 1.3 : 2)))
  }
  const bridgeY = metal ? 12 : 8
  const bridge = new THREE.QuadraticBezierCurve3(
    new THREE.Vector3(-BRIDGE / 2 - 2, bridgeY, depth / 2),
    new THREE.Vector3(0, bridgeY + 7, depth / 2 + 1),
    new THREE.Vector3(BRIDGE / 2 + 2, bridgeY, depth / 2),
  )
  parts.push(part('primary', new THREE.TubeGeometry(bridge, 12, metal ? 1.4 : 2.6, 6, false)))
  if (metal) {
    // The aviator's straight brow bar.
    const bar = new THREE.LineCurve3(new THREE.Vector3(-BRIDGE / 2 - 6, 20, depth / 2), new THREE.Vector3(BRIDGE / 2 + 6, 20, depth / 2))
    parts.push(part('primary', new THREE.TubeGeometry(bar, 4, 1.2, 6, false)))
  }
  return parts
}

function flipWinding(g: THREE.BufferGeometry): void {
  const index = g.getIndex()
  if (index) {
    for (let i = 0; i < index.count; i += 3) {
      const a = index.getX(i + 1)
      index.setX(i + 1, index.getX(i + 2))
      index.setX(i + 2, a)
    }
    return
  }
  for (const attribute of Object.values(g.attributes)) {
    const a = attribute as THREE.BufferAttribute
    for (let i = 0; i < a.count; i += 3) {
      for (let c = 0; c < a.itemSize; c++) {
        const v = a.getComponent(i + 1, c)
        a.setComponent(i + 1, c, a.getComponent(i + 2, c))
        a.setComponent(i + 2, c, v)
      }
    }
  }
}
