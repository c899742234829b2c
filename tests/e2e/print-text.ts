import type { Locator } from "@playwright/test";

/** The text of each element as read, without the readings printed above its kanji. */
export function bareTexts(locator: Locator): Promise<string[]> {
  return locator.evaluateAll((elements) =>
    elements.map((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll("rt").forEach((rt) => rt.remove());
      return copy.textContent ?? "";
    }),
  );
}

/** All the text of the elements as read, joined, without readings. */
export async function bareText(locator: Locator): Promise<string> {
  return (await bareTexts(locator)).join("\n");
}
