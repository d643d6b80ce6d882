// The bench's reference content script (written for the bench, not shipped): the whole approach of the leanest
// peer — one MutationObserver on body, debounced, and one querySelector per quiet moment. `npm run bench` reports
// our content script's main-thread cost over this one's on the same busy timeline.
(() => {
  const QUIET_MS = 250;
  let timer = 0;
  const check = () => {
    timer = 0;
    const image = document.querySelector('[data-testid="attachments"] img:not([data-bench-seen])');
    if (image) image.setAttribute('data-bench-seen', '');
  };
  const observer = new MutationObserver(() => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(check, QUIET_MS);
  });
  const start = () => {
    observer.observe(document.body, { childList: true, subtree: true });
    document.documentElement.setAttribute('data-bench-reference', 'on');
  };
  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start, { once: true });
})();
