import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { SandboxHttpServer } from './sandbox-http';

export interface SmtpSandboxMessage {
  messageId: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  receivedAt: string;
}

/** Addresses that bounce: a domain under .invalid (RFC 2606) or a mailbox named bounce… */
const BOUNCES = /(^bounce[^@]*@)|(\.invalid$)/i;

/**
 * A local SMTP server (smtp-server) that keeps what it receives and checks it as a strict relay would: a
 * sender, known mailboxes (bouncing ones get 550 5.1.1), a Message-ID, a subject, a text part that decodes as
 * UTF-8. A Message-ID seen before is accepted but kept once, and counted as a replay. `down` answers 421.
 * Its state is served over HTTP for tests (GET /_sandbox/state, POST /_sandbox/mode).
 */
export class SmtpSandbox {
  readonly messages: SmtpSandboxMessage[] = [];
  readonly rejected: { to: string; reason: string }[] = [];
  replays = 0;
  private readonly http: SandboxHttpServer;
  private readonly smtp: SMTPServer;
  private port = 0;

  constructor() {
    this.http = new SandboxHttpServer(
      async () => null,
      () => ({ messages: this.messages, rejected: this.rejected, replays: this.replays }),
    );
    this.smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onConnect: (_session, done) => (this.http.mode === 'down' ? done(withCode(new Error('Service not available, try again later'), 421)) : done()),
      onMailFrom: (address: SMTPServerAddress, _session, done) => (address.address ? done() : done(withCode(new Error('Sender address required'), 550))),
      onRcptTo: (address: SMTPServerAddress, _session, done) => {
        if (!BOUNCES.test(address.address)) return done();
        const reason = `5.1.1 <${address.address}>: Recipient address rejected: mailbox unavailable`;
        this.rejected.push({ to: address.address, reason });
        done(withCode(new Error(reason), 550));
      },
      onData: (stream, session, done) => {
        simpleParser(stream)
          .then((mail) => {
            const messageId = mail.messageId ?? '';
            if (!messageId || !mail.subject || !mail.text || mail.text.includes('\ufffd')) return done(withCode(new Error('5.6.0 Message-ID, Subject and a UTF-8 text part are required'), 554));
            if (this.messages.some((m) => m.messageId === messageId)) {
              this.replays++;
              return done();
            }
            this.messages.push({
              messageId,
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((r) => r.address),
              subject: mail.subject,
              text: mail.text,
              receivedAt: new Date().toISOString(),
            });
            done();
          })
          .catch((err: Error) => done(withCode(err, 451)));
      },
    });
  }

  /** smtp://127.0.0.1:<port> */
  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** The HTTP address of the sandbox's state and mode switch. */
  get controlUrl(): string {
    return this.http.url;
  }

  async start(): Promise<string> {
    await new Promise<void>((ready) => this.smtp.listen(0, '127.0.0.1', ready));
    this.port = (this.smtp.server.address() as AddressInfo).port;
    await this.http.start();
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((done) => this.smtp.close(() => done()));
    await this.http.stop();
  }
}

function withCode(error: Error, responseCode: number): Error {
  return Object.assign(error, { responseCode });
}
