// The worked examples of the career guide: a student opens them from the
// guide's tools, switches to the flawed contact report and reads its flaws,
// opens it in the toolkit as an editable copy (the demo client is added),
// finds the content there, and still finds it after a reload. Then the WIP
// example is copied as jobs of the same client, and the page works at 390 px
// and in Vietnamese.
import { describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import assert from 'node:assert/strict';

import { TEST_TIMEOUT, WAIT, assertNoErrors, expectText, expectValue, h1Text, newPage, useSuite } from './helpers.mjs';

const env = useSuite();

describe('career: worked examples', () => {
  test('flawed contact report: flaws shown, copied into the toolkit, kept after a reload', { timeout: 90_000 }, async () => {
    const context = await env.newContext();
    // Deep links below /career: the static host answers them with its 404 page, which loads the app.
    const page = await newPage(context, { allow404: true });
    await page.goto(env.at('career/guide'));
    await h1Text(page);
    await page.locator('#tool-contact-report').getByRole('link', { name: 'See a worked example, good and flawed' }).click();
    await page.waitForURL(/\/suitcase\/career\/examples\?tool=contact$/);
    assert.equal(await h1Text(page), 'Worked examples');
    const doc = page.getByTestId('example-doc');
    await expectText(doc.getByRole('heading', { level: 2 }), 'Contact report: Kick-off: One Table This Tet');
    await expectText(page.getByTestId('ex-summary'), '5 things this version does well, numbered beside the document.');
    assert.ok((await doc.textContent()).includes('Trần Minh Quân'));

    // The flawed version, with its flaws pointed out.
    await page.getByRole('button', { name: 'Flawed', exact: true }).click();
    await page.waitForURL(/tool=contact&version=flawed/);
    assert.equal(await page.getByRole('button', { name: 'Flawed', exact: true }).getAttribute('aria-pressed'), 'true');
    await expectText(
      page.getByTestId('ex-summary'),
      "6 flaws, numbered beside the document: the toolkit's check flags 5; only a careful reader catches the other 1.",
    );
    const notes = doc.locator('.ex-note');
    assert.equal(await notes.count(), 6);
    const agreement = notes.filter({ hasText: 'Agreement 1, wording' });
    await expectText(agreement.locator('.ex-num'), '3');
    assert.match(await agreement.textContent(), /reads only “OK”.*How to fix it:.*The toolkit's check flags this\./s);
    assert.match(await notes.filter({ hasText: 'Agreement 2, wording' }).textContent(), /cannot see this/);
    // The flaw sits beside the part of the document it is about.
    const part = doc.locator('.ex-part').filter({ has: page.getByRole('heading', { name: 'Agreements' }) });
    assert.equal(await part.locator('.ex-note').count(), 2);

    // Open it as an editable copy: the demo client is created, the copy opens in the toolkit.
    await page.getByRole('button', { name: 'Open as an editable copy in the toolkit' }).click();
    await page.waitForURL(/\/suitcase\/toolkit\?tab=contact&client=[0-9a-f]{32}&id=[0-9a-f]{32}$/, { timeout: WAIT.boot });
    const url = page.url();
    await expectText(page.getByRole('heading', { level: 1 }), "The account's toolkit", WAIT.boot);
    await expectText(page.locator('#tk-client option:checked'), 'Mây Việt Co., Ltd.');
    await expectValue(page.getByLabel('Subject', { exact: true }), 'Kick-off: One Table This Tet', WAIT.boot);
    await expectValue(page.getByLabel('Agreement 1 — Exact wording'), 'OK');
    await expectValue(page.getByLabel('Next step 1 — Action'), 'Finish the script');
    // The toolkit's own check finds the flaws the example claimed.
    await expectText(page.locator('#cr-agr-0-wording-notes'), 'Too vague: write the exact item the client accepted');
    await expectText(page.getByTestId('send-ready'), /^Not ready to send/);

    await page.reload();
    await expectValue(page.getByLabel('Subject', { exact: true }), 'Kick-off: One Table This Tet', WAIT.boot);
    await expectValue(page.getByLabel('Agreement 2 — Exact wording'), 'Option 2');
    assert.equal(page.url(), url);

    // The WIP example becomes jobs of the same client (not a second client).
    await page.goto(env.at('career/examples?tool=wip&version=good'));
    await expectText(page.getByTestId('example-doc').getByRole('heading', { level: 2 }), /^WIP report — week of Mon 5 Jan 2026$/);
    await page.getByRole('button', { name: 'Open as an editable copy in the toolkit' }).click();
    await page.waitForURL(/\/suitcase\/toolkit\?tab=wip&client=[0-9a-f]{32}$/, { timeout: WAIT.boot });
    assert.equal(new URL(page.url()).searchParams.get('client'), new URL(url).searchParams.get('client'));
    await page.getByText('TVC 30s and two 15s cut-downs').first().waitFor();
    await expectText(page.locator('#tk-client option:checked'), 'Mây Việt Co., Ltd.');
    assert.equal(await page.locator('#tk-client option').filter({ hasText: 'Mây Việt' }).count(), 1);
    assertNoErrors(page);
    await context.close();
  });

  test('at 390 px in Vietnamese: nothing overflows, notes under their part, accessible', { timeout: TEST_TIMEOUT }, async () => {
    const context = await env.newContext({ locale: 'vi-VN', viewport: { width: 390, height: 844 } });
    // A deep link below /career: the static host answers it with its 404 page, which loads the app.
    const page = await newPage(context, { allow404: true });
    await page.goto(env.at('career/examples?tool=review&version=flawed'));
    assert.equal(await h1Text(page), 'Ví dụ mẫu');
    await expectText(page.getByTestId('example-doc').getByRole('heading', { level: 2 }).first(), /^Trà sữa mùa Tết/);
    await expectText(page.getByTestId('ex-summary'), /^6 lỗi, đánh số bên cạnh tài liệu: bộ công cụ tự phát hiện 5 lỗi; 1 lỗi còn lại/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
    // On a phone a part's notes come under it, not beside it.
    const part = page.locator('.ex-part.ex-annotated').first();
    const [docBox, notesBox] = [await part.locator('.ex-doc').boundingBox(), await part.locator('.ex-notes').boundingBox()];
    assert.ok(notesBox.y >= docBox.y + docBox.height - 1, 'notes below the document part');
    for (const theme of ['light', 'dark']) {
      await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
      const { violations } = await new AxeBuilder({ page }).analyze();
      assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], `axe, ${theme}`);
    }
    assertNoErrors(page);
    await context.close();
  });
});
