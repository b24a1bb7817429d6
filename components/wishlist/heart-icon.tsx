type HeartIconProps = { filled: boolean; className?: string }

export function HeartIcon({ filled, className }: HeartIconProps) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 24 24"
      aria-hidden
      focusable={false}
      fill={filled ? 'currentColor' : 'none'}
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinejoin="round"
      className={className}
    >
      <path d="M12 20s-7.5-4.6-9.2-9.3C1.7 7.4 3.9 4.5 7.1 4.5c2 0 3.6 1.1 4.9 2.9 1.3-1.8 2.9-2.9 4.9-2.9 3.2 0 5.4 2.9 4.3 6.2C19.5 15.4 12 20 12 20z" />
    </svg>
  )
}
