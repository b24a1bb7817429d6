import { z } from 'zod'

const Hours = z.object({ open: z.string(), close: z.string() }).nullable()

export const Store = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    address: z.object({
      line1: z.string(),
      city: z.string(),
      region: z.string(),
      postalCode: z.string(),
      country: z.string(),
    }),
    phone: z.string(),
    location: z.object({ lat: z.number(), lng: z.number() }),
    timezone: z.string(),
    hours: z.object({ mon: Hours, tue: Hours, wed: Hours, thu: Hours, fri: Hours, sat: Hours, sun: Hours }),
    /** Open/closed state at the time of the response, in the store's own time zone. */
    openNow: z.object({ open: z.boolean(), label: z.string() }),
    /** Kilometres from the point the client asked about, when it asked. */
    distanceKm: z.number().nullable(),
  })
  .meta({ id: 'Store' })
export type Store = z.infer<typeof Store>

/** What a stock answer says about each store: enough to list it and link to it. */
export const StoreSummary = Store.pick({ id: true, slug: true, name: true, location: true, openNow: true, distanceKm: true }).meta({
  id: 'StoreSummary',
})
export type StoreSummary = z.infer<typeof StoreSummary>

/** An optional point; a query that takes more extends it and applies `latLngTogether`. */
export const LatLngFields = z.object({
  lat: z.coerce.number().min(-90).max(90).optional(),
  lng: z.coerce.number().min(-180).max(180).optional(),
})

/** A point is both coordinates or neither. */
export function latLngTogether<S extends z.ZodType<{ lat?: number; lng?: number }>>(schema: S) {
  return schema.refine((v) => (v.lat === undefined) === (v.lng === undefined), {
    message: 'lat and lng go together',
    path: ['lat'],
  })
}

export const LatLngQuery = latLngTogether(LatLngFields)
