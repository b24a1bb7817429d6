import * as THREE from 'three'

/**
 * Shared building blocks. Parts are drawn in millimetres and tagged with a role: `primary`
 * takes the colour variants, the other roles keep one fixed material (lenses, soles, bands…).
 */
export type Role = 'primary' | 'lens' | 'sole' | 'trim' | 'wax' | 'dark'

export type Part = { role: Role; geometry: THREE.BufferGeometry }

export const part = (role: Role, geometry: THREE.BufferGeometry, matrix?: THREE.Matrix4): Part => {
  if (matrix) geometry.applyMatrix4(matrix)
  return { role, geometry }
}

export const translate = (x: number, y: number, z: number) => new THREE.Matrix4().makeTranslation(x, y, z)

export const rotateX = (a: number) => new THREE.Matrix4().makeRotationX(a)
export const rotateY = (a: number) => new THREE.Matrix4().makeRotationY(a)
export const rotateZ = (a: number) => new THREE.Matrix4().makeRotationZ(a)

/** A closed 2D outline sampled at `n` points from a function of the angle. */
export function outline(n: number, at: (t: number) => [number, number]): THREE.Vector2[] {
  return Array.from({ length: n }, (_, i) => {
    const [x, y] = at((i / n) * Math.PI * 2)
    return new THREE.Vector2(x, y)
  })
}

/** The outline pushed outwards by `d` along its normals (the outline runs counter-clockwise). */
export function offset(points: readonly THREE.Vector2[], d: number): THREE.Vector2[] {
  return points.map((p, i) => {
    const prev = points[(i - 1 + points.length) % points.length]
    const next = points[(i + 1) % points.length]
    const tangent = next.clone().sub(prev).normalize()
    return new THREE.Vector2(p.x + tangent.y * d, p.y - tangent.x * d)
  })
}

/** A lathe from a profile of [radius, height] pairs (mm), around the y axis. */
export function lathe(profile: readonly [number, number][], segments = 40): THREE.BufferGeometry {
  return new THREE.LatheGeometry(
    profile.map(([r, y]) => new THREE.Vector2(r, y)),
    segments,
  )
}

/** Superellipse point: |x/a|^n + |y/b|^n = 1. */
export function superellipse(a: number, b: number, n: number, t: number): [number, number] {
  const c = Math.cos(t)
  const s = Math.sin(t)
  return [a * Math.sign(c) * Math.abs(c) ** (2 / n), b * Math.sign(s) * Math.abs(s) ** (2 / n)]
}
