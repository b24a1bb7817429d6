'use server'

import { refresh } from 'next/cache'
import { getDb } from '@/lib/db'
import { cancelByStaff, collect, findForPickup, markReady, resolveAttention, type ReservationView } from '@/lib/reservations'
import { actionFailure, type ActionFailure } from '@/lib/staff/action-error'
import { pickLocations, type ShelfStock } from '@/lib/staff/desk'
import { currentStaff } from '@/lib/staff/session'

// Every action re-reads the session and lets lib check role and store: the buttons a screen shows are no gate.

export type Found = { ok: true; reservation: ReservationView; locations: Record<string, ShelfStock> }
export type Changed = { ok: true; reservation: ReservationView }

const text = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '')

/** What was scanned (the pickup QR) or typed (the code) at the desk → the reservation and where its items are. */
export async function lookupPickup(code: string): Promise<Found | ActionFailure> {
  try {
    const db = await getDb()
    const staff = await currentStaff()
    const reservation = await findForPickup(db, staff, text(code, 200))
    const locations = await pickLocations(db, staff, reservation.store.id, reservation.lines.map((l) => l.variantId))
    return { ok: true, reservation, locations: Object.fromEntries(locations) }
  } catch (e) {
    return actionFailure(e)
  }
}

async function change(work: () => Promise<ReservationView>): Promise<Changed | ActionFailure> {
  let reservation: ReservationView
  try {
    reservation = await work()
  } catch (e) {
    return actionFailure(e)
  }
  refresh()
  return { ok: true, reservation }
}

/** Picked and set aside: the shopper gets the "ready" email. */
export async function markReadyAction(id: string) {
  return change(async () => markReady(await getDb(), await currentStaff(), text(id, 60)))
}

/** Handed over at the desk. */
export async function collectAction(id: string) {
  return change(async () => collect(await getDb(), await currentStaff(), text(id, 60)))
}

/** Cancelled by the store; the reason goes to the shopper, so one is required. */
export async function cancelAction(id: string, reason: string): Promise<Changed | ActionFailure> {
  const why = text(reason, 300).trim()
  if (!why) return { ok: false, error: 'Give a reason: the shopper is told why.', type: 'validation' }
  return change(async () => cancelByStaff(await getDb(), await currentStaff(), text(id, 60), why))
}

/** Units of an `attention` reservation held again here, or (managers) transferred in from `fromStoreId` and held. */
export async function resolveAction(id: string, fromStoreId?: string) {
  const from = text(fromStoreId, 60) || undefined
  return change(async () => resolveAttention(await getDb(), await currentStaff(), text(id, 60), { fromStoreId: from }))
}
