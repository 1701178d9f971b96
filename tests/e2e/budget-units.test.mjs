// A plan's unit: the result, the explanations, the what-if and the curve
// words count reach, clicks, leads, orders or revenue; each channel shows
// its cost per result (revenue: what each đồng spent brings back); plan
// files without a unit still read as points, with one they keep it.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { REPO_ROOT, WAIT, assertNoErrors, expectText, expectValue, h1Text, newPage, useSuite } from './helpers.mjs';

const env = useSuite();
const FIXTURE = join(REPO_ROOT, 'core/tests/fixtures/budget/tet-plan.json');

let scratch;
async function scratchFile(name, content) {
  scratch ??= await mkdtemp(join(tmpdir(), 'suitcase-units-'));
  const path = join(scratch, name);
  await writeFile(path, content);
  return path;
}
after(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

async function importFile(context, path) {
  const page = await newPage(context);
  await page.goto(env.at('budget'));
  await h1Text(page);
  await page.locator('#import-plan').setInputFiles(path);
  return page;
}

const summary = (page) => page.getByTestId('result-summary');

describe('budget: results in real units', () => {
  test('a plan in leads, then in revenue, speaks in its unit and keeps it after a reload', { timeout: 90_000 }, async () => {
    const context = await env.newContext();
    const page = await importFile(context, FIXTURE);
    await page.waitForURL(/\?plan=/);
    // A file without a unit counts points, as before.
    await expectText(summary(page), /Total value: 213\.2 points\.$/, WAIT.boot);
    const unit = page.getByLabel('What the channel curves count');
    await expectValue(unit, 'points');
    assert.equal(await page.locator('[data-testid^="cost-"]').count(), 0, 'no cost column for a plain score');

    await unit.selectOption('leads');
    await expectText(
      summary(page),
      /Total value: 213\.2 leads\. Of that, media brings [\d.,]+ leads and the chosen deliverables' importance adds [\d.,]+\.$/,
    );
    await page.getByRole('columnheader', { name: 'Leads', exact: true }).waitFor();
    await page.getByRole('columnheader', { name: 'Cost per result' }).waitFor();
    for (const id of ['facebook', 'youtube', 'search']) {
      await expectText(page.getByTestId(`cost-${id}`), /^[\d,]+ ₫$/);
    }
    await page.getByRole('img', { name: /^Response curve of YouTube: spending [\d,]+ ₫ gives [\d.,]+ of 90 leads\.$/ }).waitFor();
    await expectText(page.getByTestId('explanations'), /would add [\d.,]+ leads\./);
    await page.getByLabel('Total budget to try').fill('900000000');
    await expectText(page.getByTestId('whatif-line'), /^At 900,000,000 ₫ the best total value is [\d.,]+ leads \(\+[\d.,]+ against now\)\./);

    await unit.selectOption('revenue');
    await expectText(summary(page), /Total value: 213 ₫ in revenue\./);
    await page.getByRole('columnheader', { name: 'Revenue per 1 VND spent' }).waitFor();
    // A plain ratio (revenue per đồng), not an amount of money.
    await expectText(page.getByTestId('cost-youtube'), /^[\d.,]+$/);
    await expectText(page.getByTestId('save-state'), 'Saved');
    await page.reload();
    await h1Text(page);
    await expectValue(page.getByLabel('What the channel curves count'), 'revenue', WAIT.boot);
    await expectText(summary(page), /in revenue\./);
    assertNoErrors(page);
    await context.close();
  });

  test('in Vietnamese the unit words are Vietnamese', { timeout: 90_000 }, async () => {
    const context = await env.newContext({ locale: 'vi-VN' });
    const page = await importFile(context, FIXTURE);
    await page.waitForURL(/\?plan=/);
    await expectText(summary(page), /Tổng giá trị: 213,2 điểm\.$/, WAIT.boot);
    await page.getByLabel('Kết quả các kênh được tính bằng').selectOption('orders');
    await expectText(
      summary(page),
      /Tổng giá trị: 213,2 đơn hàng\. Trong đó, truyền thông mang về [\d.,]+ đơn hàng, còn mức quan trọng của các hạng mục được chọn cộng thêm [\d.,]+\.$/,
    );
    await page.getByRole('columnheader', { name: 'Chi phí mỗi kết quả' }).waitFor();
    assertNoErrors(page);
    await context.close();
  });

  test('a plan file keeps its unit; an unknown unit is refused at its field', { timeout: 90_000 }, async () => {
    const context = await env.newContext();
    const good = JSON.parse(await readFile(FIXTURE, 'utf8'));
    let page = await importFile(context, await scratchFile('likes.json', JSON.stringify({ ...good, unit: 'likes' })));
    await expectText(
      page.locator('#import-plan-note [role=alert]'),
      "This file can't be used and nothing was changed. At unit: “likes” is not a unit: use points, reach, clicks, leads, orders or revenue.",
    );
    await page.close();
    page = await importFile(context, await scratchFile('clicks.json', JSON.stringify({ ...good, unit: 'clicks' })));
    await page.waitForURL(/\?plan=/);
    await expectText(summary(page), /Total value: 213\.2 clicks\./, WAIT.boot);
    await expectValue(page.getByLabel('What the channel curves count'), 'clicks');
    assertNoErrors(page);
    await context.close();
  });
});
