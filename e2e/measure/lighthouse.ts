/**
 * Lighthouse, with its mobile defaults, on each page: the scores (median over the runs) and, for
 * a category below its budget, the audits that cost points. Its JSON reports are kept.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { systemChromium } from '../../src/build/chromium.ts';
import { BUDGETS, mainThreadOf, medianMainThread, medianScores, type LighthouseAudits, type MainThread, type Scores } from './report.ts';

export interface LighthouseOutcome {
  scores?: Scores;
  /** Total Blocking Time and Style & Layout (median over the runs), in ms. */
  mainThread?: MainThread;
  error?: string;
  /** Weighted audits that did not pass, for the categories below their budget. */
  findings: string[];
  /** Performance in each run, when there were several. */
  performanceRuns?: number[];
  environment?: string;
}

/** The same flags the tests use, plus what a headless Chrome outside Playwright needs. */
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

const CATEGORIES = [
  ['performance', 'performance'],
  ['accessibility', 'accessibility'],
  ['best-practices', 'bestPractices'],
  ['seo', 'seo'],
] as const;
const MINIMUM: Scores = {
  performance: BUDGETS.performance,
  accessibility: BUDGETS.accessibility,
  bestPractices: BUDGETS.bestPractices,
  seo: BUDGETS.seo,
};

export interface LighthouseOptions {
  /** Runs per page; the scores are their median. */
  runs: number;
  /** Where each page's JSON report is written. */
  reports: string;
  log: (message: string) => void;
}

export async function runLighthouse(
  targets: ReadonlyArray<{ page: string; url: string }>,
  { runs: lighthouseRuns, reports, log }: LighthouseOptions,
): Promise<Map<string, LighthouseOutcome>> {
  const outcomes = new Map<string, LighthouseOutcome>();
  const failAll = (error: string) => {
    for (const { page } of targets) outcomes.set(page, { error, findings: [] });
    return outcomes;
  };
  let lighthouse: typeof import('lighthouse').default;
  let chromeLauncher: typeof import('chrome-launcher');
  try {
    lighthouse = (await import('lighthouse')).default;
    chromeLauncher = await import('chrome-launcher');
  } catch (error) {
    return failAll(`cannot load lighthouse: ${String(error)}`);
  }
  const chromePath = systemChromium ?? chromium.executablePath();
  let chrome: Awaited<ReturnType<typeof chromeLauncher.launch>>;
  try {
    chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'error' });
  } catch (error) {
    return failAll(`cannot start ${chromePath} for Lighthouse: ${String(error)}`);
  }
  mkdirSync(reports, { recursive: true });
  try {
    for (const { page, url } of targets) {
      const runs: Scores[] = [];
      const mainThreadRuns: MainThread[] = [];
      // What cost points in any run, one line per audit (with its latest figure).
      const findings = new Map<string, string>();
      let error: string | undefined;
      let environment: string | undefined;
      for (let run = 0; run < lighthouseRuns && !error; run++) {
        log(`lighthouse ${page}${lighthouseRuns > 1 ? ` (run ${run + 1}/${lighthouseRuns})` : ''}`);
        try {
          const result = await lighthouse(url, {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: CATEGORIES.map(([id]) => id),
            disableFullPageScreenshot: true,
          });
          const lhr = result?.lhr;
          if (!lhr) throw new Error('no result');
          writeFileSync(join(reports, `${page.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}.json`), JSON.stringify(lhr));
          if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
          const scores = {} as Scores;
          for (const [id, key] of CATEGORIES) {
            const category = lhr.categories[id];
            if (category?.score == null) throw new Error(`no ${id} score`);
            scores[key] = Math.round(category.score * 100);
            if (scores[key] < MINIMUM[key]) {
              for (const ref of category.auditRefs) {
                const audit = lhr.audits[ref.id];
                if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
                  findings.set(ref.id, `${id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
              }
            }
          }
          runs.push(scores);
          const mainThread = mainThreadOf(lhr.audits as LighthouseAudits);
          if (mainThread) mainThreadRuns.push(mainThread);
          environment = `Lighthouse ${lhr.lighthouseVersion}, ${lhr.configSettings.formFactor} (${lhr.configSettings.screenEmulation.width}×${lhr.configSettings.screenEmulation.height}, ${lhr.configSettings.throttlingMethod} throttling), ${lhr.environment.hostUserAgent.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}`;
          for (const warning of lhr.runWarnings) log(`  warning: ${warning}`);
        } catch (caught) {
          error = caught instanceof Error ? caught.message : String(caught);
        }
      }
      outcomes.set(
        page,
        error
          ? { error, findings: [] }
          : {
              scores: medianScores(runs),
              ...(mainThreadRuns.length ? { mainThread: medianMainThread(mainThreadRuns) } : {}),
              findings: [...findings.values()],
              performanceRuns: runs.map((r) => r.performance),
              ...(environment ? { environment } : {}),
            },
      );
    }
  } finally {
    chrome.kill();
  }
  return outcomes;
}
