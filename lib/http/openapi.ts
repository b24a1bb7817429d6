import { z } from 'zod'
import { operations } from './operations'
import { Problem } from './problem'

const componentUri = (id: string) => `#/components/schemas/${id}`

/**
 * The named schemas, gathered from the operations' own schemas rather than zod's global registry:
 * a module bundled into both the route and the page layers registers its schemas twice there.
 */
let components: Record<string, unknown> = {}

const toComponents = (json: unknown) => JSON.parse(JSON.stringify(json).replaceAll('"#/$defs/', '"#/components/schemas/'))

/** One schema inline, its named parts pointing at the shared components instead of local $defs. */
function schemaOf(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown>
  delete json.$schema
  for (const [id, def] of Object.entries((json.$defs ?? {}) as Record<string, Record<string, unknown>>)) {
    const { $schema, $id, ...rest } = def
    void [$schema, $id]
    components[id] ??= toComponents(rest)
  }
  delete json.$defs
  const id = z.globalRegistry.get(schema)?.id
  if (typeof id === 'string') {
    const { id: _named, ...rest } = json
    void _named
    components[id] ??= toComponents(rest)
  }
  return toComponents(json)
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

const errorText: Record<number, string> = {
  400: 'Invalid input',
  401: 'Sign-in required (staff or member, as the operation says)',
  403: 'Not allowed for this role or store',
  404: 'Not found',
  409: 'Conflicts with the current state (e.g. not enough stock)',
  415: 'Body must be JSON',
  422: 'Idempotency-Key reused with a different body',
  423: 'Account locked',
  429: 'Too many requests (see Retry-After)',
}

/** The OpenAPI 3.1 document, generated from the zod schemas (never written by hand). */
export function openApiDocument(): Record<string, unknown> {
  components = {}
  schemaOf(Problem, 'output')
  const paths: Record<string, unknown> = {}
  for (const op of operations) {
    const existing = (paths[op.path] ?? {}) as Record<string, unknown>
    paths[op.path] = {
      ...existing,
      [op.method ?? 'get']: {
        operationId: op.operationId,
        summary: op.summary,
        parameters: [
          ...parameters(op.pathParams, 'path'),
          ...parameters(op.query, 'query'),
          ...(op.headers ?? []).map((h) => ({ name: h.name, in: 'header', required: false, description: h.description, schema: { type: 'string' } })),
        ],
        ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(op.body, 'input') } } } } : {}),
        ...(op.auth ? { security: op.auth.map((a) => ({ [a]: [] })) } : {}),
        responses: {
          [op.status ?? 200]: {
            description: 'OK',
            content: op.contentType ? { [op.contentType]: { schema: { type: 'string' } } } : { 'application/json': { schema: schemaOf(op.response, 'output') } },
          },
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
    components: {
      schemas: components,
      securitySchemes: {
        staff: { type: 'apiKey', in: 'cookie', name: 'aisle_staff', description: 'Staff session from POST /staff/session' },
        reservationKey: { type: 'http', scheme: 'bearer', description: "The key in the owner's reservation link (also accepted as ?key=)" },
      },
    },
  }
}
