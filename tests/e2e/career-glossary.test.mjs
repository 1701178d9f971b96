// The glossary and the "put in order" quiz, as a student uses them: filter
// the glossary in Vietnamese without typing accents, follow a term linked
// from the guide's text, and order the steps of a question by keyboard.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { TEST_TIMEOUT, assertNoErrors, eventually, expectText, h1Text, newPage, useSuite } from './helpers.mjs';

const env = useSuite();

describe('career: glossary and ordering questions', () => {
  test('the glossary filters without accents and the guide links its terms', { timeout: TEST_TIMEOUT }, async () => {
    const context = await env.newContext({ locale: 'vi-VN' });
    await context.addInitScript(() => localStorage.setItem('suitcase.lang', '"vi"'));
    const page = await newPage(context, { allow404: true });
    await page.goto(env.at('career/glossary'));
    await h1Text(page);
    const all = await page.locator('.term').count();
    assert.ok(all >= 40, `at least 40 terms, found ${all}`);
    await page.getByLabel('Lọc thuật ngữ').or(page.locator('#glossary-filter')).first().fill('cong no');
    await eventually(async () => (await page.locator('.term:visible').count()) < all, { message: 'the list narrows' });
    assert.ok(await page.getByTestId('term-receivables').isVisible(), '"cong no" finds "Công nợ"');
    assert.ok(!(await page.getByTestId('term-brief').isVisible()), 'other terms are filtered out');

    // From the guide's text to the term it names.
    await page.goto(env.at('career/guide'));
    await h1Text(page);
    const link = page.locator('main a[href*="glossary#term-"]').first();
    const href = await link.getAttribute('href');
    const id = href.split('#')[1];
    await link.click();
    await page.waitForURL(new RegExp(`/suitcase/career/glossary#${id}$`));
    // The glossary's code may still be on the way (its own module): the term
    // comes with it, in view and focused.
    await page.locator(`#${id}`).waitFor({ state: 'visible' });
    await eventually(async () => (await page.evaluate(() => document.activeElement?.id)) === id, { message: 'the linked term has the focus' });
    assertNoErrors(page);
    await context.close();
  });

  test('an ordering question is answered with the keyboard', { timeout: TEST_TIMEOUT }, async () => {
    const context = await env.newContext();
    const page = await newPage(context, { allow404: true });
    await page.goto(env.at('career/quiz?topic=steps-in-order'));
    await h1Text(page);
    const list = page.locator('.order-list').first();
    await expectText(list.locator('.order-item').first().locator('.order-text'), /\S/);
    const before = await list.locator('.order-text').allTextContents();
    assert.ok(before.length >= 3, 'an ordering question has several items');
    // Move the first item down with the keyboard: it becomes second, and focus stays on it.
    const down = list.getByRole('button', { name: `Move down: ${before[0]}` });
    await down.focus();
    await page.keyboard.press('Enter');
    await eventually(async () => (await list.locator('.order-text').allTextContents())[1] === before[0], {
      message: 'the item moved down one place',
    });
    const after = await list.locator('.order-text').allTextContents();
    assert.deepEqual(after.slice(0, 2), [before[1], before[0]]);
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') || '');
    assert.ok(focused.includes(before[0]), `focus stays on the moved item (${focused})`);
    await expectText(page.locator('.visually-hidden[aria-live]').first(), new RegExp(`number 2 of ${before.length}`));
    assertNoErrors(page);
    await context.close();
  });
});
