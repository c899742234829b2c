import { useEffect, useRef, useState } from "react";

// A 「読み上げる」 button that reads a page's main text with the browser's own speech
// synthesis. Only a voice that runs on the device (localService) is used, so the text never
// leaves the phone; where there is none, or no speechSynthesis, or no JavaScript, nothing is
// shown (the server renders nothing: the button appears after the page starts in the browser).

type State = "idle" | "speaking" | "paused";

function localJapaneseVoice(): SpeechSynthesisVoice | null {
  const voices = window.speechSynthesis.getVoices();
  return voices.find((v) => v.localService && /^ja(-|_|$)/i.test(v.lang)) ?? null;
}

export function ReadAloud({ text }: { text: string }) {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(null);
  const [state, setState] = useState<State>("idle");
  const utterance = useRef<SpeechSynthesisUtterance | null>(null);

  useEffect(() => {
    if (
      typeof window === "undefined" ||
      !("speechSynthesis" in window) ||
      typeof SpeechSynthesisUtterance === "undefined"
    )
      return;
    const synth = window.speechSynthesis;
    const pick = () => setVoice(localJapaneseVoice());
    pick();
    synth.addEventListener?.("voiceschanged", pick);
    return () => {
      synth.removeEventListener?.("voiceschanged", pick);
      synth.cancel();
    };
  }, []);

  if (!voice) return null;
  const synth = window.speechSynthesis;

  const start = () => {
    synth.cancel();
    const u = new SpeechSynthesisUtterance(text);
    u.lang = "ja-JP";
    u.voice = voice;
    u.rate = 0.9;
    u.onend = () => setState("idle");
    u.onerror = () => setState("idle");
    utterance.current = u;
    synth.speak(u);
    setState("speaking");
  };
  const pause = () => {
    synth.pause();
    setState("paused");
  };
  const resume = () => {
    synth.resume();
    setState("speaking");
  };
  const stop = () => {
    synth.cancel();
    setState("idle");
  };

  return (
    <div className="read-aloud no-print" role="group" aria-label="読み上げ">
      {state === "idle" ? (
        <button type="button" className="button" onClick={start}>
          読み上げる
        </button>
      ) : (
        <>
          {state === "speaking" ? (
            <button type="button" className="button" onClick={pause}>
              一時停止
            </button>
          ) : (
            <button type="button" className="button" onClick={resume}>
              続ける
            </button>
          )}
          <button type="button" className="button" onClick={stop}>
            止める
          </button>
        </>
      )}
      <p className="read-aloud-note">声はこの端末の中で作ります。文章はどこにも送りません。</p>
    </div>
  );
}
