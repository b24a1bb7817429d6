import { JsonLd } from '@/components/ui/json-ld'

export function OrganizationJsonLd({ siteUrl }: { siteUrl: string }) {
  const url = (path: string) => new URL(path, siteUrl).toString()
  return (
    <JsonLd
      data={{
        '@context': 'https://schema.org',
        '@graph': [
          {
            '@type': 'Organization',
            '@id': url('/#organization'),
            name: 'Aisle',
            url: url('/'),
            logo: url('/icon.svg'),
          },
          {
            '@type': 'WebSite',
            name: 'Aisle',
            url: url('/'),
            publisher: { '@id': url('/#organization') },
            potentialAction: {
              '@type': 'SearchAction',
              target: `${url('/search')}?q={search_term_string}`,
              'query-input': 'required name=search_term_string',
            },
          },
        ],
      }}
    />
  )
}
