import { describe, expect, it } from 'vitest'
import { placesInRoom, productRoomUrl, quickLookHref, roomMode, sceneViewerIntent } from './room'

describe('roomMode', () => {
  it('prefers in-browser WebXR wherever it is supported', () => {
    expect(roomMode({ xrAr: true, android: true, quickLook: false })).toBe('webxr')
    expect(roomMode({ xrAr: true, android: false, quickLook: false })).toBe('webxr')
  })

  it('opens Quick Look on an iPhone or iPad and Scene Viewer on Android without WebXR', () => {
    expect(roomMode({ xrAr: false, android: false, quickLook: true })).toBe('quick-look')
    expect(roomMode({ xrAr: false, android: true, quickLook: false })).toBe('scene-viewer')
  })

  it('shows a code to scan everywhere else', () => {
    expect(roomMode({ xrAr: false, android: false, quickLook: false })).toBe('qr')
  })
})

describe('placesInRoom', () => {
  it('places home goods and shoes, not what is worn on the head', () => {
    expect(placesInRoom('home')).toBe(true)
    expect(placesInRoom('footwear')).toBe(true)
    expect(placesInRoom('eyewear')).toBe(false)
    expect(placesInRoom('hat')).toBe(false)
  })
})

describe('productRoomUrl', () => {
  it('is the product page in the chosen colour, with ar=1 when asked', () => {
    expect(productRoomUrl('https://aisle.example', 'hollis-mug', 'sage-green', { ar: true })).toBe(
      'https://aisle.example/p/hollis-mug?color=sage-green&ar=1',
    )
    expect(productRoomUrl('http://localhost:3000/', 'hollis-mug', 'sage-green')).toBe('http://localhost:3000/p/hollis-mug?color=sage-green')
  })
})

describe('sceneViewerIntent', () => {
  const intent = sceneViewerIntent({
    glbUrl: 'https://aisle.example/models/mug.glb',
    title: 'Hollis Mug & Co',
    fallbackUrl: 'https://aisle.example/p/hollis-mug?color=sage-green',
  })

  it('opens Scene Viewer through ARCore at real scale', () => {
    expect(intent).toBe(
      'intent://arvr.google.com/scene-viewer/1.0?file=https%3A%2F%2Faisle.example%2Fmodels%2Fmug.glb&mode=ar_preferred&resizable=false&title=Hollis%20Mug%20%26%20Co' +
        '#Intent;scheme=https;package=com.google.ar.core;action=android.intent.action.VIEW;' +
        'S.browser_fallback_url=https%3A%2F%2Faisle.example%2Fp%2Fhollis-mug%3Fcolor%3Dsage-green;end;',
    )
  })

  it('keeps every parameter readable after decoding (nothing leaks out of its slot)', () => {
    const [uri, extras] = intent.split('#Intent;')
    const query = new URLSearchParams(uri.split('?')[1])
    expect(query.get('file')).toBe('https://aisle.example/models/mug.glb')
    expect(query.get('title')).toBe('Hollis Mug & Co')
    expect(query.get('mode')).toBe('ar_preferred')
    const fallback = extras.split(';').find((e) => e.startsWith('S.browser_fallback_url='))
    expect(decodeURIComponent(fallback!.split('=')[1])).toBe('https://aisle.example/p/hollis-mug?color=sage-green')
    expect(intent.endsWith(';end;')).toBe(true)
  })
})

describe('quickLookHref', () => {
  it('asks Quick Look to keep the model at real size', () => {
    expect(quickLookHref('/models/mug.usdz')).toBe('/models/mug.usdz#allowsContentScaling=0')
    expect(quickLookHref('/models/mug.usdz#x')).toBe('/models/mug.usdz#allowsContentScaling=0')
  })
})
