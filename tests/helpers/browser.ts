/** Debian's Chromium for the browser tests, never a downloaded browser; flags this closed network needs. */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { distDir } from './build.ts';
import { serveDir } from './static-server.ts';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/**
 * The built site (dist/) served on localhost and one Chromium for a test file: registers the beforeAll/afterAll
 * that start and stop both, and returns them (read inside tests, once beforeAll has run).
 */
export function useSiteInChromium(): { readonly browser: Browser; readonly url: string } {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveDir>> | undefined;
  beforeAll(async () => {
    server = await serveDir(distDir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('Chromium is not started yet: use it inside a test');
      return browser;
    },
    get url() {
      if (!server) throw new Error('the site is not served yet: use it inside a test');
      return server.url;
    },
  };
}
