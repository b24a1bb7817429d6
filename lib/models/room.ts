import type { ModelGroup } from './catalogue'

/**
 * "View in your room": which AR path a device gets, and the links each path opens. Plain
 * functions over what the browser reports, so the decision is testable without a device.
 */
export type RoomMode = 'webxr' | 'scene-viewer' | 'quick-look' | 'qr'

/** What the browser told us after mount. */
export type RoomSignals = {
  /** `navigator.xr.isSessionSupported('immersive-ar')` answered true. */
  xrAr: boolean
  /** An Android user agent (Scene Viewer ships with Google Play Services for AR). */
  android: boolean
  /** `<a rel="ar">` is supported on a touch device: AR Quick Look (iPhone, iPad). */
  quickLook: boolean
}

/** Things that stand on a floor or a table; worn things (glasses, hats) are tried on, not placed. */
export function placesInRoom(group: ModelGroup): boolean {
  return group === 'home' || group === 'footwear'
}

/**
 * In-browser WebXR first: it shows the chosen colour and keeps the shopper on the page. A native
 * viewer next, by what the platform provides; anything else gets a code to open the page on a phone.
 */
export function roomMode({ xrAr, android, quickLook }: RoomSignals): RoomMode {
  if (xrAr) return 'webxr'
  if (quickLook) return 'quick-look'
  if (android) return 'scene-viewer'
  return 'qr'
}

/** The product page in one colour, as an absolute URL; `ar` asks the phone to bring the room button forward. */
export function productRoomUrl(origin: string, handle: string, color: string, { ar = false } = {}): string {
  const url = new URL(`/p/${encodeURIComponent(handle)}`, origin)
  url.searchParams.set('color', color)
  if (ar) url.searchParams.set('ar', '1')
  return url.toString()
}

/**
 * Google's Scene Viewer through an Android intent. `resizable=false` keeps the model at real
 * scale, like Quick Look's `allowsContentScaling=0`; without ARCore the browser opens `fallbackUrl`.
 */
export function sceneViewerIntent({ glbUrl, title, fallbackUrl }: { glbUrl: string; title: string; fallbackUrl: string }): string {
  const query = `file=${encodeURIComponent(glbUrl)}&mode=ar_preferred&resizable=false&title=${encodeURIComponent(title)}`
  const extras = [
    'scheme=https',
    'package=com.google.ar.core',
    'action=android.intent.action.VIEW',
    `S.browser_fallback_url=${encodeURIComponent(fallbackUrl)}`,
  ]
  return `intent://arvr.google.com/scene-viewer/1.0?${query}#Intent;${extras.join(';')};end;`
}

/** AR Quick Look at real size: the shopper cannot pinch the model bigger or smaller than it is. */
export function quickLookHref(usdz: string): string {
  return `${usdz.split('#')[0]}#allowsContentScaling=0`
}
