// A household's case walked from the lead to elimination through the mini-program's client alone (the county's
// two approvals are the console's, sent as raw GraphQL), against a running API. `./mvnw verify` runs it against
// the test stack (MiniProgramWalkTest); by hand, against `./mvnw spring-boot:test-run`:
//
//   FANGPIN_API=http://localhost:8080 npm run walk
//
// Tokens: FANGPIN_TOKEN_WORKER, _VILLAGE, _TOWNSHIP, _COUNTY if given; otherwise each persona logs in with the
// authorization code flow and PKCE, as the mini-program's web view does (the console's client for the county), at
// the realm FANGPIN_ISSUER. Lost answers are injected: every read loses its first answer (and is sent again);
// every create loses its answer once and is sent again under its clientKey, written once; a step whose answer is
// lost is refused when resent with the version it was sent with, and the case's timeline holds it once; an
// update sent with a stale version is a CONFLICT answering the record as it stands now. The last line says the
// household, so that the test around it counts what was written. Without FANGPIN_API the walk is skipped.
import assert from 'node:assert/strict';
import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';
import { test } from 'node:test';
import * as D from '../src/gql/graphql';
import { ApiError, FangpinClient, UserErrors, fetchTransport, yuan, type Transport } from '../src/index';

const API = process.env.FANGPIN_API;
const ISSUER = process.env.FANGPIN_ISSUER ?? 'http://localhost:8180/realms/fangpin';
const GROUP = '99990110020101';
/** Where the development realm lets each public client return: never followed, the code is taken from it. */
const REDIRECTS: Record<string, string> = {
  'fangpin-miniprogram': 'http://localhost:8080/',
  'fangpin-console': 'http://localhost:8080/console/',
};

/**
 * A user's token from a public client (`fangpin-miniprogram`, or the console's) by the authorization code flow
 * with PKCE: the realm's login form filled in as the web view would, the code taken from the redirect and
 * exchanged with the verifier.
 */
async function tokenOf(username: string, clientId = 'fangpin-miniprogram'): Promise<string> {
  const given = process.env[`FANGPIN_TOKEN_${username.toUpperCase()}`];
  if (given) {
    return given;
  }
  const redirectUri = REDIRECTS[clientId];
  const verifier = randomBytes(32).toString('base64url');
  const state = randomUUID();
  const authorize = new URL(`${ISSUER}/protocol/openid-connect/auth`);
  authorize.search = new URLSearchParams({
    client_id: clientId, response_type: 'code', scope: 'openid', redirect_uri: redirectUri, state,
    code_challenge: createHash('sha256').update(verifier).digest('base64url'), code_challenge_method: 'S256',
  }).toString();
  const page = await fetch(authorize, { redirect: 'manual' });
  const form = /<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"/.exec(await page.text());
  assert.ok(form, `the login form of ${clientId}`);
  // the login session's cookies, sent back by hand (Node's fetch keeps none)
  const cookies = page.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');
  const login = await fetch(form[1].replaceAll('&amp;', '&'), {
    method: 'POST', redirect: 'manual', headers: { Cookie: cookies },
    body: new URLSearchParams({ username, password: 'fangpin' }),
  });
  const redirect = new URL(login.headers.get('location') ?? assert.fail(`${username} was not logged in (${login.status})`));
  assert.equal(redirect.searchParams.get('state'), state);
  const answer = await fetch(`${ISSUER}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'authorization_code', client_id: clientId, code: redirect.searchParams.get('code')!,
      redirect_uri: redirectUri, code_verifier: verifier,
    }),
  });
  assert.equal(answer.status, 200, `token of ${username}`);
  return ((await answer.json()) as { access_token: string }).access_token;
}

/** Loses the answer of a request (after the API served it) when `lose` says so. */
function losing(inner: Transport, lose: (body: any) => boolean): Transport {
  return {
    async postJson(url, body, headers) {
      const answer = await inner.postJson(url, body, headers);
      if (lose(body)) {
        throw new Error('request:fail timeout (injected: the answer was lost)');
      }
      return answer;
    },
    upload: (url, file, fields, headers) => inner.upload(url, file, fields, headers),
  };
}

/** A client of one persona whose every read loses its first answer once, and whose mutations lose theirs on demand. */
async function clientOf(username: string, retries: string[]) {
  const token = await tokenOf(username);
  const seen = new Set<string>();
  const loseNext = { mutation: false };
  const transport = losing(fetchTransport(), (body) => {
    const key = JSON.stringify(body);
    if (loseNext.mutation) {
      loseNext.mutation = false;
      return true;
    }
    const isRead = !key.includes('"input"');
    if (isRead && !seen.has(key)) {
      seen.add(key);
      return true;
    }
    return false;
  });
  const client = new FangpinClient({
    url: API!, token: () => token, transport, backoffMs: 10,
    onRetry: (error) => retries.push(`${username} ${error.code}`),
  });
  return { client, token, loseNextMutation: () => { loseNext.mutation = true; } };
}

/** The console's raw GraphQL, for the county's steps (the county does not work in the mini-program). */
async function countyConsole(token: string, query: string, variables: object): Promise<any> {
  const answer = await fetch(`${API}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await answer.json()) as any;
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

/** A synthetic ID number of the fictional region 999902, with its GB 11643 check digit. */
function idNumber(): string {
  const base = `99990219${randomInt(50, 99)}0101${String(randomInt(0, 1000)).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...base].reduce((total, digit, i) => total + Number(digit) * weights[i], 0);
  return base + '10X98765432'[sum % 11];
}

/** The date `days` ago in the county's time zone. */
function daysAgo(days: number): string {
  const shanghai = new Date(Date.now() + 8 * 3600_000 - days * 86_400_000);
  return shanghai.toISOString().slice(0, 10);
}

test('a household is walked from its lead to elimination through the client', { skip: !API && 'FANGPIN_API is not set' }, async () => {
  const retries: string[] = [];
  const worker = await clientOf('worker', retries);
  const village = await clientOf('village', retries);
  const township = await clientOf('township', retries);
  const countyToken = await tokenOf('county', 'fangpin-console');

  // the grid worker registers the household at the door, with a second member; both answers are lost, and the
  // client sends each again under its clientKey: each is written once and answered again
  const address = `青禾县石桥镇东岭村一组 客户端 ${randomUUID().slice(0, 8)} 号`;
  worker.loseNextMutation();
  const registered = await worker.client.mutate(D.RegisterHouseholdDocument, { input: {
    groupCode: GROUP, address, category: 'ORDINARY', phone: '13912345678', clientKey: randomUUID(),
    head: { name: '钱客端', idNumber: idNumber(), health: 'HEALTHY', labourCapacity: 'ORDINARY', medicalInsurance: true },
  } });
  const household = registered.registerHousehold.household!;
  worker.loseNextMutation();
  await worker.client.mutate(D.AddMemberDocument, { input: {
    householdId: household.id, relation: 'SPOUSE', clientKey: randomUUID(),
    member: { name: '孙客端', idNumber: idNumber(), health: 'HEALTHY', labourCapacity: 'ORDINARY', medicalInsurance: true },
  } });
  const detail = await worker.client.query(D.HouseholdDetailDocument, { id: household.id });
  assert.equal(detail.household?.population, 2);

  // a hotline call ten days ago, recorded by the township; the village accepts it
  const lead = (await township.client.mutate(D.RecordChannelLeadDocument, { input: {
    householdId: household.id, source: 'HOTLINE_PETITION', channelReference: `12345-${randomInt(1e6)}`,
    receivedOn: daysAgo(10), riskTypes: ['INDUSTRY_FAILURE'], description: '养殖失败，收入骤减',
  } })).recordChannelLead.lead!;
  const accepted = (await village.client.mutate(D.AcceptLeadDocument, {
    input: { leadId: lead.id, version: lead.version, caseType: 'MARGINAL' },
  })).acceptLead.lead!.case!;

  // the commitment's answer is lost; sent again with the version it was sent with, it is refused, written once
  worker.loseNextMutation();
  const commitment = { caseId: accepted.id, version: accepted.version, signedOn: daysAgo(9) };
  await assert.rejects(worker.client.mutate(D.RecordCommitmentDocument, { input: commitment }),
    (error: unknown) => error instanceof ApiError && error.code === 'NETWORK');
  await assert.rejects(worker.client.mutate(D.RecordCommitmentDocument, { input: commitment }),
    (error: unknown) => (error instanceof ApiError && error.code === 'CONFLICT')
      || (error instanceof UserErrors && error.has('CONFLICT')));
  let screen = (await village.client.query(D.CaseScreenDocument, { id: accepted.id })).case!;
  assert.equal(screen.status, 'PENDING_APPRAISAL');
  assert.equal(screen.timeline.filter((event) => event.toStatus === 'PENDING_APPRAISAL').length, 1);
  assert.ok(screen.availableActions.some((action) => action.mutation === 'recordAppraisal'));

  let current = (await village.client.mutate(D.RecordAppraisalDocument, { input: {
    caseId: screen.id, version: screen.version, heldOn: daysAgo(8), participants: 23, passed: true,
  } })).recordAppraisal.case!;
  current = (await village.client.mutate(D.RecordNoticeDocument, { input: {
    caseId: current.id, version: current.version, startOn: daysAgo(7), endOn: daysAgo(0), objections: 0,
  } })).recordNotice.case!;
  current = (await township.client.mutate(D.RecordVerificationDocument, { input: {
    caseId: current.id, version: current.version, checkedBy: '石桥镇核查组', findings: '入户核实，情况属实', negativeList: { items: [] },
  } })).recordVerification.case!;
  assert.equal(current.status, 'PENDING_APPROVAL');
  const approved = await countyConsole(countyToken, 'mutation($input: DecisionInput!) { approveCase(input: $input) { case { id version status } userErrors { code message } } }',
    { input: { caseId: current.id, version: current.version } });
  assert.deepEqual(approved.approveCase.userErrors, []);
  screen = (await village.client.query(D.CaseScreenDocument, { id: current.id })).case!;
  assert.equal(screen.status, 'MONITORING');

  // monitoring: a contact cadre, a measure carried out, this year's income, a visit that finds all secured
  // the contact cadre is the group's grid worker, picked from the grid's people
  const workers = (await village.client.query(D.GridWorkersDocument, { code: GROUP, role: 'GRID_WORKER' })).grid!.workers;
  assert.ok(workers.edges.some((edge) => edge.node.username === 'worker'));
  current = (await village.client.mutate(D.AssignContactCadreDocument, { input: {
    caseId: screen.id, version: screen.version, username: 'worker',
  } })).assignContactCadre.case!;
  village.loseNextMutation();
  const measure = (await village.client.mutate(D.PlanMeasureDocument, { input: {
    caseId: current.id, category: 'INDUSTRY', content: '养殖技术培训与补栏', responsibleDepartment: '农业农村局',
    responsibleCadre: '张德明', funds: yuan('3000.00'), plannedCompletion: daysAgo(-30), clientKey: randomUUID(),
  } })).planMeasure.measure!;
  await worker.client.mutate(D.UpdateMeasureDocument, { input: {
    id: measure.id, version: measure.version, status: 'COMPLETED', completedOn: daysAgo(0),
  } });
  // a second device still shows the measure as planned: its update is refused, with the measure as it is now
  await assert.rejects(worker.client.mutate(D.UpdateMeasureDocument, { input: {
    id: measure.id, version: measure.version, content: '养殖技术培训',
  } }), (error: unknown) => error instanceof UserErrors && error.on('version')?.code === 'CONFLICT'
    && (error.payload as { measure: { status: string } }).measure.status === 'COMPLETED');
  const year = Number(daysAgo(0).slice(0, 4));
  await countyConsole(countyToken, 'mutation($input: IncomeLineInput!) { setIncomeLine(input: $input) { userErrors { code } } }',
    { input: { year, regionPrefix: '999901', amount: '6700' } });
  const zero = yuan('0.00');
  // typed in offline an hour ago (the device's time is kept beside the server's), its answer lost
  worker.loseNextMutation();
  const income = (await worker.client.mutate(D.RecordIncomeDocument, { input: {
    householdId: household.id, year, wageIncome: yuan('90000.00'), operatingIncome: zero, propertyIncome: zero,
    transferIncome: zero, productiveExpenditure: zero, medicalExpenditure: zero, educationExpenditure: zero,
    otherRigidExpenditure: zero, clientKey: randomUUID(), actedAt: new Date(Date.now() - 3600_000).toISOString(),
  } })).recordIncome.incomeRecord!;
  assert.equal(income.version, 0);
  // the visit's answer is lost: the client sends it again under its clientKey, and it is recorded once
  const visitsBefore = (await worker.client.query(D.HouseholdDetailDocument, { id: household.id })).household!.visits.length;
  worker.loseNextMutation();
  const visit = { input: {
    householdId: household.id, method: 'IN_PERSON' as const, visitedAt: new Date().toISOString(), riskFound: false,
    policyAware: true, clientKey: randomUUID(), actedAt: new Date().toISOString(),
    guarantees: (['FOOD', 'CLOTHING', 'EDUCATION', 'MEDICAL', 'HOUSING', 'WATER'] as const)
      .map((item) => ({ item, state: 'SECURED' as const })),
  } };
  const recorded = (await worker.client.mutate(D.RecordVisitDocument, visit)).recordVisit.visit!;
  const resent = (await worker.client.mutate(D.RecordVisitDocument, visit)).recordVisit.visit!;
  assert.equal(resent.id, recorded.id);
  const visitsAfter = (await worker.client.query(D.HouseholdDetailDocument, { id: household.id })).household!.visits.length;
  assert.equal(visitsAfter, visitsBefore + 1);

  screen = (await worker.client.query(D.CaseScreenDocument, { id: current.id })).case!;
  assert.deepEqual(screen.eliminationBlockers ?? [], []);
  // the contact cadre reports the standard reached; the village proposes the elimination
  current = (await worker.client.mutate(D.ReportEliminationStandardDocument, {
    input: { caseId: screen.id, version: screen.version },
  })).reportEliminationStandard.case!;
  current = (await village.client.mutate(D.ProposeEliminationDocument, {
    input: { caseId: current.id, version: current.version },
  })).proposeElimination.case!;
  current = (await village.client.mutate(D.RecordEliminationAppraisalDocument, { input: {
    caseId: current.id, version: current.version, heldOn: daysAgo(2), participants: 21, passed: true,
  } })).recordEliminationAppraisal.case!;
  current = (await village.client.mutate(D.RecordEliminationNoticeDocument, { input: {
    caseId: current.id, version: current.version, startOn: daysAgo(2), endOn: daysAgo(0), objections: 0,
  } })).recordEliminationNotice.case!;
  current = (await township.client.mutate(D.AcceptEliminationDocument, { input: {
    caseId: current.id, version: current.version, checkedBy: '石桥镇验收组', findings: '收入稳定，两不愁三保障及饮水安全均有保障',
  } })).acceptElimination.case!;
  assert.equal(current.status, 'PENDING_ELIMINATION_APPROVAL');
  const eliminated = await countyConsole(countyToken, 'mutation($input: EliminationApprovalInput!) { approveElimination(input: $input) { case { status } userErrors { code message } } }',
    { input: { caseId: current.id, version: current.version, kind: 'STABLE' } });
  assert.deepEqual(eliminated.approveElimination.userErrors, []);
  assert.equal(eliminated.approveElimination.case.status, 'RISK_ELIMINATED');

  // each read lost its first answer and was sent again (the household's detail, the case screen)
  // and so was the visit under its clientKey
  assert.deepEqual([...new Set(retries)].sort(), ['village NETWORK', 'worker NETWORK']);
  console.log(`WALK household=${household.id} case=${current.id} address=${address}`);
});
