import { describe, expect, it } from 'vitest';
import { formatPolicy, headerPolicy, parsePolicy, policyInHtml, unionOfPolicies, withInlineScriptsMerged, withOwnHashes } from './csp.ts';

const astroMeta = `<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-AAA=' 'sha256-BBB='; style-src 'self' 'sha256-CCC=';">`;

describe('policyInHtml', () => {
  it('reads the policy Astro writes into the head', () => {
    expect(policyInHtml(`<head><meta charset="utf-8">${astroMeta}</head>`)).toBe(
      "script-src 'self' 'sha256-AAA=' 'sha256-BBB='; style-src 'self' 'sha256-CCC=';",
    );
  });

  it('finds the tag whatever the attribute order, case and quoting, and decodes entities', () => {
    const html = `<META content='script-src &#39;self&#39; &apos;sha256-A+/=&apos;' HTTP-EQUIV=Content-Security-Policy>`;
    expect(policyInHtml(html)).toBe("script-src 'self' 'sha256-A+/='");
  });

  it('gives nothing for a page without a policy, and ignores other http-equiv tags', () => {
    expect(policyInHtml('<meta http-equiv="refresh" content="0; url=/">')).toBeUndefined();
  });
});

describe('parsePolicy and formatPolicy', () => {
  it('round-trip a policy without its trailing semicolon and extra spaces', () => {
    expect(formatPolicy(parsePolicy("script-src  'self' 'sha256-A=' ;style-src 'self';"))).toBe(
      "script-src 'self' 'sha256-A='; style-src 'self'",
    );
  });

  it('keep the first of a repeated directive, as browsers do, and lower-case names', () => {
    expect(formatPolicy(parsePolicy("Script-Src 'self'; script-src *"))).toBe("script-src 'self'");
  });
});

describe('unionOfPolicies', () => {
  it('allows every source any page allows, once each, in first-seen order', () => {
    const union = unionOfPolicies([
      parsePolicy("script-src 'self' 'sha256-A='; style-src 'self'"),
      parsePolicy("script-src 'self' 'sha256-B='; style-src 'self' 'sha256-C='"),
    ]);
    expect(formatPolicy(union)).toBe("script-src 'self' 'sha256-A=' 'sha256-B='; style-src 'self' 'sha256-C='");
  });

  it('drops a directive that one page leaves unrestricted', () => {
    const union = unionOfPolicies([parsePolicy("script-src 'self'; img-src 'self'"), parsePolicy("script-src 'self'")]);
    expect(formatPolicy(union)).toBe("script-src 'self'");
  });

  it('refuses to merge nothing', () => {
    expect(() => unionOfPolicies([])).toThrow(/no policies/);
  });
});

describe('headerPolicy', () => {
  const policy = parsePolicy(headerPolicy([policyInHtml(astroMeta)!, "script-src 'self' 'sha256-DDD='; style-src 'self' 'sha256-CCC='"]));

  it('keeps every hash of every page', () => {
    expect(policy.get('script-src')).toEqual(["'self'", "'sha256-AAA='", "'sha256-BBB='", "'sha256-DDD='"]);
    expect(policy.get('style-src')).toEqual(["'self'", "'sha256-CCC='"]);
  });

  it('adds what only a header can say and closes what the meta policy leaves open', () => {
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
  });

  it('leaves a directive the pages set themselves as they set it', () => {
    expect(parsePolicy(headerPolicy(["script-src 'self'; object-src 'self'"])).get('object-src')).toEqual(["'self'"]);
  });
  it('lets any site frame the pages it is given for, and only when asked', () => {
    expect(parsePolicy(headerPolicy(["script-src 'self'"], 'any')).get('frame-ancestors')).toEqual(['*']);
    expect(parsePolicy(headerPolicy(["script-src 'self'"])).get('frame-ancestors')).toEqual(["'none'"]);
  });
});

describe('withOwnHashes', () => {
  // A stand-in digest: the test's "hash" of a text is the text reversed.
  const digest = (text: string) => [...text].reverse().join('');
  const page = (scripts: string) =>
    `<html><head><meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-1a' 'sha256-2b' 'sha256-3c'; style-src 'self' 'sha256-x';">${scripts}</head><body></body></html>`;

  it("keeps the hashes of the page's own inline scripts and styles and drops the site's others", () => {
    const html = withOwnHashes(page('<script type="module">a1</script><script type="module">c3</script>'), digest);
    expect(policyInHtml(html)).toBe("script-src 'self' 'sha256-1a' 'sha256-3c'; style-src 'self';");
  });
  it('leaves a script with a src, and a page without the tag, alone', () => {
    expect(policyInHtml(withOwnHashes(page('<script src="/a.js"></script>'), digest))).toBe("script-src 'self'; style-src 'self';");
    expect(withOwnHashes('<p>no policy</p>', digest)).toBe('<p>no policy</p>');
  });
});

describe('withInlineScriptsMerged', () => {
  // A stand-in digest: the test's "hash" of a text is its length and first letters.
  const digest = (text: string) => `${text.length}${text.slice(0, 3)}`;
  const page = (policy: string, body: string) =>
    `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
  const allowing = (...scripts: string[]) =>
    `script-src 'self' ${scripts.map((code) => `'sha256-${digest(code)}'`).join(' ')}; style-src 'self';`;
  const scriptsIn = (html: string) => [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].map((match) => `${match[1]!}${match[2]!}`);
  const mergedIn = (html: string) => [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].at(-1)?.[1] ?? '';
  /** Runs merged code with `log` to write to; what it throws again later is logged after it ends. */
  const run = (code: string) => {
    const log: string[] = [];
    const later: Array<() => void> = [];
    new Function('log', 'setTimeout', code)(log, (task: () => void) => later.push(task));
    for (const task of later) {
      try {
        task();
      } catch (error) {
        log.push(`uncaught: ${(error as Error).message}`);
      }
    }
    return log;
  };

  it('runs the allowed scripts as one at the end of the body, in page order, allowed by its own hash', () => {
    const [first, second] = ['var e=1;log.push(`first ${e}`)', 'var e=2;log.push(`second ${e}`)'];
    const html = withInlineScriptsMerged(
      page(
        allowing(first!, second!),
        `<nav><script type="module">${first}</script></nav><p>text</p><script type="module">${second}</script><footer></footer>`,
      ),
      digest,
    );
    expect(html).toContain('<nav></nav><p>text</p><footer></footer><script type="module">');
    expect(scriptsIn(html)).toHaveLength(1);
    expect(policyInHtml(html)).toBe(`script-src 'self' 'sha256-${digest(mergedIn(html))}'; style-src 'self';`);
    expect(run(mergedIn(html))).toEqual(['first 1', 'second 2']);
  });

  it('keeps each script to its own names, and a script that throws stops only itself and still reports', () => {
    const scripts = ['var e=1;setTimeout(()=>log.push(`one sees ${e}`))', 'throw new Error(`two broke`)', 'var e=3;log.push(`three ran`)'];
    const html = withInlineScriptsMerged(
      page(allowing(...scripts), scripts.map((code) => `<script type="module">${code}</script>`).join('')),
      digest,
    );
    expect(run(mergedIn(html))).toEqual(['three ran', 'one sees 1', 'uncaught: two broke']);
  });

  it('leaves alone a script the policy does not allow, one with a src, and one that must stay a module (await only inside a function is no reason)', () => {
    const allowed = ['log.push(`a`)', 'log.push(`b`)', 'import"/x.js"', 'await f()', 'async function c(){await f()}log.push(`c`)'];
    const body =
      [...allowed, 'var smuggled=1'].map((code) => `<script type="module">${code}</script>`).join('') +
      '<script type="module" src="/a.js"></script>';
    const html = withInlineScriptsMerged(page(allowing(...allowed), body), digest);
    expect(scriptsIn(html).slice(0, 4)).toEqual([
      ' type="module"import"/x.js"',
      ' type="module"await f()',
      ' type="module"var smuggled=1',
      ' type="module" src="/a.js"',
    ]);
    expect(run(mergedIn(html))).toEqual(['a', 'b', 'c']);
  });

  it('leaves a page with one script as it is, and merges every script of a page without a policy', () => {
    const one = page(allowing('var a=1'), '<script type="module">var a=1</script>');
    expect(withInlineScriptsMerged(one, digest)).toBe(one);
    const unguarded = withInlineScriptsMerged(
      '<body><script type="module">log.push(`a`)</script><script type="module">log.push(`b`)</script></body>',
      digest,
    );
    expect(scriptsIn(unguarded)).toHaveLength(1);
    expect(run(mergedIn(unguarded))).toEqual(['a', 'b']);
  });
});
