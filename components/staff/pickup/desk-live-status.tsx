'use client'

import { LiveStatus } from '../live-status'
import { useDesk } from './desk-context'

export function DeskLiveStatus({ version }: { version: string }) {
  return <LiveStatus state={useDesk().stream} version={version} />
}
