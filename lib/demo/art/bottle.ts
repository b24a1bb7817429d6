import { goldGradient, label } from './metal'
import { highlight, type ItemArt } from './scene'
import type { Paint } from './paint'

function glass(p: Paint, d: string): string {
  return `<path d="${d}" fill="url(#v)" fill-opacity=".88" stroke="${p.edge}" stroke-width="3"/>`
}

// Shapes by seed mod 3: square flacon, tall round flacon, dropper bottle.
export const bottle: ItemArt = {
  floor: 842,
  shadow: 220,
  scale: 1.15,
  detail: { x: 400, y: 560, zoom: 2.1 },
  draw: (p, seed) => {
    const shape = seed % 3
    const parts = [`<defs>${goldGradient}</defs>`]
    if (shape === 0) {
      parts.push(`<rect x="360" y="440" width="80" height="46" fill="url(#g)" stroke="#5a4318" stroke-width="3"/>`)
      parts.push(`<rect x="318" y="320" width="164" height="124" rx="10" fill="${p.deep}" stroke="#111" stroke-opacity=".4" stroke-width="3"/>`)
      parts.push(glass(p, 'M254 482H546Q574 482 574 510V814Q574 842 546 842H254Q226 842 226 814V510Q226 482 254 482Z'))
      parts.push(highlight('M246 500H290V820H246Z', 0.9))
      parts.push(label(300, 620, 200, 110, p.deep))
    } else if (shape === 1) {
      parts.push(`<rect x="362" y="300" width="76" height="140" rx="30" fill="url(#g)" stroke="#5a4318" stroke-width="3"/>`)
      parts.push(glass(p, 'M330 440H470Q520 470 520 540V812Q520 842 490 842H310Q280 842 280 812V540Q280 470 330 440Z'))
      parts.push(highlight('M300 520H330V820H300Z', 0.9))
      parts.push(label(316, 600, 168, 120, p.deep))
    } else {
      parts.push(`<path d="M370 470V380Q370 318 400 318 430 318 430 380V470Z" fill="#2a2622" stroke="#111" stroke-width="3"/>`)
      parts.push(`<rect x="346" y="462" width="108" height="60" rx="6" fill="url(#g)" stroke="#5a4318" stroke-width="3"/>`)
      parts.push(glass(p, 'M340 520H460Q500 530 500 580V818Q500 842 476 842H324Q300 842 300 818V580Q300 530 340 520Z'))
      parts.push(highlight('M316 580H338V820H316Z', 0.9))
      parts.push(label(322, 640, 156, 120, p.deep))
    }
    return parts.join('')
  },
}
