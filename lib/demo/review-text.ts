import type { CategorySlug } from './catalog'

/** Review fragments; `{this}`, `{it}`, `{is}` and `{noun}` agree with singular/plural products. */
export const reviewTitles: Record<number, readonly string[]> = {
  5: ['Love it', 'Absolutely perfect', 'My new favorite', 'Worth every penny', 'Exceeded expectations', 'Buying another color', 'So good', 'Perfect fit'],
  4: ['Really nice', 'Great, with one small catch', 'Very happy', 'Solid choice', 'Almost perfect', 'Would recommend'],
  3: ["It's okay", 'Mixed feelings', 'Decent but not amazing', 'Good, not great'],
  2: ['Disappointed', 'Not for me', 'Expected more'],
  1: ['Returned it', 'Would not buy again', 'Not worth it'],
}

export const reviewOpeners: Record<number, readonly string[]> = {
  5: [
    'I absolutely love {this} {noun}.',
    'Best {noun} I have bought in years.',
    'Bought {this} {noun} on a whim and now I wear {it} constantly.',
    '{This} {noun} {is} exactly what I was looking for.',
    'Third purchase of {this} {noun} and {it} never disappoint{s}.',
  ],
  4: [
    'Really happy with {this} {noun}.',
    '{This} {noun} {is} great overall.',
    'Very nice {noun}, just one small thing.',
    'I wear {this} {noun} more than I expected to.',
  ],
  3: ['{This} {noun} {is} fine, nothing special.', 'Mixed feelings about {this} {noun}.', 'The {noun} {is} okay for the price.'],
  2: ['I wanted to love {this} {noun}.', 'Not impressed with {this} {noun}.', '{This} {noun} did not live up to the photos.'],
  1: ['Really disappointed with {this} {noun}.', 'I returned {this} {noun} after a week.', '{This} {noun} {is} not worth the money.'],
}

export const reviewDetails: Record<CategorySlug, { good: readonly string[]; bad: readonly string[] }> = {
  apparel: {
    good: ['The fabric feels substantial without being heavy.', 'Fit is true to size; I am 5\'10" and the medium is perfect.', 'Held up well after a dozen washes.', 'The color is exactly like the photos.'],
    bad: ['Runs a little small, so size up.', 'Shrank slightly after the first wash.', 'The fabric pilled after a few wears.'],
  },
  footwear: {
    good: ['Comfortable right out of the box.', 'Walked all over the city on day one with no blisters.', 'True to size for me.'],
    bad: ['Took a couple of weeks to break in.', 'Runs half a size big.', 'The sole wore down faster than I hoped.'],
  },
  eyewear: {
    good: ['The staff adjusted the fit in two minutes.', 'Lenses are crisp and cut the glare off the lake.', 'Light enough that I forget I have them on.'],
    bad: ['A bit wide for my face.', 'They slip down my nose when it is hot.', 'Scratched more easily than I expected.'],
  },
  'hats-accessories': {
    good: ['Great quality for the price.', 'Goes with everything I own.', 'Got compliments the first day.'],
    bad: ['Runs small.', 'The color is darker than on screen.', 'Stitching came loose after a month.'],
  },
  beauty: {
    good: ['A little goes a long way.', 'Gentle on my sensitive skin.', 'Lovely, subtle scent.'],
    bad: ['The scent fades quickly.', 'Broke me out a little.', 'A bit pricey for the size.'],
  },
  home: {
    good: ['Looks even better in person.', 'Made a great gift.', 'Well made and clearly handmade.'],
    bad: ['Smaller than I expected.', 'Arrived with a small chip.', 'The color is a bit different from the photo.'],
  },
}

export const reviewClosers: Record<'happy' | 'meh' | 'unhappy', readonly string[]> = {
  happy: ['Would definitely buy again.', 'Already eyeing another color.', 'Highly recommend.', 'Reserved online and picked up in store an hour later.'],
  meh: ['Fine for the price.', 'Probably keeping {it}.', 'Would try on in store first next time.'],
  unhappy: ['Returning {it}.', 'The store staff were great about the exchange, at least.'],
}

export const reviewerFirstNames: readonly string[] = [
  'Maya', 'Jordan', 'Priya', 'Marcus', 'Elena', 'Sam', 'Aisha', 'Daniel', 'Grace', 'Luis',
  'Hannah', 'Kevin', 'Sofia', 'Andre', 'Olivia', 'Ben', 'Nadia', 'Tyler', 'Rosa', 'Chris',
  'Leah', 'Omar', 'Kate', 'Diego', 'Emily', 'Jamal', 'Megan', 'Ravi', 'Claire', 'Noah',
  'Tasha', 'Patrick', 'Yuki', 'Erin', 'Malik', 'Lauren', 'Victor', 'Bianca', 'Greg', 'Imani',
]
