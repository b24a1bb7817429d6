// For tests: reads a text/event-stream as a browser's EventSource would, frame by frame.

export type ReadFrame = { id?: string; event?: string; data?: string; comment?: string; retry?: number }

/** Splits complete frames off `buffer`; returns them and what is left over (an unfinished frame). */
export function parseFrames(buffer: string): { frames: ReadFrame[]; rest: string } {
  const frames: ReadFrame[] = []
  const parts = buffer.split(/\r\n\r\n|\n\n|\r\r/)
  const rest = parts.pop() ?? ''
  for (const part of parts) {
    const frame: ReadFrame = {}
    for (const line of part.split(/\r\n|\n|\r/)) {
      if (line.startsWith(':')) {
        frame.comment = line.slice(1).trim()
        continue
      }
      const colon = line.indexOf(':')
      const field = colon < 0 ? line : line.slice(0, colon)
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '')
      if (field === 'data') frame.data = frame.data === undefined ? value : `${frame.data}\n${value}`
      else if (field === 'id') frame.id = value
      else if (field === 'event') frame.event = value
      else if (field === 'retry') frame.retry = Number(value)
    }
    frames.push(frame)
  }
  return { frames, rest }
}

/** Pulls frames off a byte stream on demand: `next(pred)` waits (up to `ms`) for the first frame matching. */
export function frameReader(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader()
  const decoder = new TextDecoder()
  const queue: ReadFrame[] = []
  let buffer = ''
  let ended = false
  const pull = async () => {
    const { value, done } = await reader.read()
    if (done) {
      ended = true
      return
    }
    const parsed = parseFrames(buffer + decoder.decode(value, { stream: true }))
    buffer = parsed.rest
    queue.push(...parsed.frames)
  }
  return {
    get ended() {
      return ended
    },
    /** Every frame received so far and not yet taken. */
    taken: queue,
    async next(pred: (f: ReadFrame) => boolean = () => true, ms = 5_000): Promise<ReadFrame> {
      const deadline = Date.now() + ms
      for (;;) {
        const i = queue.findIndex(pred)
        if (i >= 0) return queue.splice(i, 1)[0]
        if (ended) throw new Error('The stream ended')
        const left = deadline - Date.now()
        if (left <= 0) throw new Error(`No matching frame within ${ms} ms`)
        let timer: ReturnType<typeof setTimeout> | undefined
        await Promise.race([pull(), new Promise((r) => (timer = setTimeout(r, left)))])
        clearTimeout(timer)
      }
    },
    cancel: () => reader.cancel().catch(() => {}),
  }
}
