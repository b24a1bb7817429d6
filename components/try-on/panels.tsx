import Link from 'next/link'
import { buttonClass } from '@/components/ui/button-styles'
import type { FitEstimate } from '@/lib/try-on/fit'
import type { Snapshot } from './compare'
import { canRetryCamera, problemText, type TryOnProblem } from './messages'
import type { TryOnColor } from './try-on'

/** Before the camera: what try-on does with it (nothing leaves the device), and the way in. */
export function ConsentPanel({
  poster,
  itemWord,
  starting,
  large,
  onStart,
  onPhoto,
}: {
  poster: string
  itemWord: string
  starting: boolean
  /** The smart mirror's big type. */
  large: boolean
  onStart: () => void
  /** Absent where there is no photo path (the mirror). */
  onPhoto?: () => void
}) {
  return (
    <section aria-labelledby="consent-title" className={`w-full max-w-md rounded-2xl bg-white p-6 text-ink shadow-xl ${large ? 'max-w-2xl p-10' : ''}`}>
      {/* eslint-disable-next-line @next/next/no-img-element -- a generated poster of our own, shown at its size */}
      <img src={poster} alt="" width={320} height={240} className="mx-auto h-32 w-auto" />
      <h2 id="consent-title" className={`mt-3 font-bold ${large ? 'text-4xl' : 'text-xl'}`}>
        See the {itemWord} on you
      </h2>
      <p className={`mt-2 text-muted ${large ? 'text-2xl' : 'text-sm'}`}>
        Try-on uses your camera. Everything happens on this device: no picture or video is sent anywhere or kept, unless you save a
        snapshot yourself.
      </p>
      <div className="mt-5 flex flex-col gap-2">
        <button type="button" onClick={onStart} disabled={starting} className={buttonClass('primary', large ? 'min-h-16 text-2xl!' : '')}>
          {starting ? 'Starting the camera…' : 'Start the camera'}
        </button>
        {onPhoto && (
          <button type="button" onClick={onPhoto} className={buttonClass('secondary')}>
            Use a photo instead
          </button>
        )}
      </div>
    </section>
  )
}

/** Why try-on stopped, and each way forward: a photo, the camera again, back to the product. */
export function ProblemPanel({
  problem,
  productName,
  productHref,
  onRetry,
  onPhoto,
}: {
  problem: TryOnProblem
  productName: string
  productHref: string
  onRetry: () => void
  onPhoto?: () => void
}) {
  return (
    <section role="alert" aria-labelledby="problem-title" className="w-full max-w-md rounded-2xl bg-white p-6 text-ink shadow-xl" data-problem={problem}>
      <h2 id="problem-title" className="text-xl font-bold">
        {problemText[problem].title}
      </h2>
      <p className="mt-2 text-sm text-muted">{problemText[problem].body}</p>
      <div className="mt-5 flex flex-col gap-2">
        {problem !== 'no-webgl' && onPhoto && (
          <button type="button" onClick={onPhoto} className={buttonClass('primary')}>
            Use a photo instead
          </button>
        )}
        {canRetryCamera.has(problem) && (
          <button type="button" onClick={onRetry} className={buttonClass('secondary')}>
            Try the camera again
          </button>
        )}
        <Link href={productHref} className={buttonClass('ghost')}>
          Back to {productName}
        </Link>
      </div>
    </section>
  )
}

/** The colours as round swatches; the chosen one is pressed. */
export function Swatches({
  colors,
  chosen,
  colorName,
  large,
  onChoose,
}: {
  colors: TryOnColor[]
  chosen: string
  colorName: string
  large: boolean
  onChoose: (code: string) => void
}) {
  return (
    <fieldset>
      <legend className={`font-semibold ${large ? 'text-3xl' : 'text-sm'}`}>
        Colour: <span className="font-normal">{colorName}</span>
      </legend>
      <div className="mt-2 flex flex-wrap gap-2">
        {colors.map((c) => (
          <button
            key={c.code}
            type="button"
            aria-pressed={c.code === chosen}
            aria-label={c.name}
            title={c.name}
            onClick={() => onChoose(c.code)}
            className={`grid place-items-center rounded-full border-2 border-transparent hover:border-white/50 aria-pressed:border-white ${large ? 'size-20' : 'size-11'}`}
          >
            <span className={`rounded-full border border-white/40 ${large ? 'size-16' : 'size-8'}`} style={{ backgroundColor: c.hex }} />
          </button>
        ))}
      </div>
    </fieldset>
  )
}

/** The snapshots taken so far, small, in the order taken. */
export function SnapshotStrip({ snapshots, large }: { snapshots: Snapshot[]; large: boolean }) {
  if (snapshots.length === 0) return null
  return (
    <ul className="flex gap-2" aria-label="Snapshots">
      {snapshots.map((s) => (
        <li key={s.id}>
          {/* eslint-disable-next-line @next/next/no-img-element -- a blob URL made on this device */}
          <img src={s.url} alt={`Snapshot in ${s.colorName}`} className={`${large ? 'h-40' : 'h-16'} w-auto rounded-lg border border-white/30`} />
        </li>
      ))}
    </ul>
  )
}

/**
 * The frames' fit, labelled an estimate. Its room is kept from the start, so the picture above does
 * not jump when the estimate arrives.
 */
export function FitLine({ fit, source, large }: { fit: FitEstimate | null; source: 'video' | 'photo'; large: boolean }) {
  return (
    <p className={`text-white/85 ${large ? 'min-h-[2lh] text-2xl' : 'min-h-[3lh] text-sm'}`} data-fit={fit?.verdict ?? 'measuring'}>
      <span className="font-semibold">Fit estimate:</span>{' '}
      {fit ? (
        <>
          {fit.message} <span className="text-white/70">Measured from your iris; an associate can measure properly in store.</span>
        </>
      ) : (
        <span className="text-white/70">{source === 'video' ? 'measuring while you face the camera…' : 'needs a clear, front-facing photo.'}</span>
      )}
    </p>
  )
}
