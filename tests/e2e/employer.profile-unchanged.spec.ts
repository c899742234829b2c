import { makeStaff } from "../factories";
import { auditOf, expect, test, uniqueEmail } from "./fixtures";

// An employer opens the company profile and presses 保存する without touching anything, before
// any JavaScript runs (a slow phone, or none at all). The form is filled from the page's
// HTML, so whatever that HTML damaged would be saved, audited and mailed to staff as a
// change (docs/decisions/0009).

const KANA = "わたしたちはくまもとしでどうろやじゅうたくのこうじをしているかいしゃです";

/** `count` characters of three bytes each in UTF-8. */
function threeByteText(count: number) {
  return KANA.repeat(Math.ceil(count / KANA.length)).slice(0, count);
}

// Long enough (over 682 characters) that React's Node writer sends it on its own and starts
// a fresh 2 KiB chunk right after it; it has line breaks, as a real profile does.
const PROFILE = Array.from({ length: 14 }, (_, i) => `${i + 1}. 型枠大工の見習いを募集しています。先輩が一から教えます。寮は会社から歩いて5分で、朝と夜の食事があります。`).join("\n");

test.use({ javaScriptEnabled: false });

test("saving the profile without edits before JavaScript loads changes nothing, audits nothing and mails nobody", async ({ page, db, signInAsEmployer }) => {
  test.setTimeout(60_000);
  // A staff account, so that a change would queue a mail to someone.
  await makeStaff(db, { email: uniqueEmail("staff") });
  const { employerId } = await signInAsEmployer();
  expect(PROFILE.length).toBeGreaterThan(682);
  // The message follows the profile's text by the same markup each time; it is 2,046 bytes
  // or less, written into the 2 KiB chunk that began after the profile. One, two or no
  // ASCII letters first: in at least two of the three, a Japanese character meets the end
  // of that chunk, where the Node writer padded the chunk with NUL bytes.
  for (const pad of [0, 1, 2]) {
    await db
      .updateTable("employers")
      .set({
        name_kana: "くまもとかたわくこうぎょう",
        contact_name: "白石 健一",
        postal_code: "860-0000",
        website: "https://example.jp/kumamoto-katawaku",
        profile: PROFILE,
        message: "a".repeat(pad) + threeByteText(682 - pad),
      })
      .where("id", "=", employerId)
      .execute();
    const before = await db.selectFrom("employers").selectAll().where("id", "=", employerId).executeTakeFirstOrThrow();
    const mailBefore = await db.selectFrom("outbox").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();

    await page.goto("/employer/profile");
    await expect(page.getByLabel("担当者のお名前")).toHaveValue("白石 健一");
    await page.getByRole("button", { name: "保存する" }).click();
    await expect(page).toHaveURL(/\/employer\/profile\?done=/);

    // Equal strings are equal UTF-8 bytes: every column, updated_at included.
    const after = await db.selectFrom("employers").selectAll().where("id", "=", employerId).executeTakeFirstOrThrow();
    expect(after, `message after ${pad} ASCII letters`).toEqual(before);
    expect(await auditOf(db, "employer", employerId)).toEqual([]);
    const mailAfter = await db.selectFrom("outbox").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    expect(Number(mailAfter.n)).toBe(Number(mailBefore.n));
    await expect(page.getByRole("status")).toHaveText("変わったところはありませんでした。");
  }
});
