/**
 * The snippet page of the demo: an editor picks the attributes, copies the pre-rendered snippet
 * and sees it in place. The dev server renders it (vite.config.ts, /demo/render-snippet) with
 * src/snippet/, the function behind `npx kreis-wetter-snippet` and dist/snippets/.
 */
import { defaultDistrict } from '../src/shell/district/index.js';

const form = document.getElementById('settings') as HTMLFormElement;
const code = document.getElementById('code') as HTMLTextAreaElement;
const problem = document.getElementById('problem')!;
const preview = document.getElementById('preview')!;
const copied = document.getElementById('copied')!;
const select = document.getElementById('gemeinde') as HTMLSelectElement;

for (const { id, name } of defaultDistrict.municipalities) select.add(new Option(name, id, false, id === 'coesfeld'));

// Sample data as on the demo's main page: the preview's forecast, after a yes, asks nobody.
const { setupWorker } = await import('msw/browser');
const { demoHandlers } = await import('../tests/mocks/open-meteo.js');
await setupWorker(...demoHandlers).start({ quiet: true, onUnhandledRequest: 'bypass' });
await import('../src/kreis-wetter.js');

/** The attributes as the form says them, the defaults left out (the snippet stays short). */
function attributes(): URLSearchParams {
  const params = new URLSearchParams();
  const defaults: Record<string, string> = { lang: '', days: '5', 'heading-level': '2' };
  for (const [name, value] of new FormData(form)) {
    if (typeof value === 'string' && value !== '' && defaults[name] !== value) params.set(name, value);
  }
  return params;
}

async function update(): Promise<void> {
  const response = await fetch(`/demo/render-snippet?${attributes()}`);
  const text = await response.text();
  problem.hidden = response.ok;
  if (!response.ok) {
    problem.textContent = text;
    return;
  }
  code.value = text;
  preview.setHTMLUnsafe(text);
  copied.textContent = '';
}

document.getElementById('copy')!.addEventListener('click', () => {
  void navigator.clipboard.writeText(code.value).then(
    () => (copied.textContent = 'Kopiert.'),
    () => {
      code.select();
      copied.textContent = 'Markiert: mit Strg+C kopieren.';
    },
  );
});
form.addEventListener('input', () => void update());
document.getElementById('csp-hash')!.textContent = await (await fetch('/demo/render-snippet?csp')).text();
await update();
