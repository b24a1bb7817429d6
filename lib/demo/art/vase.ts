import { highlight, line, type ItemArt } from './scene'

/** Dried stems styled in the vase, so it reads as a vase at thumbnail size. */
const stems =
  '<path d="M392 400C380 300 340 220 300 160M404 400C410 290 430 200 470 130M398 400C400 320 396 250 392 190" fill="none" stroke="#7a6a48" stroke-width="5"/>' +
  '<g fill="#b59a66"><ellipse cx="300" cy="160" rx="14" ry="34" transform="rotate(-30 300 160)"/><ellipse cx="470" cy="130" rx="14" ry="36" transform="rotate(25 470 130)"/><ellipse cx="392" cy="186" rx="12" ry="30"/></g>'

export const vase: ItemArt = {
  floor: 842,
  shadow: 190,
  scale: 1.1,
  detail: { x: 400, y: 600, zoom: 2.1 },
  draw: (p) =>
    [
      stems,
      `<path d="M360 842C284 824 250 724 280 626 300 562 350 540 360 482 364 440 350 410 350 390H450C450 410 436 440 440 482 450 540 500 562 520 626 550 724 516 824 440 842Z" fill="url(#v)" stroke="${p.edge}" stroke-width="3"/>`,
      highlight('M300 640C310 600 330 580 346 570 330 640 330 740 350 820 316 790 296 720 300 640Z', 0.9),
      `<ellipse cx="400" cy="390" rx="50" ry="10" fill="${p.deep}" stroke="${p.edge}" stroke-width="3"/>`,
      line(p, 'M290 700C360 716 440 716 510 700', 2, 0.3),
    ].join(''),
}
