const MILES_PER_KM = 0.621371

/** Distances to US shoppers read in miles. */
export function formatDistance(km: number): string {
  const miles = km * MILES_PER_KM
  return `${miles < 10 ? miles.toFixed(1) : Math.round(miles)} mi`
}
