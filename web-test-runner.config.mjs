import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { requireChrome, CHROME_FLAGS } from './scripts/find-chrome.mjs';
import { countReporter } from './scripts/count-reporter.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').startsWith('Lit is in dev mode'),
  rootDir: '.',
  concurrency: 2,
  testsFinishTimeout: 240000,
  testFramework: { config: { timeout: 15000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    ...(process.env.WTR_COUNTS_FILE ? [countReporter(process.env.WTR_COUNTS_FILE)] : []),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: requireChrome(), headless: true, args: CHROME_FLAGS },
    }),
  ],
};
