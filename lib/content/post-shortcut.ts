/** X posts on Cmd+Enter on macOS, and on Ctrl+Enter (without Alt) elsewhere; Ctrl+Enter on macOS does not post. */
export function isPostShortcut(event: KeyboardEvent, platform = platformName()): boolean {
  if (event.key !== 'Enter') return false;
  return /mac/i.test(platform) ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.altKey;
}

function platformName(): string {
  const data = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData;
  return data?.platform || navigator.platform || '';
}
