/** A wishlist is a shortlist, not a catalogue copy: past this many items a save is refused (409). */
export const WISHLIST_LIMIT = 200
