/**
 * Opens a link as the default action of a request the host did not cancel: `mailto:` in place
 * (the mail client opens and the page stays), web pages in a new tab without access back to
 * this page. The URL must already have passed `safeUrl`.
 */
export function openLink(url: string): void {
  if (url.startsWith('mailto:')) window.open(url, '_self');
  else window.open(url, '_blank', 'noopener');
}
