import * as THREE from 'three'
import { outline, part, translate, type Part } from './parts'

/** A low sneaker in millimetres (about a US 9: 270 mm long), toe towards +z, sole on y = 0. */
const LENGTH = 270

/** Half the foot's width at u (0 toe … 1 heel). */
const halfWidth = (u: number) => 34 + 16 * Math.sin(Math.PI * Math.min(1, u * 1.6)) - 10 * Math.max(0, u - 0.7)

/** Height of the upper's top line above the sole at u. */
const height = (u: number) => 30 + 42 * Math.min(1, u * 1.7) + 8 * Math.max(0, (u - 0.75) * 4)

function upper(): THREE.BufferGeometry {
  const us = 28
  const vs = 14
  const positions: number[] = []
  const index: number[] = []
  for (let i = 0; i <= us; i++) {
    const u = i / us
    const z = LENGTH / 2 - u * LENGTH
    // Round off the toe and heel: the section shrinks at both ends.
    const end = Math.sin(Math.PI * (0.04 + 0.92 * u)) ** 0.35
    for (let j = 0; j <= vs; j++) {
      const a = (j / vs) * Math.PI
      positions.push(-Math.cos(a) * halfWidth(u) * end, 18 + Math.sin(a) * height(u) * end, z)
    }
  }
  for (let i = 0; i < us; i++) {
    for (let j = 0; j < vs; j++) {
      const a = i * (vs + 1) + j
      const b = a + vs + 1
      index.push(a, a + 1, b, b, a + 1, b + 1)
    }
  }
  const g = new THREE.BufferGeometry()
  g.setAttribute('position', new THREE.Float32BufferAttribute(positions, 3))
  g.setIndex(index)
  g.computeVertexNormals()
  return g
}

export function sneaker(): Part[] {
  const foot = new THREE.Shape(
    outline(36, (t) => {
      const z = (Math.sin(t) * LENGTH) / 2
      const u = 0.5 - z / LENGTH
      return [Math.cos(t) * (halfWidth(u) + 4), z]
    }),
  )
  const sole = new THREE.ExtrudeGeometry(foot, { depth: 24, bevelEnabled: false })
  sole.rotateX(Math.PI / 2)
  // The collar's opening, seen from above as a dark oval near the heel.
  const opening = new THREE.CircleGeometry(1, 20)
  opening.scale(26, 40, 1)
  opening.rotateX(-Math.PI / 2)
  const laces = Array.from({ length: 5 }, (_, i) =>
    part('trim', new THREE.BoxGeometry(44 - i * 2, 3, 5), translate(0, 18 + 48 + i * 5.5, 55 - i * 16)),
  )
  return [
    part('sole', sole, translate(0, 24, 0)),
    part('primary', upper()),
    part('dark', opening, translate(0, 80, -76)),
    ...laces,
  ]
}
