import { label } from './metal'
import { highlight, line, type ItemArt } from './scene'

const flame =
  '<radialGradient id="f" cx=".5" cy=".65" r=".6"><stop offset="0" stop-color="#fff6d8"/><stop offset=".5" stop-color="#ffc34d"/><stop offset="1" stop-color="#ff8a1e" stop-opacity="0"/></radialGradient>'

// Variants by seed mod 3: single wick, three-wick (wider), travel tin (short).
export const candle: ItemArt = {
  floor: 842,
  shadow: 250,
  scale: 1.2,
  detail: { x: 400, y: 520, zoom: 2.1 },
  draw: (p, seed) => {
    const style = seed % 3
    const w = style === 1 ? 190 : 140
    const top = style === 2 ? 650 : 520
    const wicks = style === 1 ? [340, 400, 460] : [400]
    return [
      `<defs>${flame}</defs>`,
      `<path d="M${400 - w} ${top}H${400 + w}V818Q${400 + w} 842 ${376 + w} 842H${424 - w}Q${400 - w} 842 ${400 - w} 818Z" fill="url(#v)" stroke="${p.edge}" stroke-width="3"/>`,
      highlight(`M${420 - w} ${top + 16}H${450 - w}V826H${420 - w}Z`, 0.9),
      `<ellipse cx="400" cy="${top}" rx="${w}" ry="26" fill="#efe6d2" stroke="${p.edge}" stroke-width="3"/>`,
      `<ellipse cx="400" cy="${top + 4}" rx="${w - 16}" ry="18" fill="#e2d6bd"/>`,
      wicks
        .map(
          (x) =>
            line(p, `M${x} ${top}V${top - 26}`, 4, 1, '#2a2420') +
            `<ellipse cx="${x}" cy="${top - 50}" rx="34" ry="60" fill="url(#f)"/>` +
            `<path d="M${x} ${top - 84}C${x - 14} ${top - 54} ${x - 12} ${top - 34} ${x} ${top - 26}C${x + 12} ${top - 34} ${x + 14} ${top - 54} ${x} ${top - 84}Z" fill="#ffd36b"/>`,
        )
        .join(''),
      label(400 - w * 0.55, style === 2 ? 700 : 610, w * 1.1, style === 2 ? 100 : 150, p.deep),
    ].join('')
  },
}
