// Storage, seen from the Settings page: autosave, validation, two tabs,
// backup export and (hostile) import, a full disk, no storage at all, and
// user text that looks like markup.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { assertNoErrors, expectText, expectValue, h1Text, newPage, storedRecords, TEST_TIMEOUT, useSuite, WAIT } from './helpers.mjs';

const env = useSuite();

// Every visible string comes from locales/en.json.
const T = {
  saved: 'Saved',
  unsaved: 'Unsaved changes',
  saving: 'Saving…',
  badEmail: 'Not saved yet: the e-mail address above is not complete.',
  // A write refused for space says so: either when the request fails
  // (QuotaExceededError) or when the browser aborts the commit.
  quota: /out of storage space.*Nothing was changed/,
  unavailableNotice:
    'This browser is not letting Suitcase store data (private mode or blocked storage). You can look around, but nothing you enter will be kept.',
  unavailableSave: 'Storage is not available in this browser, so this could not be kept.',
};

let scratch; // temp folder for large files
after(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** Opens Settings and waits until the stored profile has been read. */
async function openSettings(context) {
  const page = await newPage(context);
  await page.goto(env.at('settings'));
  assert.equal(await h1Text(page), 'Settings');
  // The record count appears once the database is open and read.
  await expectText(page.getByTestId('record-count'), /^Records kept: \d+$/, WAIT.boot);
  return page;
}

const field = (page, label) => page.getByLabel(label, { exact: true });
const saveState = (page) => page.getByTestId('save-state');

/** The profile record as IndexedDB holds it (the app's database must exist). */
async function storedProfile(page) {
  return (await storedRecords(page, 'profile')).find((r) => r.id === 'me') ?? null;
}

/**
 * Init script: while `window.__e2eDiskFull` is true, every IndexedDB write
 * fails the way Chromium fails it on a full disk: the put/add request
 * succeeds, then the transaction aborts at commit and its `error` is a
 * QuotaExceededError ("Encountered full disk while committing transaction.").
 */
function emulateFullDiskOnCommit() {
  const failed = new WeakSet();
  const error = Object.getOwnPropertyDescriptor(IDBTransaction.prototype, 'error');
  const wrap = (original) =>
    function (...args) {
      const request = original.apply(this, args);
      const tx = this.transaction;
      if (window.__e2eDiskFull && tx.mode === 'readwrite') {
        failed.add(tx);
        request.addEventListener('success', () => {
          try {
            tx.abort();
          } catch {
            // already finishing
          }
        });
      }
      return request;
    };
  IDBObjectStore.prototype.put = wrap(IDBObjectStore.prototype.put);
  IDBObjectStore.prototype.add = wrap(IDBObjectStore.prototype.add);
  Object.defineProperty(IDBTransaction.prototype, 'error', {
    configurable: true,
    enumerable: true,
    get() {
      return failed.has(this)
        ? new DOMException('Encountered full disk while committing transaction.', 'QuotaExceededError')
        : error.get.call(this);
    },
  });
}

/**
 * A full disk for `context`: `fill(page)` shrinks the origin's quota with the
 * DevTools protocol (Storage.overrideQuotaForOrigin). Where that does not
 * reach IndexedDB (Chromium 156 applies it to Cache Storage only), it turns on
 * `emulateFullDiskOnCommit` instead. `free(page)` undoes both.
 */
async function useFullDisk(context, t) {
  await context.addInitScript(emulateFullDiskOnCommit);
  let cdp;
  return {
    async fill(page) {
      cdp = await context.newCDPSession(page);
      await cdp.send('Storage.overrideQuotaForOrigin', { origin: env.origin, quotaSize: 1 });
      if (!(await idbWriteFails(page))) {
        t.diagnostic('Storage.overrideQuotaForOrigin does not reach IndexedDB in this Chromium: emulating a full disk at commit');
        await page.evaluate(() => {
          window.__e2eDiskFull = true;
        });
        assert.equal(await idbWriteFails(page), true, 'the emulated full disk refuses writes');
      }
    },
    async free(page) {
      await cdp?.send('Storage.overrideQuotaForOrigin', { origin: env.origin });
      await page.evaluate(() => {
        window.__e2eDiskFull = false;
      });
    },
    async close() {
      await cdp?.send('Storage.overrideQuotaForOrigin', { origin: env.origin }).catch(() => {});
      await cdp?.detach().catch(() => {});
    },
  };
}

/** Whether a 1 MB IndexedDB write (in a scratch database) fails with QuotaExceededError. */
function idbWriteFails(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open('e2e-quota-probe');
        open.onupgradeneeded = () => open.result.createObjectStore('s');
        open.onerror = () => resolve(open.error?.name === 'QuotaExceededError');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('s', 'readwrite');
          tx.objectStore('s').put('x'.repeat(1_000_000), 1);
          const done = (failed) => {
            db.close();
            indexedDB.deleteDatabase('e2e-quota-probe');
            resolve(failed);
          };
          tx.oncomplete = () => done(false);
          tx.onabort = () => done(tx.error?.name === 'QuotaExceededError');
        };
      }),
  );
}

/** Types into a profile field and waits for "Saved". */
async function typeAndSave(page, label, value) {
  await field(page, label).fill(value);
  await expectText(saveState(page), T.saved);
}

describe('storage', () => {
  test('the profile autosaves: "Saved" only once stored, and it survives a reload', { timeout: TEST_TIMEOUT }, async () => {
    const context = await env.newContext();
    try {
      const page = await openSettings(context);
      assert.equal(await storedProfile(page), null, 'a fresh browser has no profile');
      await expectValue(field(page, 'Your name'), '');

      // Watch every state the indicator goes through.
      await saveState(page).evaluate((el) => {
        window.__states = [];
        new MutationObserver(() => window.__states.push(el.textContent.trim())).observe(el, {
          childList: true,
          characterData: true,
          subtree: true,
        });
      });
      await field(page, 'Your name').pressSequentially('Nguyễn Thị Lan', { delay: 20 });
      const right = (await saveState(page).textContent()).trim();
      assert.notEqual(right, T.saved, 'not "Saved" while typing');
      await expectText(saveState(page), T.saved);
      const states = await page.evaluate(() => window.__states.filter(Boolean));
      assert.equal(states[0], T.unsaved, `first "Unsaved changes" (${states.join(' → ')})`);
      assert.equal(states.at(-1), T.saved);
      assert.ok(states.indexOf(T.saving) < states.indexOf(T.saved) && states.includes(T.saving), `"Saving…" comes before "Saved" (${states.join(' → ')})`);
      assert.ok(!states.slice(0, states.indexOf(T.saving)).includes(T.saved), `no early "Saved" (${states.join(' → ')})`);
      // Saved means stored.
      let stored = await storedProfile(page);
      assert.equal(stored?.data?.name, 'Nguyễn Thị Lan');
      assert.equal(stored.rev, 1);

      await typeAndSave(page, 'E-mail', 'lan.nguyen@agency.vn');
      stored = await storedProfile(page);
      assert.equal(stored.data.email, 'lan.nguyen@agency.vn');
      assert.equal(stored.data.name, 'Nguyễn Thị Lan');

      await page.reload();
      await h1Text(page);
      await expectValue(field(page, 'Your name'), 'Nguyễn Thị Lan');
      await expectValue(field(page, 'E-mail'), 'lan.nguyen@agency.vn');
      await expectText(page.getByTestId('record-count'), 'Records kept: 1');
      assertNoErrors(page);
    } finally {
      await context.close();
    }
  });

  test('an invalid e-mail is explained next to the form and not saved', { timeout: TEST_TIMEOUT }, async () => {
    const context = await env.newContext();
    try {
      const page = await openSettings(context);
      await typeAndSave(page, 'E-mail', 'lan@agency.vn');

      const email = field(page, 'E-mail');
      await email.fill('lan@agency');
      await expectText(saveState(page), T.badEmail);
      assert.equal(await email.getAttribute('aria-invalid'), 'true', 'the field is marked invalid');
      // The message is a status inside the profile form, read out politely.
      const form = page.getByRole('region', { name: 'Your details' });
      await form.getByRole('status').filter({ hasText: 'not complete' }).waitFor();
      assert.equal((await storedProfile(page)).data.email, 'lan@agency.vn', 'the stored e-mail is unchanged');

      await page.reload();
      await h1Text(page);
      await expectValue(field(page, 'E-mail'), 'lan@agency.vn');
      assertNoErrors(page);
    } finally {
      await context.close();
    }
  });

  test(
    'the e-mail error is announced with the e-mail field',
    {
      timeout: TEST_TIMEOUT,
    },
    async () => {
      const context = await env.newContext();
      try {
        const page = await openSettings(context);
        const email = field(page, 'E-mail');
        await email.fill('lan@agency');
        await expectText(saveState(page), T.badEmail);
        const description = await email.evaluate((el) =>
          (el.getAttribute('aria-describedby') ?? '')
            .split(/\s+/)
            .filter(Boolean)
            .map((id) => document.getElementById(id)?.textContent.trim() ?? '')
            .join(' '),
        );
        assert.match(description, /not complete/, 'the field is described by the error message');
        assertNoErrors(page);
      } finally {
        await context.close();
      }
    },
  );

  test('a save in one tab shows up in another without a reload', { timeout: TEST_TIMEOUT }, async () => {
    const context = await env.newContext();
    try {
      const a = await openSettings(context);
      const b = await openSettings(context);
      await typeAndSave(a, 'Your name', 'Trần Minh');
      await expectValue(field(b, 'Your name'), 'Trần Minh');

      // And back the other way, on top of A's save: nothing lost, no conflict.
      await b.bringToFront();
      await typeAndSave(b, 'Agency or school', 'Saigon Creative');
      await expectValue(field(a, 'Agency or school'), 'Saigon Creative');
      await expectValue(field(a, 'Your name'), 'Trần Minh');
      const stored = await storedProfile(a);
      assert.equal(stored.data.name, 'Trần Minh');
      assert.equal(stored.data.agency, 'Saigon Creative');
      assert.equal(stored.rev, 2);
      assertNoErrors(a, 'tab A');
      assertNoErrors(b, 'tab B');
    } finally {
      await context.close();
    }
  });

  test(
    'the record count follows a save in the same tab',
    {
      timeout: TEST_TIMEOUT,
    },
    async () => {
      const context = await env.newContext();
      try {
        const page = await openSettings(context);
        await expectText(page.getByTestId('record-count'), 'Records kept: 0');
        await typeAndSave(page, 'Your name', 'Đếm');
        await expectText(page.getByTestId('record-count'), 'Records kept: 1');
        assertNoErrors(page);
      } finally {
        await context.close();
      }
    },
  );

  test('text that looks like markup is shown as text and never runs', { timeout: TEST_TIMEOUT }, async () => {
    const context = await env.newContext();
    try {
      const payload = '<img src=x onerror="window.__xss=1">';
      const page = await openSettings(context);
      await typeAndSave(page, 'Your name', payload);
      await typeAndSave(page, 'Job title', '<script>window.__xss=2</script>');
      await page.reload();
      await h1Text(page);
      await expectValue(field(page, 'Your name'), payload);
      await expectValue(field(page, 'Job title'), '<script>window.__xss=2</script>');
      assert.equal(await page.evaluate(() => window.__xss), undefined, 'the payload did not run');
      assert.equal(await page.locator('img[src="x"]').count(), 0, 'no <img> was made from the text');
      assertNoErrors(page);
    } finally {
      await context.close();
    }
  });

  test('backup: export, hostile imports refused, import into a fresh browser', { timeout: TEST_TIMEOUT }, async () => {
    scratch ??= await mkdtemp(join(tmpdir(), 'suitcase-e2e-'));
    const context = await env.newContext({ acceptDownloads: true });
    let exported;
    try {
      const page = await openSettings(context);
      await typeAndSave(page, 'Your name', 'Lê Văn Backup');
      await typeAndSave(page, 'E-mail', 'backup@agency.vn');
      await page.reload();
      await h1Text(page);
      await expectText(page.getByTestId('record-count'), 'Records kept: 1');
      await page.getByText('You have not exported a backup yet.').waitFor();

      // Export.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export backup' }).click(),
      ]);
      assert.match(download.suggestedFilename(), /^suitcase-backup-\d{4}-\d{2}-\d{2}\.json$/);
      const text = await readFile(await download.path(), 'utf8');
      exported = JSON.parse(text);
      assert.equal(exported.format, 'suitcase/backup');
      assert.equal(exported.version, 1);
      assert.equal(exported.stores.profile.length, 1);
      assert.equal(exported.stores.profile[0].kind, 'profile');
      assert.equal(exported.stores.profile[0].record.id, 'me');
      assert.equal(exported.stores.profile[0].record.data.name, 'Lê Văn Backup');
      assert.equal(exported.stores.profile[0].record.data.email, 'backup@agency.vn');
      await page.getByRole('status').filter({ hasText: `Backup saved as ${download.suggestedFilename()} (1 records).` }).waitFor();
      await page.getByText(/^Last backup: \d{4}-\d{2}-\d{2}\.$/).waitFor();

      // Hostile or broken files: each refused with a message, nothing written.
      const big = join(scratch, 'huge.json');
      await writeFile(big, Buffer.alloc(50_000_000, 0x20));
      const newer = JSON.stringify({ ...exported, version: 99 });
      const bad = [
        { what: 'not JSON', file: { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('hello, this is not JSON') }, message: 'The file cannot be read at line 1, column 1: from there on it is not the text form (JSON) Suitcase files are written in. Nothing was imported.' },
        {
          what: 'another format',
          file: { name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"suitcase/budget-plan","version":1}') },
          message: 'This is not a Suitcase backup file (format "suitcase/budget-plan"). Nothing was imported.',
        },
        {
          what: 'a newer version',
          file: { name: 'newer.json', mimeType: 'application/json', buffer: Buffer.from(newer) },
          message: 'This backup was made by a newer version of Suitcase (backup version 99). Reload to update the app, then import again. Nothing was imported.',
        },
        {
          what: 'a truncated export',
          file: { name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from(text.slice(0, Math.floor(text.length * 0.6))) },
          message: 'The file ends too early: it was probably cut short while it was saved, copied or downloaded. Nothing was imported.',
        },
        { what: 'a 50 MB file', file: big, message: 'This file is 50.0 MB, larger than the 20.0 MB a backup can be. Nothing was imported.' },
      ];
      const input = page.getByLabel('Import backup');
      for (const { what, file, message } of bad) {
        await input.setInputFiles(file);
        const alert = page.getByRole('alert');
        await expectText(alert, message).catch((err) => {
          err.message = `${what}: ${err.message}`;
          throw err;
        });
        assert.equal(await alert.count(), 1, `${what}: one alert`);
        // Screen readers hear it with the file field.
        assert.match(await input.evaluate((el) => el.getAttribute('aria-describedby')), /import-msg/);
        assert.equal(await alert.getAttribute('id'), 'import-msg');
        await expectText(page.getByTestId('record-count'), 'Records kept: 1');
        await expectValue(field(page, 'Your name'), 'Lê Văn Backup');
        assert.equal(await input.isEnabled(), true, `${what}: the field can be used again`);
      }
      await page.reload();
      await h1Text(page);
      await expectValue(field(page, 'Your name'), 'Lê Văn Backup');
      await expectValue(field(page, 'E-mail'), 'backup@agency.vn');
      await expectText(page.getByTestId('record-count'), 'Records kept: 1');
      const stored = await storedProfile(page);
      assert.equal(stored.rev, exported.stores.profile[0].record.rev, 'the stored record is untouched');
      assertNoErrors(page);
    } finally {
      await context.close();
    }

    // The good export, into a browser that has never seen Suitcase.
    const fresh = await env.newContext();
    try {
      const page = await openSettings(fresh);
      await expectText(page.getByTestId('record-count'), 'Records kept: 0');
      await expectValue(field(page, 'Your name'), '');
      await page.getByLabel('Import backup').setInputFiles({
        name: 'suitcase-backup.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(exported, null, 2)),
      });
      await page.getByRole('status').filter({ hasText: 'Backup imported: 1 added, 0 updated, 0 kept because yours were newer.' }).waitFor();
      await expectValue(field(page, 'Your name'), 'Lê Văn Backup');
      await expectValue(field(page, 'E-mail'), 'backup@agency.vn');
      await expectText(page.getByTestId('record-count'), 'Records kept: 1');
      await page.reload();
      await h1Text(page);
      await expectValue(field(page, 'Your name'), 'Lê Văn Backup');
      assert.equal(await page.getByRole('alert').count(), 0, 'no error shown');
      assertNoErrors(page);
    } finally {
      await fresh.close();
    }
  });

  test('a full disk: the save fails visibly and nothing saved before is lost', { timeout: TEST_TIMEOUT }, async (t) => {
    const context = await env.newContext();
    const disk = await useFullDisk(context, t);
    try {
      const page = await openSettings(context);
      await typeAndSave(page, 'Your name', 'Phạm Quota');
      await typeAndSave(page, 'Job title', 'Account Executive');

      await disk.fill(page);
      await field(page, 'Your name').fill('Phạm Quota, but longer');
      const state = saveState(page);
      await page.waitForFunction((el) => el.classList.contains('save-error'), await state.elementHandle(), { timeout: WAIT.ui });
      assert.notEqual((await state.textContent()).trim(), T.saved, 'not "Saved"');
      assert.notEqual((await state.textContent()).trim(), '', 'the failure is told');
      assert.equal((await storedProfile(page)).data.name, 'Phạm Quota', 'nothing was written');

      await disk.free(page);
      await page.reload();
      await h1Text(page);
      await expectValue(field(page, 'Your name'), 'Phạm Quota');
      await expectValue(field(page, 'Job title'), 'Account Executive');
      // With space again, saving works.
      await typeAndSave(page, 'Your name', 'Phạm Quota 2');
      assertNoErrors(page);
    } finally {
      await disk.close();
      await context.close();
    }
  });

  test(
    'a full disk: the save state says the device is out of storage space',
    {
      timeout: TEST_TIMEOUT,
    },
    async (t) => {
      const context = await env.newContext();
      const disk = await useFullDisk(context, t);
      try {
        const page = await openSettings(context);
        await typeAndSave(page, 'Your name', 'Phạm Quota');
        await disk.fill(page);
        await field(page, 'Your name').fill('Phạm Quota, but longer');
        await expectText(saveState(page), T.quota);
        assertNoErrors(page);
      } finally {
        await disk.close();
        await context.close();
      }
    },
  );

  test('without IndexedDB and localStorage the app still runs and says nothing is kept', { timeout: TEST_TIMEOUT }, async () => {
    const context = await env.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { get: () => undefined, configurable: true });
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The user denied storage.', 'SecurityError');
        },
        configurable: true,
      });
    });
    try {
      const page = await newPage(context);
      await page.goto(env.url);
      assert.equal(await h1Text(page), 'Suitcase: the work of an agency account, in one place');
      const notice = page.getByTestId('storage-notice');
      await expectText(notice, T.unavailableNotice, WAIT.boot);
      assert.equal(await notice.getAttribute('role'), 'alert');

      // The header still works (preferences are simply not kept).
      await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Dark' });
      await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
      await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Tiếng Việt' });
      await page.getByRole('navigation', { name: 'Điều hướng chính' }).waitFor();
      await page.getByRole('combobox', { name: 'Ngôn ngữ' }).selectOption({ label: 'English' });

      // Settings: typing tells the user it was not kept.
      await page.goto(env.at('settings'));
      assert.equal(await h1Text(page), 'Settings');
      await expectText(page.getByTestId('storage-notice'), T.unavailableNotice, WAIT.boot);
      await field(page, 'Your name').fill('Nobody');
      await expectText(saveState(page), T.unavailableSave);
      assertNoErrors(page);
    } finally {
      await context.close();
    }
  });
});
