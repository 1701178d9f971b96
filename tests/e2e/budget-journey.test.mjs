// Issue 16's whole story, as an account would do it: a new plan counted in
// leads, a channel's curve fitted to last campaign's numbers, two variants
// saved as scenarios, the three compared side by side and the comparison
// exported, every figure in leads.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { WAIT, assertNoErrors, expectText, expectValue, h1Text, newPage, useSuite } from './helpers.mjs';

const env = useSuite();

describe('budget: from past results to an exported comparison', () => {
  test('a plan in leads, fitted to past results, compared in three scenarios and exported', { timeout: 150_000 }, async () => {
    const context = await env.newContext({ acceptDownloads: true });
    const page = await newPage(context);
    await page.goto(env.at('budget'));
    await h1Text(page);
    await page.getByRole('button', { name: 'New plan' }).click();
    await page.waitForURL(/\?plan=/);
    await page.getByLabel('Plan name').fill('Lumi Tea Q1');
    await page.getByLabel('What the channel curves count').selectOption('leads');

    // Last campaign's numbers for Meta: spend → leads.
    const panel = page.locator('#ch-meta-fit');
    await panel.locator('summary').click();
    await panel.getByRole('button', { name: 'Add a past result' }).click();
    await panel.getByRole('button', { name: 'Add a past result' }).click();
    const past = [['25,000,000', '240'], ['50m', '400'], ['100,000,000', '600'], ['300 million', '900']];
    for (const [i, [spend, leads]] of past.entries()) {
      await panel.getByLabel(`Past spend ${i + 1}`, { exact: true }).fill(spend);
      await panel.getByLabel(`Result ${i + 1}`, { exact: true }).fill(leads);
    }
    await panel.getByRole('button', { name: 'Fit the curve', exact: true }).click();
    await expectText(panel.getByTestId('fit-result').locator('.fit-sure'), /^Fairly sure\. Fitted curve: at most 1,200 leads, /);
    await panel.getByRole('button', { name: 'Use this curve' }).click();
    await expectText(panel.getByRole('status'), /^The channel now uses the fitted curve/);
    await expectValue(page.getByLabel('Most this channel can bring (at very high spend)').first(), '1,200');
    const summary = page.getByTestId('result-summary');
    await expectText(summary, /Total value: [\d.,]+ leads\.$/);
    await expectText(page.getByTestId('save-state'), 'Saved');

    // Two variants: 20 % more budget, and the same budget without Google Search.
    const card = page.locator('section', { has: page.getByRole('heading', { name: 'Save a scenario' }) });
    await card.getByRole('button', { name: 'Save as a scenario' }).click();
    await expectText(page.getByTestId('scenario-note'), /^Saved “Lumi Tea Q1 \(\+20 %\)”\./);
    await card.getByLabel('Change the total budget by (%)').fill('0');
    await card.getByLabel('Leave out').selectOption({ label: 'Google Search' });
    await card.getByRole('button', { name: 'Save as a scenario' }).click();
    await expectText(page.getByTestId('scenario-note'), /^Saved “Lumi Tea Q1 \(without Google Search\)”\./);

    // Side by side, in leads.
    await page.getByRole('link', { name: 'All plans' }).click();
    const compare = page.locator('section', { has: page.getByRole('heading', { name: 'Compare scenarios' }) });
    for (const name of ['Lumi Tea Q1', 'Lumi Tea Q1 (+20 %)', 'Lumi Tea Q1 (without Google Search)']) {
      await compare.getByLabel(name, { exact: true }).check({ timeout: WAIT.boot });
    }
    const table = page.getByTestId('compare-table');
    const row = (name) => table.locator('tr', { has: page.getByRole('rowheader', { name, exact: true }) });
    await expectText(row('Total value'), /^Total value\s*[\d.,]+ leads\s*[\d.,]+ leads\s*[\d.,]+ leads$/);
    const values = (await row('Total value').locator('td').allInnerTexts()).map((t) => Number(t.replace(/[^\d.]/g, '')));
    assert.equal(values.length, 3);
    assert.ok(values[1] > values[0], `20 % more budget brings more leads (${values})`);
    assert.ok(values[2] <= values[0], `the same budget without a channel brings no more (${values})`);

    const [d] = await Promise.all([
      page.waitForEvent('download'),
      compare.getByRole('button', { name: 'Export the comparison (CSV)' }).click(),
    ]);
    const lines = (await readFile(await d.path(), 'utf8')).replace(/^\uFEFF/, '').split('\r\n');
    assert.equal(lines[0], 'Scenario,Lumi Tea Q1,Lumi Tea Q1 (+20 %),Lumi Tea Q1 (without Google Search)');
    const total = lines.find((l) => l.startsWith('Total value ('));
    assert.match(total, /^Total value \(leads\),[\d.]+,[\d.]+,[\d.]+$/);
    assert.deepEqual(total.split(',').slice(1).map(Number).map(Math.round), values.map(Math.round));
    assertNoErrors(page);
    await context.close();
  });
});
