"""A TCP server on loopback that accepts connections and never answers: a cache
server that hangs (stuck, swapping, or behind a broken network path), which is worse
than one that refuses, because every call waits for its socket timeout."""

import socket
import threading


class HangingServer:
    def __init__(self):
        self.accepted = 0
        self._sockets: list[socket.socket] = []
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self.port = self._listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def _accept(self):
        while True:
            try:
                sock, _ = self._listener.accept()
            except OSError:
                return
            self.accepted += 1
            self._sockets.append(sock)  # held open, never read from or written to

    def close(self):
        for sock in [self._listener, *self._sockets]:
            sock.close()
