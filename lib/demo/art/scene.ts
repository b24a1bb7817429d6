import type { ArtView } from './kinds'
import type { Paint } from './paint'

/** One product kind's drawing in an 800x1000 frame, resting on its floor line. */
export type ItemArt = {
  /** Where the item touches the floor (default 850); the shadow and the turn pivot sit here. */
  floor?: number
  draw: (p: Paint, seed: number, view: ArtView) => string
  /** The point the close-up view centres on, and how far it zooms in. */
  detail: { x: number; y: number; zoom: number }
  /** Half-width of the soft floor shadow; 0 for items shown hanging without a floor. */
  shadow: number
  /** Enlarges small items (mugs, jars, glasses) about their floor point to fill the frame. */
  scale?: number
}

/** Gradient ids every kind may use: b (lit body), v (cylinder), h (highlight), k (knit texture). */
function defs(p: Paint): string {
  return (
    `<defs>` +
    `<linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.bgTop}"/><stop offset="1" stop-color="${p.bgBottom}"/></linearGradient>` +
    `<radialGradient id="glow" cx=".5" cy=".42" r=".55"><stop offset="0" stop-color="#fff" stop-opacity=".55"/><stop offset="1" stop-color="#fff" stop-opacity="0"/></radialGradient>` +
    `<radialGradient id="s"><stop offset="0" stop-color="#2a2118" stop-opacity=".34"/><stop offset=".6" stop-color="#2a2118" stop-opacity=".12"/><stop offset="1" stop-color="#2a2118" stop-opacity="0"/></radialGradient>` +
    `<linearGradient id="b" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${p.light}"/><stop offset=".5" stop-color="${p.base}"/><stop offset="1" stop-color="${p.dark}"/></linearGradient>` +
    `<linearGradient id="v" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="${p.dark}"/><stop offset=".32" stop-color="${p.light}"/><stop offset=".6" stop-color="${p.base}"/><stop offset="1" stop-color="${p.deep}"/></linearGradient>` +
    `<linearGradient id="h" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#fff" stop-opacity=".45"/><stop offset="1" stop-color="#fff" stop-opacity="0"/></linearGradient>` +
    `<pattern id="k" width="14" height="12" patternUnits="userSpaceOnUse"><path d="M0 0l7 6 7-6" fill="none" stroke="${p.deep}" stroke-opacity=".18" stroke-width="2"/></pattern>` +
    `</defs>`
  )
}

/** Three-quarter view: the item turns away a little (narrower, skewed) around its floor point. */
const turned = (floor: number) => `translate(400 ${floor}) skewY(-5) scale(.86 1) translate(-400 -${floor})`

export function scene(item: ItemArt, p: Paint, seed: number, view: ArtView): string {
  const floor = item.floor ?? 850
  const s = item.scale ?? 1
  const shadowWidth = item.shadow * s * (view === 1 ? 0.95 : 1)
  const shadow = item.shadow
    ? `<ellipse cx="${view === 1 ? 392 : 400}" cy="${floor + 4}" rx="${Math.round(shadowWidth)}" ry="${Math.max(14, Math.round(shadowWidth / 9))}" fill="url(#s)"/>`
    : ''
  const sized = s === 1 ? '' : ` transform="translate(400 ${floor}) scale(${s}) translate(-400 -${floor})"`
  const body = `<g stroke-linejoin="round" stroke-linecap="round"${sized}>${item.draw(p, seed, view)}</g>`
  let content: string
  if (view === 0) content = shadow + body
  else if (view === 1) content = shadow + `<g transform="${turned(floor)}">${body}</g>`
  else {
    const { zoom } = item.detail
    const x = Math.round(400 + (item.detail.x - 400) * s)
    const y = Math.round(floor + (item.detail.y - floor) * s)
    content = `<g transform="translate(400 500) scale(${zoom}) translate(${-x} ${-y})">${shadow}${body}</g>`
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="1000" viewBox="0 0 800 1000">` +
    defs(p) +
    `<rect width="800" height="1000" fill="url(#bg)"/><rect width="800" height="1000" fill="url(#glow)"/>` +
    content +
    `</svg>`
  )
}

/** A filled, outlined body shape: the item's main silhouette. */
export function body(p: Paint, d: string, fill = 'url(#b)'): string {
  return `<path d="${d}" fill="${fill}" stroke="${p.edge}" stroke-width="3"/>`
}

export function shade(p: Paint, d: string, opacity = 0.22): string {
  return `<path d="${d}" fill="${p.deep}" fill-opacity="${opacity}"/>`
}

export function highlight(d: string, opacity = 1): string {
  return `<path d="${d}" fill="url(#h)" fill-opacity="${opacity}"/>`
}

export function line(p: Paint, d: string, width = 3, opacity = 0.6, color = p.edge): string {
  return `<path d="${d}" fill="none" stroke="${color}" stroke-width="${width}" stroke-opacity="${opacity}"/>`
}

/** Dashed stitching in the accent colour. */
export function stitch(p: Paint, d: string, opacity = 0.55): string {
  return `<path d="${d}" fill="none" stroke="${p.accent}" stroke-width="2" stroke-dasharray="7 6" stroke-opacity="${opacity}"/>`
}
