import * as THREE from 'three'
import { lathe, outline, part, translate, type Part } from './parts'

/**
 * Hats in millimetres, origin at the centre of the head opening (the band line), +y up, +z
 * forward: try-on seats this point on the head at the brow line. Crowns are oval (a head is
 * about 155 mm wide and 195 mm long), so lathes are squashed across x.
 */
export type HatKind = 'cap' | 'beanie' | 'bucket-hat' | 'brim-hat'

const HEAD_X = 0.82

const oval = () => new THREE.Matrix4().makeScale(HEAD_X, 1, 1)

/** A dome profile of radius r and height h, from the band up to the crown's top. */
function dome(r: number, h: number, steps = 10): [number, number][] {
  return Array.from({ length: steps + 1 }, (_, i) => {
    const a = (i / steps) * (Math.PI / 2)
    return [Math.max(0.01, r * Math.cos(a)), h * Math.sin(a)] as [number, number]
  })
}

function cap(): Part[] {
  const crown = part('primary', lathe([[98, 0], ...dome(98, 105).slice(1)]), oval())
  const button = part('primary', new THREE.SphereGeometry(7, 10, 6), translate(0, 104, 0))
  // A pre-curved brim: a half disc in front of the band, bent down at its sides.
  const brimShape = new THREE.Shape(outline(32, (t) => [82 * Math.cos(t), 72 * Math.sin(t)]).slice(0, 17))
  const brim = new THREE.ExtrudeGeometry(brimShape, { depth: 3, bevelEnabled: false })
  brim.rotateX(Math.PI / 2)
  const pos = brim.getAttribute('position')
  for (let i = 0; i < pos.count; i++) pos.setY(i, pos.getY(i) - (pos.getX(i) / 82) ** 2 * 14)
  brim.computeVertexNormals()
  return [crown, button, part('primary', brim, translate(0, 4, 62))]
}

function beanie(): Part[] {
  const profile: [number, number][] = [[100, -2], [104, 0], [104, 55], [100, 58], ...dome(98, 150).map(([r, y]): [number, number] => [r, y + 58])]
  return [part('primary', lathe(profile), oval())]
}

function bucketHat(): Part[] {
  const profile: [number, number][] = [[150, -38], [148, -34], [102, 0], [98, 60], [90, 88], [60, 96], [0.01, 98]]
  return [part('primary', lathe(profile), oval())]
}

function brimHat(): Part[] {
  const brim: [number, number][] = [[180, 8], [176, 2], [140, -1], [100, 0]]
  // A centre dent: the top dips in the middle.
  const crown: [number, number][] = [[98, 0], [94, 80], [90, 112], [70, 118], [40, 108], [0.01, 104]]
  const band = lathe([[100.5, 0], [96.5, 28]])
  return [part('primary', lathe([...brim, ...crown.slice(1)]), oval()), part('dark', band, oval())]
}

export function hat(kind: HatKind): Part[] {
  switch (kind) {
    case 'cap':
      return cap()
    case 'beanie':
      return beanie()
    case 'bucket-hat':
      return bucketHat()
    case 'brim-hat':
      return brimHat()
  }
}
