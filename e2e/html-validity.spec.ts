import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { allPages } from './site';

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

for (const { path } of [...allPages, { path: 'no-such-page/' }]) {
  test(`the page at /${path} is valid HTML by html-validate’s recommended rules`, async ({ request }) => {
    const html = await (await request.get(path)).text();
    const report = await validator.validateString(html, path);
    const errors = report.results.flatMap((result) =>
      result.messages.map((message) => `/${path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
    );
    expect(errors).toEqual([]);
  });
}

test('the validator catches what it is here to catch', async () => {
  const report = await validator.validateString(
    '<!doctype html><html lang="en"><head><title>x</title></head><body><p><div>nested</div></p></body></html>',
    'fixture',
  );
  expect(report.valid).toBe(false);
});
