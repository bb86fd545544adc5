/**
 * Waiting until a page's own requests are done. Playwright's `networkidle` rests on a browser
 * lifecycle event that, on a busy machine, was seen never to arrive for a page whose every request
 * had finished (a CI run timed out after 60 s on a static code page under nginx); counting the
 * page's requests ourselves waits for the same thing and, when a request really hangs, names it.
 */
import type { Page, Request } from '@playwright/test';

/** How long the page must stay without a request in flight, as `networkidle` requires. */
const QUIET_MS = 500;
/** A request still open after this long is a hang worth failing on, not a slow machine. */
const HANG_MS = 30_000;

/** The page's in-flight requests, and a wait for none to be left. */
export interface RequestWatch {
  /** Resolves once no request has been in flight for half a second; throws naming any that hang. */
  settled(): Promise<void>;
}

/** Starts counting `page`'s requests; call before `page.goto` so that the first ones are counted. */
export function watchRequests(page: Page): RequestWatch {
  const open = new Set<Request>();
  let lastChange = Date.now();
  page.on('request', (request) => {
    open.add(request);
    lastChange = Date.now();
  });
  const done = (request: Request) => {
    open.delete(request);
    lastChange = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    async settled() {
      const started = Date.now();
      for (;;) {
        if (open.size === 0 && Date.now() - lastChange >= QUIET_MS) return;
        if (open.size > 0 && Date.now() - started > HANG_MS) {
          throw new Error(`requests still open after ${HANG_MS / 1000} s: ${[...open].map((request) => request.url()).join(', ')}`);
        }
        await page.waitForTimeout(100);
      }
    },
  };
}
