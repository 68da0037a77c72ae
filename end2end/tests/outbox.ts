import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Where the server under test writes its mail: without `SMTP_URL` the outbox worker hands each
 * message to lettre's file transport, one `<uuid>.eml` per message. start-server.sh sets
 * `P2C_OUTBOX_DIR` to this same path (one directory per port, emptied when the server starts).
 */
export const OUTBOX_DIR =
  process.env.E2E_OUTBOX_DIR ??
  path.resolve(__dirname, '..', '..', 'target', `e2e-outbox-${process.env.E2E_PORT ?? 3217}`);

export type Mail = {
  file: string;
  to: string;
  subject: string;
  /** The text/plain part, decoded. */
  text: string;
  /** The text/html part, decoded (empty when there is none). */
  html: string;
};

type Entity = { headers: Map<string, string>; body: string };

/** Splits raw RFC 5322 text into unfolded headers (lower-case names) and the body. */
function parseEntity(raw: string): Entity {
  const normalised = raw.replace(/\r\n/g, '\n');
  const end = normalised.indexOf('\n\n');
  const head = end < 0 ? normalised : normalised.slice(0, end);
  const body = end < 0 ? '' : normalised.slice(end + 2);
  const headers = new Map<string, string>();
  // A line that starts with white space continues the header above it (folding).
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function parameter(header: string, name: string): string | undefined {
  const match = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(header);
  return match ? (match[1] ?? match[2]) : undefined;
}

function decodeQuotedPrintable(text: string): Buffer {
  const soft = text.replace(/=\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const c = soft[i];
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(c, 'utf8'));
    }
  }
  return Buffer.from(bytes);
}

function decodeBody(entity: Entity): string {
  const encoding = (entity.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  if (encoding === 'base64') return Buffer.from(entity.body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(entity.body).toString('utf8');
  return entity.body;
}

/** RFC 2047 encoded words, as in a subject with non-ASCII letters. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([bBqQ])\?([^?]*)\?=/g, (_, _charset: string, kind: string, text: string) =>
      kind.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')).toString('utf8'),
    );
}

/** The leaf parts of a (possibly nested) multipart entity, by content type. */
function leaves(entity: Entity): Entity[] {
  const type = entity.headers.get('content-type') ?? 'text/plain';
  const boundary = parameter(type, 'boundary');
  if (!type.toLowerCase().startsWith('multipart/') || !boundary) return [entity];
  const parts = entity.body.split(`--${boundary}`).slice(1);
  return parts
    .filter((p) => !p.startsWith('--'))
    .map((p) => parseEntity(p.replace(/^[ \t]*\n/, '').replace(/\n$/, '')))
    .flatMap(leaves);
}

export function parseMail(file: string, raw: string): Mail {
  const message = parseEntity(raw);
  const parts = leaves(message);
  const part = (mime: string) =>
    parts.find((p) => (p.headers.get('content-type') ?? 'text/plain').toLowerCase().startsWith(mime));
  const text = part('text/plain');
  const html = part('text/html');
  return {
    file,
    to: decodeWords(message.headers.get('to') ?? ''),
    // As a person reads them: the invisible joiners the app puts into typed text (so that no mail
    // client turns a title into a link) are not part of what they see.
    subject: decodeWords(message.headers.get('subject') ?? '').replace(/\u200D/g, ''),
    text: text ? decodeBody(text).replace(/\u200D/g, '') : '',
    html: html ? decodeBody(html) : '',
  };
}

/** Every message the server has delivered so far. */
export async function readOutbox(): Promise<Mail[]> {
  let names: string[];
  try {
    names = (await readdir(OUTBOX_DIR)).filter((n) => n.endsWith('.eml'));
  } catch {
    return [];
  }
  const mails: Mail[] = [];
  for (const name of names) {
    const file = path.join(OUTBOX_DIR, name);
    const raw = await readFile(file, 'utf8').catch(() => '');
    if (raw) mails.push(parseMail(file, raw));
  }
  return mails;
}

function addressedTo(mail: Mail, address: string): boolean {
  const wanted = address.toLowerCase();
  return mail.to
    .toLowerCase()
    .split(',')
    .some((a) => (/<([^>]+)>/.exec(a)?.[1] ?? a).trim() === wanted);
}

/**
 * Waits (polling, as a person checks their inbox) for a message to `address` whose subject
 * matches; the outbox worker delivers within a few hundred milliseconds in the tests.
 */
export async function waitForMail(address: string, subject: RegExp, timeout = 10_000): Promise<Mail> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = (await readOutbox()).find((m) => addressedTo(m, address) && subject.test(m.subject));
    if (found) return found;
    if (Date.now() > deadline) {
      const seen = (await readOutbox()).filter((m) => addressedTo(m, address)).map((m) => m.subject);
      throw new Error(
        `no message to ${address} with a subject like ${subject} in ${OUTBOX_DIR} after ${timeout} ms` +
          ` (messages to that address: ${JSON.stringify(seen)})`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The first link in the message's text whose path is `pathname` (e.g. `/verify`). */
export function linkIn(mail: Mail, pathname: string): URL {
  for (const match of mail.text.matchAll(/https?:\/\/[^\s<>"]+/g)) {
    const url = new URL(match[0]);
    if (url.pathname === pathname) return url;
  }
  throw new Error(`no ${pathname} link in the message "${mail.subject}":\n${mail.text}`);
}
