import type { Store } from '@/lib/stores/schemas'
import { JsonLd } from '@/components/ui/json-ld'

const dayNames = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' }

export function StoreJsonLd({ store, url }: { store: Store; url: string }) {
  return (
    <JsonLd
      data={{
        '@context': 'https://schema.org',
        '@type': 'Store',
        name: store.name,
        url,
        telephone: store.phone,
        address: {
          '@type': 'PostalAddress',
          streetAddress: store.address.line1,
          addressLocality: store.address.city,
          addressRegion: store.address.region,
          postalCode: store.address.postalCode,
          addressCountry: store.address.country,
        },
        geo: { '@type': 'GeoCoordinates', latitude: store.location.lat, longitude: store.location.lng },
        openingHoursSpecification: Object.entries(dayNames).flatMap(([key, day]) => {
          const hours = store.hours[key as keyof typeof dayNames]
          return hours
            ? [{ '@type': 'OpeningHoursSpecification', dayOfWeek: `https://schema.org/${day}`, opens: hours.open, closes: hours.close }]
            : []
        }),
        parentOrganization: { '@type': 'Organization', name: 'Aisle' },
      }}
    />
  )
}
