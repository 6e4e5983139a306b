import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { sitePlugin } from './html-rules';
import { allPages } from './site';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  plugins: [sitePlugin],
  rules: { 'site/no-name-on-generic': 'error' },
});

for (const { path } of [...allPages, { path: 'no-such-page/' }]) {
  test(`the page at /${path} is valid HTML by html-validate’s recommended rules and the site’s own`, async ({ request }) => {
    const html = await (await request.get(path)).text();
    const report = await validator.validateString(html, path);
    const errors = report.results.flatMap((result) =>
      result.messages.map((message) => `/${path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
    );
    expect(errors).toEqual([]);
  });
}

/** The rules that fail on a body of HTML, in a document that is otherwise valid. */
async function failingRules(body: string): Promise<string[]> {
  const report = await validator.validateString(
    `<!DOCTYPE html><html lang="en"><head><title>x</title></head><body>${body}</body></html>`,
    'fixture',
  );
  return report.results.flatMap((result) => result.messages.map((message) => message.ruleId));
}

test('the validator catches what it is here to catch', async () => {
  expect(await failingRules('<main><p>text</p></main>'), 'a valid fixture').toEqual([]);
  expect(await failingRules('<p><div>nested</div></p>')).not.toEqual([]);
  // What the W3C validator found on six pages and html-validate's recommended rules let through.
  expect(await failingRules('<pre tabindex="0" aria-label="BibTeX entry">@misc{…}</pre>')).toContain('site/no-name-on-generic');
  expect(await failingRules('<div aria-labelledby="x"><p id="x">text</p></div>')).toContain('site/no-name-on-generic');
  expect(await failingRules('<div role="group" aria-label="entry"><p>text</p></div>'), 'a role that takes a name').toEqual([]);
});
