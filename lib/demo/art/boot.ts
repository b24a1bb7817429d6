import { body, highlight, line, shade, stitch, type ItemArt } from './scene'

// Variants by seed mod 3: Chelsea (elastic gusset), lace-up, chukka (short shaft).
export const boot: ItemArt = {
  floor: 788,
  shadow: 270,
  scale: 1.1,
  detail: { x: 300, y: 480, zoom: 2.1 },
  draw: (p, seed) => {
    const style = seed % 3
    const top = style === 2 ? 470 : 340
    const eyelets = [0, 1, 2, 3, 4, 5].map((i) => [338 + i * 9, top + 30 + i * 38])
    return [
      body(p, `M180 732C176 620 178 ${top + 160} 186 ${top}H332C336 ${top + 100} 350 520 390 568 450 620 560 640 640 668 680 682 696 708 692 732Z`),
      shade(p, `M180 732C176 620 178 ${top + 160} 186 ${top}H214C206 ${top + 160} 206 620 212 732Z`, 0.3),
      highlight(`M226 ${top + 30}C250 ${top + 24} 290 ${top + 24} 310 ${top + 30} 320 480 340 560 400 600 470 630 560 650 620 670 520 680 420 660 340 620 260 580 236 460 226 ${top + 30}Z`, 0.6),
      `<path d="M186 ${top}C220 ${top - 12} 300 ${top - 12} 332 ${top} 300 ${top + 10} 220 ${top + 10} 186 ${top}Z" fill="${p.deep}"/>`,
      style === 0
        ? `<path d="M236 ${top + 6}C240 420 254 480 284 520 306 470 312 410 306 ${top + 6}Z" fill="${p.deep}" fill-opacity=".75"/>` +
          line(p, 'M252 360V470M270 360V500M288 360V480', 3, 0.3, p.accent) +
          line(p, `M192 ${top + 2}C180 ${top - 40} 212 ${top - 44} 214 ${top + 2}`, 9, 1, p.dark)
        : eyelets.map(([x, y]) => `<circle cx="${x}" cy="${y}" r="6" fill="${p.deep}" stroke="${p.accent}" stroke-width="2"/>`).join('') +
          eyelets.slice(0, -1).map(([x, y], i) => line(p, `M${x} ${y}L${eyelets[i + 1][0] + 14} ${eyelets[i + 1][1] - 24}`, 6, 0.9, p.accent)).join(''),
      stitch(p, 'M196 716H660'),
      `<path d="M170 728H652C678 728 696 736 696 750 696 762 680 768 652 768H294V788H178C170 788 166 782 166 776Z" fill="#2c241d" stroke="#1a1410" stroke-width="3"/>`,
      line(p, 'M176 746H690', 2, 0.35, '#8a7a66'),
    ].join('')
  },
}
