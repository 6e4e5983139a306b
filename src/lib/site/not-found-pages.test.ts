import { describe, expect, it } from 'vitest';
import { notFoundRedirects } from './not-found-pages';

describe('notFoundRedirects', () => {
  it('serves each language its own not-found page, with the 404 status', () => {
    expect(notFoundRedirects(['ru'], '/')).toContain('/ru/*  /ru/404.html  404\n');
  });
  it('puts the rules under the base path', () => {
    expect(notFoundRedirects(['ru'], '/sub/')).toContain('/sub/ru/*  /sub/ru/404.html  404\n');
    expect(notFoundRedirects(['ru'], '/sub')).toContain('/sub/ru/*  /sub/ru/404.html  404\n');
  });
});
