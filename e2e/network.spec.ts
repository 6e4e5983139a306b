import { expect, test } from '@playwright/test';
import { allPages } from './site';

test('no page makes a request that leaves the site’s origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(`${page.url()} → ${request.url()}`);
  });
  for (const { path } of [...allPages, { path: 'no-such-page/' }]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(foreign).toEqual([]);
});

test('the fonts come from the site itself and are subset small', async ({ page, baseURL }) => {
  const fonts: Array<{ url: string; bytes: number }> = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'font') fonts.push({ url: response.url(), bytes: (await response.body()).length });
  });
  await page.goto('border/');
  await page.waitForLoadState('networkidle');
  expect(fonts.length).toBeGreaterThan(0);
  for (const font of fonts) {
    expect(font.url.startsWith(new URL(baseURL!).origin)).toBe(true);
    expect(font.bytes).toBeLessThan(30 * 1024);
  }
});
