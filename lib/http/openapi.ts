import { z } from 'zod'
import { Availability } from '../inventory/schemas'
import { Category, CodeMatch, ProductDetail, ProductList, ProductQuery, ReviewPage } from '../catalog/schemas'
import { Store } from '../stores/schemas'
import { AvailabilityQuery, CodeParams, HandleParams, LatLngQuery, ReviewsQuery, StoreParams } from './params'
import './problem'

type Operation = {
  path: string
  summary: string
  operationId: string
  pathParams?: z.ZodObject
  query?: z.ZodType
  response: z.ZodType
  errors: number[]
}

/** Every v1 operation, with the same zod schemas the route handlers validate with. */
export const operations: Operation[] = [
  {
    path: '/products',
    operationId: 'listProducts',
    summary: 'Browse and search products (full-text with typo tolerance), with facets',
    query: ProductQuery,
    response: ProductList,
    errors: [400],
  },
  { path: '/categories', operationId: 'listCategories', summary: 'Categories', response: z.array(Category), errors: [] },
  {
    path: '/products/by-code/{code}',
    operationId: 'findByCode',
    summary: 'Resolve a barcode (GTIN), SKU or shelf-tag URL to a product and its variant',
    pathParams: CodeParams,
    response: CodeMatch,
    errors: [400, 404],
  },
  {
    path: '/products/{handle}',
    operationId: 'getProduct',
    summary: 'One product with colours, gallery, sizes and variants',
    pathParams: HandleParams,
    response: ProductDetail,
    errors: [400, 404],
  },
  {
    path: '/products/{handle}/availability',
    operationId: 'getAvailability',
    summary: 'Stock of each variant per store, nearest store first',
    pathParams: HandleParams,
    query: AvailabilityQuery,
    response: Availability,
    errors: [400, 404],
  },
  {
    path: '/products/{handle}/reviews',
    operationId: 'listReviews',
    summary: 'Reviews, newest first, with a rating histogram',
    pathParams: HandleParams,
    query: ReviewsQuery,
    response: ReviewPage,
    errors: [400, 404],
  },
  {
    path: '/stores',
    operationId: 'listStores',
    summary: 'Stores, nearest first when a location is given',
    query: LatLngQuery,
    response: z.array(Store),
    errors: [400],
  },
  {
    path: '/stores/{id}',
    operationId: 'getStore',
    summary: 'One store by id or slug',
    pathParams: StoreParams,
    response: Store,
    errors: [404],
  },
]

const componentUri = (id: string) => `#/components/schemas/${id}`

/** One schema inline, its named parts pointing at the shared components instead of local $defs. */
function schemaOf(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown>
  delete json.$schema
  delete json.$defs
  return JSON.parse(JSON.stringify(json).replaceAll('"#/$defs/', '"#/components/schemas/'))
}

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query') {
  if (!schema) return []
  const json = schemaOf(schema, 'input') as { properties?: Record<string, Record<string, unknown>>; required?: string[] }
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    ...(typeof s.description === 'string' ? { description: s.description } : {}),
    schema: s,
  }))
}

const errorText: Record<number, string> = { 400: 'Invalid input', 404: 'Not found' }

/** The OpenAPI 3.1 document, generated from the zod schemas (never written by hand). */
export function openApiDocument(): Record<string, unknown> {
  const registry = z.toJSONSchema(z.globalRegistry, { target: 'draft-2020-12', uri: componentUri, unrepresentable: 'any' })
  const components: Record<string, unknown> = {}
  for (const [id, s] of Object.entries(registry.schemas)) {
    const { $schema, $id, ...rest } = s as Record<string, unknown>
    void [$schema, $id]
    components[id] = rest
  }
  const paths: Record<string, unknown> = {}
  for (const op of operations) {
    paths[op.path] = {
      get: {
        operationId: op.operationId,
        summary: op.summary,
        parameters: [...parameters(op.pathParams, 'path'), ...parameters(op.query, 'query')],
        responses: {
          200: { description: 'OK', content: { 'application/json': { schema: schemaOf(op.response, 'output') } } },
          ...Object.fromEntries(
            [...op.errors, 500].map((status) => [
              status,
              {
                description: errorText[status] ?? 'Internal error',
                content: { 'application/problem+json': { schema: { $ref: componentUri('Problem') } } },
              },
            ]),
          ),
        },
      },
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Aisle BFF',
      version: '1.0.0',
      description: 'The backend-for-frontend every Aisle surface (shopper PWA, kiosk, mirror, staff) calls.',
    },
    servers: [{ url: '/api/v1' }],
    paths,
    components: { schemas: components },
  }
}
