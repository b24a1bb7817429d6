// When to offer "Install Aisle": the browser's install event, captured as early as the page's
// scripts run (it fires once, shortly after load, and is lost to a listener added later), what
// this device is, whether the shopper has engaged enough to be asked, and whether they said no.

/** Chromium's `beforeinstallprompt` event (not in the DOM typings). */
export type InstallPromptEvent = Event & {
  prompt: () => Promise<void>
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>
}

const DISMISSED_KEY = 'aisle.install.dismissedAt'
const VIEWS_KEY = 'aisle.install.views'
const FIRST_VIEW_KEY = 'aisle.install.firstViewAt'
/** Asked again after this long, not before. */
const REMEMBER_MS = 90 * 24 * 60 * 60 * 1000
/** Never on the first page: after a second page, or half a minute on the site. */
const MIN_VIEWS = 2
const MIN_TIME_MS = 30_000

let offer: InstallPromptEvent | null = null
const listeners = new Set<() => void>()
const notify = () => listeners.forEach((l) => l())

if (typeof window !== 'undefined') {
  // Caught before this module loaded (install-capture.tsx), or caught from now on.
  offer = (window as Window & { __aisleInstallOffer?: InstallPromptEvent }).__aisleInstallOffer ?? null
  window.addEventListener('beforeinstallprompt', (e) => {
    // Keep the browser's own mini-infobar away: we offer it ourselves, at a better moment.
    e.preventDefault()
    offer = e as InstallPromptEvent
    notify()
  })
  window.addEventListener('appinstalled', () => {
    offer = null
    notify()
  })
}

// Storage can be unavailable (private modes, blocked cookies): then the prompt behaves as if new.
function read(storage: () => Storage, key: string): number {
  try {
    return Number(storage().getItem(key) ?? 0) || 0
  } catch {
    return 0
  }
}
function write(storage: () => Storage, key: string, value: number): void {
  try {
    storage().setItem(key, String(value))
  } catch {
    // Not remembered: asked again on the next visit.
  }
}
const session = () => sessionStorage
const local = () => localStorage

let timer: ReturnType<typeof setTimeout> | undefined

/** One more page seen in this visit. */
export function recordView(): void {
  if (!read(session, FIRST_VIEW_KEY)) write(session, FIRST_VIEW_KEY, Date.now())
  write(session, VIEWS_KEY, read(session, VIEWS_KEY) + 1)
  timer ??= setTimeout(notify, Math.max(0, read(session, FIRST_VIEW_KEY) + MIN_TIME_MS - Date.now()) + 50)
  notify()
}

const engaged = () => read(session, VIEWS_KEY) >= MIN_VIEWS || Date.now() - (read(session, FIRST_VIEW_KEY) || Date.now()) >= MIN_TIME_MS
const dismissedRecently = () => Date.now() - read(local, DISMISSED_KEY) < REMEMBER_MS

/** "Not now": remembered on this device. */
export function dismissInstall(): void {
  write(local, DISMISSED_KEY, Date.now())
  notify()
}

/** The browser's offer, used once. */
export function takeInstallOffer(): InstallPromptEvent | null {
  const taken = offer
  offer = null
  notify()
  return taken
}

/** Already running as an installed app (any platform). */
function isStandalone(): boolean {
  return matchMedia('(display-mode: standalone)').matches || (navigator as Navigator & { standalone?: boolean }).standalone === true
}

/** Safari on an iPhone or iPad, where installing is Share → Add to Home Screen and no event ever fires. */
function isIosSafari(): boolean {
  const ua = navigator.userAgent
  // iPadOS presents itself as a Mac; its touch screen gives it away.
  const ios = /iPhone|iPad|iPod/.test(ua) || (/Macintosh/.test(ua) && navigator.maxTouchPoints > 1)
  return ios && /Safari\//.test(ua) && !/CriOS|FxiOS|EdgiOS|OPiOS|GSA\//.test(ua)
}

/** What to show now: the install offer, the iOS instructions, or nothing. */
export function installSnapshot(): 'offer' | 'ios' | null {
  if (isStandalone() || dismissedRecently() || !engaged()) return null
  if (offer) return 'offer'
  return isIosSafari() ? 'ios' : null
}

export const subscribeInstall = (listener: () => void) => (listeners.add(listener), () => void listeners.delete(listener))
