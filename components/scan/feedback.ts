/** A short buzz and, when the shopper turned sound on, a beep: the scan landed. */
export function scanFeedback({ sound }: { sound: boolean }) {
  navigator.vibrate?.(80)
  if (!sound) return
  const Ctx = window.AudioContext ?? (window as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext
  if (!Ctx) return
  const ctx = new Ctx()
  const osc = ctx.createOscillator()
  const gain = ctx.createGain()
  osc.frequency.value = 1760
  gain.gain.setValueAtTime(0.15, ctx.currentTime)
  gain.gain.exponentialRampToValueAtTime(0.001, ctx.currentTime + 0.12)
  osc.connect(gain).connect(ctx.destination)
  osc.start()
  osc.stop(ctx.currentTime + 0.12)
  osc.onended = () => void ctx.close()
}
