import { expect, test } from '@playwright/test';
import { allPages, russianPages } from './site';

for (const { path } of [...allPages, ...russianPages]) {
  test(`the page at /${path} logs no error or Content Security Policy violation, the policy is in force, and its inline scripts run as one`, async ({
    page,
  }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text())) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(path);
    await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute('content', /script-src 'self' 'sha256-/);
    // One module, one hash: withInlineScriptsMerged (src/lib/site/csp.ts) at build time.
    expect(await page.locator('script[type="module"]:not([src])').count(), 'inline module scripts').toBeLessThanOrEqual(1);
    // Past the load event, a laid-out frame and the fonts: every script and resource has run or failed.
    await page.evaluate(async () => {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await document.fonts.ready;
    });
    expect(problems).toEqual([]);
  });
}

test('the policy blocks a script that Astro did not hash', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('border/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
  });
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
  await expect.poll(() => violations.length).toBeGreaterThan(0);
});
