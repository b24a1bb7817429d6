import { label } from './metal'
import { highlight, line, type ItemArt } from './scene'

export const jar: ItemArt = {
  floor: 842,
  shadow: 250,
  scale: 1.25,
  detail: { x: 400, y: 600, zoom: 2.2 },
  draw: (p) =>
    [
      `<defs><linearGradient id="w" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#8c6a45"/><stop offset=".35" stop-color="#d9b98c"/><stop offset="1" stop-color="#6f5235"/></linearGradient></defs>`,
      `<path d="M220 600H580V814Q580 842 552 842H248Q220 842 220 814Z" fill="url(#v)" stroke="${p.edge}" stroke-width="3"/>`,
      highlight('M240 612H280V828H240Z', 0.9),
      `<rect x="206" y="512" width="388" height="96" rx="12" fill="url(#w)" stroke="#4f3a24" stroke-width="3"/>`,
      line(p, 'M230 540H570M230 580H570', 2, 0.25, '#4f3a24'),
      label(290, 650, 220, 130, p.deep),
    ].join(''),
}
