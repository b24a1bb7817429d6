/** The color vocabulary of the catalogue: code (URL slug), display name, swatch hex, SKU abbreviation. */
export type DemoColor = { code: string; name: string; hex: string; abbr: string }

const table: [code: string, name: string, hex: string, abbr: string][] = [
  ['black', 'Black', '1c1c1e', 'BLK'],
  ['white', 'White', 'f4f2ec', 'WHT'],
  ['off-white', 'Off White', 'ece6d8', 'OWH'],
  ['cream', 'Cream', 'efe4cc', 'CRM'],
  ['oatmeal', 'Oatmeal', 'd8c9ad', 'OAT'],
  ['sand', 'Sand', 'cdb892', 'SND'],
  ['stone', 'Stone', 'b9b1a3', 'STN'],
  ['khaki', 'Khaki', 'b8a57e', 'KHK'],
  ['camel', 'Camel', 'b98a56', 'CML'],
  ['tan', 'Tan', 'c49a6c', 'TAN'],
  ['cognac', 'Cognac', '9a4f24', 'COG'],
  ['brown', 'Brown', '6b4731', 'BRN'],
  ['chocolate', 'Chocolate', '4e3427', 'CHO'],
  ['navy', 'Navy', '1f2b47', 'NVY'],
  ['indigo', 'Indigo', '2f3d6b', 'IND'],
  ['blue', 'Blue', '3b66a8', 'BLU'],
  ['sky-blue', 'Sky Blue', '9cc2e3', 'SKY'],
  ['slate', 'Slate', '5a6975', 'SLT'],
  ['charcoal', 'Charcoal', '3b3e44', 'CHR'],
  ['heather-gray', 'Heather Gray', '9d9fa3', 'HGY'],
  ['gray', 'Gray', '8a8d91', 'GRY'],
  ['olive', 'Olive', '6b6a3c', 'OLV'],
  ['sage-green', 'Sage Green', '9db08a', 'SAG'],
  ['forest-green', 'Forest Green', '2f4b3b', 'FOR'],
  ['rust', 'Rust', 'b0532d', 'RST'],
  ['terracotta', 'Terracotta', 'c26a48', 'TER'],
  ['burgundy', 'Burgundy', '6c2331', 'BUR'],
  ['mustard', 'Mustard', 'd2a23a', 'MUS'],
  ['blush', 'Blush', 'e6c1bb', 'BSH'],
  ['lilac', 'Lilac', 'b9a8d3', 'LIL'],
  ['coral', 'Coral', 'e2725b', 'COR'],
  ['washed-black', 'Washed Black', '2d2d31', 'WBK'],
  ['light-wash', 'Light Wash', '8fa9c8', 'LWS'],
  ['tortoise', 'Tortoise', '6e4326', 'TOR'],
  ['honey', 'Honey', 'b98a3e', 'HON'],
  ['crystal', 'Crystal', 'd7e1e4', 'CRY'],
  ['smoke', 'Smoke', '5f6368', 'SMK'],
  ['gold', 'Gold', 'c7a14f', 'GLD'],
  ['silver', 'Silver', 'b6babf', 'SLV'],
  ['havana', 'Havana', '7a4b2b', 'HAV'],
  ['rose', 'Rose', 'd9a3a0', 'ROS'],
  ['classic-red', 'Classic Red', 'b3242f', 'RED'],
  ['berry', 'Berry', '7b2747', 'BRY'],
  ['nude', 'Nude', 'c8977e', 'NUD'],
  ['mauve', 'Mauve', '9c6b7f', 'MAV'],
  ['amber', 'Amber', 'c48634', 'AMB'],
  ['frosted', 'Frosted', 'dfe3e0', 'FRS'],
  ['eucalyptus', 'Eucalyptus', '7fa392', 'EUC'],
  ['lavender', 'Lavender', 'a99bc9', 'LAV'],
  ['peach', 'Peach', 'eaa98a', 'PCH'],
  ['ivory', 'Ivory', 'f1ead8', 'IVY'],
  ['moss', 'Moss', '677a4a', 'MOS'],
  ['clay', 'Clay', 'b07a5e', 'CLY'],
]

export const demoColors: ReadonlyMap<string, DemoColor> = new Map(
  table.map(([code, name, hex, abbr]) => [code, { code, name, hex, abbr }]),
)

export function colorByCode(code: string): DemoColor {
  const color = demoColors.get(code)
  if (!color) throw new Error(`Unknown demo color "${code}"`)
  return color
}
