import * as THREE from 'three'
import { lathe, part, translate, type Part } from './parts'

/** Home items in millimetres, standing on y = 0. */
export function mug(): Part[] {
  const body = lathe([[0.01, 0], [40, 0], [43, 4], [43, 95], [40, 97], [39, 93], [39, 8], [0.01, 8]])
  const handle = new THREE.TorusGeometry(24, 6, 8, 20, Math.PI * 1.2)
  handle.rotateZ(-Math.PI * 0.6)
  return [part('primary', body), part('primary', handle, translate(50, 50, 0))]
}

export function candle(): Part[] {
  const vessel = lathe([[0.01, 0], [40, 0], [44, 5], [44, 95], [42, 98], [40, 94], [40, 6], [0.01, 6]])
  const wax = new THREE.CylinderGeometry(39.5, 39.5, 66, 40, 1)
  const wick = new THREE.CylinderGeometry(1.4, 1.4, 12, 6, 1)
  return [part('primary', vessel), part('wax', wax, translate(0, 39, 0)), part('dark', wick, translate(0, 78, 0))]
}

/** A 450 mm square cushion: a box bulged into a pillow, thickest (140 mm) in the middle. */
export function pillow(): Part[] {
  const g = new THREE.SphereGeometry(1, 32, 20)
  const pos = g.getAttribute('position')
  for (let i = 0; i < pos.count; i++) {
    const x = pos.getX(i)
    const y = pos.getY(i)
    const z = pos.getZ(i)
    // Square up the sphere's x/y, then flatten towards the seams.
    const sx = Math.sign(x) * Math.abs(x) ** 0.45
    const sy = Math.sign(y) * Math.abs(y) ** 0.45
    const bulge = (1 - sx * sx * sx * sx) * (1 - sy * sy * sy * sy)
    pos.setXYZ(i, sx * 225, sy * 225, z * (8 + 62 * bulge))
  }
  g.computeVertexNormals()
  return [part('primary', g, translate(0, 225, 0))]
}
