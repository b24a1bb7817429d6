import type { RoomSignals } from '@/lib/models/room'

/** A browser that never answers the WebXR question gets the other paths rather than a stuck panel. */
const XR_ANSWER_MS = 1500

async function supportsXrAr(): Promise<boolean> {
  const xr = navigator.xr
  if (!xr) return false
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), XR_ANSWER_MS))
  // A page whose Permissions-Policy leaves out xr-spatial-tracking is refused here (SecurityError).
  return Promise.race([xr.isSessionSupported('immersive-ar').catch(() => false), timeout])
}

/** What this browser offers for AR, read after mount (never on the server). */
export async function readRoomSignals(): Promise<RoomSignals> {
  // rel="ar" alone does not prove a camera: AR Quick Look places things only on an iPhone or iPad (touch).
  const relAr = document.createElement('a').relList?.supports?.('ar') ?? false
  return {
    xrAr: await supportsXrAr(),
    android: /\bAndroid\b/i.test(navigator.userAgent),
    quickLook: relAr && navigator.maxTouchPoints > 0,
  }
}
