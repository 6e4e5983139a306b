import { expect, test } from '@playwright/test';
import { words } from './words';

/**
 * The reference pieces a hurried reader or a journalist reaches for: the five questions on the
 * home page, each answered with sources and a link to the section that tells it, and the casualty
 * charts' link to how the counts were chosen.
 */

const QUESTIONS = [
  'Why are there enclaves?',
  'Who started the fighting?',
  'How many died?',
  'What did the 2025 treaty change?',
  'Is it over?',
];

test.describe('On a 390 × 844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the home page answers the five questions, each with a source and a link to its section, in about one screen', async ({ page }) => {
    await page.goto('');
    await page.getByRole('article').getByRole('link', { name: 'five questions, answered briefly', exact: true }).click();
    const heading = page.getByRole('heading', { level: 2, name: 'Five questions, answered briefly' });
    await expect(heading).toBeInViewport();
    const answers = page.locator('.questions > p');
    await expect(answers.locator('strong')).toHaveText(QUESTIONS);
    for (const answer of await answers.all()) {
      await expect(answer.getByRole('link', { name: /^Source \d+$/ }).first()).toBeVisible();
      await expect(answer.getByRole('link').last()).toHaveAttribute('href', /^\/[a-z0-9-]*\/?#[a-z0-9-]+$/);
    }
    const top = (await heading.boundingBox())!.y;
    const bottom = await page.locator('.questions').evaluate((el) => el.getBoundingClientRect().bottom);
    expect(bottom - top, 'the heading and five answers, in px').toBeLessThanOrEqual(844 * 1.1);
  });
});

test('every link that ends a short answer lands on a heading of the page it names', async ({ page }) => {
  await page.goto('');
  const hrefs = await page
    .locator('.questions > p')
    .evaluateAll((answers) => answers.map((p) => [...p.querySelectorAll('a')].at(-1)!.getAttribute('href')!));
  expect(hrefs).toHaveLength(QUESTIONS.length);
  for (const href of hrefs) {
    await page.goto(href.replace(/^\//, ''));
    await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toHaveRole('heading');
  }
});

for (const [path, title] of [
  ['', 'Killed and wounded in the 2021 and 2022 clashes'],
  ['clashes-2021/', 'How the 2021 toll was reported'],
  ['clashes-2022/', 'How the 2022 toll was reported'],
] as const) {
  test(`the caption of “${title}” on /${path} links to How we count`, async ({ page }) => {
    await page.goto(path);
    await page
      .getByRole('figure', { name: new RegExp(`^Figure \\d+\\. ${title}`) })
      .getByRole('link', { name: words.casualties.howWeCount })
      .click();
    await expect(page).toHaveURL(/\/about\/#how-we-count$/);
    await expect(page.getByRole('heading', { level: 2, name: 'How we count' })).toBeInViewport();
  });
}
