// The client on its own: what it sends (a hash, never a document), how it maps the API's refusals, and which
// requests it sends again. The transport here answers as the API does (its bodies copied from the API's answers).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  ApiError, CaseScreenDocument, FangpinClient, RecordVisitDocument, UserErrors, fenOf, yuan, type Transport,
} from '../src/index';

type Sent = { url: string; body: any; headers: Record<string, string> };

function scripted(...answers: (Error | { status: number; body: unknown; retryAfter?: string })[]) {
  const sent: Sent[] = [];
  const transport: Transport = {
    async postJson(url, body, headers) {
      sent.push({ url, body, headers });
      const next = answers.shift();
      if (!next || next instanceof Error) {
        throw next ?? new Error('no more answers');
      }
      return next;
    },
    async upload() {
      throw new Error('not used');
    },
  };
  const client = new FangpinClient({ url: 'http://api', token: () => 't0k', transport, backoffMs: 1 });
  return { client, sent };
}

test('a document is sent as the SHA-256 of its trusted file, with the token', async () => {
  const { client, sent } = scripted({ status: 200, body: { data: { case: null } } });
  await client.query(CaseScreenDocument, { id: 'x' });
  const file = readFileSync('../../graphql/trusted-documents/miniprogram/CaseScreen.graphql');
  assert.deepEqual(sent[0].body, {
    variables: { id: 'x' },
    extensions: { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(file).digest('hex') } },
  });
  assert.equal(sent[0].url, 'http://api/graphql');
  assert.equal(sent[0].headers.Authorization, 'Bearer t0k');
  assert.equal('query' in sent[0].body, false);
});

test('errors carry their extensions.code; userErrors throw with the fields they name', async () => {
  const { client } = scripted(
    { status: 200, body: { data: null, errors: [{ message: '已被他人修改 (CONFLICT)', extensions: { code: 'CONFLICT' } }] } },
    { status: 200, body: { data: { recordVisit: { visit: null, userErrors: [{ field: ['input', 'visitedAt'], code: 'BAD_USER_INPUT', message: '日期不能晚于今天' }] } } } },
  );
  await assert.rejects(client.query(CaseScreenDocument, { id: 'x' }),
    (error: unknown) => error instanceof ApiError && error.code === 'CONFLICT' && !error.retryable);
  await assert.rejects(client.mutate(RecordVisitDocument, { input: {} as any }),
    (error: unknown) => error instanceof UserErrors && error.on('input.visitedAt')?.code === 'BAD_USER_INPUT');
});

test('a read is sent again after a lost answer, and a mutation under a clientKey; another mutation only after RATE_LIMITED', async () => {
  const read = scripted(new Error('request:fail timeout'), { status: 200, body: { data: { case: null } } });
  assert.deepEqual(await read.client.query(CaseScreenDocument, { id: 'x' }), { case: null });
  assert.equal(read.sent.length, 2);

  const write = scripted(new Error('request:fail timeout'));
  await assert.rejects(write.client.mutate(RecordVisitDocument, { input: {} as any }),
    (error: unknown) => error instanceof ApiError && error.code === 'NETWORK');
  assert.equal(write.sent.length, 1);

  const keyed = scripted(new Error('request:fail timeout'), { status: 200, body: { data: { recordVisit: { visit: { id: 'v' }, userErrors: [] } } } });
  await keyed.client.mutate(RecordVisitDocument, { input: { clientKey: 'visit-0001' } as any });
  assert.equal(keyed.sent.length, 2, 'a mutation under a clientKey is sent again after a lost answer');

  const limited = scripted(
    { status: 429, body: { errors: [{ message: '请求过于频繁', extensions: { code: 'RATE_LIMITED' } }] }, retryAfter: '0' },
    { status: 200, body: { data: { recordVisit: { visit: { id: 'v' }, userErrors: [] } } } },
  );
  await limited.client.mutate(RecordVisitDocument, { input: {} as any });
  assert.equal(limited.sent.length, 2);
});

test('Yuan stays exact to the fen', () => {
  assert.equal(yuan({ fen: 670000 }), '6700.00');
  assert.equal(fenOf(yuan('9007199254740993.01')), 900719925474099301n);
  assert.throws(() => yuan('12.345'));
});
