#!/usr/bin/python3
"""A real SMTP server for the tests and the bench (Debian's python3-aiosmtpd).

Each accepted message is written to --dir as NNNNNN.json: the envelope, the raw message and its
decoded parts (subject, text, html), so tests read what a mail client would show. Recipients
whose local part starts with "reject" are refused for good (550), "busy" ones for now (451).
Prints "ready <port>" once listening (port 0 asks the OS for a free one).
"""
import argparse
import asyncio
import email
import email.policy
import itertools
import json
import os
import sys
import time

from aiosmtpd.smtp import SMTP


class Sink:
    def __init__(self, directory):
        self.directory = directory
        self.counter = itertools.count(1)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.split("@", 1)[0].lower()
        if local.startswith("reject"):
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        if local.startswith("busy"):
            return "451 4.3.2 Mailbox temporarily unavailable, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        raw = envelope.original_content or envelope.content
        message = email.message_from_bytes(raw, policy=email.policy.default)
        text = message.get_body(preferencelist=("plain",))
        html = message.get_body(preferencelist=("html",))
        record = {
            "receivedAt": time.time() * 1000,
            "from": envelope.mail_from,
            "to": envelope.rcpt_tos,
            "subject": str(message["subject"]),
            "rawSubject": raw.split(b"\r\n\r\n", 1)[0].decode("ascii", "replace").split("Subject:", 1)[-1].split("\r\n", 1)[0].strip(),
            "messageId": str(message["message-id"]),
            "contentType": message.get_content_type(),
            "text": text.get_content() if text else None,
            "html": html.get_content() if html else None,
            "raw": raw.decode("ascii", "replace"),
        }
        number = next(self.counter)
        path = os.path.join(self.directory, "%06d.json" % number)
        with open(path + ".tmp", "w", encoding="utf-8") as out:
            json.dump(record, out, ensure_ascii=False)
        os.replace(path + ".tmp", path)  # readers never see half a file
        return "250 Message accepted for delivery"


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--dir", required=True)
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    loop = asyncio.get_running_loop()
    handler = Sink(args.dir)
    server = await loop.create_server(lambda: SMTP(handler, enable_SMTPUTF8=True, decode_data=False), args.host, args.port)
    print("ready %d" % server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)
