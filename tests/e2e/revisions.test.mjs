// Nothing lost, ever (issue 15), as a person with two tabs open in one
// browser: a backup import that replaces a proposal another tab is editing,
// an Undo of a delete after a newer version came back, a proposal deleted in
// another tab, and a double click on actions that change data. Every
// message is checked in English and in Vietnamese.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { assertNoErrors, expectText, expectValue, h1Text, newPage, storedRecords, useSuite, WAIT } from './helpers.mjs';

const env = useSuite();

// The words of each language (from locales/<lang>/*.json).
const L = {
  en: {
    loadDemo: 'Load the demo',
    title: 'Title',
    subtitle: 'Subtitle',
    saved: 'Saved',
    exportBackup: 'Export backup',
    importBackup: 'Import backup',
    recordCount: /^Records kept: \d+$/,
    oneUpdated: /^Backup imported: 0 added, 1 updated, \d+ kept/,
    oneAdded: /^Backup imported: 1 added, 0 updated, \d+ kept/,
    conflict: 'This record was changed in another tab in the meantime. Nothing was overwritten.',
    loadNewer: 'Load the newer version',
    deletedElsewhere: 'This record was deleted in another tab, so this change was not kept.',
    delete: /^Delete “/,
    deleted: /^Deleted “.*”\./,
    undo: 'Undo',
    restoreNewer:
      'Not restored: a newer version of this record was saved in the meantime (in another tab or by an import). The newer version was kept.',
    newClient: 'New client',
    addClient: 'Add client',
    newReport: 'New contact report',
    toWip: 'Turn next steps into WIP jobs',
    jobsAdded: /^Added 2 job\(s\) to the WIP report\./,
    jobsNone: /^Every next step is already in the WIP report\./,
  },
  vi: {
    loadDemo: 'Mở bản demo',
    title: 'Tiêu đề',
    subtitle: 'Tiêu đề phụ',
    saved: 'Đã lưu',
    exportBackup: 'Xuất bản sao lưu',
    importBackup: 'Nhập bản sao lưu',
    recordCount: /\d+/,
    oneUpdated: /^Đã nhập bản sao lưu: thêm 0, cập nhật 1, giữ nguyên \d+/,
    oneAdded: /^Đã nhập bản sao lưu: thêm 1, cập nhật 0, giữ nguyên \d+/,
    conflict: 'Bản ghi này đã được sửa ở một tab khác trong lúc đó. Không có gì bị ghi đè.',
    loadNewer: 'Tải bản mới hơn',
    deletedElsewhere: 'Bản ghi này đã bị xóa ở một tab khác nên thay đổi vừa rồi không được lưu.',
    delete: /^Xóa “/,
    deleted: /“.*”/,
    undo: 'Hoàn tác',
    restoreNewer:
      'Chưa khôi phục: trong lúc đó bản ghi này đã có phiên bản mới hơn (từ một tab khác hoặc từ một bản sao lưu vừa nhập). Phiên bản mới hơn được giữ nguyên.',
    newClient: 'Client mới',
    addClient: 'Thêm client',
    newReport: 'Contact report mới',
    toWip: 'Chuyển bước tiếp theo thành việc trong WIP',
    jobsAdded: /^Đã thêm 2 việc vào WIP report\./,
    jobsNone: /^Mọi bước tiếp theo đã có trong WIP report\./,
  },
};

/** A browser context (one person, several tabs) in `lang`. */
async function personIn(lang) {
  const context = await env.newContext({ acceptDownloads: true, locale: lang === 'vi' ? 'vi-VN' : 'en-US' });
  await context.addInitScript((l) => localStorage.setItem('suitcase.lang', JSON.stringify(l)), lang);
  return context;
}


/** Tab A: the wizard with the demo proposal open; returns its id. */
async function openDemo(page, t) {
  await page.goto(env.at('wizard'));
  await h1Text(page);
  await page.getByRole('button', { name: t.loadDemo }).click();
  await page.waitForURL(/\/wizard\?p=/);
  await page.getByLabel(t.title, { exact: true }).waitFor({ timeout: WAIT.boot });
  return new URL(page.url()).searchParams.get('p');
}

/** Tab B: Settings, once the database is read. */
async function openSettings(page, t) {
  await page.goto(env.at('settings'));
  await h1Text(page);
  await expectText(page.getByTestId('record-count'), t.recordCount, WAIT.boot);
}

/** Exports a backup from Settings and returns it parsed. */
async function exportBackup(page, t) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: t.exportBackup }).click(),
  ]);
  return JSON.parse(await readFile(await download.path(), 'utf8'));
}

/** `backup` with proposal `id`'s subtitle changed and dated now, its `rev` kept. */
function withSubtitle(backup, id, subtitle) {
  const copy = structuredClone(backup);
  const entry = copy.stores.proposals.find((e) => e.record.id === id);
  assert.ok(entry, 'the backup holds the proposal');
  entry.record.data.proposal.subtitle = subtitle;
  entry.record.updated_at = new Date(Date.now() + 1000).toISOString();
  return copy;
}

async function importBackup(page, t, backup, want) {
  await page.getByLabel(t.importBackup, { exact: true }).setInputFiles({
    name: 'suitcase-backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  await expectText(page.locator('#import-msg'), want);
}

for (const lang of ['en', 'vi']) {
  const t = L[lang];
  describe(`two tabs, nothing lost (${lang})`, () => {
    test('an imported backup replaces the proposal tab A edits: A is told and cannot save over it', { timeout: 120_000 }, async () => {
      const context = await personIn(lang);
      try {
        const a = await newPage(context);
        const id = await openDemo(a, t);
        const b = await newPage(context);
        await openSettings(b, t);
        const before = (await storedRecords(b, 'proposals')).find((r) => r.id === id);
        const file = withSubtitle(await exportBackup(b, t), id, 'Imported subtitle ✓');
        const fileRev = file.stores.proposals.find((e) => e.record.id === id).record.rev;
        await importBackup(b, t, file, t.oneUpdated);

        // Stored one revision past both the stored one and the file's.
        const after = (await storedRecords(b, 'proposals')).find((r) => r.id === id);
        assert.equal(after.rev, Math.max(before.rev, fileRev) + 1);
        assert.equal(after.data.proposal.subtitle, 'Imported subtitle ✓');

        // Tab A is told at once, and offered the newer version.
        await expectText(a.getByTestId('save-state'), t.conflict);
        await a.getByRole('button', { name: t.loadNewer }).waitFor();
        // Its edit is not saved over the import.
        await a.getByLabel(t.title, { exact: true }).fill('Tab A keeps typing');
        await expectText(a.getByTestId('save-state'), t.conflict);
        await a.waitForTimeout(1200);
        assert.notEqual((await a.getByTestId('save-state').textContent()).trim(), t.saved);
        const now = (await storedRecords(a, 'proposals')).find((r) => r.id === id);
        assert.equal(now.data.proposal.subtitle, 'Imported subtitle ✓', 'the import is kept');
        assert.equal(now.rev, after.rev);
        // Loading the newer version shows the import.
        await a.getByRole('button', { name: t.loadNewer }).click();
        await expectValue(a.getByLabel(t.subtitle, { exact: true }), 'Imported subtitle ✓', WAIT.boot);
        assertNoErrors(a, 'tab A');
        assertNoErrors(b, 'tab B');
      } finally {
        await context.close();
      }
    });

    test('Undo of a delete does not overwrite a newer version imported meanwhile', { timeout: 120_000 }, async () => {
      const context = await personIn(lang);
      try {
        const a = await newPage(context);
        const id = await openDemo(a, t);
        const b = await newPage(context);
        await openSettings(b, t);
        const file = withSubtitle(await exportBackup(b, t), id, 'Newer text from the backup');

        // Tab A deletes the proposal from the list (Undo offered).
        await a.goto(env.at('wizard'));
        await h1Text(a);
        await a.getByRole('button', { name: t.delete }).click();
        await expectText(a.getByRole('status').filter({ hasText: '“' }), t.deleted);
        // Tab B imports the backup holding a newer version of it.
        await importBackup(b, t, file, t.oneAdded);
        // Tab A's Undo says so in words and keeps the newer version.
        await a.getByRole('button', { name: t.undo, exact: true }).click();
        await expectText(a.getByRole('alert'), t.restoreNewer);
        const now = (await storedRecords(a, 'proposals')).filter((r) => r.id === id);
        assert.equal(now.length, 1);
        assert.equal(now[0].data.proposal.subtitle, 'Newer text from the backup');
        assertNoErrors(a, 'tab A');
        assertNoErrors(b, 'tab B');
      } finally {
        await context.close();
      }
    });

    test('a proposal deleted in another tab is reported as deleted', { timeout: 120_000 }, async () => {
      const context = await personIn(lang);
      try {
        const a = await newPage(context);
        const id = await openDemo(a, t);
        const b = await newPage(context);
        await b.goto(env.at('wizard'));
        await h1Text(b);
        await b.getByRole('button', { name: t.delete }).click();
        await expectText(a.getByTestId('save-state'), t.deletedElsewhere);
        await a.getByLabel(t.title, { exact: true }).fill('Typed after the delete');
        await expectText(a.getByTestId('save-state'), t.deletedElsewhere);
        assert.deepEqual((await storedRecords(a, 'proposals')).filter((r) => r.id === id), [], 'nothing written back');
        assertNoErrors(a, 'tab A');
        assertNoErrors(b, 'tab B');
      } finally {
        await context.close();
      }
    });

    test('a double click runs once: next steps to WIP jobs (two tabs), Load the demo', { timeout: 120_000 }, async () => {
      const context = await personIn(lang);
      try {
        const a = await newPage(context);
        await a.goto(env.at('toolkit'));
        await h1Text(a);
        await a.getByRole('button', { name: t.newClient }).click();
        await a.locator('#tk-new-client').fill('Lumi Tea');
        await a.getByRole('button', { name: t.addClient }).click();
        await a.waitForURL(/client=[0-9a-f]{32}/);
        await a.getByRole('button', { name: t.newReport }).click();
        await a.waitForURL(/id=[0-9a-f]{32}/);
        for (const [row, action, owner] of [
          [0, 'Send KV B adaptations', 'Lan Tran'],
          [1, 'Book OOH sites', 'Minh Le'],
        ]) {
          await a.locator('#cr-add-step').click();
          await a.locator(`#cr-step-${row}-action`).fill(action);
          await a.locator(`#cr-step-${row}-owner`).fill(owner);
        }
        await a.locator('#cr-step-1-owner').press('Tab');
        const button = a.getByRole('button', { name: t.toWip });
        await button.dblclick();
        await expectText(a.getByRole('status').filter({ hasText: 'WIP' }), t.jobsAdded);
        await a.waitForTimeout(500);
        const jobs = (await storedRecords(a, 'reports')).filter((r) => r.kind === 'wip_job');
        assert.equal(jobs.length, 2, `exactly 2 jobs, found ${jobs.length}`);
        assert.equal(await button.isEnabled(), true, 'the button can be used again');

        // The same report in a second tab: nothing is added twice.
        const b = await newPage(context);
        await b.goto(a.url());
        await h1Text(b);
        await b.getByRole('button', { name: t.toWip }).click();
        await expectText(b.getByRole('status').filter({ hasText: 'WIP' }), t.jobsNone);
        assert.equal((await storedRecords(b, 'reports')).filter((r) => r.kind === 'wip_job').length, 2);

        // Load the demo, double-clicked: one proposal.
        const c = await newPage(context);
        await c.goto(env.at('wizard'));
        await h1Text(c);
        await c.getByRole('button', { name: t.loadDemo }).dblclick();
        await c.waitForURL(/\/wizard\?p=/);
        await c.getByLabel(t.title, { exact: true }).waitFor({ timeout: WAIT.boot });
        await c.waitForTimeout(500);
        assert.equal((await storedRecords(c, 'proposals')).length, 1, 'one demo proposal');
        for (const p of [a, b, c]) assertNoErrors(p);
      } finally {
        await context.close();
      }
    });
  });
}
