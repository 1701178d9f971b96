// Preferences: the interface language (browser default, then the user's
// choice) and the colour theme, both kept across reloads.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import {
  TEST_TIMEOUT,
  assertNoErrors,
  bodyBackground,
  eventually,
  h1Text,
  luminance,
  newPage,
  useSuite,
} from './helpers.mjs';

const env = useSuite();

const htmlAttr = (page, name) => page.evaluate((n) => document.documentElement.getAttribute(n), name);
const navLink = (page, nav, name) => page.getByRole('navigation', { name: nav }).getByRole('link', { name, exact: true });

/** Waits for the page's text to be in English or Vietnamese. */
async function expectLanguage(page, lang) {
  const want = lang === 'vi'
    ? { nav: 'Điều hướng chính', settings: 'Cài đặt', select: 'Ngôn ngữ' }
    : { nav: 'Main', settings: 'Settings', select: 'Language' };
  await navLink(page, want.nav, want.settings).waitFor();
  await page.getByRole('combobox', { name: want.select }).waitFor();
  await eventually(async () => (await htmlAttr(page, 'lang')) === lang, { message: `<html lang="${lang}">` });
  assert.equal(await page.getByRole('combobox', { name: want.select }).inputValue(), lang, 'the select shows the language');
}

const isDark = (rgb) => luminance(rgb) < 0.1;
const isLight = (rgb) => luminance(rgb) > 0.8;

describe('preferences', () => {
  test('the language follows the browser: vi-VN shows Vietnamese', { timeout: TEST_TIMEOUT }, async () => {
    const context = await env.newContext({ locale: 'vi-VN' });
    try {
      const page = await newPage(context);
      await page.goto(env.url);
      await h1Text(page);
      await expectLanguage(page, 'vi');
      assert.equal(await h1Text(page), 'Suitcase: mọi việc của một Account agency, gói gọn một chỗ');
      assertNoErrors(page);
    } finally {
      await context.close();
    }
  });

  test('the language follows the browser: en-US shows English', { timeout: TEST_TIMEOUT }, async () => {
    const context = await env.newContext({ locale: 'en-US' });
    try {
      const page = await newPage(context);
      await page.goto(env.at('settings'));
      assert.equal(await h1Text(page), 'Settings');
      await expectLanguage(page, 'en');
      assertNoErrors(page);
    } finally {
      await context.close();
    }
  });

  test('choosing "Tiếng Việt" switches the text and <html lang>', { timeout: TEST_TIMEOUT }, async () => {
    const context = await env.newContext({ locale: 'en-US' });
    try {
      const page = await newPage(context);
      await page.goto(env.at('career'));
      assert.equal(await h1Text(page), 'Career guide');
      await expectLanguage(page, 'en');

      await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Tiếng Việt' });
      await expectLanguage(page, 'vi');
      await page.getByRole('heading', { level: 1, name: 'Cẩm nang nghề' }).waitFor();
      await eventually(async () => (await page.title()) === 'Cẩm nang nghề · Suitcase', { message: 'the tab title in Vietnamese' });

      // And back, in place.
      await page.getByRole('combobox', { name: 'Ngôn ngữ' }).selectOption({ label: 'English' });
      await expectLanguage(page, 'en');
      await page.getByRole('heading', { level: 1, name: 'Career guide' }).waitFor();
      assertNoErrors(page);
    } finally {
      await context.close();
    }
  });

  test(
    'the chosen language survives a reload and a new page',
    {
      timeout: TEST_TIMEOUT,
    },
    async () => {
      const context = await env.newContext({ locale: 'en-US' });
      try {
        const page = await newPage(context);
        await page.goto(env.at('career'));
        assert.equal(await h1Text(page), 'Career guide');
        await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Tiếng Việt' });
        await expectLanguage(page, 'vi');

        await page.reload();
        await h1Text(page);
        await expectLanguage(page, 'vi');
        assert.equal(await h1Text(page), 'Cẩm nang nghề', 'still Vietnamese after a reload');

        const second = await newPage(context);
        await second.goto(env.url);
        await h1Text(second);
        await expectLanguage(second, 'vi');

        // A Vietnamese browser whose user chose English keeps English too.
        await second.getByRole('combobox', { name: 'Ngôn ngữ' }).selectOption({ label: 'English' });
        await expectLanguage(second, 'en');
        const viContext = await env.newContext({ locale: 'vi-VN', storageState: await context.storageState() });
        try {
          const third = await newPage(viContext);
          await third.goto(env.url);
          await h1Text(third);
          await expectLanguage(third, 'en');
          assertNoErrors(third, 'vi-VN page');
        } finally {
          await viContext.close();
        }
        assertNoErrors(page, 'first tab');
        assertNoErrors(second, 'second tab');
      } finally {
        await context.close();
      }
    },
  );

  test('the Dark theme darkens the page and is kept', { timeout: TEST_TIMEOUT }, async () => {
    const context = await env.newContext({ colorScheme: 'light' });
    try {
      const page = await newPage(context);
      await page.goto(env.url);
      await h1Text(page);
      const theme = page.getByRole('combobox', { name: 'Theme' });
      assert.equal(await theme.inputValue(), 'system', 'System is the default');
      assert.equal(await htmlAttr(page, 'data-theme'), null);
      const light = await bodyBackground(page);
      assert.ok(isLight(light), `light background by default (rgb ${light})`);

      const options = await theme.getByRole('option').allTextContents();
      assert.deepEqual(options.map((o) => o.trim()), ['System', 'Light', 'Dark']);

      await theme.selectOption({ label: 'Dark' });
      await eventually(async () => (await htmlAttr(page, 'data-theme')) === 'dark', { message: 'data-theme="dark"' });
      const dark = await bodyBackground(page);
      assert.ok(isDark(dark), `dark background (rgb ${dark})`);
      assert.notDeepEqual(dark, light);

      await page.reload();
      await h1Text(page);
      assert.equal(await htmlAttr(page, 'data-theme'), 'dark', 'kept after a reload');
      assert.equal(await theme.inputValue(), 'dark', 'the select still shows Dark');
      assert.ok(isDark(await bodyBackground(page)), 'still dark after a reload');

      // Light overrides a dark system too.
      await page.emulateMedia({ colorScheme: 'dark' });
      await theme.selectOption({ label: 'Light' });
      await eventually(async () => (await htmlAttr(page, 'data-theme')) === 'light', { message: 'data-theme="light"' });
      assert.ok(isLight(await bodyBackground(page)), 'Light is light on a dark system');
      assertNoErrors(page);
    } finally {
      await context.close();
    }
  });

  test('System follows the operating system colour scheme', { timeout: TEST_TIMEOUT }, async () => {
    const context = await env.newContext({ colorScheme: 'dark' });
    try {
      const page = await newPage(context);
      await page.goto(env.at('settings'));
      await h1Text(page);
      assert.equal(await page.getByRole('combobox', { name: 'Theme' }).inputValue(), 'system');
      assert.equal(await htmlAttr(page, 'data-theme'), null, 'no explicit theme');
      const dark = await bodyBackground(page);
      assert.ok(isDark(dark), `dark system → dark background (rgb ${dark})`);

      await page.emulateMedia({ colorScheme: 'light' });
      await eventually(async () => isLight(await bodyBackground(page)), { message: 'light background when the system turns light' });
      assertNoErrors(page);
    } finally {
      await context.close();
    }
  });
});
