import { IRIS_MM } from '../pose'

/**
 * A face mesh made by hand for tests: the landmarks try-on reads, at their places on an average
 * face (mm: x to the wearer's left, y up, z out of the face), turned, scaled and placed in a frame
 * the way the tracker reports them (pixels, y down, z away from the camera).
 */
const CANONICAL: Record<number, [number, number, number]> = {
  33: [-45, 0, -8],
  133: [-15, 0, -4],
  362: [15, 0, -4],
  263: [45, 0, -8],
  168: [0, 4, 10],
  6: [0, -12, 16],
  10: [0, 72, 2],
  152: [0, -118, 2],
  234: [-70, -12, -42],
  454: [70, -12, -42],
  127: [-66, 14, -38],
  356: [66, 14, -38],
}
const r = IRIS_MM / 2
const iris = (cx: number, first: number) => {
  CANONICAL[first] = [cx, 0, 2]
  CANONICAL[first + 1] = [cx + r, 0, 2]
  CANONICAL[first + 2] = [cx, r, 2]
  CANONICAL[first + 3] = [cx - r, 0, 2]
  CANONICAL[first + 4] = [cx, -r, 2]
}
iris(-30, 468)
iris(30, 473)

export type SyntheticFace = {
  width?: number
  height?: number
  /** Radians; yaw turns the face to its own left, roll tilts it (right-hand rule about z). */
  yaw?: number
  pitch?: number
  roll?: number
  pxPerMm?: number
  /** Where the point between the eyes lands in the frame, in pixels. */
  centre?: [number, number]
  withIris?: boolean
}

function rotate([x, y, z]: [number, number, number], yaw: number, pitch: number, roll: number): [number, number, number] {
  // Roll about z, then pitch about x, then yaw about y.
  let [a, b] = [x * Math.cos(roll) - y * Math.sin(roll), x * Math.sin(roll) + y * Math.cos(roll)]
  ;[x, y] = [a, b]
  ;[a, b] = [y * Math.cos(pitch) - z * Math.sin(pitch), y * Math.sin(pitch) + z * Math.cos(pitch)]
  ;[y, z] = [a, b]
  ;[a, b] = [x * Math.cos(yaw) + z * Math.sin(yaw), -x * Math.sin(yaw) + z * Math.cos(yaw)]
  ;[x, z] = [a, b]
  return [x, y, z]
}

export function syntheticMesh(o: SyntheticFace = {}): number[][] {
  const { width = 640, height = 480, yaw = 0, pitch = 0, roll = 0, pxPerMm = 2, centre = [320, 220], withIris = true } = o
  const mesh: number[][] = Array.from({ length: withIris ? 478 : 468 }, () => [centre[0], centre[1], 0])
  for (const [key, point] of Object.entries(CANONICAL)) {
    const i = Number(key)
    if (i >= mesh.length) continue
    const [x, y, z] = rotate(point, yaw, pitch, roll)
    mesh[i] = [centre[0] + x * pxPerMm, centre[1] - y * pxPerMm, -z * pxPerMm]
  }
  void width
  void height
  return mesh
}
