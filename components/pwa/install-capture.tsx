// Chromium fires `beforeinstallprompt` once per page, as soon as it finds the app installable; it
// can come before the app's own scripts have loaded, and a listener added later never hears it.
// This runs while the HTML is parsed and keeps the event for install-state.ts.
const capture = `addEventListener('beforeinstallprompt',function(e){e.preventDefault();window.__aisleInstallOffer=e})`

export function InstallCapture() {
  return <script dangerouslySetInnerHTML={{ __html: capture }} />
}
