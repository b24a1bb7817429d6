import { body, highlight, line, shade, type ItemArt } from './scene'

// Variants by seed mod 3: cuffed, slouchy (taller), pom-pom.
export const beanie: ItemArt = {
  floor: 700,
  shadow: 220,
  scale: 1.15,
  detail: { x: 400, y: 600, zoom: 2.3 },
  draw: (p, seed) => {
    const style = seed % 3
    const crown = style === 1 ? 250 : 320
    return [
      body(p, `M228 560C228 ${crown + 80} 310 ${crown} 400 ${crown}S572 ${crown + 80} 572 560Z`),
      line(p, `M400 ${crown}V560M340 ${crown + 14}C300 ${crown + 80} 290 460 290 560M460 ${crown + 14}C500 ${crown + 80} 510 460 510 560M290 ${crown + 60}C260 ${crown + 120} 254 480 256 560M510 ${crown + 60}C540 ${crown + 120} 546 480 544 560`, 3, 0.25),
      shade(p, `M572 560C572 ${crown + 80} 490 ${crown} 400 ${crown} 470 ${crown + 30} 510 ${crown + 120} 512 560Z`, 0.25),
      highlight(`M300 ${crown + 60}C330 ${crown + 20} 370 ${crown + 10} 390 ${crown + 10} 370 ${crown + 80} 360 460 358 540H300C294 460 290 ${crown + 110} 300 ${crown + 60}Z`, 0.6),
      body(p, 'M214 540H586C594 596 594 646 586 700H214C206 646 206 596 214 540Z'),
      `<path d="M212 620H588" stroke="${p.deep}" stroke-opacity=".28" stroke-width="156" stroke-dasharray="4 10" stroke-linecap="butt"/>`,
      highlight('M220 548H580V600H220Z', 0.5),
      `<rect x="470" y="596" width="56" height="40" rx="3" fill="${p.accent}" fill-opacity=".85"/>`,
      style === 2
        ? `<circle cx="400" cy="${crown - 30}" r="62" fill="${p.light}" stroke="${p.base}" stroke-width="14" stroke-dasharray="3 5" stroke-linecap="butt"/>` +
          `<circle cx="400" cy="${crown - 30}" r="58" fill="url(#h)" fill-opacity=".5"/>`
        : '',
    ].join('')
  },
}
