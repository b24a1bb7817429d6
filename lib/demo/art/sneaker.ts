import { body, highlight, line, shade, stitch, type ItemArt } from './scene'

// Side profile, toe to the right. Sole by seed mod 3: white, white, gum.
export const sneaker: ItemArt = {
  floor: 730,
  shadow: 290,
  scale: 1.15,
  detail: { x: 440, y: 560, zoom: 2.1 },
  draw: (p, seed) => {
    const sole = seed % 3 === 2 ? '#c89a62' : '#f6f3ec'
    const eyelets = [0, 1, 2, 3, 4, 5].map((i) => [376 + i * 30, 506 + i * 16])
    return [
      body(p, 'M142 676C134 620 138 560 154 512 160 496 174 490 190 494 236 506 272 522 300 530 320 534 332 520 340 500L362 486C430 526 500 566 586 596 652 618 700 640 704 676Z'),
      shade(p, 'M142 676C134 620 138 560 154 512L196 526C182 570 180 630 188 676Z', 0.35),
      highlight('M220 540C280 548 330 556 380 540 450 580 530 610 600 630 500 640 400 630 320 610 260 596 224 576 220 540Z', 0.7),
      body(p, 'M338 502C336 470 356 450 384 456 396 470 404 486 410 502Z'),
      line(p, 'M190 494C236 506 272 522 300 530 320 534 332 520 340 500', 8, 1, p.dark),
      body(p, 'M600 606C650 620 694 640 704 676H604C602 650 602 626 600 606Z', p.light),
      line(p, 'M236 644C320 606 420 600 520 624', 2.5, 0.35),
      stitch(p, 'M190 660H650M362 500C430 540 500 578 590 606'),
      eyelets.map(([x, y]) => `<circle cx="${x}" cy="${y}" r="5.5" fill="${p.deep}" stroke="${p.accent}" stroke-width="2"/>`).join(''),
      eyelets
        .slice(0, 5)
        .map(([x, y], i) => line(p, `M${x - 4} ${y - 10}L${eyelets[i + 1][0] + 6} ${eyelets[i + 1][1] - 14}`, 7, 1, '#f4f1ea'))
        .join(''),
      `<path d="M132 694C132 682 140 676 156 676H656C690 676 710 688 710 704 710 720 696 730 670 730H160C142 730 132 720 132 706Z" fill="${sole}" stroke="#8b8378" stroke-width="3"/>`,
      line(p, 'M138 700H706', 3, 0.3, '#8b8378'),
    ].join('')
  },
}
