import { z } from "zod";
import { choice, optionalInt } from "./fields";
import { count } from "./stats";

/** An answer to one check after a hire: how many still work there, trouble, the city's help. */
export const followUpAnswerSchema = z.object({
  id: count("確認の番号", { min: 1, max: Number.MAX_SAFE_INTEGER }),
  // A radio group nobody ticked is null in the browser and absent from FormData.
  still_working: z
    .string({ error: "まだ働いているかを選んでください" })
    .nullish()
    .transform((s): string | undefined => s ?? "")
    .pipe(optionalInt("まだ働いている人の数", { min: 0, max: 999 }))
    .refine((n) => n !== null, { error: "まだ働いているかを選んでください" })
    .transform((n) => n as number),
  trouble: choice(["yes", "no"], "困っていることがあるかを選んでください"),
  wants_help: choice(["yes", "no"], "市の手助けが必要かを選んでください"),
});

export type FollowUpAnswerInput = z.output<typeof followUpAnswerSchema>;
