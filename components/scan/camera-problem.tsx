import type { CameraProblem } from './use-camera'

const messages: Record<CameraProblem, { title: string; body: string; retry: boolean }> = {
  insecure: {
    title: 'The camera needs a secure connection',
    body: 'Browsers only share the camera with pages opened over https. Type the number or scan a photo instead.',
    retry: false,
  },
  unsupported: {
    title: 'This browser can’t use the camera',
    body: 'Type the number under the barcode, or scan a photo of it instead.',
    retry: false,
  },
  denied: {
    title: 'Camera access is turned off',
    body: 'To scan, allow the camera for this site in your browser’s settings (the icon beside the address), then try again. You can also type the number or scan a photo instead.',
    retry: true,
  },
  'no-camera': {
    title: 'No camera found',
    body: 'This device has no camera we can use. Type the number or scan a photo instead.',
    retry: true,
  },
  'in-use': {
    title: 'The camera is busy',
    body: 'Another app or tab is using the camera. Close it, then try again.',
    retry: true,
  },
  failed: {
    title: 'The camera didn’t start',
    body: 'Try again, or type the number or scan a photo instead.',
    retry: true,
  },
}

export function CameraProblemPanel({ problem, onRetry }: { problem: CameraProblem; onRetry: () => void }) {
  const m = messages[problem]
  return (
    <div role="alert" className="max-w-sm text-center" data-camera-problem={problem}>
      <h2 className="text-lg font-bold">{m.title}</h2>
      <p className="mt-2 text-sm text-white/85">{m.body}</p>
      {m.retry && (
        <button
          type="button"
          onClick={onRetry}
          className="mt-4 inline-flex min-h-11 items-center rounded-full bg-white px-5 text-sm font-semibold text-ink hover:bg-white/90"
        >
          Try again
        </button>
      )}
    </div>
  )
}
