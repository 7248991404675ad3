import { emulateMedia } from '@web/test-runner-commands';

/**
 * What the engine under test can be made to do from outside. Plain WebDriver (WebKit here) cannot
 * emulate media features; tests that need that run where it works, say so in their name, and are
 * listed in README "Browser support". The behaviour itself is the same CSS in every engine.
 */
export const engine = navigator.userAgent.includes('Firefox/')
  ? 'Firefox'
  : navigator.userAgent.includes('Chrome/')
    ? 'Chromium'
    : 'WebKit';

async function probeMediaEmulation(): Promise<boolean> {
  try {
    await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
    return true;
  } catch {
    return false;
  }
}

export const canEmulateMedia = await probeMediaEmulation();
