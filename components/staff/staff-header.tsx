import Link from 'next/link'
import { buttonClass } from '@/components/ui/button-styles'
import type { StaffMember } from '@/lib/staff/roles'
import { StaffNav } from './staff-nav'

type StaffHeaderProps = {
  staff: StaffMember
  storeName: string
  signOutAction: () => Promise<void>
}

const roleName = { associate: 'Associate', manager: 'Manager' } as const

/** The staff area's own header: its tools, who is signed in where, and sign-out; no shop navigation; never printed. */
export function StaffHeader({ staff, storeName, signOutAction }: StaffHeaderProps) {
  return (
    <header className="border-b border-line bg-surface print:hidden">
      <div className="mx-auto flex min-h-16 w-full max-w-[1440px] flex-wrap items-center gap-x-6 gap-y-1 px-4 py-2 sm:px-6">
        <Link href="/staff/pickup" className="inline-flex min-h-11 items-center gap-2 text-lg font-bold tracking-tight whitespace-nowrap text-ink">
          <span aria-hidden="true" className="grid size-8 place-items-center rounded-lg bg-ink text-base text-white">
            A
          </span>
          Aisle Staff
        </Link>
        <StaffNav />
        <div className="ml-auto flex items-center gap-3">
          <p className="text-right text-sm leading-tight" data-testid="signed-in-as">
            <span className="block font-semibold">{staff.name}</span>
            <span className="block text-muted">
              {roleName[staff.role]} · {storeName}
            </span>
          </p>
          <form action={signOutAction}>
            <button type="submit" className={buttonClass('secondary', 'px-4')}>
              Sign out
            </button>
          </form>
        </div>
      </div>
    </header>
  )
}
