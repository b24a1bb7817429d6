'use client'

import Image from 'next/image'

type Thumb = { url: string; width: number; height: number }

type GalleryThumbnailsProps = { stripId: string; images: Thumb[] }

/** In-page links to each image; with JavaScript they slide the strip instead of jumping the page. */
export function GalleryThumbnails({ stripId, images }: GalleryThumbnailsProps) {
  return (
    <ul className="flex gap-2">
      {images.map((img, i) => (
        <li key={img.url}>
          <a
            href={`#${stripId}-${i}`}
            className="block size-16 overflow-hidden rounded-lg border border-line hover:border-ink sm:size-20"
            onClick={(event) => {
              const strip = document.getElementById(stripId)
              const target = document.getElementById(`${stripId}-${i}`)
              if (!strip || !target) return
              event.preventDefault()
              const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches
              strip.scrollTo({ left: target.offsetLeft, behavior: reduce ? 'auto' : 'smooth' })
            }}
          >
            <Image
              src={img.url}
              alt=""
              width={img.width}
              height={img.height}
              sizes="80px"
              unoptimized
              className="size-full object-cover"
            />
            <span className="sr-only">Show image {i + 1}</span>
          </a>
        </li>
      ))}
    </ul>
  )
}
