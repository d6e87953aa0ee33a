/**
 * How okrkit's tests and benchmarks launch Chromium: the system's (Debian's) browser,
 * because Playwright's own download cannot run here; `CHROMIUM_PATH` overrides the path.
 * The flags keep a headless run on a CI box quiet (no background networking, no
 * component updates); no `--user-data-dir`, which Playwright owns.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
