import { useEffect, useRef, useState } from "react";
import { HINT_FIELDS, writingHints, type PlainWord } from "~/utils/writing-hints";

/**
 * Plain-Japanese advice under the description while the employer types (the form's input
 * events); without JavaScript, the advice for what was sent, after each round trip.
 */
export function WritingHints({ initial, words }: { initial: Record<string, string>; words: PlainWord[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const [values, setValues] = useState(initial);
  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form) return;
    const read = () => {
      const next: Record<string, string> = {};
      for (const { name } of HINT_FIELDS) {
        const field = form.elements.namedItem(name);
        if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) next[name] = field.value;
      }
      setValues(next);
    };
    read();
    form.addEventListener("input", read);
    return () => form.removeEventListener("input", read);
  }, []);
  const hints = writingHints(values, words);
  return (
    <div ref={ref} className="writing-hints" aria-live="polite">
      {hints.length > 0 ? (
        <>
          <p>
            <strong>読みやすくするためのヒント</strong>（このままでも保存できます）
          </p>
          <ul>
            {hints.map((hint) => (
              <li key={hint}>{hint}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
