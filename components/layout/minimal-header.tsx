import { Container } from '@/components/ui/container'
import { Logo } from './logo'

/** The header for pages rendered outside the shop layout (root 404, errors): no data needed. */
export function MinimalHeader() {
  return (
    <header className="border-b border-line bg-surface">
      <Container className="flex min-h-14 items-center py-2">
        <Logo />
      </Container>
    </header>
  )
}
