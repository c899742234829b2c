import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { pageReadings } from "../../app/models/page-readings.server";
import { ReadingsProvider, Ruby } from "../../app/components/ruby-text";
import { testDb } from "../setup/test-db";

// Texts are keys of the readings a page carries. A company may be called "toString": such a
// text is a text, never a property every object has (it once made every list page fail).
const NAMES = ["toString", "constructor", "__proto__", "hasOwnProperty", "valueOf"];

function render(text: string, readings: Record<string, unknown> | undefined) {
  return renderToStaticMarkup(
    createElement(ReadingsProvider, { readings: readings as never, children: createElement(Ruby, { text }) }),
  );
}

describe("Ruby with texts named like an object's own properties", () => {
  it("shows the text as it is, with and without readings on the page", async () => {
    const { db } = testDb();
    const readings = await pageReadings(db, [...NAMES, "介護"]);
    expect(Object.keys(readings)).toEqual(["介護"]);
    expect(Object.getPrototypeOf(readings)).toBe(Object.prototype);
    for (const name of NAMES) {
      expect(render(name, undefined)).toBe(name);
      expect(render(name, readings)).toBe(name);
      // As the browser gets them: parsed from the page's JSON.
      expect(render(name, JSON.parse(JSON.stringify(readings)))).toBe(name);
    }
    expect(render("介護", readings)).toBe('<ruby>介護<rt aria-hidden="true">かいご</rt></ruby>');
  });

  it("reads a text called __proto__ from the page's data as its own key", () => {
    const readings = JSON.parse('{"__proto__":[{"text":"__proto__"}],"toString":[{"text":"to"},{"text":"String","reading":"すとりんぐ"}]}');
    expect(render("__proto__", readings)).toBe("__proto__");
    expect(render("toString", readings)).toBe('to<ruby>String<rt aria-hidden="true">すとりんぐ</rt></ruby>');
  });
});
