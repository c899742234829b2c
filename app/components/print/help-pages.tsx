import { Ruby } from "~/components/ruby-text";
import { HELP_SECTIONS } from "~/schemas/help";
import { P } from "./book-phrases";
import { R } from "./book-pages";
import { contactText, type HelpPiece, type PrintHelpEntry, type Span } from "./help-layout";

// The magazine's help pages: where to turn for housing, welfare, addiction and work, as /help
// lists them, with names, what each place does and how to reach it. No links and no QR code:
// the readers inside have no phone. Every text carries its readings, as all the print does.

function Part({ text, span }: { text: string; span: Span }) {
  if (!span) return null;
  return <Ruby text={text} from={span[0]} to={span[1]} />;
}

function Piece({ entry, piece }: { entry: PrintHelpEntry; piece: HelpPiece }) {
  const contact = contactText(entry);
  return (
    <div className="mz-help-entry">
      <h4>
        <R t={entry.name} />
        {piece.part > 0 ? P.helpCont : null}
        {entry.isExample ? (
          <span className="mz-help-example">
            <R t={P.helpExample} />
          </span>
        ) : null}
      </h4>
      {piece.body ? (
        <p className="mz-help-body">
          <Part text={entry.body} span={piece.body} />
        </p>
      ) : null}
      {piece.contact ? (
        <p className={entry.contact ? "mz-help-contact" : "mz-help-none"}>
          {entry.contact && piece.contact[0] === 0 ? (
            <span className="mz-help-label">
              <R t={P.helpContact} />
            </span>
          ) : null}
          <Part text={contact} span={piece.contact} />
        </p>
      ) : null}
    </div>
  );
}

/** One help page: on the first, the title and a word to the reader; then the entries. */
export function HelpPage({ entries, pieces, first }: { entries: PrintHelpEntry[]; pieces: HelpPiece[]; first: boolean }) {
  return (
    <div className="mz-help-pages">
      {first ? (
        <>
          <h2>
            <R t={P.help} />
          </h2>
          <p className="mz-help-intro">
            <R t={P.helpIntro} />
          </p>
          {entries.some((e) => e.isExample) ? (
            <p className="mz-help-intro">
              <R t={P.helpExamples} />
            </p>
          ) : null}
        </>
      ) : null}
      {pieces.map((piece) => {
        const entry = entries[piece.index];
        return (
          <div key={`${piece.index}-${piece.part}`} className="mz-help-piece">
            {piece.sectionHead ? (
              <h3 className="mz-help-section">
                <Ruby text={HELP_SECTIONS[entry.section]} />
              </h3>
            ) : null}
            <Piece entry={entry} piece={piece} />
          </div>
        );
      })}
    </div>
  );
}
