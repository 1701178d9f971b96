// The career guide as a student meets it: learn a role, mark skills,
// practise an interview question, reload and come back days later to the
// card that is due, in both languages; the map by keyboard, deep links,
// quizzes with their kept history, KPI calculators refusing bad input,
// search without diacritics, and axe on the main views in both themes.
import { describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import assert from 'node:assert/strict';

import { TEST_TIMEOUT, WAIT, assertNoErrors, expectText, expectValue, h1Text, newPage, useSuite } from './helpers.mjs';

const env = useSuite();

/** A fixed "now" for the page's clock (timers keep running). */
const DAY1 = new Date('2026-03-10T09:00:00');
const later = (days) => new Date(DAY1.getTime() + days * 86_400_000);

/** Opens a career view; deep links are served by 404.html, so its 404 is expected. */
async function open(context, path, { time = DAY1 } = {}) {
  const page = await newPage(context, { allow404: true });
  await page.clock.setFixedTime(time);
  await page.goto(env.at(path));
  await h1Text(page);
  return page;
}

const saved = (page, text = 'Saved') => expectText(page.getByTestId('save-state'), text);

/** One language's words for the persistence flow. */
const WORDS = {
  en: {
    locale: 'en-US',
    h1: 'Account Manager (AM)',
    negotiation: 'Negotiation',
    confident: 'Confident',
    learning: 'Learning',
    budget: 'Project budget control',
    readiness: 'You have 1 of 11 skills for Account Manager. 1 more in progress.',
    kamCell: '1 of 11',
    practise: 'Practise these questions',
    answer: 'Your answer',
    show: 'Show what a good answer covers',
    covers: 'What a good answer covers',
    good: /^Good/,
    rated: 'Rated. This card comes back on 12 Mar 2026.',
    dueNone: 'Due today: 0',
    dueOne: 'Due today: 1',
    next: 'Next review after today: 12 Mar 2026',
    status: 'Next review: 12 Mar 2026 · reviews so far: 1',
    hints: ['today', 'in 1 d', 'in 2 d', 'in 4 d'],
    showModel: 'Show a model answer',
    hideModel: 'Hide the model answer',
    modelTitle: 'A model answer',
    situation: 'Situation',
    showWeak: 'Show a weak answer and why',
    weakTitle: 'A weak answer',
    weakWhy: 'Why it is weak',
    saved: 'Saved',
    text: 'At Mây Milk Tea I led a Tết campaign: 1.2 billion VND, 6 people, 10 weeks.',
  },
  vi: {
    locale: 'vi-VN',
    h1: 'Account Manager (AM)',
    negotiation: 'Đàm phán',
    confident: 'Tự tin',
    learning: 'Đang học',
    budget: 'Kiểm soát ngân sách dự án',
    readiness: 'Bạn có 1/11 kỹ năng cho vị trí Account Manager. Thêm 1 kỹ năng đang học.',
    kamCell: '1/11',
    practise: 'Luyện các câu hỏi này',
    answer: 'Câu trả lời của bạn',
    show: 'Xem câu trả lời tốt cần có gì',
    covers: 'Câu trả lời tốt cần có',
    good: /^Tốt/,
    rated: 'Đã chấm. Thẻ này sẽ quay lại vào 12/3/2026.',
    dueNone: 'Đến hạn hôm nay: 0',
    dueOne: 'Đến hạn hôm nay: 1',
    next: 'Lần ôn tiếp theo sau hôm nay: 12/3/2026',
    status: 'Lần ôn tới: 12/3/2026 · số lần đã ôn: 1',
    hints: ['hôm nay', 'sau 1 ngày', 'sau 2 ngày', 'sau 4 ngày'],
    showModel: 'Xem câu trả lời mẫu',
    hideModel: 'Ẩn câu trả lời mẫu',
    modelTitle: 'Câu trả lời mẫu',
    situation: 'Bối cảnh',
    showWeak: 'Xem một câu trả lời yếu và lý do',
    weakTitle: 'Một câu trả lời yếu',
    weakWhy: 'Vì sao câu này yếu',
    saved: 'Đã lưu',
    text: 'Ở Trà sữa Mây tôi phụ trách chiến dịch Tết: 1,2 tỷ đồng, 6 người, 10 tuần.',
  },
};

describe('career guide', () => {
  for (const lang of ['en', 'vi']) {
    const w = WORDS[lang];
    test(`a student marks skills, practises a question, reloads and comes back days later (${lang})`, { timeout: 60_000 }, async () => {
      const context = await env.newContext({ locale: w.locale });
      const page = await open(context, 'career/role/account-manager');
      assert.equal(await h1Text(page), w.h1);
      // Skills: a shared skill counts for every role that needs it.
      await page.getByRole('group', { name: w.negotiation }).getByLabel(w.confident).check();
      await saved(page, w.saved);
      await page.getByRole('group', { name: w.budget }).getByLabel(w.learning).check();
      await saved(page, w.saved);
      await expectText(page.getByTestId('readiness-account-manager'), w.readiness);

      // Interview practice for this role: write, reveal, rate.
      await page.getByRole('link', { name: w.practise }).click();
      await page.waitForURL(/\/career\/practice\?role=account-manager$/);
      const answer = page.getByLabel(w.answer);
      await answer.fill(w.text.slice(0, 20));
      await saved(page, w.saved);
      // Typing on after a save: the field keeps focus and every character.
      await answer.press('End');
      await page.keyboard.type(w.text.slice(20), { delay: 15 });
      await saved(page, w.saved);
      await expectValue(answer, w.text);
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'card-answer', 'focus stays in the answer');
      await page.getByRole('button', { name: w.show }).click();
      await page.getByRole('heading', { name: w.covers, level: 3 }).waitFor();
      // The model answer (STAR for this question) and the weak answer with
      // its reasons, each behind its own button, by mouse and by keyboard.
      const showModel = page.getByRole('button', { name: w.showModel });
      assert.equal(await showModel.getAttribute('aria-expanded'), 'false');
      assert.equal(await page.locator('#card-model').isVisible(), false);
      await showModel.click();
      const hideModel = page.getByRole('button', { name: w.hideModel });
      assert.equal(await hideModel.getAttribute('aria-expanded'), 'true');
      await page.getByRole('heading', { name: w.modelTitle, level: 3 }).waitFor();
      await page.locator('#card-model dt', { hasText: w.situation }).waitFor();
      const showWeak = page.getByRole('button', { name: w.showWeak });
      await showWeak.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: w.weakTitle, level: 3 }).waitFor();
      await page.getByRole('heading', { name: w.weakWhy, level: 4 }).waitFor();
      assert.ok((await page.locator('#card-weak li').count()) >= 1, 'reasons listed');
      // A new card: four ratings, four different intervals.
      assert.deepEqual(await page.locator('.ratings .rate-hint').allTextContents(), w.hints);
      await page.getByRole('button', { name: w.good }).click();
      await expectText(page.getByTestId('rated'), w.rated);
      await saved(page, w.saved);
      await expectText(page.getByTestId('due-today'), w.dueNone);
      await expectText(page.getByTestId('next-due'), w.next);

      // Reload: the skills and the answer are still there.
      await page.reload();
      await h1Text(page);
      await expectText(page.getByTestId('due-today'), w.dueNone);
      await page.goto(env.at('career/skills'));
      await expectText(page.getByTestId('ready-key-account-manager'), w.kamCell);
      assert.equal(await page.getByRole('group', { name: w.negotiation }).getByLabel(w.confident).isChecked(), true);
      assert.equal(await page.getByRole('group', { name: w.budget }).getByLabel(w.learning).isChecked(), true);
      assertNoErrors(page);

      // Two days later the card is due, with the answer kept.
      const back = await open(context, 'career/practice', { time: later(2) });
      await expectText(back.getByTestId('due-today'), w.dueOne);
      await expectText(back.getByTestId('card-status'), w.status);
      await expectValue(back.getByLabel(w.answer), w.text);
      assertNoErrors(back);
      await context.close();
    });
  }

  test('two tabs: a skill marked in one shows in the other, and both changes are kept', { timeout: TEST_TIMEOUT }, async () => {
    const context = await env.newContext();
    const a = await open(context, 'career/skills');
    const b = await open(context, 'career/role/account-director');
    await expectText(b.getByTestId('readiness-account-director'), 'You have 0 of 7 skills for Account Director.');
    await a.getByRole('group', { name: 'Presentation and pitching' }).getByLabel('Confident').check();
    await saved(a);
    await expectText(b.getByTestId('readiness-account-director'), 'You have 1 of 7 skills for Account Director.');
    await b.getByRole('group', { name: 'Strategic planning' }).getByLabel('Confident').check();
    await saved(b);
    await expectText(a.getByTestId('ready-account-director'), '2 of 7');
    await a.reload();
    await expectText(a.getByTestId('ready-account-director'), '2 of 7');
    assertNoErrors(a);
    assertNoErrors(b);
    await context.close();
  });

  test('a role has its own page: deep link with pay, typical days, paths and questions', { timeout: TEST_TIMEOUT }, async () => {
    const context = await env.newContext();
    const page = await open(context, 'career/role/key-account-manager');
    assert.equal(await h1Text(page), 'Key Account Manager (KAM)');
    await expectText(page.getByTestId('pay'), '10.000.000 ₫ – 35.000.000 ₫ per month');
    await page.getByText('Salaryexplorer, as quoted in a JobsGO career article').waitFor();
    for (const level of ['Entry', 'Mid', 'Senior']) {
      await page.locator('dl.days dt', { hasText: new RegExp(`^${level}$`) }).waitFor();
    }
    await page.getByRole('link', { name: 'Strategic Account Manager' }).first().waitFor();
    // The page marks itself on the map.
    const self = page.getByRole('link', { name: /^Key Account Manager KAM, Senior/ });
    assert.equal(await self.getAttribute('aria-current'), 'page');
    await page.getByRole('link', { name: 'On a scale of 1 to 10, what score would you give yourself as a Key Account Manager?' }).click();
    await page.waitForURL(/\/career\/practice\?q=kam-rate-yourself$/);
    await expectText(page.getByRole('heading', { level: 2, name: /On a scale of 1 to 10/ }), 'On a scale of 1 to 10, what score would you give yourself as a Key Account Manager?');
    // An unknown role says so.
    await page.goto(env.at('career/role/astronaut'));
    assert.equal(await h1Text(page), 'Role not found');
    assertNoErrors(page);
    await context.close();
  });

  test('the map works by keyboard and names every role', { timeout: TEST_TIMEOUT }, async () => {
    const context = await env.newContext();
    const page = await open(context, 'career');
    const map = page.getByRole('group', { name: 'Career map of account roles' });
    const nodes = map.getByRole('link');
    assert.equal(await nodes.count(), 12);
    const coordinator = map.getByRole('link', { name: /^Account Coordinator Entry level, Agency ladder: leads to Account Executive, Digital Account$/ });
    await coordinator.focus();
    // Arrow up moves to the role above; Tab follows ladder order.
    await page.keyboard.press('ArrowUp');
    let focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    assert.match(focused, /^Account Executive AE, Junior, Agency ladder/);
    await page.keyboard.press('ArrowRight');
    focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    assert.match(focused, /^Digital Account Junior, Agency ladder/);
    await page.keyboard.press('Shift+Tab');
    focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    assert.match(focused, /^Account Executive AE, Junior, Agency ladder/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/career\/role\/account-executive$/);
    assert.equal(await h1Text(page), 'Account Executive (AE)');
    // The text alternative lists the same roles.
    await page.goto(env.at('career'));
    await h1Text(page);
    await page.getByRole('heading', { name: 'All roles' }).waitFor();
    assert.equal(await page.locator('.role-list > li').count(), 12);
    assertNoErrors(page);
    await context.close();
  });

  test('role questionnaire and a knowledge quiz keep their answers and score history', { timeout: 60_000 }, async () => {
    const context = await env.newContext();
    const page = await open(context, 'career/quiz');
    const picks = [
      ['Which part of a project gives you the most energy?', 'Understanding how a technical thing works'],
      ['Where are you today?', 'A technical background (IT, engineering)'],
      ['A day with many small deadlines at once feels…', 'Draining: I prefer deep work on one problem'],
      ['How do you feel about numbers and dashboards?', 'I love them'],
      ['The client and your team disagree. What do you do first?', 'Patiently explain the constraint to the client'],
      ['Which clients would you rather serve?', 'Many clients using one product'],
      ['Which success would feel best?', 'Fixing a problem nobody else could explain'],
      ['How do you feel about working across cultures and time zones?', 'Open to it if the role needs it'],
    ];
    for (const [q, a] of picks) {
      await page.getByRole('group', { name: q }).getByLabel(a).check();
    }
    await saved(page);
    const suggestion = page.getByTestId('suggestion');
    await expectText(suggestion.getByRole('heading'), 'Suggested role: Technical Account Manager');
    await suggestion.getByText('You enjoy technical detail, and this role bridges engineers and clients.').waitFor();

    // A knowledge quiz: refused until complete, then scored and kept.
    await page.getByRole('link', { name: 'The workflow, brief to wrap-up' }).click();
    await page.waitForURL(/\?topic=workflow$/);
    await page.getByRole('button', { name: 'Check my answers' }).click();
    await expectText(page.getByRole('alert'), /questions are not answered yet/);
    const groups = page.locator('fieldset.quiz-q');
    const n = await groups.count();
    for (let i = 0; i < n; i++) await groups.nth(i).getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Check my answers' }).click();
    const score = await expectText(page.getByTestId('quiz-score'), /^Score: \d+ of \d+ \(\d+ %\)\. Saved to your history\.$/);
    await saved(page);
    assert.equal(await page.getByTestId('history').locator('tbody tr').count(), 1);

    await page.reload();
    await h1Text(page);
    await expectText(page.getByTestId('history').locator('tbody tr').first(), new RegExp(`^10 Mar 2026${score.match(/(\d+) of (\d+)/).slice(1).join(' / ')}`));
    await page.getByRole('link', { name: 'All quizzes' }).click();
    await expectText(page.getByTestId('scores-workflow'), /^latest \d+ %, best \d+ %, attempts: 1$/);
    await expectText(page.getByTestId('suggestion').getByRole('heading'), 'Suggested role: Technical Account Manager');
    assert.equal(await page.getByRole('group', { name: 'Where are you today?' }).getByLabel('A technical background (IT, engineering)').isChecked(), true);
    assertNoErrors(page);
    await context.close();
  });

  test('KPI calculators compute and put clear messages next to bad input', { timeout: TEST_TIMEOUT }, async () => {
    const context = await env.newContext();
    const page = await open(context, 'career/kpi');
    const nps = page.locator('#calc-nps');
    await nps.getByLabel('Promoters (9–10)').fill('30');
    await nps.getByLabel('Passives (7–8)').fill('10');
    await nps.getByLabel('Detractors (0–6)').fill('10');
    await expectText(page.getByTestId('result-nps').locator('.result-line'), 'NPS: 40.0');
    await nps.getByLabel('Promoters (9–10)').fill('3o');
    await expectText(nps.locator('.field-error'), 'Promoters (9–10): enter a whole number, such as 12.');
    assert.equal(await nps.getByLabel('Promoters (9–10)').getAttribute('aria-invalid'), 'true');
    await nps.getByLabel('Promoters (9–10)').fill('-4');
    await expectText(nps.locator('.field-error'), 'Promoters (9–10): cannot be negative.');

    const ret = page.locator('#calc-retention');
    await ret.getByLabel('Clients at start').fill('20');
    await ret.getByLabel('Clients lost').fill('25');
    await ret.getByLabel('New clients').fill('0');
    const lost = ret.getByLabel('Clients lost');
    const errId = await lost.getAttribute('aria-describedby');
    await expectText(page.locator(`#${errId}`), 'Clients lost cannot be more than Clients at start.');
    await lost.fill('2');
    await expectText(page.getByTestId('result-retention').locator('.result-line'), 'Client retention rate: 90.0 %');

    const rt = page.locator('#calc-response-time');
    await rt.getByLabel('Response times, in minutes').fill('30, 45, abc');
    await expectText(rt.locator('.field-error'), 'Item 3: “abc” is not a whole number of minutes.');
    await rt.getByLabel('Response times, in minutes').fill('30, 45, 120');
    await expectText(page.getByTestId('result-response-time').locator('.result-line'), 'Average response time: 1 h 05 min');

    const up = page.locator('#calc-upsell-rate');
    await up.getByLabel('Active clients').fill('40');
    await up.getByLabel('Clients upsold', { exact: true }).fill('6');
    await up.getByLabel('Clients cross-sold').fill('4');
    await expectText(page.getByTestId('result-upsell-rate').locator('.result-line'), 'Upsell rate: 15.0 %');
    assertNoErrors(page);
    await context.close();
  });

  test('search finds Vietnamese text typed without diacritics and links to the hit', { timeout: TEST_TIMEOUT }, async () => {
    const context = await env.newContext();
    const page = await open(context, 'career');
    await page.getByRole('searchbox', { name: 'Search the career guide' }).fill('giai brief');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL(/\/career\/search\?q=giai%20brief$/);
    await expectText(page.getByTestId('search-summary'), /^\d+ results for “giai brief”\.$/);
    await page.getByRole('link', { name: 'Giải brief and budget' }).click();
    await page.waitForURL(/\/career\/guide#step-giai-brief$/);
    await eventuallyFocused(page, 'step-giai-brief');

    // In Vietnamese, words typed without accents find accented text.
    const vi = await env.newContext({ locale: 'vi-VN' });
    const p2 = await open(vi, 'career/search?q=quan%20ly%20khach%20hang');
    await expectText(p2.getByTestId('search-summary'), /^\d+ kết quả cho “quan ly khach hang”\.$/);
    await p2.locator('.hit-title a').first().waitFor();
    const none = await open(vi, 'career/search?q=zzzz');
    await expectText(none.getByTestId('search-summary'), 'Không tìm thấy kết quả cho “zzzz”.');
    assertNoErrors(page);
    assertNoErrors(p2);
    await vi.close();
    await context.close();
  });

  test('the main career views pass axe in light and dark themes', { timeout: 90_000 }, async () => {
    const context = await env.newContext();
    const page = await open(context, 'career');
    for (const path of ['career', 'career/role/account-executive', 'career/guide', 'career/skills', 'career/practice', 'career/quiz', 'career/quiz?topic=workflow', 'career/kpi', 'career/search?q=brief']) {
      await page.goto(env.at(path));
      await h1Text(page);
      await page.waitForTimeout(300);
      for (const theme of ['light', 'dark']) {
        await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
        const { violations } = await new AxeBuilder({ page }).analyze();
        assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], `axe, ${path}, ${theme}`);
      }
    }
    assertNoErrors(page);
    await context.close();
  });
});

/** Waits until the element with `id` has focus. */
async function eventuallyFocused(page, id) {
  await page.waitForFunction((x) => document.activeElement?.id === x, id, { timeout: WAIT.ui });
}
