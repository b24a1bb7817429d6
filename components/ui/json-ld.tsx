type JsonLdProps = { data: Record<string, unknown> }

/** `<` is escaped so a product name can never close the script element early. */
export function JsonLd({ data }: JsonLdProps) {
  const json = JSON.stringify(data).replace(/</g, '\\u003c')
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />
}
