// The brief-to-proposal wizard as a user meets it: every step from an empty
// app to a sent proposal (with a reload halfway), the files people send, the
// share link in a fresh browser, the list's tools, bad input, and Vietnamese.
import { describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { WAIT, assertNoErrors, expectText, expectValue, h1Text, newPage, useSuite, zipEntryText } from './helpers.mjs';

const env = useSuite();
const expectH1 = (page, text) => expectText(page.getByRole('heading', { level: 1 }), text, WAIT.boot);
const steps = (page) => page.getByRole('navigation', { name: /^(Steps|Các bước)$/ });
const saved = (page) => expectText(page.getByTestId('save-state'), /^(Saved|Đã lưu)/);
const DEMO_TITLE = 'Mây Milk Tea — One Table This Tet';

async function openWizard(context) {
  const page = await newPage(context);
  await page.goto(env.at('wizard'));
  assert.equal(await h1Text(page), 'Brief to proposal');
  await page.getByRole('heading', { name: 'Clients and proposals' }).waitFor();
  await page.locator('.proposal-list, p:text("No proposals yet")').first().waitFor({ timeout: WAIT.boot });
  return page;
}

async function loadDemo(page) {
  await page.getByRole('button', { name: 'Load the demo' }).click();
  await page.waitForURL(/\/wizard\?p=/);
  await expectH1(page, DEMO_TITLE);
}

async function download(page, name) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { name: d.suggestedFilename(), text: await readFile(await d.path()), path: await d.path() };
}

async function goStep(page, name) {
  await steps(page).getByRole('button', { name: new RegExp(name) }).click();
  await expectText(page.locator('#step-title'), name);
}

describe('brief-to-proposal wizard', () => {
  test('a new user goes from an empty app to a sent proposal, with a reload halfway', { timeout: 180_000 }, async () => {
    const context = await env.newContext();
    const page = await openWizard(context);
    await expectText(page.locator('.card'), /No proposals yet/);
    await page.getByRole('button', { name: 'New proposal' }).click();
    await page.waitForURL(/\/wizard\?p=/);
    await expectH1(page, 'Untitled proposal');

    // 1. The client brief.
    await page.getByLabel('Client', { exact: true }).fill('Cà phê Đất Việt ☕');
    await page.getByLabel('Brand', { exact: true }).fill('Đất Việt Coffee');
    await page.getByLabel('Industry', { exact: true }).press('Tab');
    await page.getByLabel('Background', { exact: true }).fill('A local coffee chain of 40 stores that wants young office workers back in the morning.');
    await page.getByRole('button', { name: 'Add an objective' }).click();
    await page.getByLabel('Objective 1', { exact: true }).fill('Grow');
    // A vague objective gets SMART hints; a better one clears them.
    await expectText(page.locator('.smart-hint'), /Measurable: give a number/);
    await page.getByLabel('Objective 1', { exact: true }).fill('Sell 200,000 morning coffees in Hanoi stores by 30 June 2027');
    await page.locator('.smart-hint').waitFor({ state: 'detached' });
    await page.getByLabel('Target audience', { exact: true }).fill('Office workers aged 22–30 in Hanoi');
    await page.getByRole('button', { name: 'Add a mandatory' }).click();
    await page.getByLabel('Mandatory 1', { exact: true }).fill('The logo on every cup');
    await page.getByRole('button', { name: 'Add a KPI' }).click();
    await page.getByLabel('KPI 1', { exact: true }).fill('Morning coffees sold');
    await page.getByLabel('Target 1', { exact: true }).fill('200,000');
    await page.getByLabel('Budget', { exact: true }).fill('500.000.000');
    await page.getByLabel('Campaign start', { exact: true }).fill('2027-05-01');
    await page.getByLabel('Campaign end', { exact: true }).fill('2027-06-30');
    await page.getByLabel('Proposal deadline', { exact: true }).fill('2027-03-15');
    await page.getByRole('button', { name: /^Next: Decode the brief/ }).click();
    await expectText(page.locator('#step-title'), 'Decode the brief');
    await expectText(page.getByTestId('completeness'), /^\d+\/100$/);
    await expectText(page.locator('.completeness'), /Competitors/);
    await saved(page);

    // Reload halfway: back on the same step, nothing lost.
    await page.reload();
    await expectText(page.locator('#step-title'), 'Decode the brief', WAIT.boot);
    await expectH1(page, 'Đất Việt Coffee');

    // 2. Decode.
    const problem = page.getByLabel('The real problem', { exact: true });
    await problem.fill('Mornings are lost to delivery apps and office pantries.');
    // Typed key by key, the field keeps its focus and every key.
    await problem.pressSequentially(' Fast.', { delay: 30 });
    await expectValue(problem, 'Mornings are lost to delivery apps and office pantries. Fast.');
    await page.getByRole('button', { name: 'Add an insight' }).click();
    await page.getByLabel('Insight 1', { exact: true }).fill('The first coffee of the day is a small ritual people want to keep.');
    await page.getByRole('button', { name: 'Add a question' }).click();
    await page.getByLabel('Question 1', { exact: true }).fill('Can stores open at 6:30?');
    await page.getByLabel('Status of question 1', { exact: true }).selectOption('asked');
    await goStep(page, 'Creative brief');

    // 3. Creative brief.
    await page.getByLabel('Single-minded proposition', { exact: true }).fill('Your morning starts at Đất Việt.');
    await page.getByRole('button', { name: 'Add a deliverable' }).click();
    await page.getByLabel('Deliverable 1', { exact: true }).fill('A 30-second film');
    await page.getByRole('button', { name: 'Add a channel' }).click();
    await page.getByLabel('Channel 1', { exact: true }).fill('TikTok');
    await goStep(page, 'Brainstorm');

    // 4. Brainstorm: quick capture with tags.
    for (const idea of ['Coffee cart tour #ooh', 'Barista challenge #tiktok', 'Morning ritual film #film']) {
      await page.getByLabel('New idea', { exact: true }).fill(idea);
      await page.getByLabel('New idea', { exact: true }).press('Enter');
    }
    await expectText(page.getByRole('status').filter({ hasText: 'idea(s) so far' }), '3 idea(s) so far.');
    await expectValue(page.getByLabel('Tags of idea 2', { exact: true }), 'tiktok');
    await goStep(page, 'Internal review');

    // 5. Review: two reviewers score; the ranking follows.
    const score = (idea, criterion) => page.getByLabel(`Score of “${idea}” on ${criterion}`, { exact: true });
    await score('Barista challenge', 'On brief').selectOption('5');
    await score('Coffee cart tour', 'On brief').selectOption('3');
    await score('Morning ritual film', 'On brief').selectOption('4');
    await page.getByLabel('Another reviewer', { exact: true }).fill('Minh');
    await page.getByRole('button', { name: 'Add reviewer' }).click();
    await score('Barista challenge', 'On brief').selectOption('4');
    const ranking = page.getByTestId('ranking');
    await expectText(ranking.locator('tbody tr').first(), /^1\s*Barista challenge\s*4\.50\s*2/);
    await goStep(page, 'Proposal');

    // 6. The proposal, composed from the steps.
    await expectValue(page.getByLabel('Title', { exact: true }), 'Đất Việt Coffee — Proposal');
    await page.getByRole('button', { name: 'Add a line' }).click();
    await page.getByLabel('Line 1', { exact: true }).fill('Film production');
    await page.getByLabel('Unit price 1', { exact: true }).fill('100.000.000');
    await page.getByLabel('Agency fee (%)', { exact: true }).fill('10');
    await expectText(page.getByTestId('totals'), /Total\s*121\.000\.000 ₫/);
    await page.getByRole('button', { name: 'Work out the phases' }).click();
    await page.getByRole('heading', { name: 'Post-production' }).first().waitFor();

    // Coverage: the send check lists what no section answers.
    await page.getByRole('button', { name: 'Check and mark as sent' }).click();
    const problems = page.getByTestId('send-problems');
    await expectText(problems, /Objective 1: not answered by any section/);
    await expectText(problems, /Mandatory 1: not answered by any section/);
    await page.locator('.cover-item', { hasText: 'Sell 200,000' }).locator('summary').click();
    await page.locator('.cover-item', { hasText: 'Sell 200,000' }).getByLabel('Strategy', { exact: true }).check();
    await page.locator('.cover-item', { hasText: 'logo on every cup' }).locator('summary').click();
    await page.locator('.cover-item', { hasText: 'logo on every cup' }).getByLabel('Deliverables', { exact: true }).check();
    await expectText(page.getByTestId('uncovered'), 'Every item of the brief is answered.');
    await page.getByRole('button', { name: 'Check and mark as sent' }).click();
    await expectText(page.getByRole('status').filter({ hasText: 'Sent as version' }), 'Sent as version 1.');
    // The version sent is frozen: the draft is compared with it.
    await page.getByRole('button', { name: 'Compare with the next' }).click();
    await expectText(page.locator('.diff'), 'Nothing changed.');
    await page.getByLabel('Subtitle', { exact: true }).fill('Mornings, made local');
    await expectText(page.locator('.diff'), /Changed: Cover/);
    await saved(page);

    // After a reload: same step, sent, version kept; the client is in the list.
    await page.reload();
    await expectText(page.locator('#step-title'), 'Proposal', WAIT.boot);
    await expectText(page.locator('.versions'), /Version 1, sent/);
    assert.equal(await page.getByLabel('Status', { exact: true }).inputValue(), 'sent');
    await page.getByRole('link', { name: '← All proposals' }).click();
    await expectText(page.locator('.proposal-list'), /Đất Việt Coffee — Proposal/);
    await expectText(page.locator('.proposal-list'), /Cà phê Đất Việt ☕ · Sent · Proposal/);
    assertNoErrors(page);
    await context.close();
  });

  test('pricing lines can be taken from a budget plan, with fee, VAT and totals in VND', { timeout: 90_000 }, async () => {
    const context = await env.newContext();
    const page = await newPage(context);
    await page.goto(env.at('budget'));
    // Storage opens after the first screen: wait until the plan list is read.
    await page.getByText(/No plans yet/).waitFor({ timeout: WAIT.boot });
    await page.getByRole('button', { name: 'Open the example' }).click();
    await page.waitForURL(/\?plan=/);
    await expectH1(page, 'Tet launch (example)');
    await page.goto(env.at('wizard'));
    await page.getByRole('button', { name: 'New proposal' }).click();
    await page.waitForURL(/\/wizard\?p=/);
    await goStep(page, 'Proposal');
    await page.getByLabel('Take lines from a budget plan', { exact: true }).selectOption({ label: 'Tet launch (example)' });
    await page.getByRole('button', { name: 'Use this plan' }).click();
    await expectText(page.getByRole('status').filter({ hasText: 'Pricing taken from' }), 'Pricing taken from “Tet launch (example)”.');
    // The plan's spend becomes the subtotal and its margin (15 %) the agency
    // fee; VAT 10 % on top, rounded to whole dong.
    await expectText(page.getByTestId('totals'), /Subtotal\s*680\.000\.000 ₫\s*Agency fee\s*102\.000\.000 ₫\s*VAT\s*78\.200\.000 ₫\s*Total\s*860\.200\.000 ₫/);
    await page.getByLabel('VAT (%)', { exact: true }).fill('8,5');
    await expectText(page.getByTestId('totals'), /VAT\s*66\.470\.000 ₫\s*Total\s*848\.470\.000 ₫/);
    await page.getByLabel('VAT (%)', { exact: true }).fill('120');
    await expectText(page.locator('#p-vat-issues'), /percentage from 0 to 100/);
    assertNoErrors(page);
    await context.close();
  });

  test('the demo exports a .docx, Markdown and JSON that hold the proposal, and prints as a document', { timeout: 90_000 }, async () => {
    const context = await env.newContext({ acceptDownloads: true });
    const page = await openWizard(context);
    await loadDemo(page);
    await expectText(page.locator('#step-title'), 'Proposal');

    const docx = await download(page, 'Word (.docx)');
    assert.equal(docx.name, 'may-milk-tea-one-table-this-tet.docx');
    assert.equal(docx.text.subarray(0, 2).toString(), 'PK');
    const xml = await zipEntryText(docx.text, 'word/document.xml');
    for (const want of [DEMO_TITLE, 'Our understanding', 'Lucky Lid', 'Pricing', 'Timeline', 'KPIs', 'Next steps', 'Payment schedule', 'Terms and conditions', 'Valid until']) {
      assert.ok(xml.includes(want), `the .docx holds “${want}”`);
    }
    for (const internal of ['Internal review', 'Status', 'Version', '#tet']) {
      assert.ok(!xml.includes(internal), `the .docx leaves out “${internal}”`);
    }
    // Every list restarts its numbering; fixed table widths; a footer with page fields.
    const numbering = await zipEntryText(docx.text, 'word/numbering.xml');
    const lists = (xml.match(/<w:numId w:val="(\d+)"/g) || []).map((m) => m.match(/\d+/)[0]);
    assert.ok(new Set(lists).size >= 3, `one numbering per list (${new Set(lists).size})`);
    assert.ok((numbering.match(/<w:num w:numId=/g) || []).length >= 3);
    assert.match(xml, /<w:tblLayout w:type="fixed"/);
    const footer = await zipEntryText(docx.text, 'word/footer1.xml');
    assert.match(footer, /PAGE/);
    assert.match(footer, /NUMPAGES/);

    const md = (await download(page, 'Markdown (.md)')).text.toString('utf8');
    assert.match(md, /^# Mây Milk Tea — One Table This Tet/m);
    assert.match(md, /^## Pricing/m);
    assert.match(md, /\| \*\*Total \(VND\)\*\* \|/);

    const json = JSON.parse((await download(page, 'Whole proposal (.json)')).text.toString('utf8'));
    assert.equal(json.format, 'suitcase/proposal');
    assert.equal(json.proposal.title, DEMO_TITLE);
    assert.ok(json.ideas.length >= 3);

    // The printed PDF: a cover page of its own, page numbers, nothing internal.
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.ok(pages >= 3, `the printed proposal has a cover and pages (${pages})`);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.getByTestId('proposal-doc').innerText();
    assert.ok(!/Internal review|Status:|Version:|#tet/.test(printed), 'nothing internal in print');
    assert.equal(await page.locator('.doc-cover').count(), 1);
    // The print view shows only the document.
    assert.equal(await page.locator('.stepper').isVisible(), false);
    assert.equal(await page.locator('.proposal-layout').isVisible(), false);
    assert.equal(await page.getByTestId('proposal-doc').isVisible(), true);
    await page.emulateMedia({ media: 'screen' });
    assertNoErrors(page);
    await context.close();
  });

  test('the client opens the link on a phone, takes an option and accepts; the agency records it and refuses a tampered reply', { timeout: 180_000 }, async () => {
    const context = await env.newContext({ acceptDownloads: true });
    const page = await openWizard(context);
    await loadDemo(page);
    // What must never reach the client: the working file's internal parts.
    const record = JSON.parse((await download(page, 'Whole proposal (.json)')).text.toString('utf8'));
    const internal = new Set(['Internal review', 'Status', 'Version']);
    for (const s of record.review.scores) internal.add(s.reviewer);
    for (const i of record.ideas) {
      if (!record.proposal.idea_ids.includes(i.id)) internal.add(i.title);
      for (const t of i.tags) internal.add(`#${t}`);
    }
    for (const q of record.decode.questions) internal.add(q.text);
    if (record.decode.notes) internal.add(record.decode.notes);
    assert.ok(internal.size > 8);

    // The demo's validity date has passed: the send check says so.
    await page.getByRole('button', { name: 'Check and mark as sent' }).click();
    await expectText(page.getByTestId('send-problems'), /Valid until: This date has passed/);
    const future = new Date(Date.now() + 30 * 864e5).toISOString().slice(0, 10);
    await page.getByLabel('Valid until', { exact: true }).fill(future);
    await page.getByLabel('Valid until', { exact: true }).press('Tab');
    await page.getByRole('button', { name: 'Check and mark as sent' }).click();
    await expectText(page.locator('.send .msg-ok'), 'Sent as version 2.');
    await saved(page);
    await page.getByRole('button', { name: 'Make a share link' }).click();
    const link = await page.getByLabel('Share link', { exact: true }).inputValue();
    assert.match(link, /\/suitcase\/p#c1\./);
    console.log(`# share link of the demo: ${link.length} characters`);

    // The client: a fresh browser on a 390 px phone, nothing stored there.
    const fresh = await env.newContext({ viewport: { width: 390, height: 844 }, acceptDownloads: true });
    const view = await newPage(fresh);
    await view.goto(link);
    await expectH1(view, DEMO_TITLE);
    assert.equal(await view.locator('.site-header, nav').count(), 0, 'no Suitcase navigation');
    const body = await view.locator('body').innerText();
    for (const s of internal) assert.ok(!body.includes(s), `the client page shows “${s}”`);
    assert.match(body, /Terms and conditions/);
    assert.match(body, /Payment schedule/);
    const wide = await view.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= 390, `nothing wider than the phone (${wide})`);
    // "Respond" jumps to the reply form and stays on the proposal (with
    // <base href>, a plain "#respond" link would leave for the home page).
    const address = view.url();
    await view.getByRole('link', { name: 'Respond' }).click();
    assert.equal(view.url(), address, 'the link keeps the proposal open');
    assert.equal(await view.evaluate(() => document.activeElement?.id), 'respond');
    const total = async () => (await view.getByTestId('client-totals').innerText()).match(/Total to pay\s*([\d.]+)/)[1];
    const before = await total();
    await view.getByLabel(/Third pop-up weekend/).check();
    await expectText(view.getByTestId('proposal-doc'), /Optional, included/);
    const after = await total();
    assert.notEqual(after, before, 'the total follows the option');
    await view.getByRole('button', { name: 'Accept the proposal' }).click();
    await view.getByRole('button', { name: 'Accept', exact: true }).click();
    await expectText(view.locator('#reply-name-error'), 'Enter your full name.');
    await view.getByLabel('Full name', { exact: true }).fill('Nguyễn Thị Lan');
    await view.getByLabel('Job title', { exact: true }).fill('Marketing Director');
    await view.getByLabel('Company', { exact: true }).fill('Mây Milk Tea JSC');
    await view.getByLabel('PO number', { exact: true }).fill('PO-2026-0117');
    await view.getByLabel(/I have read the terms/).check();
    await view.getByRole('button', { name: 'Accept', exact: true }).click();
    await view.getByTestId('reply-ready').waitFor();
    const replyLink = await view.getByLabel('Your reply link', { exact: true }).inputValue();
    assert.match(replyLink, /\/suitcase\/reply#r1\./);
    console.log(`# reply link: ${replyLink.length} characters`);
    const replyFile = await download(view, 'Save as a file');
    assert.equal(JSON.parse(replyFile.text.toString('utf8')).po_number, 'PO-2026-0117');
    const results = await new AxeBuilder({ page: view }).analyze();
    assert.deepEqual(results.violations.map((v) => v.id), [], 'axe on the client page');
    assert.deepEqual(await view.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)), [], 'nothing stored for the client');
    assertNoErrors(view);
    await fresh.close();

    // The agency opens the reply: checked, recorded, locked.
    const agency = await newPage(context);
    await agency.goto(replyLink);
    await expectText(agency.getByTestId('reply-ok'), 'Reply checked and recorded.', WAIT.boot);
    const summary = await agency.getByTestId('reply-summary').innerText();
    assert.match(summary, /Accepted by Nguyễn Thị Lan/);
    assert.match(summary, /PO-2026-0117/);
    assert.match(summary, /Options taken\s*Third pop-up weekend \(Da Nang\)/);
    assert.ok(summary.replace(/[^\d]/g, '').includes(after.replace(/\./g, '')), 'the final amount with the option');
    await agency.getByRole('link', { name: 'Open the proposal' }).click();
    await expectText(agency.getByTestId('locked-note'), /Version 2 was accepted and is locked/, WAIT.boot);
    // Opening it twice changes nothing.
    await agency.goto(replyLink);
    await expectText(agency.getByTestId('reply-ok'), /already recorded/, WAIT.boot);
    // A tampered reply (the PO number changed) is refused.
    await agency.getByRole('link', { name: 'Open the proposal' }).click();
    await agency.getByTestId('locked-note').waitFor({ timeout: WAIT.boot });
    const reply = JSON.parse(replyFile.text.toString('utf8'));
    reply.po_number = 'PO-9999';
    const tampered = join(await mkdtemp(join(tmpdir(), 'reply-')), 'reply.json');
    await writeFile(tampered, JSON.stringify(reply));
    await agency.locator('#reply-file').setInputFiles(tampered);
    await expectText(agency.getByTestId('reply-note'), /changed after the client made it/);
    // A damaged reply link says so.
    await agency.goto(replyLink.slice(0, replyLink.length - 30) + 'xx');
    await expectText(agency.getByTestId('reply-error'), /incomplete/, WAIT.boot);
    assertNoErrors(page);
    await context.close();
  });

  test('a Vietnamese proposal reads in Vietnamese in an English browser, and old links show nothing internal', { timeout: 120_000 }, async () => {
    // The agency works in Vietnamese; the client's browser is English.
    const context = await env.newContext({ locale: 'vi-VN' });
    const page = await newPage(context);
    await page.goto(env.at('wizard'));
    await page.getByRole('button', { name: 'Mở bản demo' }).click();
    await page.waitForURL(/\/wizard\?p=/);
    await page.getByLabel('Hiệu lực đến', { exact: true }).waitFor({ timeout: WAIT.boot });
    const future = new Date(Date.now() + 30 * 864e5).toISOString().slice(0, 10);
    await page.getByLabel('Hiệu lực đến', { exact: true }).fill(future);
    await page.getByLabel('Hiệu lực đến', { exact: true }).press('Tab');
    await page.getByRole('button', { name: 'Kiểm tra và đánh dấu đã gửi' }).click();
    await expectText(page.locator('.send .msg-ok'), 'Đã gửi, phiên bản 2.');
    await page.getByRole('button', { name: 'Tạo link chia sẻ' }).click();
    const link = await page.getByLabel('Link chia sẻ', { exact: true }).inputValue();
    await context.close();

    const fresh = await env.newContext();
    const view = await newPage(fresh);
    await view.goto(link);
    await expectH1(view, 'Trà sữa Mây — Tết Chung Một Bàn');
    const doc = await view.getByTestId('proposal-doc').innerText();
    for (const vi of ['Báo giá', 'Lịch thanh toán', 'Điều khoản và điều kiện', 'Hiệu lực đến']) assert.ok(doc.includes(vi), vi);
    for (const en of ['Pricing', 'Payment schedule', 'Next steps', 'Valid until']) assert.ok(!doc.includes(en), en);
    assert.equal(await view.locator('.client-page').getAttribute('lang'), 'vi');
    await view.getByRole('button', { name: 'Chấp thuận đề xuất' }).waitFor();
    const results = await new AxeBuilder({ page: view }).analyze();
    assert.deepEqual(results.violations.map((v) => v.id), [], 'axe on the Vietnamese client page');
    // A damaged link says so, in words the client can act on.
    await view.goto(link.slice(0, link.length - 40) + 'xx');
    await expectText(view.getByRole('alert'), /incomplete or was changed/, WAIT.boot);
    assertNoErrors(view);
    await fresh.close();
  });

  test('the list searches without diacritics, filters by status and client, duplicates, archives, deletes with undo', { timeout: 120_000 }, async () => {
    const context = await env.newContext();
    const page = await openWizard(context);
    await loadDemo(page);
    await page.goto(env.at('wizard'));
    await page.getByRole('button', { name: 'New proposal' }).click();
    await page.waitForURL(/\/wizard\?p=/);
    await page.getByLabel('Client', { exact: true }).fill('Bánh mì Phố');
    await page.getByLabel('Brand', { exact: true }).fill('Phố Bakery');
    await saved(page);
    await page.getByRole('link', { name: '← All proposals' }).click();
    const list = page.locator('.proposal-list');
    await expectText(page.getByText(/shown$/), '2 shown');

    await page.getByLabel('Search', { exact: true }).fill('may milk');
    await expectText(page.getByText(/shown$/), '1 shown');
    await expectText(list, /Mây Milk Tea/);
    await page.getByLabel('Search', { exact: true }).fill('');
    await page.getByLabel('Status', { exact: true }).selectOption('revising');
    await expectText(page.getByText(/shown$/), '1 shown');
    await page.getByLabel('Status', { exact: true }).selectOption('');
    await page.getByLabel('Client', { exact: true }).selectOption('Bánh mì Phố');
    await expectText(list, /Phố Bakery/);
    await expectText(page.getByText(/shown$/), '1 shown');
    await page.getByLabel('Client', { exact: true }).selectOption('');

    await page.getByRole('button', { name: `Duplicate “${DEMO_TITLE}” as a template` }).click();
    await expectText(page.getByRole('status').filter({ hasText: 'Duplicated' }), 'Duplicated as a new draft.');
    await expectText(list, /One Table This Tet \(copy\)/);
    await expectText(page.getByText(/shown$/), '3 shown');

    await page.getByRole('button', { name: 'Archive “Phố Bakery”' }).click();
    await expectText(page.getByText(/shown$/), '2 shown');
    await page.getByLabel('Show archived', { exact: true }).check();
    await expectText(page.getByText(/shown$/), '1 shown');
    await expectText(list, /Phố Bakery/);
    await page.getByLabel('Show archived', { exact: true }).uncheck();

    await page.getByRole('button', { name: `Delete “${DEMO_TITLE}”` }).click();
    await expectText(page.getByText(/shown$/), '1 shown');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expectText(page.getByText(/shown$/), '2 shown');
    await page.reload();
    await expectText(page.getByText(/shown$/), '2 shown', WAIT.boot);
    assertNoErrors(page);
    await context.close();
  });

  test('bad input gets a message at its field, markup stays text, and nothing is lost', { timeout: 120_000 }, async () => {
    const context = await env.newContext({ acceptDownloads: true });
    const page = await openWizard(context);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      d.dismiss();
    });
    // A file that is not a proposal.
    const dir = await mkdtemp(join(tmpdir(), 'suitcase-wizard-'));
    await writeFile(join(dir, 'plan.json'), '{"format":"suitcase/budget-plan","version":1}');
    await page.getByLabel('Import a proposal file', { exact: true }).setInputFiles(join(dir, 'plan.json'));
    await expectText(page.getByRole('alert'), /This file can't be used and nothing was changed\. It is not a Suitcase proposal file\./);

    await page.getByRole('button', { name: 'New proposal' }).click();
    await page.waitForURL(/\/wizard\?p=/);
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script> 🍵 Trà';
    await page.getByLabel('Brand', { exact: true }).fill(hostile);
    await expectH1(page, hostile);
    await page.getByLabel('Campaign start', { exact: true }).fill('2027-05-10');
    await page.getByLabel('Campaign end', { exact: true }).fill('2027-05-01');
    await expectText(page.locator('#b-end-issues'), 'The end is before the start.');
    const budget = page.getByLabel('Budget', { exact: true });
    await budget.fill('-5');
    await expectText(page.locator('#b-amount-issues'), 'Must not be negative.');
    await budget.fill('lots');
    await expectText(page.locator('#b-amount-issues'), /Enter a whole number/);
    await budget.fill('99999999999999999999');
    await expectText(page.locator('#b-amount-issues'), /Too large/);
    await budget.fill('300.000.000');
    await expectText(page.locator('#b-amount-issues'), '');
    const long = 'Bối cảnh dài. '.repeat(7200).slice(0, 100_000);
    await page.getByLabel('Background', { exact: true }).fill(long);
    await expectText(page.locator('#b-background-issues'), /Longer than 20000 characters\. Your text is kept/);
    await page.getByLabel('Currency', { exact: true }).fill('dollars');
    await expectText(page.locator('#b-currency-issues'), /three-letter currency code/);
    await page.getByLabel('Currency', { exact: true }).fill('VND');
    // Moving on flags the required fields left blank, without losing anything.
    await page.getByRole('button', { name: /^Next: Decode the brief/ }).click();
    await expectText(page.locator('.msg-warn').first(), /Client brief still has \d+ thing\(s\) to fill in or fix/);
    await goStep(page, 'Client brief');
    await expectText(page.locator('#b-client-issues'), 'Required.');
    await saved(page);

    await page.reload();
    await expectText(page.locator('#step-title'), 'Client brief', WAIT.boot);
    await expectH1(page, hostile);
    assert.equal((await page.getByLabel('Background', { exact: true }).inputValue()).length, 100_000);
    await expectValue(page.getByLabel('Budget', { exact: true }), '300.000.000');
    await expectValue(page.getByLabel('Campaign end', { exact: true }), '2027-05-01');

    // With fewer than three ideas, the review says so.
    await goStep(page, 'Internal review');
    await expectText(page.getByRole('status').filter({ hasText: 'idea(s)' }), /Only 0 idea\(s\): an internal review should send at least three forward/);
    // Markup is escaped in the Markdown file too.
    await goStep(page, 'Proposal');
    const md = (await download(page, 'Markdown (.md)')).text.toString('utf8');
    assert.ok(!md.includes('<script>'), 'no raw markup in the Markdown');
    assert.ok(md.includes('&lt;script&gt;'), 'the markup is kept as text');
    assert.equal(dialogs, 0, 'no script ran');
    assertNoErrors(page);
    await context.close();
  });

  test('in Vietnamese the demo, the steps and the messages are Vietnamese; axe finds nothing in either theme', { timeout: 120_000 }, async () => {
    const context = await env.newContext({ locale: 'vi-VN' });
    const page = await newPage(context);
    await page.goto(env.at('wizard'));
    assert.equal(await h1Text(page), 'Từ brief đến proposal');
    await page.getByRole('button', { name: 'Mở bản demo' }).click();
    await page.waitForURL(/\/wizard\?p=/);
    await expectH1(page, 'Trà sữa Mây — Tết Chung Một Bàn');
    await expectText(steps(page), /Giải brief/);
    await expectText(page.getByTestId('proposal-doc'), /Báo giá/);
    for (const theme of ['light', 'dark']) {
      await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
      const { violations } = await new AxeBuilder({ page }).analyze();
      assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], `axe, proposal step, ${theme}`);
    }
    for (const step of ['Client brief', 'Giải brief', 'Review nội bộ']) {
      await steps(page).getByRole('button', { name: new RegExp(step) }).click();
      await expectText(page.locator('#step-title'), step);
      const { violations } = await new AxeBuilder({ page }).analyze();
      assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], `axe, ${step}`);
    }
    await steps(page).getByRole('button', { name: /Client brief/ }).click();
    await page.getByLabel('Ngân sách', { exact: true }).fill('-1');
    await expectText(page.locator('#b-amount-issues'), 'Không được là số âm.');
    assertNoErrors(page);
    await context.close();
  });
});
