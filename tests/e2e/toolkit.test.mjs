// The account's toolkit as an account uses it over a week: a contact report
// written from a meeting (with its send-ready check), its next steps turned
// into WIP jobs, both exported (.docx and Markdown) and found again after a
// reload; a competitor review with its campaign timeline; a KPI log with a
// computed NPS and its trend; bad input refused or flagged; Vietnamese; axe.
//
// The browser's clock is fixed at Wednesday 4 March 2026, 10:00 in Ho Chi
// Minh City, so "overdue" and "due this week" are known.
import { describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';

import { TEST_TIMEOUT, WAIT, assertNoErrors, eventually, expectText, expectValue, h1Text, newPage, useSuite } from './helpers.mjs';

const env = useSuite();
const NOW = new Date('2026-03-04T10:00:00+07:00');

/** A context in Ho Chi Minh City on 4 March 2026 (downloads allowed). */
async function weekContext(locale = 'en-US') {
  const context = await env.newContext({ locale, timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads: true });
  await context.clock.setFixedTime(NOW);
  return context;
}

/** One entry of a zip file (a .docx), inflated. */
function zipEntry(buf, name) {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(eocd >= 0, 'a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let off = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(off + 10);
    const size = buf.readUInt32LE(off + 20);
    const [nlen, xlen, clen] = [buf.readUInt16LE(off + 28), buf.readUInt16LE(off + 30), buf.readUInt16LE(off + 32)];
    const local = buf.readUInt32LE(off + 42);
    if (buf.toString('utf8', off + 46, off + 46 + nlen) === name) {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + size);
      return (method === 0 ? data : inflateRawSync(data)).toString('utf8');
    }
    off += 46 + nlen + xlen + clen;
  }
  throw new Error(`${name} is not in the zip`);
}

/** Clicks `name` and returns the download's file name and path. */
async function download(page, name) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
  return { name: d.suggestedFilename(), path: await d.path() };
}

/** The text of a docx's body (tags removed). */
async function docxText(path) {
  const xml = zipEntry(await readFile(path), 'word/document.xml');
  return xml.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, ' ');
}

const saved = (page) => expectText(page.getByTestId('save-state'), 'Saved');

async function axeBothThemes(page, what) {
  for (const theme of ['light', 'dark']) {
    await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
    const { violations } = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], `axe, ${what}, ${theme}`);
  }
}

/** Opens the toolkit and adds client `name` (checking that a blank name is refused). */
async function openWithClient(page, name, { button = 'New client', add = 'Add client', missing = "Enter the client's name.", cancel = 'Cancel' } = {}) {
  await page.goto(env.at('toolkit'));
  await h1Text(page);
  // The form is in the address: Cancel and Back close it, and the name
  // field takes the focus when it opens.
  for (const close of [() => page.getByRole('button', { name: cancel, exact: true }).click(), () => page.goBack()]) {
    await page.getByRole('button', { name: button }).click();
    await page.waitForURL(/[?&]new=/);
    await eventually(async () => (await page.evaluate(() => document.activeElement?.id)) === 'tk-new-client', { message: 'the name field has the focus' });
    await close();
    await page.getByRole('button', { name: button }).waitFor();
    assert.doesNotMatch(page.url(), /[?&]new=/);
    assert.equal(await page.locator('#tk-new-client').count(), 0);
  }
  await page.getByRole('button', { name: button }).click();
  await page.getByRole('button', { name: add }).click();
  await expectText(page.locator('#tk-new-client-error'), missing);
  await page.locator('#tk-new-client').fill(name);
  await page.getByRole('button', { name: add }).click();
  await page.waitForURL(/client=[0-9a-f]{32}/);
  await expectText(page.locator('#tk-client option:checked'), name);
}

// The week's tests share one browser context (one person's data), in order.
let context;
let page;

describe('account toolkit: a week of client work', () => {
  test('a contact report from a meeting: send-ready check, bad dates, next steps to WIP, exports, reload', { timeout: 90_000 }, async () => {
    context = await weekContext();
    page = await newPage(context);
    await openWithClient(page, 'Lumi Tea');
    assert.equal(await h1Text(page), "The account's toolkit");
    await page.getByRole('button', { name: 'New contact report' }).click();
    await page.waitForURL(/id=[0-9a-f]{32}/);
    await expectText(page.getByRole('heading', { level: 2, name: 'Untitled contact report' }), 'Untitled contact report');
    await expectValue(page.getByLabel('Date', { exact: true }), '2026-03-04');
    await expectText(page.getByTestId('send-ready'), /^Not ready to send: \d+ to fix first\.$/);
    // A new report does not greet anyone with "Missing" under its blank fields.
    assert.equal(await page.locator('.field-notes').filter({ hasText: /missing/i }).count(), 0);
    assert.equal(await page.locator('.check-panel .issue').filter({ hasText: /missing/i }).count(), 0);
    assert.ok(await page.getByRole('button', { name: /^Show what is still blank \(\d+\)$/ }).isVisible());

    await page.getByLabel('Subject', { exact: true }).fill('Tết KV review');
    await page.getByLabel('Time', { exact: true }).fill('14:30');
    await page.getByLabel('Place', { exact: true }).fill('Lumi office, District 1');
    await page.getByLabel('Client attendee 1 — Name').fill('Hoa Nguyen');
    await page.getByLabel('Client attendee 1 — Role').fill('Brand Manager');
    await page.getByLabel('Agency attendee 1 — Name').fill('Lan Tran');
    await page.getByLabel('Agency attendee 1 — Role').fill('Account Executive');
    await page.getByLabel('Agenda item 1', { exact: true }).fill('Key visual options');
    await page.getByRole('textbox', { name: 'Discussion', exact: true }).fill('Option B reads best on small screens.');

    // An agreement needs the exact item accepted, not "OK".
    await page.getByRole('button', { name: 'Add agreement' }).click();
    await page.getByLabel('Agreement 1 — Topic').fill('Key visual');
    const wording = page.getByLabel('Agreement 1 — Exact wording');
    await wording.fill('OK');
    await expectText(page.locator('#cr-agr-0-wording-notes'), 'Too vague: write the exact item the client accepted');
    await wording.fill('KV option B, green bottle, tagline Mát lành mỗi ngày');

    // Next steps: an impossible date is refused; a past one is flagged, not refused.
    await page.getByRole('button', { name: 'Add next step' }).click();
    await page.getByLabel('Next step 1 — Action').fill('Send KV B adaptations');
    const due = page.getByLabel('Next step 1 — Due date');
    await due.fill('2026-02-30');
    await expectText(page.locator('#cr-step-0-due-error'), 'This day does not exist in the calendar.');
    assert.equal(await due.getAttribute('aria-invalid'), 'true');
    // A blank field says "Missing" only once it was typed in and left: not
    // when the report opens, nor when the cursor only passes through it.
    assert.equal(await page.locator('#cr-step-0-owner-notes').count(), 0);
    await page.getByLabel('Next step 1 — Owner').focus();
    await due.focus();
    assert.equal(await page.locator('#cr-step-0-owner-notes').count(), 0);
    await page.getByLabel('Next step 1 — Owner').fill('L');
    await page.getByLabel('Next step 1 — Owner').fill('');
    await due.focus();
    await expectText(page.locator('#cr-step-0-owner-notes'), 'Missing');
    await expectText(page.getByTestId('send-ready'), /^Not ready to send/);
    await page.getByLabel('Next step 1 — Owner').fill('Lan Tran');
    await due.fill('2026-03-02');
    await expectText(page.locator('#cr-step-0-due-notes'), /The due date was 2 days ago/);
    await expectText(page.getByTestId('send-ready'), 'Ready to send: nothing blocks it.');
    await due.fill('2026-03-06');
    await page.getByRole('button', { name: 'Add next step' }).click();
    await page.getByLabel('Next step 2 — Action').fill('Book OOH sites');
    await page.getByLabel('Next step 2 — Owner').fill('Minh Le');
    await page.getByLabel('Next step 2 — Due date').fill('2026-03-20');
    await expectText(page.getByTestId('send-ready'), 'Ready to send: nothing blocks it.');
    await saved(page);

    // The files hold the report.
    const docx = await download(page, 'Download .docx');
    assert.equal(docx.name, 'contact_report_tet_kv_review_2026_03_04.docx');
    const body = await docxText(docx.path);
    for (const s of ['Contact report: Tết KV review', 'Lumi Tea', 'Hoa Nguyen', 'KV option B, green bottle, tagline Mát lành mỗi ngày', 'Send KV B adaptations', 'Lan Tran', 'Fri 6 Mar 2026']) {
      assert.ok(body.includes(s), `docx has ${s}`);
    }
    const md = await download(page, 'Download Markdown');
    assert.equal(md.name, 'contact_report_tet_kv_review_2026_03_04.md');
    const text = await readFile(md.path, 'utf8');
    assert.match(text, /^# Contact report: Tết KV review/m);
    assert.match(text, /\| 1 \| Send KV B adaptations \| Lan Tran \| Fri 6 Mar 2026 \|/);
    assert.match(text, /KV option B, green bottle, tagline Mát lành mỗi ngày/);

    // On paper only the document shows.
    await page.emulateMedia({ media: 'print' });
    await page.getByTestId('print-doc').getByRole('heading', { name: 'Contact report: Tết KV review' }).waitFor();
    assert.equal(await page.locator('.toolkit-screen').isVisible(), false);
    await page.emulateMedia({ media: 'screen' });

    // Next steps become WIP jobs, once.
    await page.getByRole('button', { name: 'Turn next steps into WIP jobs' }).click();
    await expectText(page.getByRole('status').filter({ hasText: 'job(s)' }), /^Added 2 job\(s\) to the WIP report\./);
    await page.getByRole('button', { name: 'Turn next steps into WIP jobs' }).click();
    await expectText(page.getByRole('status').filter({ hasText: 'WIP report' }), /^Every next step is already in the WIP report\./);

    await page.reload();
    await expectValue(page.getByLabel('Subject', { exact: true }), 'Tết KV review', WAIT.boot);
    await expectValue(page.getByLabel('Agreement 1 — Exact wording'), 'KV option B, green bottle, tagline Mát lành mỗi ngày');
    await expectValue(page.getByLabel('Next step 2 — Due date'), '2026-03-20');
    await expectText(page.getByTestId('send-ready'), 'Ready to send: nothing blocks it.');
    await axeBothThemes(page, 'contact report');
    assertNoErrors(page);
  });

  test('the WIP report highlights by local date, filters, keeps each job\'s status history, exports the week', { timeout: TEST_TIMEOUT }, async () => {
    await page.getByRole('link', { name: 'WIP report', exact: true }).click();
    await page.waitForURL(/tab=wip/);
    const row = (name) => page.locator('table.wip-table tbody tr').filter({ hasText: name });
    await expectText(row('Send KV B adaptations').locator('.flag'), 'Due this week');
    await expectText(row('Book OOH sites').locator('.flag'), '');
    await expectText(page.locator('.wip-counts'), /Open jobs: 2.*Overdue: 0.*Due this week: 1/);

    // Open a job: change its status with a reason, move its due date into the past.
    await row('Send KV B adaptations').getByRole('link').click();
    await page.waitForURL(/tab=wip.*id=/);
    await expectText(page.getByTestId('job-status'), 'Briefed');
    await page.getByLabel('New status').selectOption({ label: 'In progress' });
    await page.getByLabel('Reason (optional)').fill('KV B approved');
    await page.getByRole('button', { name: 'Change status' }).click();
    await expectText(page.getByTestId('job-status'), 'In progress');
    await expectText(page.locator('#job-history-caption + thead + tbody tr').first(), /Briefed\s*In progress\s*KV B approved/);
    assert.equal(await page.locator('#job-history-caption + thead + tbody tr').count(), 2);
    const due = page.getByLabel('Due date', { exact: true });
    await due.fill('2026-3-31x');
    await expectText(page.locator('#job-due-error'), 'Write the date as YYYY-MM-DD (e.g. 2026-12-10) or pick it from the calendar.');
    assert.equal(await due.inputValue(), '2026-3-31x', 'the unreadable text stays in the field');
    await due.fill('2026-03-03');
    await expectText(page.locator('#job-due-notes'), 'The due date was yesterday');
    await expectText(page.getByTestId('job-flag'), 'Overdue by 1 day');
    await saved(page);
    await axeBothThemes(page, 'WIP job');

    await page.getByRole('link', { name: 'All jobs (WIP report)' }).click();
    await expectText(row('Send KV B adaptations').locator('.flag'), 'Overdue by 1 day');
    assert.match(await row('Send KV B adaptations').getAttribute('class'), /due-overdue/);
    await expectText(page.locator('.wip-counts'), /Overdue: 1/);
    // Filters: by owner, by status.
    await page.getByLabel('Owner', { exact: true }).selectOption('Minh Le');
    await expectText(page.locator('#wip-table-caption'), 'Jobs (1)');
    await row('Book OOH sites').waitFor();
    // Filters are kept in the address: a reload keeps them.
    await page.waitForURL(/tab=wip.*&owner=Minh%20Le/);
    await page.reload();
    await expectText(page.locator('#wip-table-caption'), 'Jobs (1)', WAIT.boot);
    await expectValue(page.getByLabel('Owner', { exact: true }), 'Minh Le');
    await page.getByLabel('Owner', { exact: true }).selectOption('');
    await page.waitForURL((u) => !u.search.includes('owner='));
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Done' });
    await page.getByText('No jobs match.').waitFor();
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Open jobs' });
    await expectText(page.locator('#wip-table-caption'), 'Jobs (2)');
    await axeBothThemes(page, 'WIP report');

    const md = await download(page, 'Download Markdown');
    assert.equal(md.name, 'wip_report_2026_03_02.md');
    const text = await readFile(md.path, 'utf8');
    assert.match(text, /^# WIP report — week of Mon 2 Mar 2026/m);
    assert.match(text, /## In progress \(1\)/);
    assert.match(text, /\| Send KV B adaptations \| Tết KV review \| Send KV B adaptations \| Lan Tran \| Tue 3 Mar 2026 \| Overdue by 1 day \|/);
    const docx = await download(page, 'Download .docx');
    const body = await docxText(docx.path);
    assert.ok(body.includes('Book OOH sites') && body.includes('Overdue by 1 day'), 'the weekly docx holds the jobs');

    await page.reload();
    await expectText(row('Send KV B adaptations').locator('.flag'), 'Overdue by 1 day', WAIT.boot);
    await row('Send KV B adaptations').getByRole('link').click();
    await expectText(page.getByTestId('job-status'), 'In progress');
    assert.equal(await page.locator('#job-history-caption + thead + tbody tr').count(), 2);

    // The tab stays open overnight: when the window has the focus again the
    // next morning, the dates are read again without a reload.
    await page.getByRole('link', { name: 'All jobs (WIP report)' }).click();
    await expectText(page.locator('.wip-counts'), /Overdue: 1/);
    await page.clock.setFixedTime(new Date('2026-03-05T08:00:00+07:00'));
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expectText(page.locator('p.help').filter({ hasText: 'on this device' }), /^Today is \S* ?5 Mar 2026 on this device/);
    await expectText(row('Send KV B adaptations').locator('.flag'), 'Overdue by 2 days');
    await page.clock.setFixedTime(NOW);
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expectText(row('Send KV B adaptations').locator('.flag'), 'Overdue by 1 day');
    assertNoErrors(page);
  });

  test('a competitor review with its campaign timeline (chart and table)', { timeout: TEST_TIMEOUT }, async () => {
    await page.getByRole('link', { name: 'Competitor reviews', exact: true }).click();
    await page.getByRole('button', { name: 'New competitor review' }).click();
    await page.waitForURL(/tab=review.*id=/);
    await page.getByLabel('Title', { exact: true }).fill('Milk tea, spring 2026');
    await expectValue(page.getByLabel('As of', { exact: true }), '2026-03-04');
    await page.getByLabel('Category', { exact: true }).fill('Ready-to-drink milk tea grows fast in cities.');
    await expectValue(page.getByLabel('Brand 1 — Name'), 'Lumi Tea');
    await page.getByLabel('Brand 2 — Name').fill('Mây Milk Tea');
    await page.getByLabel('Brand 2 — Strengths').fill('Strong on TikTok\nLoyal students');
    await page.getByLabel('Brand 2 — Weaknesses').fill('Little outdoor presence');
    await page.getByRole('button', { name: 'Add campaign to Brand 2: Mây Milk Tea' }).click();
    await page.getByLabel('Brand 2, campaign 1 — Name').fill('Tết together');
    await page.getByLabel('Brand 2, campaign 1 — Date').fill('2026-01-10');
    await page.getByLabel('Brand 2, campaign 1 — End').fill('2026-01-05');
    await expectText(page.locator('#rv-b1-c0-end-notes'), 'Ends before it starts');
    await page.getByLabel('Brand 2, campaign 1 — End').fill('2026-02-15');
    await page.getByLabel('Brand 2, campaign 1 — Channel').fill('TikTok');
    await page.getByLabel('Brand 2, campaign 1 — Message').fill('Share a cup, share the year');
    const spend = page.getByLabel('Brand 2, campaign 1 — Estimated spend');
    await spend.fill('-5');
    await expectText(page.locator('#rv-b1-c0-spend-error'), 'The spend cannot be negative.');
    await spend.fill('1.500.000.000');
    await page.getByLabel('Brand 2, campaign 1 — Notes').fill('Ran with 30 student KOLs');
    await page.getByRole('button', { name: 'Add campaign to Brand 2: Mây Milk Tea' }).click();
    await page.getByLabel('Brand 2, campaign 2 — Name').fill('Summer launch');
    await page.getByLabel('Brand 2, campaign 2 — Date').fill('2025-06-20');
    await page.getByLabel('Brand 2, campaign 2 — Channel').fill('OOH');
    await page.getByRole('textbox', { name: 'Our point of view', exact: true }).fill('Lumi should own the commute.');
    await saved(page);

    const chart = page.getByRole('img', { name: /^Campaigns of the past twelve months by brand/ });
    await chart.waitFor();
    const table = page.getByTestId('timeline-table');
    await expectText(table, /Sat 10 Jan 2026 – Sun 15 Feb 2026\s*Mây Milk Tea\s*Tết together\s*TikTok\s*1\.500\.000\.000 ₫/);
    await expectText(table, /Summer launch/);
    await expectText(page.locator('#rv-chart-desc'), '2 campaign(s) of 2 brand(s) from Wed 5 Mar 2025 to Wed 4 Mar 2026. The table below lists them.');
    assert.equal(await page.locator('svg.timeline rect.bar').count(), 1);
    assert.equal(await page.locator('svg.timeline circle.dot').count(), 1);
    await axeBothThemes(page, 'competitor review');

    const md = await download(page, 'Download Markdown');
    const text = await readFile(md.path, 'utf8');
    assert.match(text, /^# Milk tea, spring 2026/m);
    assert.match(text, /Mây Milk Tea/);
    assert.match(text, /Lumi should own the commute\./);
    assert.match(text, /Tết together: Ran with 30 student KOLs/);
    await page.reload();
    await chart.waitFor({ timeout: WAIT.boot });
    await expectValue(page.getByLabel('Brand 2, campaign 1 — Estimated spend'), '1.500.000.000');
    await expectValue(page.getByLabel('Brand 2, campaign 1 — Notes'), 'Ran with 30 student KOLs');
    assertNoErrors(page);
  });

  test('a KPI log: NPS computed with its trend, bad numbers refused with a message', { timeout: TEST_TIMEOUT }, async () => {
    await page.getByRole('link', { name: 'Client KPIs', exact: true }).click();
    await page.getByRole('heading', { name: 'KPIs of Lumi Tea' }).waitFor();
    const add = page.getByRole('button', { name: 'Add to the log' });
    const date = page.getByLabel('Date', { exact: true });
    // Bad input first: an impossible date, a negative count.
    await date.fill('2026-13-01');
    await page.getByLabel('Promoters (9–10)').fill('5');
    await page.getByLabel('Passives (7–8)').fill('3');
    await page.getByLabel('Detractors (0–6)').fill('-2');
    await add.click();
    await expectText(page.locator('#kpi-date-error'), 'This day does not exist in the calendar.');
    await expectText(page.locator('#kpi-v2-error'), 'Detractors (0–6): cannot be negative');
    await page.getByText('Nothing logged yet.').waitFor();
    // Two surveys, a month apart.
    await date.fill('2026-01-15');
    await page.getByLabel('Detractors (0–6)').fill('2');
    await add.click();
    await expectText(page.getByRole('status').filter({ hasText: 'Added' }), 'Added to the log.');
    await date.fill('2026-02-15');
    await page.getByLabel('Promoters (9–10)').fill('7');
    await page.getByLabel('Passives (7–8)').fill('2');
    await page.getByLabel('Detractors (0–6)').fill('1');
    await add.click();
    const nps = page.getByTestId('kpi-nps');
    await expectText(nps.locator('.kpi-latest'), '60.0');
    await expectText(nps, /Up 30\.0 on the period before\. Good news\./);
    await nps.getByRole('img', { name: 'NPS: 2026-01 30.0; 2026-02 60.0' }).waitFor();
    // A retention entry whose numbers do not add up is refused.
    await page.getByLabel('Measurement', { exact: true }).selectOption({ label: 'Client retention' });
    await page.getByLabel('Clients at start').fill('3');
    await page.getByLabel('Clients lost').fill('5');
    await page.getByLabel('New clients').fill('0');
    await add.click();
    await expectText(page.getByTestId('kpi-form-error'), 'Clients lost cannot be more than Clients at start.');
    await axeBothThemes(page, 'KPIs');

    await page.reload();
    await expectText(page.getByTestId('kpi-nps').locator('.kpi-latest'), '60.0', WAIT.boot);
    assert.equal(await page.locator('#kpi-log-title + .table-scroll tbody tr').count(), 2);
    assertNoErrors(page);
  });

  test('the backup holds every toolkit record', { timeout: TEST_TIMEOUT }, async () => {
    await page.goto(env.at('settings'));
    const backup = await download(page, 'Export backup');
    const file = JSON.parse(await readFile(backup.path, 'utf8'));
    const kinds = file.stores.reports.map((e) => e.kind).sort();
    assert.deepEqual(kinds, ['competitor_review', 'contact_report', 'kpi_entry', 'kpi_entry', 'wip_job', 'wip_job']);
    assertNoErrors(page);
    await context.close();
  });
});

test('in Vietnamese the toolkit, its checks and its messages are Vietnamese', { timeout: TEST_TIMEOUT }, async () => {
  const ctx = await weekContext('vi-VN');
  const p = await newPage(ctx);
  await openWithClient(p, 'Trà sữa Mây', { button: 'Client mới', add: 'Thêm client', missing: 'Hãy nhập tên client.', cancel: 'Hủy' });
  assert.equal(await h1Text(p), 'Bộ công cụ của Account');
  await p.getByRole('link', { name: 'WIP report', exact: true }).waitFor();
  await p.getByRole('button', { name: 'Contact report mới' }).click();
  await p.waitForURL(/id=/);
  await expectText(p.getByTestId('send-ready'), /^Chưa gửi được: còn \d+ lỗi cần sửa\.$/);
  const date = p.getByLabel('Ngày', { exact: true });
  await date.fill('2026-02-29');
  await expectText(p.locator('#cr-date-error'), 'Ngày này không có trên lịch.');
  await p.getByRole('button', { name: 'Thêm bước tiếp theo' }).click();
  await p.getByLabel('Bước tiếp theo 1 — Deadline').fill('2026-03-01');
  await expectText(p.locator('#cr-step-0-due-notes'), /Deadline đã qua 3 ngày/);
  // Blank fields are named once the person asks what is still blank.
  assert.equal(await p.locator('#cr-step-0-owner-notes').count(), 0);
  await p.getByRole('button', { name: /^Xem các mục còn để trống \(\d+\)$/ }).click();
  await expectText(p.locator('#cr-step-0-owner-notes'), 'Còn trống');
  await p.getByRole('link', { name: 'KPI của client', exact: true }).click();
  await p.getByRole('heading', { name: 'KPI của Trà sữa Mây' }).waitFor();
  await axeBothThemes(p, 'Vietnamese KPI page');
  assertNoErrors(p);
  await ctx.close();
});
