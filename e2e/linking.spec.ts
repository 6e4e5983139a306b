import { expect, test } from '@playwright/test';
import { chapters, publishedRoot } from './site';
import { words } from './words';

test.describe('With a clipboard', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a section’s copy button on /border/ has a tooltip and says “Link copied” where it can be seen', async ({ page }) => {
    await page.goto('border/');
    const button = page.getByRole('button', { name: 'Copy the link to the section “Vorukh”' });
    await expect(button).toHaveAttribute('data-tip', words.copyLinkHint);
    await button.hover();
    const tip = await button.evaluate((el) => getComputedStyle(el, '::after').content);
    expect(tip).toBe('"Copy link"');
    await button.click();
    await expect(page.locator('.section-heading:has(#vorukh)').getByText(words.linkCopied, { exact: true })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/border\/#vorukh$/);
  });

  test('the toll figure on /clashes-2022/ has its own # link and copy button', async ({ page }) => {
    await page.goto('clashes-2022/');
    // A reader scrolls to the figure first; off screen its section is not laid out (content-visibility).
    await page.locator('#figure-toll-2022').scrollIntoViewIfNeeded();
    const figure = page.getByRole('figure', { name: /How the 2022 toll was reported/ });
    await expect(figure.getByRole('link', { name: 'Link to Figure 2' })).toHaveAttribute('href', '#figure-toll-2022');
    await figure.getByRole('button', { name: 'Copy the link to Figure 2' }).click();
    // The button says so once the clipboard has taken the text; read before then, the clipboard,
    // which a worker's tests share, may still hold what an earlier test copied.
    await expect(figure.getByText(words.linkCopied, { exact: true })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/clashes-2022\/#figure-toll-2022$/);
  });

  test('“Cite this chapter” on /clashes-2021/, reached from the top of the chapter, gives a reference and a BibTeX entry with author, year and address, and copies the BibTeX', async ({
    page,
  }) => {
    await page.goto('clashes-2021/');
    await page.getByRole('link', { name: words.citeThisChapter, exact: true }).click();
    const section = page.getByRole('region', { name: words.citeThisChapter });
    await expect(section.getByRole('heading', { name: words.citeThisChapter })).toBeInViewport();
    // Built without SITE_URL the site does not know its address, and a citation must not invent one.
    const url = process.env.SITE_URL ? new URL('clashes-2021/', publishedRoot).href : undefined;
    const chapter = chapters.find((c) => c.id === 'clashes-2021')!;
    const year = chapter.updated.slice(0, 4);
    await expect(section).toContainText(chapter.title);
    await expect(section).toContainText(`${words.siteName} (${year})`);
    if (url) await expect(section).toContainText(`${url} (${words.citationAccessed('')}`);
    else await expect(section).not.toContainText('.example');
    await expect(section).toContainText(/Last updated \d{1,2} \w+ 20\d\d/);
    await section.getByRole('button', { name: 'Copy the BibTeX entry' }).click();
    await expect(section.getByText(words.copied, { exact: true })).toBeVisible();
    const bibtex = await page.evaluate(() => navigator.clipboard.readText());
    expect(bibtex).toMatch(/^@online\{kgtj-border-clashes-2021,/);
    expect(bibtex).toContain(`author = {{${words.siteName}}}`);
    expect(bibtex).toContain(`date = {${chapter.updated}}`);
    expect(bibtex).toContain(`year = {${year}}`);
    if (url) {
      expect(bibtex).toContain(`url = {${url}}`);
      // The address as read on the day the chapter was last updated, not the day of the build.
      expect(bibtex).toContain(`urldate = {${chapter.updated}}`);
    } else expect(bibtex).not.toContain('url');
  });
});

test.describe('On a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the Chapters menu on /border/ closes on a tap outside it and on Escape', async ({ page }) => {
    await page.goto('border/');
    const menuButton = page.getByText(words.chapters, { exact: true });
    const menuLink = page.getByRole('navigation', { name: words.mainNavigation }).getByRole('link', { name: '2021 clashes' }).first();
    await menuButton.click();
    await expect(menuLink).toBeVisible();
    // A tap on the text below the open menu.
    await page.mouse.click(200, 830);
    await expect(menuLink).toBeHidden();
    await menuButton.click();
    await expect(menuLink).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(menuLink).toBeHidden();
  });

  test('a wide count table on /clashes-2022/ opens from its fold and scrolls inside a labelled region that the keyboard can reach', async ({
    page,
  }) => {
    await page.goto('clashes-2022/');
    await page.getByText('Kyrgyzstan’s count, every report with its source').click();
    const regions = page.getByRole('region', { name: /^Table: .*\(scrolls sideways\)$/ });
    const overflows = await regions.evaluateAll((els) => els.map((el) => el.scrollWidth - el.clientWidth));
    expect(Math.max(...overflows)).toBeGreaterThan(0);
    const wide = regions.nth(overflows.findIndex((o) => o > 0));
    await expect(wide).toHaveAttribute('tabindex', '0');
    await wide.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => wide.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(pageOverflow).toBe(0);
  });
});

test.describe('On a 1280 × 800 laptop screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the contents of /border/ fit the screen or scroll on their own', async ({ page }) => {
    await page.goto('border/');
    const contents = page.getByRole('navigation', { name: words.onThisPage });
    const box = (await contents.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    const scrolls = await contents.evaluate((el) => getComputedStyle(el).overflowY);
    expect(scrolls).toBe('auto');
    const last = contents.getByRole('link').last();
    await last.scrollIntoViewIfNeeded();
    await expect(last).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });
});
