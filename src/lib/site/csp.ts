/**
 * Content Security Policies as data: read the policy Astro writes into each page's
 * `<meta http-equiv="content-security-policy">`, merge the pages' policies, and add what only an
 * HTTP header can carry. Pure work on text (the page read by the parser, which decodes its
 * character references), so the build integration that writes `_headers`
 * (src/build/integrations/headers-file.ts) only reads and writes files.
 */
import { elementsNamed, parseHtml, textOf } from './mdx-tree.ts';

/** A policy: directive name (lower case) → its sources, in the order first written. */
export type Policy = Map<string, string[]>;

/** The policy in a page's CSP `<meta>` tag, or undefined when the page has none. */
export function policyInHtml(html: string): string | undefined {
  for (const meta of elementsNamed(parseHtml(html), 'meta')) {
    const httpEquiv = meta.properties?.['httpEquiv'];
    const names = (Array.isArray(httpEquiv) ? httpEquiv : [httpEquiv]).map((name) => String(name).toLowerCase());
    const content = meta.properties?.['content'];
    if (names.includes('content-security-policy') && typeof content === 'string') return content;
  }
  return undefined;
}

/** Parses `script-src 'self' 'sha256-…'; style-src …` (a repeated directive is ignored, as browsers do). */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const directive = name.toLowerCase();
    if (!policy.has(directive)) policy.set(directive, sources);
  }
  return policy;
}

/** Writes a policy back as one header value. */
export function formatPolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * One policy that allows whatever any of the given policies allows: each directive's sources
 * merged, in order, without repeats. A directive that some policy leaves out is left out too,
 * because leaving it out is what allows everything there. Throws when given no policy.
 */
export function unionOfPolicies(policies: readonly Policy[]): Policy {
  const [first, ...rest] = policies;
  if (!first) throw new Error('no policies to merge');
  const union: Policy = new Map();
  for (const [name, sources] of first) {
    if (!rest.every((policy) => policy.has(name))) continue;
    union.set(name, [...new Set([sources, ...rest.map((policy) => policy.get(name)!)].flat())]);
  }
  return union;
}

/**
 * What the header adds to the pages' policy. `frame-ancestors` works only in a header (a `<meta>`
 * policy ignores it); the rest close what Astro's policy leaves open: no plugins, no `<base>`
 * pointing elsewhere, forms (the site has none) post only to the site, and everything not named
 * (fonts, images, fetches) comes from the site's own origin, as the pages promise.
 */
const HEADER_DIRECTIVES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['default-src', ["'self'"]],
  ['base-uri', ["'self'"]],
  ['object-src', ["'none'"]],
  ['form-action', ["'self'"]],
  ['frame-ancestors', ["'none'"]],
];

/** Who may show a page in a frame: no one, or (a figure's embed) any site. */
export type Framing = 'none' | 'any';

/**
 * The policy to send as an HTTP header for pages whose `<meta>` policies are given: their union
 * (so that no page loses a script or style it is allowed) with HEADER_DIRECTIVES added where the
 * pages do not set them. Browsers enforce the header and the page's own `<meta>` policy both, so
 * each page stays held to its own hashes. `framing: 'any'` lets any site frame the pages (a
 * figure's embed); every other page may be framed by none.
 */
export function headerPolicy(pagePolicies: readonly string[], framing: Framing = 'none'): string {
  const policy = unionOfPolicies(pagePolicies.map(parsePolicy));
  for (const [name, sources] of HEADER_DIRECTIVES) {
    if (!policy.has(name)) policy.set(name, [...sources]);
  }
  if (framing === 'any') policy.set('frame-ancestors', ['*']);
  return formatPolicy(policy);
}

/** The CSP `<meta>` tag as Astro writes it, its policy in the one attribute it rewrites. */
const META_TAG = /(<meta http-equiv="content-security-policy" content=")([^"]*)(">)/i;

/**
 * The page with its CSP `<meta>` policy holding only the hashes of the inline scripts and styles
 * the page has. Astro writes every script hash of the whole site into every page (fifteen, some
 * 0.8 KiB gzip that does not compress); a page needs its own, and allowing no more is the stricter
 * policy. `sha256Base64` is SHA-256 of the text as base64, as CSP spells it (the build passes
 * Node's). A page without the tag is returned as it is.
 */
export function withOwnHashes(html: string, sha256Base64: (text: string) => string): string {
  const tag = META_TAG.exec(html);
  if (!tag) return html;
  const tree = parseHtml(html);
  const own = (tagName: string) =>
    new Set(
      elementsNamed(tree, tagName)
        .filter((element) => element.properties?.['src'] === undefined)
        .map((element) => `'sha256-${sha256Base64(textOf(element))}'`),
    );
  const allowed: Record<string, Set<string>> = { 'script-src': own('script'), 'style-src': own('style') };
  const policy = parsePolicy(tag[2]!);
  for (const [name, sources] of policy) {
    const kept = allowed[name];
    if (kept)
      policy.set(
        name,
        sources.filter((source) => !source.startsWith("'sha256-") || kept.has(source)),
      );
  }
  return html.replace(META_TAG, `$1${formatPolicy(policy)};$3`);
}

/** An inline module script as Astro writes it: no attributes but its type. */
const INLINE_MODULE_SCRIPT = /<script type="module">([\s\S]*?)<\/script>/g;

/**
 * A script that can run inside a function as well as at a module's top level: no `import` or
 * `export` statement, no `import.meta`, no top-level `await`. The JavaScript parser itself
 * decides, by compiling the code as a function body; nothing is run.
 */
function runsInsideAFunction(code: string): boolean {
  try {
    new Function(`'use strict';${code}`);
    return true;
  } catch {
    return false;
  }
}

/**
 * A script as one part of a merged one: in a function, so that its names stay its own, and a
 * throw caught and thrown again on its own, so that it stops only that part, as it stopped only
 * its own module before, and still reaches the console.
 */
const isolated = (script: string) => `try{(()=>{${script}\n})()}catch(e){setTimeout(()=>{throw e})}`;

/**
 * The page with its inline module scripts merged into one, at the end of the body, and its CSP
 * `<meta>` policy allowing that one in place of them. Astro writes each component's script where
 * the component stands, as a module of its own with a hash of its own: a chapter had seven, whose
 * hashes do not compress and whose code, cut into the text, made the page about 1 KiB gzip
 * heavier than the same code in one place. Each script runs in a function of its own (isolated), in
 * the order the page had them; module scripts run after the page is parsed, wherever they stand, so
 * moving them changes nothing for the reader. Only scripts the policy already allows are merged
 * (a page without a policy has all of its merged); fewer than two leave the page as it was.
 */
export function withInlineScriptsMerged(html: string, sha256Base64: (text: string) => string): string {
  const tag = META_TAG.exec(html);
  const policy = tag ? parsePolicy(tag[2]!) : undefined;
  const allowedScripts = new Set(policy?.get('script-src') ?? []);
  const hashOf = (code: string) => `'sha256-${sha256Base64(code)}'`;
  const merged = [
    ...new Set(
      [...html.matchAll(INLINE_MODULE_SCRIPT)]
        .map((match) => match[1]!)
        .filter((code) => runsInsideAFunction(code) && (!policy || allowedScripts.has(hashOf(code)))),
    ),
  ];
  if (merged.length < 2) return html;
  const mergedSet = new Set(merged);
  const code = merged.map(isolated).join('\n');
  let page = html.replace(INLINE_MODULE_SCRIPT, (script, inner: string) => (mergedSet.has(inner) ? '' : script));
  const bodyEnd = page.lastIndexOf('</body>');
  const at = bodyEnd >= 0 ? bodyEnd : page.length;
  page = `${page.slice(0, at)}<script type="module">${code}</script>${page.slice(at)}`;
  if (!policy) return page;
  const mergedHashes = new Set(merged.map(hashOf));
  const scriptSources = policy.get('script-src')!.filter((source) => !mergedHashes.has(source));
  policy.set('script-src', [...scriptSources, hashOf(code)]);
  return page.replace(META_TAG, `$1${formatPolicy(policy)};$3`);
}
