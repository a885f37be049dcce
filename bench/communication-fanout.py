#!/usr/bin/env python3
"""Notification fan-out of one team event (docs/performance.md, section "communication-service").

Publishes EVENTS calendar.event.updated envelopes for one team (TEAM, its members in the service's roster tables,
seeded by bench/communication-bench.sh) on the bench's JetStream subject (plain NATS PUB; the stream captures it),
one at a time, and waits until all RECIPIENTS notifications of each are stored (notifications.source_key =
'event:<envelope id>'). Latency per event: the newest stored notification's created_at (its transaction's start,
PostgreSQL's clock) minus the publish instant (this host's clock, the same machine): publish -> the last recipient's
row. Prints key=value pairs (p50, p99, max in ms; stored/expected). Python 3 standard library plus psql.
Env: NATS_HOST, NATS_PORT, SUBJECT, CLUB, TEAM, ORGANIZER, RECIPIENTS, EVENTS, TIMEOUT (s per event), PSQL_DB.
"""
import json
import os
import socket
import subprocess
import time
import uuid
from datetime import datetime, timezone

NATS = (os.environ.get("NATS_HOST", "127.0.0.1"), int(os.environ.get("NATS_PORT", "4222")))
SUBJECT = os.environ["SUBJECT"]
CLUB, TEAM, ORGANIZER = os.environ["CLUB"], os.environ["TEAM"], os.environ["ORGANIZER"]
RECIPIENTS = int(os.environ.get("RECIPIENTS", "30"))
EVENTS = int(os.environ.get("EVENTS", "20"))
TIMEOUT = float(os.environ.get("TIMEOUT", "30"))
PSQL = ["psql", "-d", os.environ["PSQL_DB"], "-qAt", "-v", "ON_ERROR_STOP=1"]


def sql(query):
    return subprocess.run(PSQL + ["-c", query], check=True, capture_output=True, text=True).stdout.strip()


def envelope(event_id, at):
    start = datetime.fromtimestamp(at + 86400, timezone.utc).isoformat().replace("+00:00", "Z")
    return {"id": str(event_id), "type": "calendar.event.updated", "version": 1, "source": "calendar-bench",
            "occurredAt": datetime.fromtimestamp(at, timezone.utc).isoformat().replace("+00:00", "Z"),
            "organizationId": CLUB, "correlationId": str(event_id), "causationId": None,
            "data": {"eventId": str(uuid.uuid4()), "organizationId": CLUB, "teamId": TEAM, "seriesId": None,
                     "title": "Practice", "type": "practice", "status": "scheduled", "visibility": "team",
                     "startAt": start, "endAt": start, "location": "Rink 2", "organizerId": ORGANIZER,
                     "cancelReason": None}}


def main():
    nats = socket.create_connection(NATS)
    nats.recv(4096)  # INFO
    nats.sendall(b'CONNECT {"verbose":false,"pedantic":false,"headers":true}\r\nPING\r\n')
    assert b"PONG" in nats.recv(4096), "no PONG from NATS"
    latencies, stored_total = [], 0
    for _ in range(EVENTS):
        envelope_id = uuid.uuid4()
        at = time.time()
        payload = json.dumps(envelope(envelope_id, at)).encode()
        # the envelope id as Nats-Msg-Id, as the suite's outbox relay sends it (JetStream de-duplication)
        headers = f"NATS/1.0\r\nNats-Msg-Id: {envelope_id}\r\n\r\n".encode()
        nats.sendall(f"HPUB {SUBJECT} {len(headers)} {len(headers) + len(payload)}\r\n".encode()
                     + headers + payload + b"\r\n")
        deadline, stored = time.time() + TIMEOUT, 0
        while time.time() < deadline:
            stored = int(sql(f"SELECT count(*) FROM notifications WHERE source_key = 'event:{envelope_id}'"))
            if stored >= RECIPIENTS:
                break
            time.sleep(0.01)
        stored_total += stored
        if stored >= RECIPIENTS:
            last = float(sql(f"SELECT extract(epoch FROM max(created_at)) FROM notifications "
                             f"WHERE source_key = 'event:{envelope_id}'"))
            latencies.append(max(0.0, (last - at) * 1000))
    nats.close()
    latencies.sort()

    def pct(p):
        return "-" if not latencies else f"{latencies[min(len(latencies) - 1, int(p * len(latencies)))]:.1f}"

    print(f"events={EVENTS} recipients={RECIPIENTS} p50={pct(0.50)} p99={pct(0.99)} "
          f"max={pct(1.0)} stored={stored_total} expected={EVENTS * RECIPIENTS} complete={len(latencies)}")


if __name__ == "__main__":
    main()
