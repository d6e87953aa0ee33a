import {
  validateCheckIn,
  validateWeeklyReport,
  validateKeyResult,
  validateObjective,
  validatePeriod,
  type AnyRecord,
  type Change,
  type RecordKind,
  type ValidationError,
  type ValidationResult,
} from '@okrkit/core';
import { validateCycleRecord } from '@okrkit/core/cycle';
import { RECORD_KINDS, isObject } from './wire';

/**
 * A request the handler refuses before it reaches storage: sent as
 * `{ error: { code: 'validation', message, errors } }` with its own status (400, 413, 415, 422).
 */
export class BadRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors: ValidationError[] = [{ path: '', message }],
  ) {
    super(message);
  }
}

/**
 * The client went away before its body arrived (a closed tab, a lost connection): not a
 * failure of the server, so it is neither reported to `onError` nor answered 500.
 */
export class ClientGoneError extends Error {
  constructor(cause: unknown) {
    super('the client closed the connection before its request body arrived', { cause });
  }
}

/**
 * Reads a JSON request body as text, refusing a wrong content type (415), a body over
 * `maxBytes` (413, checked as it streams in, not only by `Content-Length`) and bytes that
 * are not UTF-8 (400). A body that breaks off (the client hung up) throws {@link ClientGoneError}.
 */
export async function readJsonText(request: Request, maxBytes: number): Promise<string> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json' && !/^application\/[\w.-]+\+json$/.test(type)) {
    throw new BadRequestError(415, `the body must be JSON, sent with "Content-Type: application/json" (got "${type || 'none'}")`);
  }
  const tooLarge = () => new BadRequestError(413, `the body is larger than ${maxBytes} bytes`);
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let chunk: Awaited<ReturnType<typeof reader.read>>;
    try {
      chunk = await reader.read();
    } catch (error) {
      throw new ClientGoneError(error);
    }
    const { done, value } = chunk;
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new BadRequestError(400, 'the body is not valid UTF-8');
  }
}

/** Parses JSON text, turning a syntax error into a 400 that says where. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? `: ${error.message}` : '';
    throw new BadRequestError(400, `the body is not valid JSON${detail}`);
  }
}

/**
 * Refuses JSON nested deeper than `maxDepth` (400, with the path of the first node too deep),
 * walking it without recursion: deep values would otherwise overflow the stack of whatever
 * copies or serialises them later (structuredClone, JSON.stringify) and turn into a 500.
 */
export function assertDepth(value: unknown, maxDepth: number): void {
  interface Node { value: unknown; depth: number; key: string | number; parent: Node | undefined }
  const stack: Node[] = [{ value, depth: 0, key: '', parent: undefined }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.depth > maxDepth) {
      let path = '';
      for (let at: Node | undefined = node; at?.parent; at = at.parent) {
        path = typeof at.key === 'number' ? `[${at.key}]${path}` : `${at.parent.parent ? '.' : ''}${at.key}${path}`;
      }
      throw new BadRequestError(400, `the body is nested more than ${maxDepth} levels deep`, [
        { path, message: `nested more than ${maxDepth} levels deep` },
      ]);
    }
    if (typeof node.value !== 'object' || node.value === null) continue;
    const entries: [string | number, unknown][] = Array.isArray(node.value)
      ? node.value.map((item, index) => [index, item])
      : Object.entries(node.value);
    for (const [key, item] of entries) stack.push({ value: item, depth: node.depth + 1, key, parent: node });
  }
}

const VALIDATORS: { [K in RecordKind]: (input: unknown) => ValidationResult<AnyRecord> } = {
  period: validatePeriod,
  objective: validateObjective,
  keyResult: validateKeyResult,
  checkIn: validateCheckIn,
  weeklyReport: (input) => validateWeeklyReport(input),
  planningCycle: (input) => validateCycleRecord('planningCycle', input),
  proposal: (input) => validateCycleRecord('proposal', input),
  proposalComment: (input) => validateCycleRecord('proposalComment', input),
  vote: (input) => validateCycleRecord('vote', input),
  closeOut: (input) => validateCycleRecord('closeOut', input),
};

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;
}

function joinPath(prefix: string, path: string): string {
  return path === '' ? prefix : path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

/**
 * Turns a parsed body into a batch of changes: first its shape (400: `changes` an array of
 * at most `maxChanges`, each with a known `op` and `kind`, an object `record` or a string
 * `id`, a sensible `expectedVersion`), then every record against the core's validators
 * (422). Every problem is reported, each with its path: `changes[0].record.metric.target`.
 */
export function parseChanges(body: unknown, maxChanges: number): Change[] {
  if (!isObject(body)) throw new BadRequestError(400, 'the body must be a JSON object: { "changes": [...] }', [{ path: '', message: 'must be an object with a "changes" array' }]);
  const input = body['changes'];
  if (!Array.isArray(input)) throw new BadRequestError(400, '"changes" must be an array', [{ path: 'changes', message: 'must be an array of changes' }]);
  if (input.length > maxChanges) throw new BadRequestError(413, `at most ${maxChanges} changes per request`, [{ path: 'changes', message: `must hold at most ${maxChanges} changes` }]);
  const shapeErrors: ValidationError[] = [];
  const changes: Change[] = [];
  const recordErrors: ValidationError[] = [];
  input.forEach((change: unknown, index) => {
    const at = `changes[${index}]`;
    const error = (path: string, message: string) => shapeErrors.push({ path: `${at}${path}`, message });
    if (!isObject(change)) return error('', 'must be an object');
    const { op, kind, expectedVersion } = change;
    if (op !== 'put' && op !== 'delete') return error('.op', 'must be "put" or "delete"');
    if (typeof kind !== 'string' || !(RECORD_KINDS as readonly string[]).includes(kind)) {
      return error('.kind', `must be one of ${RECORD_KINDS.map((k) => `"${k}"`).join(', ')}`);
    }
    const recordKind = kind as RecordKind;
    if (op === 'delete') {
      const id = change['id'];
      if (typeof id !== 'string' || id === '') error('.id', 'must be a non-empty string');
      if (!isPositiveInteger(expectedVersion)) error('.expectedVersion', 'must be the version you read: a whole number of 1 or more');
      if (typeof id === 'string' && id !== '' && isPositiveInteger(expectedVersion)) changes.push({ op, kind: recordKind, id, expectedVersion });
      return;
    }
    if (expectedVersion !== null && !isPositiveInteger(expectedVersion)) {
      error('.expectedVersion', 'must be null (to create) or the version you read: a whole number of 1 or more');
    }
    const record = change['record'];
    if (!isObject(record)) return error('.record', 'must be an object');
    const result = VALIDATORS[recordKind](record);
    if (!result.ok) {
      for (const problem of result.errors) recordErrors.push({ path: joinPath(`${at}.record`, problem.path), message: problem.message });
      return;
    }
    if (expectedVersion === null || isPositiveInteger(expectedVersion)) {
      changes.push({ op, kind: recordKind, record: result.value, expectedVersion } as Change);
    }
  });
  if (shapeErrors.length > 0) throw new BadRequestError(400, summary(shapeErrors), [...shapeErrors, ...recordErrors]);
  if (recordErrors.length > 0) throw new BadRequestError(422, summary(recordErrors), recordErrors);
  return changes;
}

function summary(errors: readonly ValidationError[]): string {
  const first = errors.slice(0, 3).map((e) => `${e.path}: ${e.message}`).join('; ');
  return errors.length > 3 ? `${first}; and ${errors.length - 3} more` : first;
}
