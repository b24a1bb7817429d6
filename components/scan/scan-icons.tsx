type IconProps = { className?: string }

const stroke = {
  xmlns: 'http://www.w3.org/2000/svg',
  viewBox: '0 0 24 24',
  'aria-hidden': true,
  focusable: false,
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.8,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const

export function SwitchCameraIcon({ className }: IconProps) {
  return (
    <svg {...stroke} className={className}>
      <path d="M4 8h3l2-3h6l2 3h3a1 1 0 011 1v9a1 1 0 01-1 1H4a1 1 0 01-1-1V9a1 1 0 011-1z" />
      <path d="M9 13a3 3 0 015.2-2M15 13a3 3 0 01-5.2 2M14.5 9.5v1.7h-1.7M9.5 16.5v-1.7h1.7" />
    </svg>
  )
}

export function TorchIcon({ className }: IconProps) {
  return (
    <svg {...stroke} className={className}>
      <path d="M8 3h8v4l-2 3v10a1 1 0 01-1 1h-2a1 1 0 01-1-1V10L8 7z" />
      <path d="M12 13v2" />
    </svg>
  )
}

export function SoundIcon({ className }: IconProps) {
  return (
    <svg {...stroke} className={className}>
      <path d="M4 10v4h3l5 4V6L7 10z" />
      <path d="M16 9a4 4 0 010 6M18.5 6.5a8 8 0 010 11" />
    </svg>
  )
}

export function PhotoIcon({ className }: IconProps) {
  return (
    <svg {...stroke} className={className}>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <circle cx="9" cy="10" r="1.8" />
      <path d="M21 16l-5-5-8 8" />
    </svg>
  )
}
