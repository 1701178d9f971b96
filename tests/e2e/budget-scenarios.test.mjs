// Scenarios side by side: variants of a plan are saved as plans of their
// own from the open plan, then two to four are ticked in the list of plans
// and compared in a table, a chart and an exported CSV.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { REPO_ROOT, WAIT, assertNoErrors, expectText, h1Text, newPage, useSuite } from './helpers.mjs';

const env = useSuite();
const FIXTURE = join(REPO_ROOT, 'core/tests/fixtures/budget/tet-plan.json');

describe('budget: scenarios side by side', () => {
  test('save +20 % and without the TVC, compare the three, export the comparison', { timeout: 120_000 }, async () => {
    const context = await env.newContext({ acceptDownloads: true });
    const page = await newPage(context);
    await page.goto(env.at('budget'));
    await h1Text(page);
    await page.locator('#import-plan').setInputFiles(FIXTURE);
    await page.waitForURL(/\?plan=/);
    await expectText(page.getByRole('heading', { level: 1 }), 'Tet 2027 launch', WAIT.boot);

    // +20 % (the default change).
    const card = page.locator('section', { has: page.getByRole('heading', { name: 'Save a scenario' }) });
    await card.getByRole('button', { name: 'Save as a scenario' }).click();
    await expectText(page.getByTestId('scenario-note'), /^Saved “Tet 2027 launch \(\+20 %\)”\./);
    // The client's budget without the TVC.
    await card.getByLabel('Change the total budget by (%)').fill('0');
    await card.getByLabel('Leave out').selectOption({ label: 'TVC 30s production' });
    await card.getByRole('button', { name: 'Save as a scenario' }).click();
    await expectText(page.getByTestId('scenario-note'), /^Saved “Tet 2027 launch \(without TVC 30s production\)”\./);
    // A cut of 100 % or more is refused at the field.
    await card.getByLabel('Change the total budget by (%)').fill('-100');
    await card.getByRole('button', { name: 'Save as a scenario' }).click();
    await expectText(page.locator('#scenario-change-error'), 'A cut must be smaller than 100 %.');
    // The open plan is unchanged.
    await expectText(page.getByTestId('result-summary'), /Total value: 213\.2 points\.$/);

    await page.getByRole('link', { name: 'All plans' }).click();
    const compare = page.locator('section', { has: page.getByRole('heading', { name: 'Compare scenarios' }) });
    await compare.getByLabel('Tet 2027 launch', { exact: true }).check();
    await expectText(compare.locator('p.help').last(), 'Tick two to four plans to compare them.');
    await compare.getByLabel('Tet 2027 launch (+20 %)', { exact: true }).check();
    await compare.getByLabel('Tet 2027 launch (without TVC 30s production)', { exact: true }).check();

    const table = page.getByTestId('compare-table');
    const row = (name) => table.locator('tr', { has: page.getByRole('rowheader', { name, exact: true }) });
    await expectText(row('Total budget (what the client pays)'), /^Total budget \(what the client pays\)\s*800,000,000 ₫\s*960,000,000 ₫\s*800,000,000 ₫$/);
    await expectText(row('TVC 30s production'), /^TVC 30s production\s*In\s*In\s*—$/);
    await expectText(row('Total value'), /^Total value\s*213\.2 points\s*[\d.,]+ points\s*[\d.,]+ points$/);
    await compare.getByRole('img', { name: /^Total value of each scenario: Tet 2027 launch 213\.2 points; Tet 2027 launch \(\+20 %\) [\d.,]+ points; / }).waitFor();

    const [d] = await Promise.all([
      page.waitForEvent('download'),
      compare.getByRole('button', { name: 'Export the comparison (CSV)' }).click(),
    ]);
    assert.equal(d.suggestedFilename(), 'tet_2027_launch-scenarios.csv');
    const lines = (await readFile(await d.path(), 'utf8')).replace(/^\uFEFF/, '').split('\r\n');
    assert.equal(lines[0], 'Scenario,Tet 2027 launch,Tet 2027 launch (+20 %),Tet 2027 launch (without TVC 30s production)');
    assert.equal(lines[1], 'Total budget (VND),800000000,960000000,800000000');
    assert.ok(lines.includes('Deliverable: TVC 30s production,yes,yes,'), lines.join('\n'));
    assertNoErrors(page);
    await context.close();
  });

  test('in Vietnamese the comparison asks for two to four plans', { timeout: 60_000 }, async () => {
    const context = await env.newContext({ locale: 'vi-VN' });
    const page = await newPage(context);
    await page.goto(env.at('budget'));
    await h1Text(page);
    const compare = page.locator('section', { has: page.getByRole('heading', { name: 'So sánh kịch bản' }) });
    await expectText(compare.locator('p.help').last(), 'Chọn hai đến bốn kế hoạch để so sánh.', WAIT.boot);
    assertNoErrors(page);
    await context.close();
  });
});
