// <mv-feedback> in a Vue 3 app and in a Svelte 5 app, in Chromium, sending to
// a real server: the README's event pattern for each hears the stored answer.
import { fileURLToPath } from 'node:url';
import { compile } from 'svelte/compiler';
import type { Plugin } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { consoleErrors } from '../widget/harness.js';
import { bundleApp, sendFromWidget, startAppPage, storedResponse, type AppPage } from '../support/app-page.js';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

const page = (title: string) => (_query: URLSearchParams, endpoint: string) =>
  `<!doctype html><html lang="en"><title>${title}</title><main id="app" data-endpoint="${endpoint}"></main><script type="module" src="/app.js"></script></html>`;

/** What an app's Svelte plugin does: .svelte files compiled for the browser. */
const svelteComponents: Plugin = {
  name: 'svelte-components',
  transform(source, id) {
    if (!id.endsWith('.svelte')) return null;
    const { js } = compile(source, { filename: id, generate: 'client' });
    return { code: js.code, map: js.map };
  },
};

const apps: AppPage[] = [];
afterAll(() => Promise.all(apps.map((app) => app.close())));

async function sendFromApp(app: AppPage) {
  apps.push(app);
  const tab = await app.harness.browser.newPage();
  const errors = consoleErrors(tab);
  await tab.goto(app.url);
  const reference = await sendFromWidget(tab);
  await expect.poll(() => tab.locator('#heard').textContent()).toBe(reference);
  await tab.close();
  expect(errors).toEqual([]);
  expect(await storedResponse(app.harness, reference)).toMatchObject({ department: 'permits', channel: 'web' });
}

describe('<mv-feedback> in Vue and Svelte', () => {
  it('Vue 3: @mv-feedback-sent in the template hears the stored answer', async () => {
    const scripts = await bundleApp(fixtures, 'vue-client.ts', {
      // The full build, which compiles templates in the browser, with its build flags set.
      resolve: { alias: { vue: 'vue/dist/vue.esm-bundler.js' } },
      define: {
        __VUE_OPTIONS_API__: 'true',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
    });
    await sendFromApp(await startAppPage(scripts, page('Vue')));
  });

  it('Svelte 5: the onmv-feedback-sent attribute hears the stored answer', async () => {
    const scripts = await bundleApp(fixtures, 'svelte-client.js', { plugins: [svelteComponents] });
    await sendFromApp(await startAppPage(scripts, page('Svelte')));
  });
});
