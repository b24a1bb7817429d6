import type { KindSpec } from './types'

const washCold = 'Machine wash cold with like colors, tumble dry low.'

export const apparelKinds: readonly KindSpec[] = [
  {
    key: 'tee', category: 'apparel', art: 'tee', brand: 'Aisle Studio', count: 9,
    nouns: ['Tee', 'Pocket Tee', 'Long-Sleeve Tee', 'Henley'],
    materials: [
      { word: 'Organic', text: '100% organic cotton jersey' },
      { word: 'Slub', text: 'cotton slub jersey' },
      { word: 'Pima', text: '100% Pima cotton' },
      { text: 'cotton-modal jersey' },
    ],
    care: washCold, price: [28, 48], ending: 0, sizes: 'alpha', gtin: 'upca',
    palette: ['white', 'black', 'heather-gray', 'navy', 'sage-green', 'rust', 'oatmeal', 'sky-blue', 'forest-green', 'terracotta'],
    tags: ['tops', 'tees', 'basics', 'cotton'], reviewNoun: 'tee',
    features: [
      'A relaxed, slightly boxy fit with a ribbed collar that keeps its shape wash after wash.',
      'Garment-dyed for a soft hand and a lived-in color from the first wear.',
      'Cut a little longer in the back so it stays tucked or looks right untucked.',
      'Double-needle hems and taped shoulders make it a basic that lasts.',
    ],
  },
  {
    key: 'shirt', category: 'apparel', art: 'shirt', brand: 'Aisle Studio', count: 8,
    nouns: ['Oxford Shirt', 'Poplin Shirt', 'Camp Shirt', 'Overshirt', 'Button-Down'],
    materials: [
      { word: 'Linen', text: '100% European linen' },
      { text: 'cotton oxford cloth' },
      { word: 'Chambray', text: 'cotton chambray' },
      { text: 'crisp cotton poplin' },
    ],
    care: washCold, price: [58, 98], ending: 0, sizes: 'alpha', gtin: 'upca',
    palette: ['white', 'sky-blue', 'blue', 'oatmeal', 'olive', 'navy', 'sand', 'stone'],
    tags: ['tops', 'shirts', 'button-down', 'workwear'], reviewNoun: 'shirt',
    features: [
      'Mother-of-pearl buttons and a soft-roll collar that looks good open or closed.',
      'A tailored but easy fit with a box pleat at the back for movement.',
      'Pre-washed so the fit you try on is the fit you keep.',
      'Single-needle stitching and a curved hem you can wear tucked or loose.',
    ],
  },
  {
    key: 'sweater', category: 'apparel', art: 'sweater', brand: 'Aisle Studio', count: 9,
    nouns: ['Crew Sweater', 'Cardigan', 'Turtleneck', 'V-Neck Sweater', 'Quarter-Zip'],
    materials: [
      { word: 'Merino', text: '100% extra-fine merino wool' },
      { word: 'Cashmere', text: '100% Grade-A Mongolian cashmere' },
      { word: 'Cotton', text: 'organic cotton cable knit' },
      { word: 'Lambswool', text: 'Scottish lambswool' },
    ],
    care: 'Hand wash cold or dry clean, dry flat.', price: [78, 198], ending: 0, sizes: 'alpha', gtin: 'ean13',
    palette: ['blue', 'oatmeal', 'charcoal', 'navy', 'camel', 'forest-green', 'burgundy', 'cream', 'heather-gray', 'rust'],
    tags: ['knitwear', 'sweaters', 'layering', 'wool'], reviewNoun: 'sweater',
    features: [
      'A 12-gauge knit that is warm without bulk, finished with ribbed cuffs and hem.',
      'Fully fashioned shoulders give a clean line under a coat.',
      'Light enough for October, warm enough to layer through January.',
      'Knit in a family-run mill that has made sweaters for four generations.',
    ],
  },
  {
    key: 'jacket', category: 'apparel', art: 'jacket', brand: 'Northline', count: 7,
    nouns: ['Chore Jacket', 'Bomber', 'Trucker Jacket', 'Field Jacket', 'Shirt Jacket'],
    materials: [
      { word: 'Canvas', text: 'waxed cotton canvas' },
      { word: 'Denim', text: '12 oz. selvedge denim' },
      { word: 'Nylon', text: 'recycled nylon ripstop' },
      { word: 'Corduroy', text: '8-wale cotton corduroy' },
    ],
    care: 'Spot clean; wash cold inside out when needed, hang dry.', price: [128, 248], ending: 0, sizes: 'alpha', gtin: 'upca',
    palette: ['khaki', 'olive', 'navy', 'black', 'indigo', 'rust', 'stone'],
    tags: ['outerwear', 'jackets', 'workwear'], reviewNoun: 'jacket',
    features: [
      'Four patch pockets, corozo buttons and a corduroy-lined collar.',
      'Roomy enough for a sweater underneath, trim enough to wear on its own.',
      'Breaks in like a favorite pair of jeans and only gets better.',
      'Triple-stitched seams and bar-tacked pockets built for daily wear.',
    ],
  },
  {
    key: 'coat', category: 'apparel', art: 'coat', brand: 'Northline', count: 6,
    nouns: ['Overcoat', 'Parka', 'Trench Coat', 'Car Coat', 'Topcoat'],
    materials: [
      { word: 'Wool', text: 'Italian wool-cashmere blend' },
      { text: 'water-resistant cotton gabardine' },
      { text: 'recycled down fill with a ripstop shell' },
    ],
    care: 'Dry clean only.', price: [198, 398], ending: 0, sizes: 'alpha', gtin: 'ean13',
    palette: ['camel', 'charcoal', 'black', 'navy', 'olive', 'sand'],
    tags: ['outerwear', 'coats', 'winter'], reviewNoun: 'coat',
    features: [
      'Cut to go over a suit jacket or a thick sweater, with an internal phone pocket.',
      'Built for a Lake Michigan winter: wind-blocking, warm and never stiff.',
      'A clean, collarless-feeling notch lapel and a hem that hits just above the knee.',
      'Fully lined in a smooth satin twill that slides over knitwear.',
    ],
  },
  {
    key: 'trousers', category: 'apparel', art: 'trousers', brand: 'Aisle Studio', count: 9,
    nouns: ['Chino', 'Slim Jean', 'Straight Jean', 'Trouser', 'Pleated Trouser', 'Cargo Pant'],
    materials: [
      { text: 'stretch cotton twill' },
      { word: 'Selvedge', text: '13 oz. Japanese selvedge denim' },
      { word: 'Wool', text: 'tropical-weight wool' },
      { word: 'Cord', text: 'cotton corduroy' },
    ],
    care: 'Wash cold inside out, hang dry.', price: [68, 148], ending: 0, sizes: 'waist', gtin: 'upca',
    palette: ['indigo', 'light-wash', 'washed-black', 'khaki', 'navy', 'olive', 'stone', 'charcoal'],
    tags: ['bottoms', 'trousers', 'denim'], reviewNoun: 'pants', plural: true,
    features: [
      'A mid rise with a tapered leg that sits cleanly on a sneaker or a boot.',
      'A hidden gusset and a touch of stretch for bike commutes.',
      'Unhemmed at a 34" inseam so our stores can tailor the length for free.',
      'Deep front pockets that hold a phone without sagging.',
    ],
  },
  {
    key: 'dress', category: 'apparel', art: 'dress', brand: 'Aisle Studio', count: 8,
    nouns: ['Midi Dress', 'Wrap Dress', 'Slip Dress', 'Shirt Dress', 'Maxi Dress'],
    materials: [
      { word: 'Linen', text: 'washed European linen' },
      { word: 'Silk', text: '100% mulberry silk' },
      { text: 'cotton poplin' },
      { word: 'Jersey', text: 'lyocell jersey' },
    ],
    care: 'Hand wash cold or dry clean, line dry.', price: [98, 228], ending: 0, sizes: 'alpha', gtin: 'ean13',
    palette: ['black', 'navy', 'sage-green', 'terracotta', 'blush', 'cream', 'forest-green', 'mustard', 'lilac'],
    tags: ['dresses', 'womens', 'occasion'], reviewNoun: 'dress',
    features: [
      'A bias-cut skirt that moves beautifully, with hidden side pockets.',
      'Adjustable straps and a fully lined bodice.',
      'Dresses up with a heel or down with sneakers and a denim jacket.',
      'A flattering V-neck and a self-tie waist you can wear two ways.',
    ],
  },
]
