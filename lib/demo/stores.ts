import type { OpeningHours } from '@/lib/db/schema'
import { stableId } from './random'
import type { StoreRow } from './rows'

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const

function hours(weekday: [string, string], saturday: [string, string], sunday: [string, string] | null): OpeningHours {
  const span = ([open, close]: [string, string]) => ({ open, close })
  const [mon, tue, wed, thu, fri] = weekdays.map(() => span(weekday))
  return { mon, tue, wed, thu, fri, sat: span(saturday), sun: sunday ? span(sunday) : null }
}

const cityHours = hours(['10:00', '21:00'], ['10:00', '21:00'], ['11:00', '18:00'])
const mallHours = hours(['10:00', '21:00'], ['10:00', '21:00'], ['11:00', '19:00'])
const suburbHours = hours(['10:00', '20:00'], ['10:00', '20:00'], ['11:00', '17:00'])

type StoreSpec = Omit<StoreRow, 'id' | 'country' | 'region' | 'timezone'>

const specs: StoreSpec[] = [
  { slug: 'wicker-park', name: 'Aisle Wicker Park', addressLine1: '1560 N Milwaukee Ave', city: 'Chicago', postalCode: '60622', phone: '(773) 555-0142', lat: 41.9095, lng: -87.6774, hours: cityHours },
  { slug: 'magnificent-mile', name: 'Aisle Magnificent Mile', addressLine1: '645 N Michigan Ave', city: 'Chicago', postalCode: '60611', phone: '(312) 555-0117', lat: 41.8937, lng: -87.6244, hours: hours(['10:00', '21:00'], ['10:00', '21:00'], ['10:00', '19:00']) },
  { slug: 'lincoln-park', name: 'Aisle Lincoln Park', addressLine1: '2148 N Halsted St', city: 'Chicago', postalCode: '60614', phone: '(773) 555-0163', lat: 41.9212, lng: -87.6487, hours: cityHours },
  { slug: 'west-loop', name: 'Aisle West Loop', addressLine1: '906 W Randolph St', city: 'Chicago', postalCode: '60607', phone: '(312) 555-0128', lat: 41.8843, lng: -87.6497, hours: cityHours },
  { slug: 'logan-square', name: 'Aisle Logan Square', addressLine1: '2620 N Milwaukee Ave', city: 'Chicago', postalCode: '60647', phone: '(773) 555-0185', lat: 41.9295, lng: -87.7076, hours: cityHours },
  { slug: 'evanston', name: 'Aisle Evanston', addressLine1: '1622 Sherman Ave', city: 'Evanston', postalCode: '60201', phone: '(847) 555-0136', lat: 42.0468, lng: -87.6816, hours: suburbHours },
  { slug: 'oak-park', name: 'Aisle Oak Park', addressLine1: '1010 Lake St', city: 'Oak Park', postalCode: '60301', phone: '(773) 555-0179', lat: 41.8884, lng: -87.8038, hours: suburbHours },
  { slug: 'naperville', name: 'Aisle Naperville', addressLine1: '22 W Jefferson Ave', city: 'Naperville', postalCode: '60540', phone: '(630) 555-0171', lat: 41.7732, lng: -88.1487, hours: suburbHours },
  { slug: 'schaumburg', name: 'Aisle Schaumburg', addressLine1: '5 Woodfield Mall', city: 'Schaumburg', postalCode: '60173', phone: '(847) 555-0158', lat: 42.0469, lng: -88.0372, hours: mallHours },
  // A small-town main street shop keeps traditional hours and closes on Sundays.
  { slug: 'hinsdale', name: 'Aisle Hinsdale', addressLine1: '35 S Washington St', city: 'Hinsdale', postalCode: '60521', phone: '(630) 555-0149', lat: 41.8009, lng: -87.9369, hours: hours(['10:00', '18:00'], ['10:00', '17:00'], null) },
]

export function buildStores(): StoreRow[] {
  return specs.map((spec) => ({
    id: stableId('str', spec.slug),
    ...spec,
    region: 'IL',
    country: 'US',
    timezone: 'America/Chicago',
  }))
}

/** Larger stores carry deeper stock, keyed by store slug. */
export const storeDepth: Record<string, number> = {
  'magnificent-mile': 1.6,
  'wicker-park': 1.2,
  schaumburg: 1.3,
  'lincoln-park': 1,
  'west-loop': 1,
  'logan-square': 0.9,
  evanston: 0.9,
  naperville: 1,
  'oak-park': 0.8,
  hinsdale: 0.6,
}
