/**
 * three's exporters read their output through FileReader, which Node lacks. This stand-in covers
 * the two calls they make (binary buffers and data URLs) using Blob, which Node has.
 */
class NodeFileReader {
  result: ArrayBuffer | string | null = null
  onload: ((event: { target: NodeFileReader }) => void) | null = null
  onloadend: ((event: { target: NodeFileReader }) => void) | null = null

  readAsArrayBuffer(blob: Blob): void {
    void blob.arrayBuffer().then((buffer) => this.done(buffer))
  }

  readAsDataURL(blob: Blob): void {
    void blob.arrayBuffer().then((buffer) => this.done(`data:${blob.type || 'application/octet-stream'};base64,${Buffer.from(buffer).toString('base64')}`))
  }

  private done(result: ArrayBuffer | string): void {
    this.result = result
    this.onload?.({ target: this })
    this.onloadend?.({ target: this })
  }
}

export function installNodeShims(): void {
  const g = globalThis as { FileReader?: unknown }
  if (!g.FileReader) g.FileReader = NodeFileReader
}
