import { z } from "zod";
import { katakanaToHiragana } from "~/utils/kana";
import { checkbox, optionalText, text } from "./fields";

// One word of the staff's reading dictionary (/staff/readings).

const KANA_ONLY = /^[\u3041-\u3096\u309d\u309e\u30a1-\u30fa\u30fc\u30fd\u30fe]+$/u;

export const readingWordSchema = z
  .object({
    word: text("ことば", { max: 40 }),
    reading: text("よみがな", { max: 80 })
      .refine((v) => KANA_ONLY.test(v), { message: "よみがなは、ひらがなで入力してください" })
      .transform(katakanaToHiragana),
    hard: checkbox,
    plain: optionalText("やさしい言いかえ", { max: 100 }),
  })
  .superRefine((value, ctx) => {
    if (value.hard && !value.plain) {
      ctx.addIssue({
        code: "custom",
        path: ["plain"],
        message: "「むずかしいことば」には、やさしい言いかえを入力してください",
      });
    }
  });

export type ReadingWordInput = z.output<typeof readingWordSchema>;
