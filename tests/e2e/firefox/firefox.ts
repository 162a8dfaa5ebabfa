import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BidiClient } from './bidi';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface FirefoxSession {
  bidi: BidiClient;
  /** The extension's fixed moz-extension:// origin, set through the profile. */
  extensionOrigin: string;
  close(): Promise<void>;
}

/**
 * Starts Firefox ESR headless on a fresh profile with WebDriver BiDi, opens a session and
 * installs the extension folder as a temporary add-on. `close` always ends the process and
 * deletes the profile.
 */
export async function startFirefox(extensionDir: string, geckoId: string, uuid: string): Promise<FirefoxSession> {
  if (!existsSync(FIREFOX)) {
    throw new Error(`Firefox ESR not found at ${FIREFOX}. Install it: apt-get install -y firefox-esr`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'alg-firefox-'));
  writeFileSync(
    join(profile, 'user.js'),
    [
      `user_pref("extensions.webextensions.uuids", ${JSON.stringify(JSON.stringify({ [geckoId]: uuid }))});`,
      // Quiet, offline start: no updates, telemetry or first-run pages.
      'user_pref("app.update.enabled", false);',
      'user_pref("browser.shell.checkDefaultBrowser", false);',
      'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
      'user_pref("toolkit.telemetry.reportingpolicy.firstRun", false);',
      'user_pref("browser.aboutwelcome.enabled", false);',
      'user_pref("extensions.update.enabled", false);',
      'user_pref("network.captive-portal-service.enabled", false);',
      'user_pref("network.connectivity-service.enabled", false);',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(
    FIREFOX,
    // --remote-allow-system-access: without it BiDi refuses to navigate a tab to the
    // extension's own moz-extension:// pages (the popup test needs one).
    ['--headless', '--remote-debugging-port=0', '--remote-allow-system-access', '--no-remote', '--profile', profile, 'about:blank'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const shutdown = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
      child.kill('SIGTERM');
      await exited;
      clearTimeout(killer);
    }
    rmSync(profile, { recursive: true, force: true });
  };

  try {
    const wsUrl = await new Promise<string>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`Firefox did not start BiDi in 30 s:\n${output}`)), 30_000);
      const onData = (chunk: Buffer) => {
        output += chunk;
        const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('exit', (code) => reject(new Error(`Firefox exited (${code}) before BiDi started:\n${output}`)));
    });
    const bidi = await BidiClient.connect(`${wsUrl}/session`);
    await bidi.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
    await bidi.send('webExtension.install', { extensionData: { type: 'path', path: extensionDir } });
    return {
      bidi,
      extensionOrigin: `moz-extension://${uuid}`,
      close: async () => {
        try {
          await Promise.race([bidi.send('browser.close'), new Promise((r) => setTimeout(r, 3000))]);
        } catch {
          // The connection closes as the browser goes; that is the expected answer.
        }
        bidi.close();
        await shutdown();
      },
    };
  } catch (error) {
    await shutdown();
    throw error;
  }
}
