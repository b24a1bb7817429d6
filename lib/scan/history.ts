import type { ScanFormat } from './formats'
import { scanFormats } from './formats'

/** Codes that did not come from the camera: typed by hand, a still photo, or a USB scanner. */
export const scanSources = ['typed', 'photo', 'scanner'] as const
export type ScanSource = (typeof scanSources)[number]

/** One scan the shopper made on this device: what was read and where it led. */
export type HistoryEntry = {
  code: string
  format: ScanFormat | ScanSource
  at: string
  /** The product it resolved to; absent when we do not carry it. */
  product?: { name: string; handle: string; href: string; colorName?: string }
}

export const HISTORY_LIMIT = 20
export const HISTORY_KEY = 'aisle.scan-history.v1'

/** Newest first; scanning the same code again moves it to the top instead of repeating it. */
export function addToHistory(history: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  return [entry, ...history.filter((e) => e.code !== entry.code)].slice(0, HISTORY_LIMIT)
}

const formats = new Set<string>([...scanFormats, ...scanSources])

function isEntry(value: unknown): value is HistoryEntry {
  if (typeof value !== 'object' || value === null) return false
  const e = value as Record<string, unknown>
  if (typeof e.code !== 'string' || typeof e.at !== 'string' || !formats.has(String(e.format))) return false
  if (e.product === undefined) return true
  const p = e.product as Record<string, unknown> | null
  return !!p && typeof p.name === 'string' && typeof p.handle === 'string' && typeof p.href === 'string' && p.href.startsWith('/')
}

/** Reads stored history defensively: storage is user-editable and may hold anything. */
export function parseHistory(stored: string | null): HistoryEntry[] {
  if (!stored) return []
  try {
    const value: unknown = JSON.parse(stored)
    return Array.isArray(value) ? value.filter(isEntry).slice(0, HISTORY_LIMIT) : []
  } catch {
    return []
  }
}
