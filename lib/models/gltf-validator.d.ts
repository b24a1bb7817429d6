// The Khronos validator ships JavaScript without types; these are the calls our tests make.
declare module 'gltf-validator' {
  type Message = { code: string; message: string; severity: number; pointer?: string }
  type Report = { issues: { numErrors: number; numWarnings: number; messages: Message[] } }
  const validator: { validateBytes: (data: Uint8Array, options?: Record<string, unknown>) => Promise<Report> }
  export default validator
}
