import { expect, expectAccessible, forbidThirdPartyRequests, test } from "./fixtures";

const PAGES = ["/", "/login", "/signup", "/password/forgot"];

for (const path of PAGES) {
  test(`${path}: no axe violation, no other site, no sideways scrolling at 360 px`, async ({ page, baseURL }) => {
    const checkRequests = forbidThirdPartyRequests(page, baseURL!);
    await page.setViewportSize({ width: 360, height: 740 });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expectAccessible(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    checkRequests();
  });
}

test("the page shell: header menu and the city office in the footer", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "メインメニュー" });
  for (const name of ["求人をさがす", "説明会・セミナー", "求人情報誌", "事業主の方へ", "ログイン"]) {
    await expect(nav.getByRole("link", { name })).toBeVisible();
  }
  await expect(page.getByRole("contentinfo")).toContainText("生活安全課");
});

test("healthz answers ok", async ({ request }) => {
  const r = await request.get("/healthz");
  expect(r.status()).toBe(200);
  expect(await r.text()).toBe("ok\n");
});
