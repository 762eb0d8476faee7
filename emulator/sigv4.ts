// AWS Signature Version 4 verification, written against the published algorithm
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html).
// The emulator recomputes the signature the same way AWS does, so a client that
// signs with the wrong secret, region-less scope or wrong service fails here too.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export interface SignedRequest {
  method: string;
  /** Path as sent on the wire (still percent-encoded), without the query string. */
  path: string;
  /** Raw query string without the leading '?'. */
  query: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface SigningSecret {
  secretAccessKey: string;
  /** Present for temporary (ASIA...) credentials: the request must carry it. */
  sessionToken?: string;
  expiresAt?: Date;
}

export type SigV4FailureKind =
  | 'missing' // no Authorization header
  | 'incomplete' // Authorization header present but malformed
  | 'unknown-key' // access key id (or session token) not recognised
  | 'expired-token' // temporary credentials past their expiration
  | 'bad-signature'
  | 'skew' // X-Amz-Date too far from the server clock
  | 'wrong-service';

export type SigV4Result =
  | { ok: true; accessKeyId: string; region: string; service: string; date: string }
  | { ok: false; kind: SigV4FailureKind; message: string; accessKeyId?: string; region?: string };

const ALGORITHM = 'AWS4-HMAC-SHA256';
/** AWS rejects requests whose X-Amz-Date differs from its clock by more than 15 minutes. */
const MAX_SKEW_MS = 15 * 60 * 1000;

export const BAD_SIGNATURE_MESSAGE =
  'The request signature we calculated does not match the signature you provided. ' +
  'Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';

function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data, 'utf8').digest();
}

export function signingKey(secret: string, date: string, region: string, service: string): Buffer {
  const kDate = hmac(`AWS4${secret}`, date);
  const kRegion = hmac(kDate, region);
  const kService = hmac(kRegion, service);
  return hmac(kService, 'aws4_request');
}

/** RFC 3986 encoding as SigV4 wants it (encodeURIComponent leaves !'()* alone). */
function uriEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, '%20'));
  } catch {
    return value;
  }
}

/**
 * Non-S3 services encode each (already encoded) path segment once more and
 * normalise "." / ".." segments, exactly like the SDK signer with uriEscapePath.
 */
export function canonicalPath(path: string): string {
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      segments.pop();
      continue;
    }
    segments.push(uriEncode(segment));
  }
  const joined = `/${segments.join('/')}`;
  return segments.length > 0 && path.endsWith('/') ? `${joined}/` : joined;
}

export function canonicalQuery(query: string): string {
  if (!query) return '';
  return query
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const key = eq === -1 ? pair : pair.slice(0, eq);
      const value = eq === -1 ? '' : pair.slice(eq + 1);
      return [uriEncode(safeDecode(key)), uriEncode(safeDecode(value))] as const;
    })
    .filter(([key]) => key !== 'X-Amz-Signature')
    .sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : 1) : a < b ? -1 : 1))
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
}

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(',') : value;
}

interface ParsedAuthorization {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
  terminator: string;
  signedHeaders: string[];
  signature: string;
}

function parseAuthorization(header: string): ParsedAuthorization | string {
  if (!header.startsWith(`${ALGORITHM} `)) {
    return `Authorization header requires '${ALGORITHM}' algorithm.`;
  }
  const fields = new Map<string, string>();
  for (const part of header.slice(ALGORITHM.length + 1).split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  for (const name of ['Credential', 'SignedHeaders', 'Signature']) {
    if (!fields.get(name)) {
      return `Authorization header requires '${name}' parameter. Authorization=${ALGORITHM} ...`;
    }
  }
  const scope = fields.get('Credential')!.split('/');
  if (scope.length !== 5) {
    return `Credential should be scoped to a valid region. `;
  }
  const [accessKeyId, date, region, service, terminator] = scope as [
    string,
    string,
    string,
    string,
    string,
  ];
  return {
    accessKeyId,
    date,
    region,
    service,
    terminator,
    signedHeaders: fields.get('SignedHeaders')!.split(';'),
    signature: fields.get('Signature')!,
  };
}

/** Parses 20240102T030405Z into a Date. */
function parseAmzDate(value: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m;
  return new Date(Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s!));
}

function formatAmzDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * Verifies the SigV4 Authorization header of `req`. `lookup` returns the secret
 * for an access key id, or undefined when the key is unknown.
 */
export function verifySigV4(
  req: SignedRequest,
  expectedService: string,
  lookup: (accessKeyId: string) => SigningSecret | undefined,
  now: Date = new Date(),
): SigV4Result {
  const authorization = headerValue(req.headers, 'authorization');
  if (!authorization) {
    return { ok: false, kind: 'missing', message: 'Request is missing Authentication Token' };
  }
  const parsed = parseAuthorization(authorization);
  if (typeof parsed === 'string') return { ok: false, kind: 'incomplete', message: parsed };
  const { accessKeyId, region } = parsed;

  const amzDateRaw = headerValue(req.headers, 'x-amz-date');
  const amzDate = amzDateRaw ? parseAmzDate(amzDateRaw) : undefined;
  if (!amzDateRaw || !amzDate) {
    return {
      ok: false,
      kind: 'incomplete',
      message:
        "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.",
      accessKeyId,
      region,
    };
  }
  if (parsed.terminator !== 'aws4_request' || parsed.date !== amzDateRaw.slice(0, 8)) {
    return {
      ok: false,
      kind: 'bad-signature',
      message: `Credential should be scoped to a valid date and the 'aws4_request' terminator.`,
      accessKeyId,
      region,
    };
  }
  if (parsed.service !== expectedService) {
    return {
      ok: false,
      kind: 'wrong-service',
      message: `Credential should be scoped to correct service: '${expectedService}'. `,
      accessKeyId,
      region,
    };
  }
  if (!parsed.signedHeaders.includes('host')) {
    return {
      ok: false,
      kind: 'incomplete',
      message: "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.",
      accessKeyId,
      region,
    };
  }

  const secret = lookup(accessKeyId);
  const token = headerValue(req.headers, 'x-amz-security-token');
  // A temporary key without its session token (or with another one) is as unknown as a bad key.
  if (!secret || (secret.sessionToken ?? undefined) !== (token ?? undefined)) {
    return {
      ok: false,
      kind: 'unknown-key',
      message: 'The security token included in the request is invalid.',
      accessKeyId,
      region,
    };
  }
  if (secret.expiresAt && secret.expiresAt.getTime() <= now.getTime()) {
    return {
      ok: false,
      kind: 'expired-token',
      message: 'The security token included in the request is expired',
      accessKeyId,
      region,
    };
  }

  const canonicalHeaders = parsed.signedHeaders
    .map((name) => {
      const value = (headerValue(req.headers, name) ?? '').trim().replace(/\s+/g, ' ');
      return `${name}:${value}\n`;
    })
    .join('');
  const payloadHash = headerValue(req.headers, 'x-amz-content-sha256') ?? sha256Hex(req.body);
  const canonicalRequest = [
    req.method.toUpperCase(),
    canonicalPath(req.path),
    canonicalQuery(req.query),
    canonicalHeaders,
    parsed.signedHeaders.join(';'),
    payloadHash,
  ].join('\n');
  const scope = `${parsed.date}/${region}/${parsed.service}/aws4_request`;
  const stringToSign = [ALGORITHM, amzDateRaw, scope, sha256Hex(canonicalRequest)].join('\n');
  const expected = createHmac(
    'sha256',
    signingKey(secret.secretAccessKey, parsed.date, region, parsed.service),
  )
    .update(stringToSign, 'utf8')
    .digest('hex');

  const given = Buffer.from(parsed.signature, 'utf8');
  const wanted = Buffer.from(expected, 'utf8');
  if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) {
    return {
      ok: false,
      kind: 'bad-signature',
      message: BAD_SIGNATURE_MESSAGE,
      accessKeyId,
      region,
    };
  }

  // Checked after the signature, like AWS: a forged request learns nothing about the clock.
  if (Math.abs(amzDate.getTime() - now.getTime()) > MAX_SKEW_MS) {
    const earliest = formatAmzDate(new Date(now.getTime() - MAX_SKEW_MS));
    return {
      ok: false,
      kind: 'skew',
      message: `Signature expired: ${amzDateRaw} is now earlier than ${earliest} (${formatAmzDate(now)} - 15 min.)`,
      accessKeyId,
      region,
    };
  }
  return { ok: true, accessKeyId, region, service: parsed.service, date: amzDateRaw };
}
