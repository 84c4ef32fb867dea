#!/usr/bin/env python3
"""A department system's client of fangpin, in Python 3 with the standard library only.

It does what an integrator's system does (docs/departments.md):

1. gets a token from Keycloak with the department client's credentials;
2. runs a small HTTP server that receives webhook deliveries and verifies their signature, and registers it;
3. pushes a batch of screening warnings, one per household number given;
4. polls warningUpdates from where the feed stood before the push, until each accepted warning has its
   outcome (verified, withdrawn or closed), in the feed and, with a webhook, by delivery as well.

Each step prints one line (TOKEN, WEBHOOK, PUSHED, FEED, DELIVERED), and a last line DONE with a JSON summary.
It exits 0 once every outcome arrived, 1 when --timeout passed first.

    python3 examples/department_client.py --household 999901100201010001 --webhook-port 8765

Settings come from the options or from the environment: FANGPIN_API (http://localhost:8080/graphql),
FANGPIN_TOKEN_URL (the realm's token endpoint), FANGPIN_CLIENT_ID, FANGPIN_CLIENT_SECRET.
"""

import argparse
import datetime
import hashlib
import hmac
import http.server
import json
import os
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

# A warning's outcome for its department: the township verified it, the department withdrew it, or the county
# closed it (an unmatched one).
OUTCOMES = {"VERIFIED", "WITHDRAWN", "CLOSED"}

UPDATES = """query updates($after: String) {
  warningUpdates(first: 100, after: $after) {
    edges { node { sequence referenceId kind status caseType caseStatus reason occurredAt } }
    pageInfo { endCursor hasNextPage }
  }
}"""

PUSH = """mutation push($input: PushWarningsInput!) {
  pushWarnings(input: $input) {
    batch { accepted unmatched rejected duplicate
            results { referenceId outcome warningId errors { field message } } }
    userErrors { code message }
  }
}"""

REGISTER = """mutation register($url: String!) {
  registerWebhook(input: {url: $url}) { secret userErrors { field message } }
}"""


def say(*words):
    print(*words, flush=True)


class Api:
    """GraphQL over HTTP with a client-credentials token, fetched again when it expires."""

    def __init__(self, url, token_url, client_id, client_secret):
        self.url = url
        self.token_url = token_url
        self.client_id = client_id
        self.client_secret = client_secret
        self.token = None

    def fetch_token(self):
        form = urllib.parse.urlencode({"grant_type": "client_credentials", "client_id": self.client_id,
                                       "client_secret": self.client_secret}).encode()
        with urllib.request.urlopen(urllib.request.Request(self.token_url, data=form), timeout=30) as answer:
            token = json.load(answer)
        self.token = token["access_token"]
        say("TOKEN", self.client_id, "expires in", token.get("expires_in"), "s")

    def call(self, query, variables=None):
        if self.token is None:
            self.fetch_token()
        body = json.dumps({"query": query, "variables": variables or {}}).encode()
        for attempt in range(2):
            request = urllib.request.Request(self.url, data=body, headers={
                "Authorization": "Bearer " + self.token, "Content-Type": "application/json"})
            try:
                with urllib.request.urlopen(request, timeout=60) as answer:
                    result = json.load(answer)
            except urllib.error.HTTPError as error:
                if error.code == 401 and attempt == 0:
                    self.fetch_token()
                    continue
                raise
            if result.get("errors"):
                raise RuntimeError("GraphQL errors: %s" % json.dumps(result["errors"], ensure_ascii=False))
            return result["data"]
        raise RuntimeError("unauthorized")


class Receiver:
    """Receives webhook deliveries: checks the signature, keeps each change once (by sequence), answers 204."""

    def __init__(self, host, port):
        self.secret = None
        self.ready = threading.Event()
        self.delivered = {}
        self.lock = threading.Lock()
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                receiver.ready.wait(30)
                expected = "sha256=" + hmac.new(receiver.secret.encode(), body, hashlib.sha256).hexdigest()
                if not hmac.compare_digest(expected, self.headers.get("X-Fangpin-Signature", "")):
                    say("BAD-SIGNATURE")
                    self.send_response(401)
                    self.end_headers()
                    return
                for change in json.loads(body)["changes"]:
                    with receiver.lock:
                        # at least once: a page not acknowledged in time comes again
                        if change["sequence"] in receiver.delivered:
                            continue
                        receiver.delivered[change["sequence"]] = change
                    say("DELIVERED", change["sequence"], change["referenceId"], change["kind"], change["status"])
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer((host, port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def port(self):
        return self.server.server_address[1]

    def changes(self):
        with self.lock:
            return sorted(self.delivered.values(), key=lambda change: int(change["sequence"]))


def feed_end(api):
    """The cursor after the last change of the feed now: only what follows the push is read."""
    after = None
    while True:
        page = api.call(UPDATES, {"after": after})["warningUpdates"]
        after = page["pageInfo"]["endCursor"] or after
        if not page["pageInfo"]["hasNextPage"]:
            return after


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--api", default=os.environ.get("FANGPIN_API", "http://localhost:8080/graphql"))
    parser.add_argument("--token-url", default=os.environ.get(
        "FANGPIN_TOKEN_URL", "http://localhost:8180/realms/fangpin/protocol/openid-connect/token"))
    parser.add_argument("--client-id", default=os.environ.get("FANGPIN_CLIENT_ID", "fangpin-dept-health"))
    parser.add_argument("--client-secret", default=os.environ.get("FANGPIN_CLIENT_SECRET", "health-dev-secret"))
    parser.add_argument("--household", action="append", required=True, help="a household number; one warning each")
    parser.add_argument("--reference-prefix", default="example-" + time.strftime("%Y%m%d%H%M%S"))
    parser.add_argument("--webhook-host", default="127.0.0.1", help="where the receiver listens")
    parser.add_argument("--webhook-port", type=int, help="the receiver's port (0: any free one); none: no webhook")
    parser.add_argument("--webhook-url", help="the address registered, if not http://host:port/hook (production: "
                                              "HTTPS on a public address, e.g. a TLS proxy in front of the receiver)")
    parser.add_argument("--interval", type=float, default=2.0, help="seconds between two polls")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds to wait for every outcome")
    options = parser.parse_args()

    api = Api(options.api, options.token_url, options.client_id, options.client_secret)
    api.fetch_token()

    receiver = None
    if options.webhook_port is not None:
        receiver = Receiver(options.webhook_host, options.webhook_port)
        url = options.webhook_url or "http://%s:%d/hook" % (options.webhook_host, receiver.port)
        registered = api.call(REGISTER, {"url": url})["registerWebhook"]
        if registered["userErrors"]:
            raise RuntimeError("webhook refused: %s" % registered["userErrors"])
        receiver.secret = registered["secret"]
        receiver.ready.set()
        say("WEBHOOK", url)

    after = feed_end(api)

    observed_on = (datetime.date.today() - datetime.timedelta(days=1)).isoformat()
    warnings = [{"referenceId": "%s-%d" % (options.reference_prefix, number), "householdNumber": household,
                 "riskTypes": ["ILLNESS"], "observedOn": observed_on,
                 "facts": {"outOfPocketMedicalCost": 38000, "note": "住院自付费用高"}}
                for number, household in enumerate(options.household, start=1)]
    pushed = api.call(PUSH, {"input": {"batchId": options.reference_prefix + "-batch", "warnings": warnings}})
    if pushed["pushWarnings"]["userErrors"]:
        raise RuntimeError("batch refused: %s" % pushed["pushWarnings"]["userErrors"])
    results = pushed["pushWarnings"]["batch"]["results"]
    for result in results:
        say("PUSHED", result["referenceId"], result["outcome"], result["warningId"] or "-")
    waiting = {result["referenceId"] for result in results if result["outcome"] in ("ACCEPTED", "UNMATCHED")}

    feed = []
    deadline = time.monotonic() + options.timeout
    while True:
        while True:
            page = api.call(UPDATES, {"after": after})["warningUpdates"]
            for edge in page["edges"]:
                change = edge["node"]
                feed.append(change)
                say("FEED", change["sequence"], change["referenceId"], change["kind"], change["status"])
            after = page["pageInfo"]["endCursor"] or after
            if not page["pageInfo"]["hasNextPage"]:
                break
        polled = {change["referenceId"] for change in feed if change["kind"] in OUTCOMES}
        delivered = polled if receiver is None else {
            change["referenceId"] for change in receiver.changes() if change["kind"] in OUTCOMES}
        complete = waiting <= polled and waiting <= delivered
        if complete:
            break
        if time.monotonic() > deadline:
            say("TIMEOUT waiting for", sorted(waiting - (polled & delivered)))
            break
        time.sleep(options.interval)

    def mine(changes):
        return [{key: change[key] for key in ("sequence", "referenceId", "kind", "status")}
                for change in changes if change["referenceId"].startswith(options.reference_prefix)]

    say("DONE", json.dumps({"pushed": {result["referenceId"]: result["outcome"] for result in results},
                            "feed": mine(feed), "delivered": mine(receiver.changes()) if receiver else None},
                           ensure_ascii=False))
    return 0 if complete else 1


if __name__ == "__main__":
    sys.exit(main())
