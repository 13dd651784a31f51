// Choosing a transport from command-line style settings (kind + endpoint), with the SFTP key read
// from a file: the thin I/O edge between the CLI and the transports.
import { readFileSync } from 'node:fs';
import { usageError } from '../errors/index';
import { FolderTransport } from './transport-folder';
import { HttpTransport } from './transport-http';
import { SftpTransport } from './transport-sftp';
import type { Transport } from './transport';

export const DEFAULT_PAYER_URL = 'http://127.0.0.1:5959';

export interface EndpointSettings {
  transport?: string;
  endpoint?: string;
  sftpKey?: string;
}

export function transportFor(s: EndpointSettings, env: NodeJS.ProcessEnv): Transport {
  const kind = s.transport ?? env.OPENRCM_SUBMIT_TRANSPORT ?? 'http';
  const endpoint = s.endpoint ?? env.OPENRCM_SUBMIT_ENDPOINT;
  if (kind === 'http') return new HttpTransport((endpoint ?? DEFAULT_PAYER_URL).replace(/\/$/, ''));
  if (kind === 'folder') {
    if (!endpoint) throw usageError('submission.no_endpoint', '--transport folder needs --endpoint DIR (the folder holding inbound/ and outbound/)');
    return new FolderTransport(endpoint);
  }
  if (kind === 'sftp') {
    const url = endpoint ? new URL(endpoint) : undefined;
    if (!url || url.protocol !== 'sftp:' || !url.username) throw usageError('submission.bad_endpoint', '--transport sftp needs --endpoint sftp://USER@HOST:PORT/FOLDER (FOLDER absolute; / for the chroot or home)');
    const keyPath = s.sftpKey ?? env.OPENRCM_SFTP_KEY;
    if (!keyPath) throw usageError('submission.no_key', '--transport sftp needs --sftp-key FILE (or OPENRCM_SFTP_KEY)');
    return new SftpTransport({ host: url.hostname, port: Number(url.port || 22), username: decodeURIComponent(url.username), privateKey: readFileSync(keyPath), root: url.pathname === '/' ? '' : decodeURIComponent(url.pathname) });
  }
  throw usageError('submission.bad_transport', `unknown transport '${kind}' (one of: http, sftp, folder)`);
}

/** Real-time inquiries go over HTTP only. */
export function inquiryTransport(endpoint: string | undefined, env: NodeJS.ProcessEnv): HttpTransport {
  const url = endpoint ?? env.OPENRCM_PAYER_URL ?? (env.OPENRCM_SUBMIT_TRANSPORT === 'http' || !env.OPENRCM_SUBMIT_TRANSPORT ? env.OPENRCM_SUBMIT_ENDPOINT : undefined) ?? DEFAULT_PAYER_URL;
  return new HttpTransport(url.replace(/\/$/, ''));
}
