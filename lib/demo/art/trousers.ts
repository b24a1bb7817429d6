import { body, highlight, line, shade, stitch, type ItemArt } from './scene'

export const trousers: ItemArt = {
  shadow: 170,
  detail: { x: 400, y: 240, zoom: 2.4 },
  draw: (p, seed) =>
    [
      body(p, 'M282 216H518C528 360 540 600 550 840L432 844 404 340H396L368 844 250 840C260 600 272 360 282 216Z'),
      shade(p, 'M282 216C272 360 260 600 250 840L290 842C292 600 300 400 312 230Z', 0.2),
      shade(p, 'M404 340 432 844 470 844C456 640 440 460 412 340Z', 0.28),
      highlight('M318 230 340 232C342 420 336 640 330 830L304 830C306 640 312 420 318 230Z', 0.8),
      highlight('M462 230 484 232C492 420 500 640 508 830L482 830C476 640 468 420 462 230Z', 0.6),
      body(p, 'M280 178H520L522 218H278Z'),
      [300, 356, 444, 500].map((x) => `<rect x="${x - 6}" y="172" width="12" height="52" rx="3" fill="${p.base}" stroke="${p.edge}" stroke-width="2"/>`).join(''),
      `<circle cx="400" cy="198" r="8" fill="${p.accent}" fill-opacity=".8"/>`,
      line(p, 'M400 218V320C416 318 426 300 428 280V218', 2.5, 0.5),
      line(p, 'M292 222C322 262 340 274 360 278M508 222C478 262 460 274 440 278', 2.5, 0.55),
      stitch(p, 'M286 212H514M404 226V316'),
      seed % 3 === 2 ? body(p, 'M252 800 368 804 368 844 250 840Z', p.dark) + body(p, 'M432 804 548 800 550 840 432 844Z', p.dark) : stitch(p, 'M256 822 366 826M434 826 544 822'),
    ].join(''),
}
