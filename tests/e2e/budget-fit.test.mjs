// Fitting a channel's curve to past campaigns: the account types past
// spends and results, reads the fit and how sure it is, uses it, and the
// plan keeps it after a reload; bad points are refused in both languages.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { WAIT, assertNoErrors, expectText, expectValue, h1Text, newPage, useSuite } from './helpers.mjs';

const env = useSuite();

/** A new plan (Meta and Google Search), with Meta's fit panel open. */
async function metaFit(context, en = true) {
  const page = await newPage(context);
  await page.goto(env.at('budget'));
  await h1Text(page);
  await page.getByRole('button', { name: en ? 'New plan' : 'Kế hoạch mới' }).click();
  await page.waitForURL(/\?plan=/);
  const panel = page.locator('#ch-meta-fit');
  await panel.locator('summary').click();
  return { page, panel };
}

describe('budget: curves from past results', () => {
  test('four past results give a sure curve that the channel then uses', { timeout: 90_000 }, async () => {
    const context = await env.newContext();
    const { page, panel } = await metaFit(context);
    await panel.getByRole('button', { name: 'Add a past result' }).click();
    await panel.getByRole('button', { name: 'Add a past result' }).click();
    const rows = [['25,000,000', '240'], ['50m', '400'], ['100,000,000', '600'], ['300 million', '900']];
    for (const [i, [spend, result]] of rows.entries()) {
      await panel.getByLabel(`Past spend ${i + 1}`, { exact: true }).fill(spend);
      await panel.getByLabel(`Result ${i + 1}`, { exact: true }).fill(result);
    }
    await panel.getByRole('button', { name: 'Fit the curve', exact: true }).click();
    const result = panel.getByTestId('fit-result');
    await expectText(
      result.locator('.fit-sure'),
      /^Fairly sure\. Fitted curve: at most 1,200 points, half of that at about 100 million ₫, slow start 1\.$/,
    );
    // The chart's text alternative lists the points.
    await panel
      .getByRole('img', {
        name: 'The fitted curve against 4 past results: 25 million ₫ brought 240; 50 million ₫ brought 400; 100 million ₫ brought 600; 300 million ₫ brought 900.',
      })
      .waitFor();
    assert.equal(await result.locator('.fit-doubts li').count(), 0, 'no doubts for spread points on the curve');
    assert.equal(await panel.locator('.past-dot').count(), 4);

    await panel.getByRole('button', { name: 'Use this curve' }).click();
    await expectText(panel.getByRole('status'), /^The channel now uses the fitted curve/);
    const most = page.getByLabel('Most this channel can bring (at very high spend)').first();
    await expectValue(most, '1,200');
    await expectValue(page.getByLabel('Spend that brings half of that').first(), '100,000,000');
    await expectText(page.getByTestId('save-state'), 'Saved');
    await page.reload();
    await h1Text(page);
    await expectValue(page.getByLabel('Spend that brings half of that').first(), '100,000,000', WAIT.boot);
    assertNoErrors(page);
    await context.close();
  });

  test('two points: a rough curve, and a warning when the plan spends far beyond them', { timeout: 90_000 }, async () => {
    const context = await env.newContext();
    const { panel } = await metaFit(context);
    await panel.getByLabel('Past spend 1', { exact: true }).fill('10,000,000');
    await panel.getByLabel('Result 1', { exact: true }).fill('100');
    await panel.getByLabel('Past spend 2', { exact: true }).fill('20,000,000');
    await panel.getByLabel('Result 2', { exact: true }).fill('150');
    await panel.getByRole('button', { name: 'Fit the curve', exact: true }).click();
    const result = panel.getByTestId('fit-result');
    // y = 300 · s / (s + 20 million) passes through both points.
    await expectText(
      result.locator('.fit-sure'),
      /^Rough: read it as a guide\. Fitted curve: at most 300 points, half of that at about 20 million ₫, slow start 1\.$/,
    );
    await expectText(result.locator('.fit-doubts li').first(), /^Only two points: /);
    // The new plan spends far more than 40 million on Meta.
    await expectText(
      result.locator('.fit-beyond'),
      /^The plan spends [\d.]+ million ₫ here, [\d.]+ times the most this channel was ever tried at \(20 million ₫\): that far out, the curve is a guess\.$/,
    );
    assertNoErrors(context.pages()[0]);
    await context.close();
  });

  test('bad points are refused with the reason, in both languages', { timeout: 90_000 }, async () => {
    for (const en of [true, false]) {
      const context = await env.newContext(en ? {} : { locale: 'vi-VN' });
      const { page, panel } = await metaFit(context, en);
      const spend = (n) => panel.getByLabel(en ? `Past spend ${n}` : `Mức chi đợt ${n}`, { exact: true });
      const res = (n) => panel.getByLabel(en ? `Result ${n}` : `Kết quả đợt ${n}`, { exact: true });
      const run = () => panel.getByRole('button', { name: en ? 'Fit the curve' : 'Dựng đường cong', exact: true }).click();
      const error = page.locator('#ch-meta-fit-error');

      await spend(1).fill('100,000,000');
      await run();
      await expectText(error, en ? /^Result 1: / : /^Kết quả đợt 1: /);

      await res(1).fill('300');
      await spend(2).fill('100,000,000');
      await res(2).fill('500');
      await run();
      await expectText(
        error,
        en
          ? 'Two past results have the same spend (100 million ₫). Keep one, or average them into one row.'
          : 'Có hai đợt cùng mức chi (100 triệu ₫). Giữ một đợt, hoặc lấy trung bình gộp thành một dòng.',
      );
      assert.equal(await panel.getByTestId('fit-result').count(), 0, 'no curve is shown for refused points');

      await spend(2).fill('200,000,000');
      await res(1).fill('0');
      await res(2).fill('0');
      await run();
      await expectText(
        error,
        en ? 'Every result is zero, so there is no curve to fit.' : 'Tất cả kết quả đều bằng 0 nên không dựng được đường cong.',
      );

      await spend(1).fill('');
      await res(1).fill('');
      await res(2).fill('50');
      await run();
      await expectText(
        error,
        en
          ? 'Fill in at least two past results (a spend and what it brought) to fit a curve.'
          : 'Cần ít nhất hai đợt trước (mức chi và kết quả thu về) mới dựng được đường cong.',
      );
      assertNoErrors(page);
      await context.close();
    }
  });
});
