// How the help list (/help: where to turn besides a job) fills the magazine's back pages,
// estimated from its text as the posting boxes are (./measure.ts), so that the page count and
// the contents are known before any browser lays the pages out. The figures follow
// print-magazine-help.css with a margin; an e2e test checks that no help page overflows.
import { HELP_SECTIONS, type HelpSectionKey } from "~/schemas/help";
import { P } from "./book-phrases";
import { linesOf, splitText } from "./measure";

/** One entry as the issue prints it: what /help shows, less the website (paper has no links). */
export type PrintHelpEntry = {
  section: HelpSectionKey;
  name: string;
  body: string;
  contact: string;
  isExample: boolean;
};

/** Offsets [from, to) of a text printed in this piece, or null when it is not. */
export type Span = [number, number] | null;

/**
 * One entry, or a part of one longer than a page, on one help page. `sectionHead`: the
 * section's title goes above it (the first entry of a section, or the first on a page).
 */
export type HelpPiece = { index: number; part: number; body: Span; contact: Span; sectionHead: boolean };

/** Height (mm) of a page's body, as for the postings: A4 less padding, running head and folio. */
const BODY_MM = 261;
/** 11pt text with readings in a 176 mm column: some 45 characters, counted as 40. */
const TEXT_CHARS = 40;
const LINE_MM = 7.4;
/** 13pt names. */
const NAME_CHARS = 34;
const NAME_LINE_MM = 8.6;
const SECTION_MM = 14;
const TITLE_MM = 15;
/** An entry's padding and the gap under it. */
const ENTRY_MM = 7;

/** The text printed as the entry's contact: the contact, or where to ask while there is none. */
export function contactText(entry: PrintHelpEntry): string {
  return entry.contact || P.helpNoContact;
}

function introHeight(entries: PrintHelpEntry[]): number {
  const note = entries.some((e) => e.isExample) ? linesOf(P.helpExamples, TEXT_CHARS) * LINE_MM : 0;
  return TITLE_MM + linesOf(P.helpIntro, TEXT_CHARS) * LINE_MM + note + 4;
}

function nameHeight(entry: PrintHelpEntry, part: number): number {
  // A part after the first repeats the name with 「（つづき）」.
  const name = part === 0 ? entry.name : `${entry.name}${P.helpCont}`;
  return linesOf(`${name}${entry.isExample ? " 例" : ""}`, NAME_CHARS) * NAME_LINE_MM;
}

/** The pieces of an entry too long for one page, each filling at most a page. */
function splitEntry(entry: PrintHelpEntry, index: number): Array<{ piece: HelpPiece; lines: number }> {
  const budget = Math.floor((BODY_MM - SECTION_MM - nameHeight(entry, 1) - ENTRY_MM) / LINE_MM);
  const pieces: Array<{ piece: HelpPiece; lines: number }> = [];
  let at = 0;
  for (const text of splitText(entry.body, budget, budget, TEXT_CHARS)) {
    const piece: HelpPiece = { index, part: pieces.length, body: [at, at + text.length], contact: null, sectionHead: true };
    pieces.push({ piece, lines: linesOf(text, TEXT_CHARS) });
    at += text.length;
  }
  const contact = contactText(entry);
  const last = pieces[pieces.length - 1];
  const room = budget - last.lines;
  if (linesOf(contact, TEXT_CHARS) <= room) {
    last.piece.contact = [0, contact.length];
    last.lines += linesOf(contact, TEXT_CHARS);
    return pieces;
  }
  at = 0;
  for (const text of splitText(contact, room >= 1 ? room : budget, budget, TEXT_CHARS)) {
    const span: [number, number] = [at, at + text.length];
    if (at === 0 && room >= 1) {
      last.piece.contact = span;
      last.lines += linesOf(text, TEXT_CHARS);
    } else {
      const piece: HelpPiece = { index, part: pieces.length, body: null, contact: span, sectionHead: true };
      pieces.push({ piece, lines: linesOf(text, TEXT_CHARS) });
    }
    at += text.length;
  }
  return pieces;
}

/** The help pages: entries in their order, each whole on a page where it fits. */
export function layoutHelp(entries: PrintHelpEntry[]): HelpPiece[][] {
  if (entries.length === 0) return [];
  const pages: HelpPiece[][] = [[]];
  let used = introHeight(entries);
  let section: HelpSectionKey | null = null;
  const newPage = () => {
    pages.push([]);
    used = 0;
  };
  entries.forEach((entry, index) => {
    const head = () => (pages[pages.length - 1].length === 0 || entry.section !== section ? SECTION_MM : 0);
    const lines = linesOf(entry.body, TEXT_CHARS) + linesOf(contactText(entry), TEXT_CHARS);
    const whole = nameHeight(entry, 0) + lines * LINE_MM + ENTRY_MM;
    const fitsHere = used + head() + whole <= BODY_MM;
    const fitsPage = SECTION_MM + whole <= BODY_MM;
    if (!fitsHere && fitsPage) newPage();
    if (fitsHere || fitsPage) {
      used += head() + whole;
      pages[pages.length - 1].push({
        index,
        part: 0,
        body: [0, entry.body.length],
        contact: [0, contactText(entry).length],
        sectionHead: head() > 0,
      });
      section = entry.section;
      return;
    }
    // Longer than a page: on as many pages as it needs, each starting with its section.
    for (const { piece, lines: pieceLines } of splitEntry(entry, index)) {
      if (used > 0) newPage();
      pages[pages.length - 1].push(piece);
      used = SECTION_MM + nameHeight(entry, piece.part) + pieceLines * LINE_MM + ENTRY_MM;
    }
    section = entry.section;
  });
  return pages;
}

/** Every text the help pages show, for the readings. */
export function helpTexts(entries: PrintHelpEntry[]): string[] {
  if (entries.length === 0) return [];
  return [
    ...Object.values(HELP_SECTIONS),
    ...entries.flatMap((e) => [e.name, e.body, contactText(e)]),
  ];
}
