#!/usr/bin/env python3
"""A loopback SMTP sink for the outbox's kill -9 smoke: accepts every message after a delay and
appends its Message-ID to a file, one line per message received (so a duplicate shows twice).

    smtp-sink.py PORT RECEIVED_FILE [DELAY_MS]
"""
import socketserver
import sys
import time

PORT, RECEIVED, DELAY = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]) / 1000 if len(sys.argv) > 3 else 0.04


class Session(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())
        self.wfile.flush()

    def handle(self):
        try:
            self.converse()
        except OSError:
            pass  # the client went away (killed mid-message): what it did not finish is not received

    def converse(self):
        self.reply("220 sink ready")
        while True:
            line = self.rfile.readline()
            if not line:
                return
            verb = line.decode(errors="replace").strip().upper()
            if verb.startswith(("EHLO", "HELO")):
                self.reply("250 sink")
            elif verb.startswith("DATA"):
                self.reply("354 end with <CRLF>.<CRLF>")
                message_id = None
                for raw in iter(self.rfile.readline, b""):
                    text = raw.decode(errors="replace").rstrip("\r\n")
                    if text == ".":
                        break
                    if message_id is None and text.lower().startswith("message-id:"):
                        message_id = text.split(":", 1)[1].strip()
                time.sleep(DELAY)
                with open(RECEIVED, "a") as received:
                    received.write(f"{message_id}\n")
                self.reply("250 accepted")
            elif verb.startswith("QUIT"):
                self.reply("221 bye")
                return
            else:
                self.reply("250 ok")


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


with Server(("127.0.0.1", PORT), Session) as server:
    server.serve_forever()
