// Issue 15, finding 4: a date typed the way the user's language writes it
// is read, never erased. "10/12/2026" is 10 December in Vietnamese; in
// English the order is uncertain, so the text stays and the field asks.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { assertNoErrors, expectText, expectValue, h1Text, newPage, storedRecords, useSuite, WAIT } from './helpers.mjs';

const env = useSuite();

const L = {
  en: {
    newClient: 'New client',
    addClient: 'Add client',
    newReport: 'New contact report',
    addStep: 'Add next step',
    due: 'Next step 1 — Due date',
    ambiguous: 'The day and the month could be either way round here: write the date as YYYY-MM-DD (e.g. 2026-12-10) or pick it from the calendar.',
    unreadable: 'Write the date as YYYY-MM-DD (e.g. 2026-12-10) or pick it from the calendar.',
  },
  vi: {
    newClient: 'Client mới',
    addClient: 'Thêm client',
    newReport: 'Contact report mới',
    addStep: 'Thêm bước tiếp theo',
    due: 'Bước tiếp theo 1 — Deadline',
    unreadable: 'Viết ngày theo dạng ngày/tháng/năm (ví dụ 10/12/2026) hoặc chọn trên lịch.',
  },
};

/** The contact report's first next step's stored due date. */
async function storedDue(page) {
  const report = (await storedRecords(page, 'reports')).find((r) => r.kind === 'contact_report');
  return report ? report.data.next_steps?.[0]?.due ?? null : undefined;
}

async function newReportWithStep(lang) {
  const t = L[lang];
  const context = await env.newContext({ locale: lang === 'vi' ? 'vi-VN' : 'en-US' });
  await context.addInitScript((l) => localStorage.setItem('suitcase.lang', JSON.stringify(l)), lang);
  const page = await newPage(context);
  await page.goto(env.at('toolkit'));
  await h1Text(page);
  await page.getByRole('button', { name: t.newClient }).click();
  await page.locator('#tk-new-client').fill('Lumi Tea');
  await page.getByRole('button', { name: t.addClient }).click();
  await page.waitForURL(/client=[0-9a-f]{32}/);
  await page.getByRole('button', { name: t.newReport }).click();
  await page.waitForURL(/id=[0-9a-f]{32}/);
  await page.getByRole('button', { name: t.addStep }).click();
  return { context, page, t, due: page.getByLabel(t.due, { exact: true }) };
}

describe('dates as the language writes them', () => {
  test('in Vietnamese, 10/12/2026 is 10 December 2026, kept as typed', { timeout: 90_000 }, async () => {
    const { context, page, t, due } = await newReportWithStep('vi');
    await due.fill('10/12/2026');
    await due.press('Tab');
    await expectValue(due, '10/12/2026');
    assert.equal(await page.locator('#cr-step-0-due-error').count(), 0, 'no error under the date');
    await expect(() => storedDue(page), '2026-12-10');
    // Unreadable text stays in the field, with the reason beside it.
    await due.fill('mười hai');
    await expectText(page.locator('#cr-step-0-due-error'), t.unreadable);
    await expectValue(due, 'mười hai');
    assertNoErrors(page);
    await context.close();
  });

  test('in English, 10/12/2026 stays in the field and asks which is the day', { timeout: 90_000 }, async () => {
    const { context, page, t, due } = await newReportWithStep('en');
    await due.fill('10/12/2026');
    await due.press('Tab');
    await expectText(page.locator('#cr-step-0-due-error'), t.ambiguous);
    await expectValue(due, '10/12/2026');
    assert.equal(await due.getAttribute('aria-invalid'), 'true');
    assert.equal(await storedDue(page), null, 'nothing guessed is stored');
    await due.fill('2026-12-10');
    await expect(() => storedDue(page), '2026-12-10');
    assert.equal(await page.locator('#cr-step-0-due-error').count(), 0);
    // A day above 12 leaves no doubt about the order.
    await due.fill('25/12/2026');
    await expect(() => storedDue(page), '2026-12-25');
    assertNoErrors(page);
    await context.close();
  });
});

/** Waits until `read()` resolves to `want` (autosave runs after a pause). */
async function expect(read, want) {
  const end = Date.now() + WAIT.boot;
  let got;
  while (Date.now() < end) {
    got = await read();
    if (got === want) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  assert.equal(got, want);
}
