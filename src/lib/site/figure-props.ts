/**
 * The figure components' props that take one of a few values (`<TollTimeline event={2022} />`).
 * MDX is not type-checked, so a chapter could pass `event={2023}` and the figure would draw an
 * empty chart; the build checks the chapters' tags here, and each component checks its props
 * again when it renders (src/components/figures/prop-errors.ts).
 */
import { CLASH_YEARS } from '../../schemas/fields';
import { jsxElements, literalValue, parseMdx } from './mdx-tree';

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

/** Every bad enumerated prop of a figure tag in a chapter's MDX, one message each naming the file. */
export function figurePropProblems(file: string, mdx: string): string[] {
  const problems: string[] = [];
  for (const element of jsxElements(parseMdx(mdx))) {
    if (!(element.name in ENUMERATED_PROPS)) continue;
    const component = element.name as FigureComponent;
    for (const prop of Object.keys(ENUMERATED_PROPS[component])) {
      const problem = propProblem(component, prop, literalValue(element.attributes.get(prop)));
      if (problem) problems.push(`${file}: ${problem}`);
    }
  }
  return problems;
}
