import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { allPages } from './site';

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

test('every page is valid HTML by html-validate’s recommended rules', async ({ request }) => {
  const errors: string[] = [];
  for (const { path } of [...allPages, { path: 'no-such-page/' }]) {
    const html = await (await request.get(path)).text();
    const report = await validator.validateString(html, path);
    for (const result of report.results) {
      for (const message of result.messages) errors.push(`/${path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
  expect(errors).toEqual([]);
});

test('the validator catches what it is here to catch', async () => {
  const report = await validator.validateString('<!doctype html><html lang="en"><head><title>x</title></head><body><p><div>nested</div></p></body></html>', 'fixture');
  expect(report.valid).toBe(false);
});
