import { body, highlight, line, shade, stitch, type ItemArt } from './scene'

// Side profile: crown to the left, brim pointing right.
export const cap: ItemArt = {
  floor: 640,
  shadow: 260,
  scale: 1.15,
  detail: { x: 520, y: 520, zoom: 2.2 },
  draw: (p) =>
    [
      body(p, 'M150 636C150 470 250 372 390 372 520 372 590 460 598 600L588 636Z'),
      shade(p, 'M150 636C150 470 250 372 390 372 300 400 236 490 232 636Z', 0.22),
      highlight('M300 404C340 384 380 380 410 382 380 440 372 520 374 600H300C292 520 290 450 300 404Z', 0.7),
      line(p, 'M390 374C370 440 364 540 368 636M390 374C450 410 490 500 500 636M390 374C300 400 250 500 244 636', 2.5, 0.45),
      `<circle cx="390" cy="374" r="14" fill="${p.base}" stroke="${p.edge}" stroke-width="3"/>`,
      [[300, 470], [470, 470]].map(([x, y]) => `<circle cx="${x}" cy="${y}" r="5" fill="${p.deep}"/>`).join(''),
      body(p, 'M560 600C620 586 700 592 744 616 748 636 730 650 700 652 650 654 600 646 560 636Z', p.dark),
      highlight('M580 604C630 596 690 600 730 616 690 618 630 616 580 612Z', 0.8),
      stitch(p, 'M580 616C630 608 690 610 728 628M578 628C630 622 680 626 716 640'),
      line(p, 'M152 620C300 640 460 640 590 620', 3, 0.4),
    ].join(''),
}
