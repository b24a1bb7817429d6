import { z } from 'zod'
import { operations } from './operations'
import './problem'

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

const errorText: Record<number, string> = {
  400: 'Invalid input',
  401: 'Staff sign-in required',
  403: 'Not allowed for this role or store',
  404: 'Not found',
  409: 'Conflicts with the current state (e.g. not enough stock)',
  415: 'Body must be JSON',
  422: 'Idempotency-Key reused with a different body',
  423: 'Account locked',
}

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
