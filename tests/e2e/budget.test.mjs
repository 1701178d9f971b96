// The budget balancer as a user meets it: import a plan file, read the
// result, export it (and check it is the solver's own output), edit and
// reload, manage plans, and the refusals of bad input, in both languages.
import { after, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  REPO_ROOT,
  TEST_TIMEOUT,
  WAIT,
  assertNoErrors,
  expectText,
  expectValue,
  h1Text,
  newPage,
  useSuite,
} from './helpers.mjs';

const env = useSuite();
const FIXTURE = join(REPO_ROOT, 'core/tests/fixtures/budget/tet-plan.json');
const GOLDEN = join(REPO_ROOT, 'core/tests/fixtures/budget/tet-result.json');

let scratch;
async function scratchFile(name, content) {
  scratch ??= await mkdtemp(join(tmpdir(), 'suitcase-budget-'));
  const path = join(scratch, name);
  await writeFile(path, content);
  return path;
}
after(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** Opens the budget page and waits for the plan list to be read. */
async function openBudget(context) {
  const page = await newPage(context);
  await page.goto(env.at('budget'));
  assert.equal(await h1Text(page), 'Budget balancer');
  await page.getByRole('heading', { name: 'Your plans' }).waitFor();
  await page.locator('.plan-list, .card p:text("No plans yet")').first().waitFor({ timeout: WAIT.boot });
  return page;
}

async function importPlan(page, path) {
  await page.getByLabel('Import plan').setInputFiles(path);
}

/** Clicks `name` and returns the download's file name and text. */
async function download(page, name) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { name: d.suggestedFilename(), path: await d.path() };
}

/** Compares JSON values: integers exactly, floats to 1e-9 relative. */
function assertClose(actual, expected, path = '$') {
  if (typeof expected === 'number' && !Number.isInteger(expected)) {
    assert.ok(Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)), `${path}: ${actual} vs ${expected}`);
  } else if (expected && typeof expected === 'object') {
    assert.deepEqual(Object.keys(actual), Object.keys(expected), `${path}: keys`);
    for (const k of Object.keys(expected)) assertClose(actual[k], expected[k], `${path}.${k}`);
  } else {
    assert.equal(actual, expected, path);
  }
}

/** Waits until the page's heading reads `text` (a plan shows "Budget balancer" while it loads). */
const expectH1 = (page, text) => expectText(page.getByRole('heading', { level: 1 }), text, WAIT.boot);

const summary = (page) => page.getByTestId('result-summary');

describe('budget balancer', () => {
  test('import a plan, see its explained result, export files equal to the solver output', { timeout: 90_000 }, async () => {
    const context = await env.newContext({ acceptDownloads: true });
    const page = await openBudget(context);
    await importPlan(page, FIXTURE);
    await page.waitForURL(/\?plan=/);
    await expectH1(page, 'Tet 2027 launch');
    assert.match(page.url(), /\/suitcase\/budget\?plan=[0-9a-f]{32}$/);
    await expectText(summary(page), 'Spent 680,000,000 ₫ of 680,000,000 ₫ available. The agency keeps 120,000,000 ₫. Total value: 213.2 points.');
    const golden = JSON.parse(await readFile(GOLDEN, 'utf8'));
    for (const c of golden.channels) {
      await expectText(page.getByTestId(`spend-${c.id}`), `${c.spend.toLocaleString('en-US')} ₫`);
    }
    // Explanations in words: the left-out event and what one more million buys.
    const why = page.getByTestId('explanations');
    await expectText(why, /Launch event is left out\. Including it on top of this plan needs [\d,]+ ₫ more total budget\./);
    await expectText(why, /One more 1,000,000 ₫ of spendable budget/);
    await page.getByRole('img', { name: /^Response curve of YouTube: spending 167,975,748 ₫ gives 62\.2 of 90 points\.$/ }).waitFor();
    await page.getByRole('img', { name: /^Split of the total budget: / }).waitFor();
    // Each curve in plain words.
    await page.getByText('YouTube: nothing much happens below about 35 million ₫; then results grow quickly and flatten from about 210 million ₫.').waitFor();
    await page.getByText('Google Search: results grow quickly from the first spend, then flatten from about 85 million ₫.').waitFor();

    // An open plan passes axe in both themes (every control labelled, contrast).
    for (const theme of ['light', 'dark']) {
      await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
      const { violations } = await new AxeBuilder({ page }).analyze();
      assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], `axe, ${theme}`);
    }

    const result = await download(page, 'Export result');
    assert.equal(result.name, 'tet_2027_launch-result.json');
    assertClose(JSON.parse(await readFile(result.path, 'utf8')), golden);

    const plan = await download(page, 'Export plan');
    assert.deepEqual(JSON.parse(await readFile(plan.path, 'utf8')), JSON.parse(await readFile(FIXTURE, 'utf8')));

    const xlsx = await download(page, 'Export spreadsheet (.xlsx)');
    assert.equal(xlsx.name, 'tet_2027_launch.xlsx');
    const bytes = await readFile(xlsx.path);
    assert.equal(bytes.subarray(0, 2).toString(), 'PK', 'an xlsx is a zip file');

    const csv = await download(page, 'Export CSV');
    const text = await readFile(csv.path, 'utf8');
    assert.match(text, /^\uFEFFKind,ID,Name,Priority/);
    assert.match(text, /channel,youtube,YouTube,,20000000,300000000,,167975748,yes,,62\.2359/);
    assertNoErrors(page);
    await context.close();
  });

  test('a new plan is edited, autosaved, and survives a reload; the what-if slider and a lock work', { timeout: 90_000 }, async () => {
    const context = await env.newContext();
    const page = await openBudget(context);
    await page.getByRole('button', { name: 'New plan' }).click();
    await page.waitForURL(/\?plan=/);
    await expectH1(page, 'Untitled plan');
    const total = page.getByLabel('Total budget (what the client pays)');
    await expectValue(total, '500,000,000');
    // Dots group thousands when used more than once, in English too.
    await total.fill('1.200.000.000');
    await expectText(page.getByTestId('save-state'), 'Saved');
    await page.getByLabel('Plan name').fill('Mùa hè 2027 🌞');
    await expectText(page.getByTestId('save-state'), 'Saved');
    await expectText(summary(page), /of 1,020,000,000 ₫ available/);

    // Lock Meta at its chosen spend: minimum and maximum both take it.
    const spend = (await page.getByTestId('spend-meta').textContent()).trim();
    await page.getByLabel('Lock this channel\'s spend').first().check();
    await expectValue(page.getByLabel('Minimum spend').first(), spend.replace(' ₫', ''));
    await expectValue(page.getByLabel('Maximum spend').first(), spend.replace(' ₫', ''));
    await expectText(page.getByTestId('save-state'), 'Saved');

    // What if: try a smaller budget, then use it.
    const slider = page.getByLabel('Total budget to try');
    await slider.fill('480000000');
    await expectText(page.getByTestId('whatif-line'), /^At 480,000,000 ₫ the best total value is [\d.,]+ points \([-+][\d.,]+ against now\)\. (The same deliverables and about the same split\.|.+ (falls|rises) by [\d.,]+ million ₫\.)$/);
    await page.getByRole('img', { name: /^Best total value against total budget/ }).waitFor();
    await page.getByRole('button', { name: 'Use this budget' }).click();
    await expectValue(total, '480,000,000');
    await expectText(page.getByTestId('save-state'), 'Saved');

    await page.reload();
    await expectH1(page, 'Mùa hè 2027 🌞');
    await expectValue(page.getByLabel('Total budget (what the client pays)'), '480,000,000');
    await expectValue(page.getByLabel('Minimum spend').first(), spend.replace(' ₫', ''));
    assertNoErrors(page);
    await context.close();
  });

  test('plans are listed, renamed, duplicated, deleted and restored with undo', { timeout: 90_000 }, async () => {
    const context = await env.newContext();
    let page = await openBudget(context);
    await page.getByRole('button', { name: 'Open the example' }).click();
    await page.waitForURL(/\?plan=/);
    await expectH1(page, 'Tet launch (example)');
    await page.getByRole('link', { name: 'All plans' }).click();
    const row = (name) => page.locator('.plan-row').filter({ has: page.getByRole('link', { name, exact: true }) });
    await row('Tet launch (example)').waitFor();

    await row('Tet launch (example)').getByRole('button', { name: 'Rename' }).click();
    const input = page.getByLabel('New name for “Tet launch (example)”');
    await input.fill('');
    await page.getByRole('button', { name: 'Save' }).click();
    await expectText(page.getByRole('alert'), "This can't be empty.");
    await input.fill('Lumi Tea Tết');
    await page.getByRole('button', { name: 'Save' }).click();
    await row('Lumi Tea Tết').waitFor();

    await row('Lumi Tea Tết').getByRole('button', { name: 'Duplicate' }).click();
    await row('Lumi Tea Tết (copy)').waitFor();
    await row('Lumi Tea Tết (copy)').getByRole('button', { name: 'Delete' }).click();
    await expectText(page.getByRole('status').filter({ hasText: 'Deleted' }), /^Deleted “Lumi Tea Tết \(copy\)”\./);
    // The notice is set when the delete is stored; the list is read again
    // just after it, so the row goes a moment later.
    await row('Lumi Tea Tết (copy)').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Undo' }).click();
    await row('Lumi Tea Tết (copy)').waitFor();

    await page.reload();
    await row('Lumi Tea Tết').waitFor({ timeout: WAIT.boot });
    await row('Lumi Tea Tết (copy)').waitFor();
    assertNoErrors(page);
    await context.close();
  });

  test('bad input at a field gets a message there and nothing stored changes', { timeout: 90_000 }, async () => {
    const context = await env.newContext();
    const page = await openBudget(context);
    await page.getByRole('button', { name: 'New plan' }).click();
    await page.waitForURL(/\?plan=/);
    const total = page.getByLabel('Total budget (what the client pays)');
    await expectValue(total, '500,000,000');
    const cases = [
      [total, '-5', "This can't be negative."],
      [total, '12.5', "Use a whole amount (fractions of a currency unit can't be paid)."],
      [total, '12 apples', 'Enter a number, like 250,000,000, 250m, 1.5 billion or 1.8.'],
      [total, '1.500', '“1.5” or “1,500”? A single point before exactly three digits can be read both ways: type it as 1.5 or as 1,500.'],
      [total, '9007199254740993', 'This number is too large (the limit is 9,007,199,254,740,992).'],
      [total, '0', 'This must be greater than 0.'],
      [page.getByLabel('Agency margin (%)'), '100', 'The margin must be at least 0 and below 100.'],
      [page.getByLabel('Agency margin (%)'), 'NaN', 'Enter a number, like 250,000,000, 250m, 1.5 billion or 1.8.'],
      [page.getByLabel('Agency margin (%)'), 'Infinity', 'Enter a number, like 250,000,000, 250m, 1.5 billion or 1.8.'],
      [page.getByLabel('Minimum spend').first(), '999.000.000', /^The minimum \(999,000,000\) is above the maximum \([\d,]+\)\.$/],
      [page.getByLabel('Slow start (1 or less: results from the first spend; above 1: a threshold first)').first(), '0', 'This must be greater than 0.'],
    ];
    for (const [input, value, message] of cases) {
      await input.fill(value);
      const id = await input.getAttribute('id');
      await expectText(page.locator(`#${id}-error`), message);
      assert.equal(await input.getAttribute('aria-invalid'), 'true');
      await input.fill(value === '100' || value === 'NaN' || value === 'Infinity' ? '15' : await input.evaluate((el) => el.defaultValue || ''));
    }
    await total.fill('500,000,000');
    await page.reload();
    await h1Text(page);
    await expectValue(page.getByLabel('Total budget (what the client pays)'), '500,000,000');
    await expectValue(page.getByLabel('Agency margin (%)'), '15');
    assertNoErrors(page);
    await context.close();
  });

  test('amounts and counts are typed and shown in each language\'s style', { timeout: 90_000 }, async () => {
    for (const lang of ['en', 'vi']) {
      const en = lang === 'en';
      const context = await env.newContext(en ? {} : { locale: 'vi-VN' });
      const page = await newPage(context);
      await page.goto(env.at('budget'));
      await page.getByRole('button', { name: en ? 'New plan' : 'Kế hoạch mới' }).click();
      await page.waitForURL(/\?plan=/);
      const total = page.getByLabel(en ? 'Total budget (what the client pays)' : 'Tổng ngân sách (khách hàng trả)');
      await expectValue(total, en ? '500,000,000' : '500.000.000');
      // Words for large numbers, then the field shows the language's style.
      await total.fill(en ? '3.5 billion' : '3,5 tỷ');
      await total.blur();
      await expectValue(total, en ? '3,500,000,000' : '3.500.000.000');
      await page.getByText(en ? /up to 2,975,000,000 ₫ can go/ : /tối đa 2\.975\.000\.000 ₫ được chi/).waitFor();
      // The other language's grouping is read too; the curve's spend field
      // takes the same inputs as the amount beside it.
      const half = page.locator('input[id$="-half"]').first();
      await half.fill('150.000.000');
      await half.blur();
      await expectValue(half, en ? '150,000,000' : '150.000.000');
      assert.equal(await half.getAttribute('aria-invalid'), null);
      await half.fill(en ? '80m' : '80tr');
      await half.blur();
      await expectValue(half, en ? '80,000,000' : '80.000.000');
      // A decimal in the language's own mark.
      const margin = page.getByLabel(en ? 'Agency margin (%)' : 'Biên lợi nhuận của agency (%)');
      await margin.fill(en ? '12.5' : '12,5');
      await margin.blur();
      await expectValue(margin, en ? '12.5' : '12,5');
      // The one ambiguous form is refused with both readings.
      await total.fill(en ? '1.500' : '1,500');
      await expectText(
        page.locator('#plan-total-error'),
        en
          ? '“1.5” or “1,500”? A single point before exactly three digits can be read both ways: type it as 1.5 or as 1,500.'
          : 'Ý bạn là “1,5” hay “1.500”? Một dấu phẩy đứng trước đúng ba chữ số có thể hiểu theo hai cách: hãy gõ 1,5 hoặc 1.500.',
      );
      assertNoErrors(page);
      await context.close();
    }
  });

  test('changing the total asks whether every channel\'s limits follow', { timeout: 90_000 }, async () => {
    const context = await env.newContext();
    const page = await openBudget(context);
    await page.getByRole('button', { name: 'New plan' }).click();
    await page.waitForURL(/\?plan=/);
    const total = page.getByLabel('Total budget (what the client pays)');
    await expectValue(total, '500,000,000');
    const maxes = page.getByLabel('Maximum spend');
    assert.equal(await maxes.count(), 2);
    await expectValue(maxes.nth(0), '250,000,000');
    await expectValue(maxes.nth(1), '150,000,000');
    const prompt = page.getByTestId('scale-prompt');
    assert.equal(await prompt.count(), 0, 'no question before the total changes');
    await total.fill('3.5 billion');
    await expectText(prompt, /^The total budget changed from 500,000,000 ₫ to 3,500,000,000 ₫\. Scale every channel's minimum and maximum with it \(× 7\)\?/);
    await page.getByRole('button', { name: 'Scale the limits' }).click();
    // Every channel follows, Meta's 250 million cap included.
    await expectValue(maxes.nth(0), '1,750,000,000');
    await expectValue(maxes.nth(1), '1,050,000,000');
    await prompt.waitFor({ state: 'detached' });
    await expectText(page.getByTestId('save-state'), 'Saved');
    // Halving it and keeping the limits leaves them as they are.
    await total.fill('1,750,000,000');
    await expectText(prompt, /from 3,500,000,000 ₫ to 1,750,000,000 ₫\. .*\(× 0\.5\)\?/);
    await page.getByRole('button', { name: 'Keep the limits' }).click();
    await prompt.waitFor({ state: 'detached' });
    await expectValue(maxes.nth(0), '1,750,000,000');
    await page.reload();
    await h1Text(page);
    await expectValue(page.getByLabel('Maximum spend').nth(1), '1,050,000,000');
    assertNoErrors(page);
    await context.close();
  });

  test('the what-if slider says what enters, leaves, rises or falls', { timeout: 90_000 }, async () => {
    for (const lang of ['en', 'vi']) {
      const en = lang === 'en';
      const context = await env.newContext(en ? {} : { locale: 'vi-VN' });
      const page = await newPage(context);
      await page.goto(env.at('budget'));
      await page.getByRole('button', { name: en ? 'Open the example' : 'Mở ví dụ mẫu' }).click();
      await page.waitForURL(/\?plan=/);
      const line = page.getByTestId('whatif-line');
      const slider = page.locator('#whatif');
      await slider.fill('400000000');
      await expectText(
        line,
        en
          ? /^At 400,000,000 ₫ the best total value is [\d.,]+ points \(-[\d.,]+ against now\)\. Three KOL posts drops out; YouTube falls by 111\.93 million ₫; .+ falls by 77\.91 million ₫; .+ falls by 32\.38 million ₫; .+ falls by 27\.78 million ₫\.$/
          : /^Với 400\.000\.000 ₫, .+\. Ba bài đăng KOL bị bỏ ra; YouTube giảm 111,93 triệu ₫; .+ giảm 77,91 triệu ₫; .+ giảm 32,38 triệu ₫; .+ giảm 27,78 triệu ₫\.$/,
      );
      await slider.fill('1600000000');
      await expectText(line, en ? /\. Launch event comes in; In-store sampling comes in; .+ rises by 212\.24 million ₫; YouTube rises by 87\.07 million ₫;/ : /\. Sự kiện ra mắt được thêm vào; Dùng thử tại cửa hàng được thêm vào; .+ tăng thêm 212,24 triệu ₫;/);
      assertNoErrors(page);
      await context.close();
    }
  });

  test('bad plan files are refused in the import dialog and nothing is stored', { timeout: 120_000 }, async () => {
    const context = await env.newContext();
    const page = await openBudget(context);
    const good = JSON.parse(await readFile(FIXTURE, 'utf8'));
    const variant = (f) => {
      const p = structuredClone(good);
      f(p);
      return JSON.stringify(p);
    };
    const cases = [
      ['negative.json', variant((p) => (p.items[1].cost = -1)), 'At items[1].cost: This can\'t be negative.'],
      ['min-max.json', variant((p) => (p.channels[0].min = 500000000)), 'At channels[0].min: The minimum (500,000,000) is above the maximum (400,000,000).'],
      ['margin.json', variant((p) => (p.agency_margin_pct = 100)), 'At agency_margin_pct: The margin must be at least 0 and below 100.'],
      ['nan.json', JSON.stringify(good).replace('"total_budget":800000000', '"total_budget":NaN'), /^This file can't be used and nothing was changed\. The file cannot be read at line 1, column \d+: from there on it is not the text form \(JSON\) Suitcase files are written in\.$/],
      ['huge.json', JSON.stringify(good).replace('800000000', '9007199254740993'), 'At total_budget: This number is too large (the limit is 9,007,199,254,740,992).'],
      ['dup.json', variant((p) => (p.channels[1].id = 'kol')), 'At channels[1].id: The id “kol” is used twice; ids must be unique across items and channels.'],
      ['prio.json', variant((p) => (p.items[0].priority = 'urgent')), 'At items[0].priority: “urgent” is not a priority: use must, should or could.'],
      ['curve.json', variant((p) => (p.channels[0].response.type = 'linear')), 'At channels[0].response.type: “linear” is not a curve type: use hill.'],
      ['missing.json', variant((p) => delete p.currency), 'At currency: This field is missing.'],
      ['other.json', JSON.stringify({ format: 'suitcase/backup', version: 1 }), 'This is not a Suitcase budget plan (its format is “suitcase/backup”).'],
    ];
    const alert = page.locator('#import-plan-note [role=alert]');
    for (const [name, content, message] of cases) {
      await importPlan(page, await scratchFile(name, content));
      const want = typeof message === 'string' ? `This file can't be used and nothing was changed. ${message}` : message;
      await expectText(alert, want);
    }
    const big = await scratchFile('big.json', Buffer.alloc(50_000_000, 32));
    await importPlan(page, big);
    await expectText(alert, "This file can't be used and nothing was changed. The file is 50.0 MB, over the 2.0 MB limit.");
    await expectText(page.locator('.card p').filter({ hasText: 'No plans yet' }), /^No plans yet\./);
    assertNoErrors(page);
    await context.close();
  });

  test('in Vietnamese the page, its numbers and its messages are Vietnamese', { timeout: 90_000 }, async () => {
    const context = await env.newContext({ locale: 'vi-VN' });
    const page = await newPage(context);
    await page.goto(env.at('budget'));
    assert.equal(await h1Text(page), 'Cân ngân sách');
    await page.getByRole('button', { name: 'Mở ví dụ mẫu' }).click();
    await page.waitForURL(/\?plan=/);
    await expectH1(page, 'Ra mắt dịp Tết (ví dụ)');
    await expectText(summary(page), /^Đã chi [\d.]+ ₫ trên 680\.000\.000 ₫ được phép\./);
    const margin = page.getByLabel('Biên lợi nhuận của agency (%)');
    await margin.fill('120');
    await expectText(page.locator('#plan-margin-error'), 'Biên lợi nhuận phải từ 0 trở lên và nhỏ hơn 100.');
    await margin.fill('15');
    await page.getByText('Các mẫu kênh chỉ là giả định ban đầu').waitFor();
    await expectText(page.getByTestId('explanations'), /Thêm 1\.000\.000 ₫ ngân sách được chi/);
    assertNoErrors(page);
    await context.close();
  });
});
