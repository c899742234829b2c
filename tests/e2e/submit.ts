import { expect, type Page, type Response } from "@playwright/test";

/**
 * Submits a form that must be refused. Without JavaScript the browser posts it and the server
 * must answer 400. With JavaScript the page may stop it before sending; either way a field
 * error must show, and any post that did go out must have been answered 400.
 */
export async function submitExpecting400(page: Page, button: RegExp | string, javaScriptEnabled: boolean) {
  const click = page.getByRole("button", { name: button }).click();
  if (!javaScriptEnabled) {
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), click]);
    expect(response.status()).toBe(400);
    return;
  }
  const answers: number[] = [];
  const record = (r: Response) => {
    if (r.request().method() === "POST") answers.push(r.status());
  };
  page.on("response", record);
  await click;
  await expect(page.locator('[id^="field-"][id$="-error"]:not(:empty)').first()).toBeVisible();
  page.off("response", record);
  expect(answers.filter((status) => status !== 400)).toEqual([]);
}
