// The Content-Security-Policy sent with every page (proxy.ts adds a fresh nonce per request).
// Next.js reads the nonce from the request's CSP header and puts it on its own inline and
// bundle scripts, so production needs neither 'unsafe-inline' nor 'unsafe-eval' for scripts.

export function contentSecurityPolicy(nonce: string, dev = false): string {
  // Development: React needs eval for its debugging aids, and the dev overlay injects styles.
  const styles = dev ? "'self' 'unsafe-inline'" : `'self' 'nonce-${nonce}'`;
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts loaded by the nonced Next.js runtime are trusted; nothing else runs.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src ${styles}`,
    `style-src-elem ${styles}`,
    // style="" attributes (React style props) cannot run code; allowing them keeps pages usable.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh, unguessable nonce (128 bits, base64). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
