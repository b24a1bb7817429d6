import type { CategorySlug } from './catalog'

/**
 * Review fragments. Placeholders agree with singular/plural products: `{This} {noun} {is}`,
 * `{It} fit{s}` (subject), `{they}` (lower-case subject), `{it}` (object), `{its}`, `{has}`;
 * `{wear}` is "wear" for things you wear and "use" for the rest.
 * A product never repeats a title or a sentence, so every list here is drawn without replacement.
 */
export const reviewTitles: Record<number, readonly string[]> = {
  5: [
    'Love {it}', 'Absolutely perfect', 'My new favorite', 'Worth every penny', 'Exceeded expectations', 'Buying another color',
    'So good', 'Obsessed', 'Five stars, no notes', 'Exactly as pictured', 'Better in person', 'Instant favorite', 'Great quality',
    'Could not be happier', 'A keeper', 'Best purchase this year', 'Lives up to the hype', 'Beautifully made', 'Already ordered a second',
    'Compliments every time', 'Great gift', 'Quality you can feel', 'Just right', 'Fantastic', 'Glad I took the chance', 'Everyday staple',
    'Pure joy', 'Cannot fault {it}', 'Splurge-worthy', 'Love at first sight',
  ],
  4: [
    'Really nice', 'Very happy', 'Solid choice', 'Would recommend', 'Good buy', 'Pleasantly surprised', 'Happy overall', 'Well made',
    'Good value', 'Looks great', 'Four stars from me', 'Does the job well', 'Pretty great', 'Glad I bought {it}', 'A good one',
    'Great everyday pick', 'Pleased', 'Well worth it',
  ],
  3: [
    "It's okay", 'Mixed feelings', 'Decent but not amazing', 'Good, not great', 'Middle of the road', 'Fine for now', 'Just average',
    'Some pros, some cons', 'Passable', 'Expected a bit more', 'Meh', 'Does the job, barely', 'Wanted to love {it}', 'Okay for the price',
    'On the fence',
  ],
  2: [
    'Disappointed', 'Not for me', 'Expected more', 'Not as pictured', 'Missed the mark', 'Quality issues', 'Would not rebuy',
    'Underwhelming', 'Pass', 'Looked cheap', 'Meh at best', 'Not quite right',
  ],
  1: [
    'Returned {it}', 'Would not buy again', 'Not worth it', 'Fell apart', 'Very disappointed', 'Save your money', 'Nothing like the photos',
    'Poor quality', 'Sent {it} back', 'Do not recommend', 'Big letdown', 'Wish I could give zero',
  ],
}

/** Four stars with a catch: these titles and openers promise a complaint, so the review makes one. */
export const caveatTitles: readonly string[] = [
  'Great, with one small catch', 'Minor quibble', 'Recommended, with a caveat', 'Almost perfect', 'Nearly there', 'One small gripe',
  'So close to five stars', 'Good, not flawless', 'Love {it}, mostly',
]

export const caveatOpeners: readonly string[] = [
  'Very nice {noun}, just one small thing.', 'I like {this} {noun} a lot, with one reservation.', 'Not perfect, but close.',
  'Nearly perfect, and I am picky.', 'This would be five stars if not for one thing.', 'Mostly great, with one catch.',
  '{This} {noun} {is} lovely, but not flawless.', 'I really like {it}, with one small gripe.',
]

/** Titles about fit, added for things people wear. */
export const wearableTitles: Record<number, readonly string[]> = {
  5: ['Perfect fit', 'Wear {it} constantly'],
  4: ['Fits well'],
  3: ['Fit is so-so'],
  2: ['Fit was off', 'Sizing is off'],
  1: ['Did not fit at all'],
}

export const reviewOpeners: Record<number, readonly string[]> = {
  5: [
    'I absolutely love {this} {noun}.', 'Best {noun} I have bought in years.', 'Bought {this} {noun} on a whim and now I {wear} {it} constantly.',
    '{This} {noun} {is} exactly what I was looking for.', 'Third purchase of {this} {noun} and {they} never disappoint{s}.', 'A total win.',
    'Honestly perfect.', 'I could not be more pleased with {this} {noun}.', 'I was on the fence for weeks and wish I had bought {it} sooner.',
    'My partner picked {this} {noun} out for me and nailed it.', 'Saw {it} in the store on Saturday and took {it} home the same day.',
    '{This} {noun} {is} even nicer in person than online.', 'Ten out of ten, no complaints.', 'I have tried a lot of brands and {this} {noun} {is} the best so far.',
    'Bought {this} {noun} as a gift and ended up keeping {it}.', 'Such a good find.', 'Every detail on {this} {noun} feels considered.',
    'I reach for {this} {noun} almost every day.', 'The quality is obvious the moment you pick {it} up.',
  ],
  4: [
    'Really happy with {this} {noun}.', '{This} {noun} {is} great overall.', 'I {wear} {this} {noun} more than I expected to.',
    'Pretty great, all things considered.', 'Good {noun} at a fair price.', 'Overall a solid purchase.', '{This} {noun} {has} quickly become part of my routine.',
    'Nice quality for the money.', 'Took a chance on {this} {noun} and I am glad I did.', 'Happy with {it} after a month of use.',
    '{This} {noun} {is} really solid.', 'Better than I expected for the price.',
  ],
  3: [
    '{This} {noun} {is} fine, nothing special.', 'Not sure how I feel about {this} {noun}.', 'The {noun} {is} okay for the price.', "It's fine.",
    'Some things I like, some I do not.', '{This} {noun} {is} decent, but I expected a bit more.', 'Not bad, not amazing.',
    'I keep going back and forth on {this} {noun}.', 'Three stars feels about right.', '{This} {noun} {is} perfectly average.',
  ],
  2: [
    'I wanted to love {this} {noun}.', 'Not impressed with {this} {noun}.', '{This} {noun} did not live up to the photos.', 'Just not for me, sadly.',
    'I had high hopes for {this} {noun}.', 'Disappointing for the price.', '{This} {noun} looked great online, less so in person.',
    'Two stars, mostly for the looks.', 'I really tried to make {this} {noun} work.',
  ],
  1: [
    'Really disappointed with {this} {noun}.', 'I returned {this} {noun} after a week.', '{This} {noun} {is} not worth the money.', 'Nope.',
    'Do yourself a favor and skip {this} {noun}.', 'I do not usually write bad reviews, but {this} {noun} deserve{s} one.', 'What a letdown.',
    '{This} {noun} went straight back to the store.', 'Worst purchase I have made in a while.',
  ],
}

export type DetailLists = { good: readonly string[]; bad: readonly string[] }

/** Store, delivery and value lines that fit any product; added to every category's. */
export const sharedDetails: DetailLists = {
  good: [
    'Pickup in store was ready within the hour.', 'The staff at my local store were really helpful.', 'Shipping was quick and the packaging was mostly paper.',
    'Cheaper than the similar one I nearly bought elsewhere, and nicer too.', 'Good value for what you get.',
    'Reserved online and picked up in store an hour later.', 'The associate checked two other stores to find my color.', 'Gift wrapping in store was free and lovely.',
    'Arrived two days after I ordered.', 'Half the price of the designer version and I honestly prefer this one.',
  ],
  bad: ['The one I picked up in store had a small mark on it.', 'Delivery took a few days longer than promised.', 'Pricey for what it is.'],
}

export const reviewDetails: Record<CategorySlug, DetailLists> = {
  apparel: {
    good: [
      'The fabric feels substantial without being heavy.', 'Comfortable enough to wear all day.', 'Held up well after a dozen washes.', 'The color is exactly like the photos.',
      'The stitching is neat and nothing came loose.', 'Length is just right on me, and I am on the tall side.', 'Soft from the first wear, no itch at all.',
      "I sized down on the associate's advice and it was the right call.", 'Looks sharp at work and relaxed on the weekend.', 'The color has not faded at all after a season.',
      'Nicer fabric than pieces I have paid twice as much for.', 'The cut is flattering without being tight.', 'No wrinkles after a day in a suitcase.',
      'The seams feel built to last.', 'Exactly my usual size, which is rare for me.',
    ],
    bad: [
      'Runs a little small, so size up.', 'Shrank slightly after the first wash.', 'The fabric pilled after a few wears.', 'The color is a shade duller than on screen.',
      'Wrinkles if you so much as look at {it}.', 'A loose thread appeared after the second wash.', 'Thinner than I expected from the photos.',
      'The sizing chart was off for me.', 'Bled a little color in the first wash.',
    ],
  },
  footwear: {
    good: [
      'Comfortable right out of the box.', 'Walked all over the city on day one with no blisters.', 'True to size for me.', 'The cushioning is great for long days on my feet.',
      'Grippy on wet sidewalks.', 'Roomy toe box without feeling sloppy.', 'The uppers are softening up nicely with wear.', 'The store let me try three sizes and the staff checked the fit.',
      'Easy to clean with a damp cloth.', 'Look great with jeans or chinos.', 'Supportive enough for my flat feet.', 'Lighter than my old pair.',
      'Still look new after months of commuting.', 'The laces stay tied.',
    ],
    bad: [
      'Took a couple of weeks to break in.', 'Runs half a size big.', 'The sole wore down faster than I hoped.', 'Narrow for wide feet.', 'Squeak on smooth floors.',
      'The heel rubbed until I added an insole.', 'Not as waterproof as I hoped.', 'Scuff easily.', 'Stiff around the ankle at first.', 'Insoles flattened out within a month.',
    ],
  },
  eyewear: {
    good: [
      'The staff adjusted the fit in two minutes.', 'Light enough that I forget I have them on.', 'The hinges feel sturdy, not flimsy.', 'Sit level on my face, which is rare for me.',
      'The case is nicer than I expected.', 'No pinching behind the ears, even after a full day.', 'Suit a narrow face well.', 'The color looks even better in daylight.',
      'Survived being sat on once already.', 'They stay put when I look down.', 'Feel solid without being heavy.',
    ],
    bad: [
      'A bit wide for my face.', 'They slip down my nose when it is hot.', 'Scratched more easily than I expected.', 'The nose pads leave marks after a few hours.',
      'Tighter at the temples than I would like.', 'Smaller than they look in the photos.', 'A screw loosened within a month.', 'The case is bulky for a small bag.',
    ],
  },
  'hats-accessories': {
    good: [
      'Great quality for the price.', 'Goes with everything I own.', 'Got compliments the first day.', 'The color is a lovely deep shade in person.',
      'Well stitched, with no loose threads.', 'The material feels more expensive than it is.', 'The store had every color to compare side by side.',
      'Looks just as good after a season of daily use.', 'Perfect weight for spring and fall.', 'Nice little details, like the lining and the label.',
      'I own three now in different colors.', 'Dresses up a plain outfit instantly.', 'Held up to a rainy week with no issues.',
    ],
    bad: [
      'The color is darker than on screen.', 'Stitching came loose after a month.', 'Feels thinner than expected.', 'Picks up lint constantly.',
      'Bigger than I expected.', 'The color faded after a summer.',
    ],
  },
  beauty: {
    good: [
      'A little goes a long way.', 'Gentle on my sensitive skin.', 'Lovely packaging that looks nice on the shelf.', 'No irritation at all after two weeks.',
      'The associate let me try a tester first, which sold me.', 'Travel friendly and has not leaked in my bag.', 'Plays well with the rest of my routine.',
      'Fair price for the quality.', 'Subtle enough for the office.', 'Lasts for months with daily use.', 'My go-to for travel now.',
      'Looks pretty enough to leave out on the counter.', 'Feels like a little treat every morning.',
    ],
    bad: ['A bit pricey for the size.', 'The smell is stronger than I like.', 'The cap cracked in my bag.', 'Ran out faster than expected.', 'Did not suit my skin.'],
  },
  home: {
    good: [
      'Looks even better in person.', 'Made a great gift.', 'Well made and clearly handmade.', 'The color works with both warm and cool decor.',
      'Feels more substantial than I expected.', 'Arrived well packed with no damage.', 'Makes the room feel finished.', 'Picked {it} up in store and the staff wrapped {it} for me.',
      'The details are lovely up close.', 'Exactly the size I needed.', 'Guests always ask where {it} {is} from.', 'The quality beats the big-box version I almost bought.',
      'Fits my small apartment perfectly.', 'I bought a second one for my sister.', 'The color is richer than on my screen.', 'Adds a cozy touch to the room.',
    ],
    bad: ['Smaller than I expected.', 'Arrived with a small flaw.', 'The color is a bit different from the photo.', 'Shows dust easily.', 'Had a chemical smell for a few days.',
      'Looks a little plain in person.', 'Heavier to move around than I expected.',
    ],
  },
}

const tops: DetailLists = {
  good: ['Fit is true to size; I am 5\'10" and the medium is perfect.', 'Roomy in the shoulders without looking boxy.', 'Layers easily.', 'The sleeves are the perfect length.'],
  bad: ['The sleeves are a touch long for me.', 'Tight across the chest in my usual size.', 'Boxy on my frame, so I had {it} tailored.'],
}
const hats: DetailLists = {
  good: ['Fits my larger head comfortably.', 'Holds {its} shape after being stuffed in a backpack.', 'Stays on in the wind.'],
  bad: ['Runs small.', 'Lost {its} shape quicker than I hoped.', 'A bit scratchy at first.'],
}
const bags: DetailLists = {
  good: ['Fits a laptop, a water bottle and lunch with room to spare.', 'The strap sits comfortably on my shoulder.', 'Packs flat for travel.'],
  bad: ['The strap is a little short for me.', 'The hardware already looks worn.', 'No inside pocket for keys.'],
}
const skincare: DetailLists = {
  good: ['Absorbs quickly, no greasy feel.', 'My skin looks brighter after a couple of weeks.', 'I have already noticed a difference.'],
  bad: ['Feels sticky for a few minutes.', 'Not much difference after a month.', 'Broke me out a little.'],
}
const ceramics: DetailLists = {
  good: ['The glaze is lovely up close.', 'Heavier and sturdier than I expected.'],
  bad: ['Arrived with a small chip.', 'Slightly wobbly on a flat surface.'],
}
const textiles: DetailLists = {
  good: ['So soft the dog keeps stealing {it}.', 'Washed well on a gentle cycle.'],
  bad: ['Sheds a little on dark furniture.', 'Pilled a bit after a few washes.'],
}

/** Lines that only make sense for one kind (no glare talk on reading glasses); added to the category's. */
export const kindDetails: Readonly<Record<string, DetailLists>> = {
  tee: tops, shirt: tops, sweater: tops, jacket: tops, coat: tops, dress: tops,
  trousers: {
    good: ['The waist fits perfectly and the rise is comfortable.', 'The store hemmed them for free while I shopped.', 'Enough stretch for biking to work.'],
    bad: ['The inseam runs long, so plan on hemming.', 'Gapes a little at the back of the waist.'],
  },
  cap: hats, beanie: hats, 'bucket-hat': hats, 'brim-hat': hats, tote: bags, bag: bags,
  scarf: { good: ['Warm without being bulky.', 'Long enough to wrap twice.'], bad: ['Sheds a bit on dark coats.', 'A bit scratchy at first.'] },
  sunglasses: {
    good: ['Lenses are crisp and cut the glare off the lake.', 'Polarized lenses make a real difference on the water.', 'Dark enough for bright beach days.'],
    bad: ['The lenses are darker than I like for driving at dusk.', 'The lenses show every fingerprint.'],
  },
  optical: {
    good: ['The store fitted my prescription lenses in under a week.', 'Easy on the eyes for a full day at the screen.', 'My optometrist complimented the frames.'],
    bad: ['The demo lenses are nothing special, so budget for real ones.', 'Took two visits to get the lenses right.'],
  },
  lipstick: { good: ['The shade is flattering on my skin tone.', 'Does not dry out my lips.'], bad: ['Transfers onto everything.', 'Needs reapplying after lunch.'] },
  fragrance: { good: ['Lovely, subtle scent.', 'Still smell it on my scarf the next day.'], bad: ['The scent fades quickly.', 'Dries down sweeter than I expected.'] },
  serum: skincare, cream: skincare, tube: skincare,
  candle: {
    good: ['Burns evenly with no tunneling.', 'The scent fills the living room without being overpowering.'],
    bad: ['The wick smokes a bit at first.', 'The scent barely carries across the room.'],
  },
  mug: { good: [...ceramics.good, 'Holds heat well and feels great in the hand.'], bad: [...ceramics.bad, 'The handle is a little small for my fingers.'] },
  vase: ceramics, pillow: textiles, throw: textiles,
  lamp: { good: ['Gives a warm, soft light that is perfect for reading.', 'Assembly took two minutes.'], bad: ['The cord is shorter than I would like.', 'The switch feels a little cheap.'] },
}

export const reviewClosers: Record<'happy' | 'meh' | 'unhappy', readonly string[]> = {
  happy: [
    'Would definitely buy again.', 'Already eyeing another color.', 'Highly recommend.', 'Buy {it}, you will not regret it.', 'Going back for a second one.', 'No regrets at all.', 'Recommended to all my friends already.',
    'Very happy customer.', 'Will be a go-to gift from now on.', 'Thanks, Aisle!', 'Cannot recommend enough.', 'Great experience start to finish.',
    'Exactly what I hoped for.', 'So glad I went for {it}.',
  ],
  meh: [
    'Fine for the price.', 'Probably keeping {it}.', 'Next time I will look in store first.', 'Worth it on sale.', 'We will see how {they} hold{s} up.',
    'Not sure I would buy again.', 'Okay if you need one quickly.', 'Maybe wait for a sale.', 'It does the job.', 'Keeping {it}, but with reservations.',
  ],
  unhappy: [
    'Returning {it}.', 'The store staff were great about the exchange, at least.', 'Lesson learned.', 'Returns were easy, which is the only upside.',
    'Hoping the next version is better.', 'I will stick to my old brand.', 'Customer service sorted the refund quickly.', 'Not worth the price.',
    'Skip this one.', 'Exchanged {it} for something else.',
  ],
}

/** Prepended to an unused detail when a busy product has run out of openers for a rating. */
export const reviewLeadIns: readonly string[] = [
  'Honestly,', 'Overall,', 'So far,', 'After a month,', 'Quick note:', 'For what it is worth,', 'First impressions:', 'Update:',
  'Two weeks in:', 'In short,', 'Worth knowing:', 'Bottom line:',
]

export const reviewerFirstNames: readonly string[] = [
  'Maya', 'Jordan', 'Priya', 'Marcus', 'Elena', 'Sam', 'Aisha', 'Daniel', 'Grace', 'Luis',
  'Hannah', 'Kevin', 'Sofia', 'Andre', 'Olivia', 'Ben', 'Nadia', 'Tyler', 'Rosa', 'Chris',
  'Leah', 'Omar', 'Kate', 'Diego', 'Emily', 'Jamal', 'Megan', 'Ravi', 'Claire', 'Noah',
  'Tasha', 'Patrick', 'Yuki', 'Erin', 'Malik', 'Lauren', 'Victor', 'Bianca', 'Greg', 'Imani',
]
