// How the wallet writes dates, points and codes (the browser's own time zone: the page is drawn there).

const day = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric' })
const dayTime = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' })

export const formatDay = (isoTime: string) => day.format(new Date(isoTime))
export const formatDayTime = (isoTime: string) => dayTime.format(new Date(isoTime))

export const formatPoints = (n: number) => `${n.toLocaleString('en-US')} point${Math.abs(n) === 1 ? '' : 's'}`
export const signedPoints = (n: number) => (n > 0 ? `+${n.toLocaleString('en-US')}` : n < 0 ? `−${(-n).toLocaleString('en-US')}` : '0')

/** "4123 4567 8901 …": the card's digits in fours, as they are typed at a till. */
export const groupDigits = (digits: string) => digits.replace(/(\d{4})(?=\d)/g, '$1 ')

/** What a ledger row was, in words. */
export function activityLabel(a: { kind: string; channel: string; reason: string }): string {
  if (a.kind === 'redeem') return `Reward: ${a.reason}`
  if (a.kind === 'reverse') return 'Return'
  if (a.kind === 'adjust') return a.reason
  return a.channel === 'reservation' ? 'Pickup purchase' : a.channel === 'store' ? 'In-store purchase' : a.channel === 'online' ? 'Online purchase' : 'Purchase'
}

export const channelLabel: Record<string, string> = { online: 'Online', store: 'In store', 'in-store': 'In store', reservation: 'Pickup', pickup: 'Pickup' }
