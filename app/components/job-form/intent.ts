/** What the pressed button asked for; anything unexpected is treated as the harmless preview. */
export type JobFormIntent = "preview" | "draft" | "submit";

export function readIntent(formData: FormData): JobFormIntent {
  const value = formData.get("intent");
  return value === "draft" || value === "submit" ? value : "preview";
}

/** What the form actions answer: refused fields, or a preview of valid input (nothing saved). */
export type JobFormResult = {
  errors: Record<string, string>;
  values: Record<string, string | string[]>;
  preview?: import("~/components/job-view").JobView;
};
