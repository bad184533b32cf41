/**
 * Test helpers: look into a PDF with poppler-utils (pdftotext, pdfinfo, pdfimages, pdffonts, pdftoppm;
 * CI installs poppler-utils) and with zlib for the drawing operators of the content streams.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

/** Where the page-1 previews go, for a human to look at. */
const PREVIEW_DIR = join(tmpdir(), 'motcua-documents');

function withFile<T>(pdf: Buffer, use: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-pdf-'));
  const path = join(dir, 'doc.pdf');
  try {
    writeFileSync(path, pdf);
    return use(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const run = (cmd: string, args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8' });

/** The text as pdftotext reads it, NFC, with all whitespace runs (line wraps included) as one space. */
export function pdfText(pdf: Buffer): string {
  return withFile(pdf, (path) => run('pdftotext', ['-enc', 'UTF-8', path, '-']))
    .normalize('NFC')
    .replace(/\s+/g, ' ');
}

/**
 * Text without any whitespace, for containment checks that must not depend on where a line wrapped
 * ('ông/' + newline + 'bà' reads back as 'ông/ bà') or on the gap pdftotext puts between two font runs.
 */
export function squash(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, '');
}

export function pdfPageCount(pdf: Buffer): number {
  const info = withFile(pdf, (path) => run('pdfinfo', [path]));
  const match = /^Pages:\s+(\d+)/m.exec(info);
  if (!match) throw new Error(`pdfinfo gave no page count:\n${info}`);
  return Number(match[1]);
}

export function pdfPageSize(pdf: Buffer): { width: number; height: number } {
  const info = withFile(pdf, (path) => run('pdfinfo', [path]));
  const match = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
  if (!match) throw new Error(`pdfinfo gave no page size:\n${info}`);
  return { width: Number(match[1]), height: Number(match[2]) };
}

export interface ListedImage {
  page: number;
  type: string;
  width: number;
  height: number;
}

/** `pdfimages -list`: one entry per image XObject (and soft mask). */
export function pdfImages(pdf: Buffer): ListedImage[] {
  const out = withFile(pdf, (path) => run('pdfimages', ['-list', path]));
  return out
    .split('\n')
    .slice(2) // header and rule
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols.length > 4 && /^\d+$/.test(cols[0]!))
    .map((cols) => ({ page: Number(cols[0]), type: cols[2]!, width: Number(cols[3]), height: Number(cols[4]) }));
}

/** Embedded font names from pdffonts ('ABCDEF+Roboto-Regular' → 'Roboto-Regular'). */
export function pdfFonts(pdf: Buffer): { name: string; embedded: boolean }[] {
  const out = withFile(pdf, (path) => run('pdffonts', [path]));
  return out
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      // name type [encoding words...] emb sub uni object ID → 'emb' is the 5th column from the end
      return { name: cols[0]!.replace(/^[A-Z]{6}\+/, ''), embedded: cols[cols.length - 5] === 'yes' };
    });
}

/** The decompressed content streams (and any other Flate stream) as latin1 text. */
function inflatedStreams(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const parts: string[] = [];
  const re = /stream\r?\n/g;
  for (let match = re.exec(raw); match; match = re.exec(raw)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    try {
      parts.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // not a Flate stream (or trailing bytes): skip
    }
    re.lastIndex = end;
  }
  return parts.join('\n');
}

/** Filled squares of a given side in the content streams: how pdfmake draws the modules of a QR code. */
export function countSquares(pdf: Buffer, side: number): number {
  const ops = inflatedStreams(pdf).match(/(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) re/g) ?? [];
  return ops.filter((op) => {
    const [, , w, h] = op.split(' ').map(Number);
    return Math.abs(Math.abs(w!) - side) < 1e-6 && Math.abs(Math.abs(h!) - side) < 1e-6;
  }).length;
}

/** Page 1 as a 60 dpi PNG in PREVIEW_DIR, next to the PDF itself; returns the PNG's path. */
export function previewPage1(pdf: Buffer, name: string): string {
  mkdirSync(PREVIEW_DIR, { recursive: true });
  const target = join(PREVIEW_DIR, name);
  writeFileSync(`${target}.pdf`, pdf);
  withFile(pdf, (path) => run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', path, target]));
  return `${target}.png`;
}
