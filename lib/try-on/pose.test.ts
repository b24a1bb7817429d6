import { describe, expect, it } from 'vitest'
import { facePose, headOccluder, itemPose } from './pose'
import { quatAngle } from './smoothing'
import { syntheticMesh } from './testing/synthetic-face'

const frame = { width: 640, height: 480 }
const identity: [number, number, number, number] = [0, 0, 0, 1]

describe('facePose', () => {
  it('reads a frontal face: no rotation, the real scale from the iris, the face width in mm', () => {
    const pose = facePose(syntheticMesh({ pxPerMm: 2.5 }), frame)!
    expect(pose.scaleFrom).toBe('iris')
    expect(pose.pxPerMm).toBeCloseTo(2.5, 3)
    expect(pose.faceWidthMm).toBeCloseTo(140, 0)
    expect(quatAngle(pose.quaternion, identity)).toBeLessThan(0.01)
    expect(pose.forward[2]).toBeCloseTo(1, 3)
  })

  it('follows a turned and tilted head', () => {
    for (const [yaw, pitch, roll] of [
      [0.4, 0, 0],
      [-0.3, 0, 0],
      [0, 0.2, 0],
      [0, 0, 0.3],
    ]) {
      const pose = facePose(syntheticMesh({ yaw, pitch, roll }), frame)!
      expect(quatAngle(pose.quaternion, identity)).toBeCloseTo(Math.abs(yaw + pitch + roll), 2)
    }
    // Turned to the wearer's left, the face looks towards the image's right.
    expect(facePose(syntheticMesh({ yaw: 0.4 }), frame)!.forward[0]).toBeGreaterThan(0.3)
  })

  it('falls back to an assumed face width without iris points, and ignores an iris that disagrees', () => {
    const noIris = facePose(syntheticMesh({ withIris: false, pxPerMm: 2 }), frame)!
    expect(noIris.scaleFrom).toBe('face-width')
    expect(noIris.faceWidthMm).toBeCloseTo(140, 0)

    const mesh = syntheticMesh({ pxPerMm: 2 })
    for (const i of [469, 470, 471, 472, 474, 475, 476, 477]) mesh[i] = [mesh[i][0] * 1, mesh[i][1], mesh[i][2]]
    mesh[469] = [mesh[468][0] + 40, mesh[468][1], 0]
    mesh[471] = [mesh[468][0] - 40, mesh[468][1], 0]
    mesh[474] = [mesh[473][0] + 40, mesh[473][1], 0]
    mesh[476] = [mesh[473][0] - 40, mesh[473][1], 0]
    expect(facePose(mesh, frame)!.scaleFrom).toBe('face-width')
  })

  it('keeps the real scale between iris readings from the face width they measured', () => {
    const pose = facePose(syntheticMesh({ withIris: false, pxPerMm: 2 }), frame, 152)!
    expect(pose.scaleFrom).toBe('iris-earlier')
    expect(pose.pxPerMm).toBeCloseTo((140 * 2) / 152, 3)
    expect(facePose(syntheticMesh({ withIris: false }), frame, 5)!.scaleFrom).toBe('face-width')
  })

  it('returns null for a mesh without the face landmarks', () => {
    expect(facePose([], frame)).toBeNull()
    expect(facePose(Array.from({ length: 100 }, () => [0, 0, 0]), frame)).toBeNull()
  })
})

describe('itemPose', () => {
  it('puts glasses on the nose bridge at eye level, in real size', () => {
    const face = facePose(syntheticMesh({ pxPerMm: 2, centre: [300, 200] }), frame)!
    const glasses = itemPose(face, 'eyewear')
    // Scene space: origin at the frame's centre, y up.
    expect(glasses.position[0]).toBeCloseTo(300 - 320, 3)
    expect(glasses.position[1]).toBeCloseTo(240 - 200, 3)
    expect(glasses.position[2]).toBeCloseTo(10 * 2, 3) // the bridge's depth
    expect(glasses.pxPerMetre).toBeCloseTo(2000, 1)
  })

  it('seats a hat above the forehead and back over the head, sized to the head', () => {
    const face = facePose(syntheticMesh({ pxPerMm: 2 }), frame)!
    const hat = itemPose(face, 'hat')
    expect(hat.position[1]).toBeGreaterThan(face.forehead[1])
    expect(hat.position[2]).toBeLessThan(face.forehead[2] - 100)
    expect(hat.pxPerMetre).toBeGreaterThan(1500)
    expect(hat.pxPerMetre).toBeLessThan(2600)
  })

  it('turns the item with the head', () => {
    const face = facePose(syntheticMesh({ roll: 0.25 }), frame)!
    expect(quatAngle(itemPose(face, 'eyewear').quaternion, identity)).toBeCloseTo(0.25, 2)
  })
})

describe('headOccluder', () => {
  it('sits behind the bridge, as wide as the face', () => {
    const face = facePose(syntheticMesh({ pxPerMm: 2 }), frame)!
    const head = headOccluder(face)
    expect(head.centre[2]).toBeLessThan(face.bridge[2])
    expect(head.radii[0]).toBeCloseTo(70 * 0.95 * 2, 0)
    // Its front is behind the frame's back plane.
    expect(head.centre[2] + head.radii[2]).toBeLessThan(face.bridge[2] - 10 * 2)
  })
})
