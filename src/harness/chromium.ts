/** Debian's Chromium driven by playwright-core (which never downloads a browser of its own). */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`找不到 ${CHROMIUM}：请安装 Debian 的 chromium（apt-get install -y chromium；.ci/run 会安装）`);
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}
