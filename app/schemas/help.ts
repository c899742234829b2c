import { z } from "zod";
import { checkbox, choice, optionalInt, optionalText, optionalUrl, text } from "./fields";

// One entry of /help (where to turn besides a job), edited by staff at /staff/help.

export const HELP_SECTIONS = {
  housing: "住まい",
  welfare: "体と心・くらし",
  addiction: "お酒・薬物・ギャンブルをやめたいとき",
  work: "仕事",
} as const;

export type HelpSectionKey = keyof typeof HELP_SECTIONS;

export const helpEntrySchema = z.object({
  section: choice(Object.keys(HELP_SECTIONS) as [HelpSectionKey, ...HelpSectionKey[]], "分野を選んでください"),
  name: text("名前", { max: 80 }),
  body: text("説明", { max: 600, multiline: true }),
  contact: optionalText("連絡先", { max: 300, multiline: true }),
  url: optionalUrl,
  position: optionalInt("ならび順", { min: 0, max: 9999 }),
  example: checkbox,
});

export type HelpEntryInput = z.output<typeof helpEntrySchema>;
