/**
 * "On this page" follows the reader: the link of the section being read gets aria-current (and the
 * stylesheet marks it), in every contents list of the page. An enhancement: without JavaScript the
 * lists are plain links.
 */

/** Marks the current section's links as the reader scrolls, if the page has a contents list. */
export function initTocSpy(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc] a[href^="#"]')];
  const ids = [...new Set(links.map((link) => decodeURIComponent(link.hash.slice(1))))];
  const targets = ids.map((id) => document.getElementById(id)).filter((target): target is HTMLElement => target !== null);
  if (targets.length === 0) return;
  let current: string | undefined;
  let queued = false;

  const update = () => {
    queued = false;
    // The section whose top has passed a line a third of the way down the screen is being read; at
    // the very bottom, the lowest one is (it may be too short ever to reach the line).
    const line = Math.min(window.innerHeight / 3, 240);
    // The nearest section above the line, whatever order the list gives them in.
    let found: string | undefined;
    let nearest = -Infinity;
    for (const target of targets) {
      const top = target.getBoundingClientRect().top;
      if (top <= line && top > nearest) {
        nearest = top;
        found = target.id;
      }
    }
    const scroller = document.documentElement;
    if (found && window.innerHeight + window.scrollY >= scroller.scrollHeight - 2) found = targets.reduce((last, target) => (target.getBoundingClientRect().top > last.getBoundingClientRect().top ? target : last)).id;
    if (found === current) return;
    current = found;
    for (const link of links) {
      if (found !== undefined && decodeURIComponent(link.hash.slice(1)) === found) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  };
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(update);
  };
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  update();
}
