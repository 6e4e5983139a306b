/**
 * Words that change with a number ("1 source", "34 sources"). Languages differ in how many forms
 * they have and which numbers take which (English two, Russian four), so a dictionary gives one
 * form per plural category of its language and Intl.PluralRules picks the category.
 */
import { formatNumber } from './format';

type PluralForm<Args extends readonly unknown[]> = (count: string, ...args: Args) => string;

/**
 * One phrase in every plural form its language needs; `other` is always there. Each form gets the
 * count already formatted for the locale, then any further words the phrase takes.
 */
export type PluralForms<Args extends readonly unknown[] = []> = { readonly other: PluralForm<Args> } & {
  readonly [Category in Exclude<Intl.LDMLPluralRule, 'other'>]?: PluralForm<Args>;
};

/** The phrase for `count` in the locale's plural category, with the count written as the locale writes numbers. */
export function plural<Args extends readonly unknown[]>(forms: PluralForms<Args>, count: number, locale: string, ...args: Args): string {
  const category = new Intl.PluralRules(locale).select(count);
  const form = forms[category] ?? forms.other;
  return form(formatNumber(count, locale), ...args);
}
