import { expect, test, type Page } from '@playwright/test';
import { allPages } from './site';

/**
 * Waits past the load event for the fonts the page's text uses, the last thing a page fetches:
 * a frame laid out first, so that every font the text needs has been asked for.
 */
async function fontsLoaded(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await document.fonts.ready;
  });
}

for (const { path } of [...allPages, { path: 'no-such-page/' }]) {
  test(`the page at /${path} makes no request that leaves the site’s origin`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const requested: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('data:')) requested.push(request.url());
    });
    await page.goto(path);
    await fontsLoaded(page);
    expect(requested.length, 'the page, its styles and fonts were requested').toBeGreaterThan(2);
    expect(requested.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  });
}

test('the fonts come from the site itself and are subset small', async ({ page, baseURL }) => {
  const fonts: Array<Promise<{ url: string; bytes: number }>> = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'font')
      fonts.push(response.body().then((body) => ({ url: response.url(), bytes: body.length })));
  });
  const firstFont = page.waitForResponse((response) => response.request().resourceType() === 'font');
  await page.goto('border/');
  await firstFont;
  await fontsLoaded(page);
  expect(fonts.length).toBeGreaterThan(0);
  for (const font of await Promise.all(fonts)) {
    expect(font.url.startsWith(new URL(baseURL!).origin), font.url).toBe(true);
    expect(font.bytes, font.url).toBeLessThan(30 * 1024);
  }
});
