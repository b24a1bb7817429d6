import type { LiveEvent } from './filter'

// Pure: the text/event-stream wire format (https://html.spec.whatwg.org/multipage/server-sent-events.html).

export type SseFrame = { comment?: string; id?: number; event?: string; data?: unknown }

/** Every line of a value gets its own `data:` line, so no payload can end a frame early. */
const dataLines = (text: string) =>
  text
    .split(/\r\n|\r|\n/)
    .map((line) => `data: ${line}\n`)
    .join('')

/**
 * One frame. A comment is ignored by browsers (it keeps proxies from closing an idle connection);
 * an `id` without data moves the browser's resume point without dispatching anything.
 */
export function sseFrame({ comment, id, event, data }: SseFrame): string {
  let frame = comment === undefined ? '' : `: ${comment.replace(/[\r\n]/g, ' ')}\n`
  if (event !== undefined) frame += `event: ${event.replace(/[\r\n]/g, '')}\n`
  if (data !== undefined) frame += dataLines(typeof data === 'string' ? data : JSON.stringify(data))
  if (id !== undefined) frame += `id: ${id}\n`
  return `${frame}\n`
}

/** How long the browser waits before reconnecting on its own. */
export const sseRetry = (ms: number) => `retry: ${Math.max(0, Math.round(ms))}\n\n`

/** What a client receives for one outbox event: its payload, plus where and when it happened. */
export function eventData(e: LiveEvent): Record<string, unknown> {
  return { ...e.payload, storeId: e.storeId, createdAt: e.createdAt }
}

export const eventFrame = (e: LiveEvent) => sseFrame({ id: e.id, event: e.type, data: eventData(e) })
