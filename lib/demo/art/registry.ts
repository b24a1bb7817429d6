import { bag } from './bag'
import { beanie } from './beanie'
import { boot } from './boot'
import { bottle } from './bottle'
import { brimHat } from './brim-hat'
import { bucketHat } from './bucket-hat'
import { candle } from './candle'
import { cap } from './cap'
import { coat } from './coat'
import { dress } from './dress'
import { jacket } from './jacket'
import { jar } from './jar'
import type { ArtKind } from './kinds'
import { lamp } from './lamp'
import { lipstick } from './lipstick'
import { mug } from './mug'
import { optical } from './optical'
import { pillow } from './pillow'
import type { ItemArt } from './scene'
import { scarf } from './scarf'
import { shirt } from './shirt'
import { sneaker } from './sneaker'
import { sunglasses } from './sunglasses'
import { sweater } from './sweater'
import { tee } from './tee'
import { throwBlanket } from './throw'
import { tote } from './tote'
import { trousers } from './trousers'
import { tube } from './tube'
import { vase } from './vase'

export const registry: Record<ArtKind, ItemArt> = {
  tee,
  shirt,
  sweater,
  jacket,
  coat,
  trousers,
  dress,
  sneaker,
  boot,
  sunglasses,
  optical,
  cap,
  beanie,
  'bucket-hat': bucketHat,
  'brim-hat': brimHat,
  tote,
  bag,
  scarf,
  lipstick,
  bottle,
  jar,
  tube,
  candle,
  mug,
  pillow,
  throw: throwBlanket,
  lamp,
  vase,
}
