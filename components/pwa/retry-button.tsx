'use client'

import { useRouter } from 'next/navigation'
import { buttonClass } from '@/components/ui/button-styles'

/** On the offline page: load the page the shopper asked for again (it is this page's URL), or the home page. */
export function RetryButton() {
  const router = useRouter()
  const retry = () => (location.pathname === '/offline' ? router.push('/') : location.reload())
  return (
    <button type="button" className={buttonClass('primary')} onClick={retry}>
      Try again
    </button>
  )
}
