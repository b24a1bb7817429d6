import { body, highlight, line, shade, type ItemArt } from './scene'

// Variants by seed mod 3: slip (straps), wrap (tie waist), shirt dress (sleeves and buttons).
export const dress: ItemArt = {
  shadow: 220,
  detail: { x: 400, y: 360, zoom: 2.2 },
  draw: (p, seed) => {
    const style = seed % 3
    return [
      style === 2
        ? body(p, 'M336 200 262 236 232 330 284 348 312 280Z') + body(p, 'M464 200 538 236 568 330 516 348 488 280Z')
        : line(p, 'M340 150 348 262M460 150 452 262', 6, 1, p.dark),
      body(p, 'M336 200C360 214 440 214 464 200L488 280 478 428H322L312 280Z'),
      `<path d="M340 206 400 300 460 206C440 214 360 214 340 206Z" fill="${p.deep}" fill-opacity="${style === 2 ? 0.9 : 0}"/>`,
      body(p, 'M322 424H478C524 560 584 720 626 842 480 864 320 864 174 842 216 720 276 560 322 424Z'),
      shade(p, 'M322 424C296 560 250 720 226 850 200 848 186 846 174 842 216 720 276 560 322 424Z', 0.25),
      shade(p, 'M478 424C520 560 584 720 626 842 590 848 560 852 530 854 520 720 500 560 478 424Z', 0.3),
      line(p, 'M360 440C350 580 330 720 300 856M440 440C452 580 470 720 500 856M400 440V860', 2, 0.25),
      highlight('M340 430C360 432 376 432 390 432 384 600 370 740 356 858 330 856 310 854 292 852 318 720 334 580 340 430Z', 0.7),
      highlight('M340 220C370 230 430 230 460 220 470 300 466 380 450 420H350C334 380 330 300 340 220Z', 0.5),
      body(p, 'M318 410H482V440H318Z', p.dark),
      style === 1 ? body(p, 'M470 428 506 520 488 524 462 440Z', p.dark) + body(p, 'M478 430 530 500 516 510 468 440Z', p.dark) : '',
      style === 2 ? [250, 310, 370, 480, 560].map((y) => `<circle cx="400" cy="${y}" r="6" fill="${p.light}" stroke="${p.edge}" stroke-width="2"/>`).join('') : '',
    ].join('')
  },
}
