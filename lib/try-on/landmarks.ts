/**
 * The face-mesh landmarks try-on reads (MediaPipe's 468-point mesh plus the 10 iris points, as
 * @vladmandic/human returns them). "Right"/"left" are the wearer's: in an unmirrored camera frame the
 * wearer's left eye is on the image's right.
 */
export const LM = {
  /** Between the eyes, on the nose bridge: where a frame's bridge rests. */
  bridge: 168,
  /** Lower on the nose bridge. */
  noseBridge: 6,
  forehead: 10,
  chin: 152,
  rightEyeOuter: 33,
  leftEyeOuter: 263,
  /** The face's outline at the cheekbones, level with the ears' front. */
  rightCheek: 234,
  leftCheek: 454,
  /** Temples, by the outer end of the brows. */
  rightTemple: 127,
  leftTemple: 356,
  rightIris: { centre: 468, ring: [469, 470, 471, 472] },
  leftIris: { centre: 473, ring: [474, 475, 476, 477] },
} as const

/** Points from the tracker: [x, y, z] in the source's pixels, y down, z towards the camera negative. */
export type Point3 = readonly [number, number, number] | readonly number[]

export const MESH_POINTS = 468
export const MESH_WITH_IRIS = 478
