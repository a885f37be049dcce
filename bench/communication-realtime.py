#!/usr/bin/env python3
"""Post -> receive latency of communication-service's real-time channel (bench/communication-bench.sh).

Opens one SSE stream (GET /api/stream) per receiver token, waits for every stream's "ready", then posts messages to
one conversation at a fixed rate (POST /api/conversations/{id}/messages, SENDERS keep-alive connections, body
"live <n>") and times, per message and receiver, from the moment the POST is written to the moment the
message.created event with that body is read from the receiver's stream (one process, one clock: time.perf_counter).
The first WARMUP seconds are posted but not counted. Prints one line of key=value figures; asserts nothing.
Standard library only (asyncio). Env: HOST, PORT, CONVERSATION, SENDER_TOKEN, RECEIVER_TOKENS (a file, one token a
line), RATE (messages/s), WARMUP, MEASURE_SECONDS, SENDERS.
"""
import asyncio
import os
import re
import time

HOST = os.environ.get("HOST", "127.0.0.1")
PORT = int(os.environ["PORT"])
CONVERSATION = os.environ["CONVERSATION"]
SENDER_TOKEN = os.environ["SENDER_TOKEN"]
RATE = float(os.environ.get("RATE", "50"))
WARMUP = float(os.environ.get("WARMUP", "10"))
SECONDS = float(os.environ.get("MEASURE_SECONDS", "20"))
SENDERS = int(os.environ.get("SENDERS", "8"))
BODY = re.compile(rb'"body":"live (\d+)"')

sent_at = {}          # message number -> perf_counter when its POST was written
latencies = []        # seconds, counted messages x receivers
post_latencies = []   # seconds, counted POSTs
received = 0
first_counted = int(RATE * WARMUP)
total = int(RATE * (WARMUP + SECONDS))


async def read_chunked(reader):
    """The decoded chunks of a chunked HTTP/1.1 body, as they arrive."""
    while True:
        size = int((await reader.readline()).split(b";")[0].strip() or b"0", 16)
        if size == 0:
            while (await reader.readline()) not in (b"\r\n", b""):  # trailers, then the blank line
                pass
            return
        chunk = await reader.readexactly(size + 2)
        yield chunk[:-2]


async def read_headers(reader):
    status = await reader.readline()
    headers = {}
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b""):
            break
        name, _, value = line.decode().partition(":")
        headers[name.strip().lower()] = value.strip()
    return int(status.split()[1]), headers


async def receiver(token, ready):
    global received
    reader, writer = await asyncio.open_connection(HOST, PORT)
    writer.write((f"GET /api/stream HTTP/1.1\r\nHost: {HOST}\r\nAuthorization: Bearer {token}\r\n"
                  "Accept: text/event-stream\r\n\r\n").encode())
    await writer.drain()
    status, headers = await read_headers(reader)
    if status != 200:
        raise SystemExit(f"GET /api/stream: {status}")
    buffer = b""
    signalled = False
    async for chunk in read_chunked(reader):
        now = time.perf_counter()
        buffer += chunk
        *events, buffer = buffer.split(b"\n\n")
        for event in events:
            if not signalled and b"event:ready" in event:
                signalled = True
                ready.release()
            if b"event:message.created" in event:
                match = BODY.search(event)
                if match:
                    n = int(match.group(1))
                    if n >= first_counted and n in sent_at:
                        latencies.append(now - sent_at[n])
                        received += 1


async def read_response(reader):
    status, headers = await read_headers(reader)
    if "content-length" in headers:
        await reader.readexactly(int(headers["content-length"]))
    else:
        async for _ in read_chunked(reader):
            pass
    return status, headers.get("connection", "").lower() == "close"


async def sender(start, counter, errors):
    reader, writer = await asyncio.open_connection(HOST, PORT)
    while True:
        n = counter[0]
        if n >= total:
            break
        counter[0] += 1
        delay = start + n / RATE - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        body = f'{{"body":"live {n}"}}'.encode()
        t0 = time.perf_counter()
        sent_at[n] = t0
        writer.write((f"POST /api/conversations/{CONVERSATION}/messages HTTP/1.1\r\nHost: {HOST}\r\n"
                      f"Authorization: Bearer {SENDER_TOKEN}\r\nContent-Type: application/json\r\n"
                      f"Content-Length: {len(body)}\r\n\r\n").encode() + body)
        await writer.drain()
        status, closed = await read_response(reader)
        if status not in (200, 201):
            errors.append(status)
        if closed:  # Tomcat ends a keep-alive connection after maxKeepAliveRequests (100)
            writer.close()
            reader, writer = await asyncio.open_connection(HOST, PORT)
        if n >= first_counted:
            post_latencies.append(time.perf_counter() - t0)
    writer.close()


def percentile(values, p):
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * len(values) + 0.5)) - 1)]


async def main():
    tokens = [t.strip() for t in open(os.environ["RECEIVER_TOKENS"]) if t.strip()]
    ready = asyncio.Semaphore(0)
    streams = [asyncio.create_task(receiver(t, ready)) for t in tokens]
    for _ in tokens:
        await asyncio.wait_for(ready.acquire(), 120)
    counter, errors = [0], []
    start = time.perf_counter() + 0.5
    await asyncio.gather(*(sender(start, counter, errors) for _ in range(SENDERS)))
    posting = time.perf_counter() - start
    await asyncio.sleep(5)  # the last messages arrive
    for s in streams:
        s.cancel()
    expected = (total - first_counted) * len(tokens)
    ms = lambda v: f"{v * 1000:.1f}"
    print(f"receivers={len(tokens)} rate={RATE:g} achieved={total / posting:.0f} "
          f"posted={total - first_counted} post_errors={len(errors)} delivered={received} expected={expected} "
          f"p50={ms(percentile(latencies, 50))} p99={ms(percentile(latencies, 99))} "
          f"max={ms(max(latencies) if latencies else float('nan'))} "
          f"post_p50={ms(percentile(post_latencies, 50))} post_p99={ms(percentile(post_latencies, 99))}")


asyncio.run(main())
