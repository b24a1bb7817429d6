// The loyalty programme's rules in one place.

/** Points earned per whole unit of currency spent (1 point per $1). */
export const POINTS_PER_UNIT = 1

/** Tiers by lifetime points: what a member has earned, not what they have left. */
export const tiers = [
  { id: 'member', name: 'Member', from: 0 },
  { id: 'silver', name: 'Silver', from: 500 },
  { id: 'gold', name: 'Gold', from: 1500 },
] as const
export type TierId = (typeof tiers)[number]['id']

/** Rewards a member can spend points on. */
export const rewards = [
  { id: 'five-off', name: '$5 off', points: 500, amountOff: 500 },
  { id: 'fifteen-off', name: '$15 off', points: 1200, amountOff: 1500 },
] as const
export type RewardId = (typeof rewards)[number]['id']

/** Points for a purchase of `amountMinor` cents: whole dollars only, never negative. */
export const pointsFor = (amountMinor: number) => Math.max(0, Math.floor(amountMinor / 100) * POINTS_PER_UNIT)

/** The tier for lifetime points, and how far to the next one. */
export function tierOf(lifetime: number): { tier: (typeof tiers)[number]; next: (typeof tiers)[number] | null; toNext: number; progress: number } {
  let i = 0
  while (i + 1 < tiers.length && lifetime >= tiers[i + 1].from) i++
  const tier = tiers[i]
  const next = tiers[i + 1] ?? null
  if (!next) return { tier, next: null, toNext: 0, progress: 1 }
  return { tier, next, toNext: next.from - lifetime, progress: (lifetime - tier.from) / (next.from - tier.from) }
}
