/**
 * The figure components' props that take one of a few values (`<TollTimeline event={2022} />`).
 * MDX is not type-checked, so a chapter could pass `event={2023}` and the figure would draw an
 * empty chart; the build checks the chapters' tags here, and each component checks its props
 * again when it renders (src/components/figures/prop-errors.ts).
 */
import { CLASH_YEARS } from '../../schemas/fields';

type Allowed = readonly (string | number)[];

/** Per component, the enumerated props, their values and whether the component needs the prop. */
const ENUMERATED_PROPS = {
  TollTimeline: { event: { values: CLASH_YEARS, required: true } },
  BorderMap: { year: { values: CLASH_YEARS, required: false } },
} as const satisfies Record<string, Record<string, { values: Allowed; required: boolean }>>;

export type FigureComponent = keyof typeof ENUMERATED_PROPS;

function listed(values: Allowed): string {
  return values.map((v) => (typeof v === 'string' ? `"${v}"` : String(v))).join(', ');
}

/** What is wrong with a prop's value, naming the values it takes; undefined when it is one of them. */
export function propProblem(component: FigureComponent, prop: string, value: unknown): string | undefined {
  const rule = (ENUMERATED_PROPS[component] as Record<string, { values: Allowed; required: boolean }>)[prop];
  if (!rule) return undefined;
  if (value === undefined) return rule.required ? `<${component}> needs ${prop}: one of ${listed(rule.values)}` : undefined;
  if (rule.values.includes(value as string | number)) return undefined;
  const written = typeof value === 'string' ? `"${value}"` : String(value);
  return `<${component} ${prop}={${written}}>: ${prop} must be one of ${listed(rule.values)}`;
}

/** A prop's value as written in MDX: `{2022}` or `{"x"}` or `"x"` read as the value; any other expression as its text. */
function readValue(braced: string | undefined, quoted: string | undefined): unknown {
  if (quoted !== undefined) return quoted;
  const text = (braced ?? '').trim();
  if (/^-?\d+(?:\.\d+)?$/.test(text)) return Number(text);
  const string = /^(["'])(.*)\1$/.exec(text);
  return string ? string[2] : text;
}

/** Every bad enumerated prop of a figure tag in a chapter's MDX, one message each naming the file. */
export function figurePropProblems(file: string, mdx: string): string[] {
  const problems: string[] = [];
  for (const tag of mdx.matchAll(/<([A-Z][A-Za-z]*)\b([^>]*?)\/?>/g)) {
    const component = tag[1] as FigureComponent;
    if (!(component in ENUMERATED_PROPS)) continue;
    const props = new Map([...(tag[2] ?? '').matchAll(/\b([a-zA-Z]+)=(?:\{([^}]*)\}|"([^"]*)")/g)].map((m) => [m[1]!, readValue(m[2], m[3])]));
    for (const prop of Object.keys(ENUMERATED_PROPS[component])) {
      const problem = propProblem(component, prop, props.get(prop));
      if (problem) problems.push(`${file}: ${problem}`);
    }
  }
  return problems;
}
