#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A real HTTP receiver for webhook tests, on 127.0.0.1 and a free port.

Each POST's body is saved as <dir>/<n>.json (n counts from 1, in arrival order) with its headers in <n>.headers.
The first --fail-first requests are answered --fail-status; with --delay-ms every answer waits that long first
(a receiver that hangs). The chosen port is written to --port-file once the server listens.
"""
import argparse
import http.server
import os
import threading
import time

parser = argparse.ArgumentParser()
parser.add_argument("--dir", required=True)
parser.add_argument("--port-file", required=True)
parser.add_argument("--fail-first", type=int, default=0)
parser.add_argument("--fail-status", type=int, default=503)
parser.add_argument("--delay-ms", type=int, default=0)
options = parser.parse_args()

lock = threading.Lock()
count = 0


class Receiver(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        global count
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        with lock:
            count += 1
            number = count
        with open(os.path.join(options.dir, "%d.headers" % number), "w") as headers:
            headers.write("%s %s\n%s" % (self.command, self.path, self.headers))
        # Written under a temporary name first: a reader never sees half a body.
        path = os.path.join(options.dir, "%d.json" % number)
        with open(path + ".part", "wb") as out:
            out.write(body)
        os.rename(path + ".part", path)
        if options.delay_ms:
            time.sleep(options.delay_ms / 1000.0)
        status = options.fail_status if number <= options.fail_first else 200
        answer = b'{"ok":%s}' % (b"true" if status == 200 else b"false")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
with open(options.port_file + ".part", "w") as port:
    port.write(str(server.server_address[1]))
os.rename(options.port_file + ".part", options.port_file)
server.serve_forever()
