"""Prefect's API for one build, served from a thread of the build's own process.

Prefect's ephemeral mode starts the API in a second Python process, which imports Prefect
and its server again (≈ 6 s here); serving the same app in-process, started as soon as the
build begins, costs about half. The API lives as long as the build: it is a local record
of the run (PREFECT_HOME beside the releases), not a service. Operators who want one that
outlives the build run `prefect server start` and set PREFECT_API_URL; then nothing here
starts.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from pipeline.build import BuildError

STARTUP_TIMEOUT_S = 90.0


class LocalAPI:
    """Bind a port and point PREFECT_API_URL at it *before* Prefect is imported (Prefect
    reads its settings once at import), then import and serve the API in a thread while
    the build goes on importing and planning."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.error: BaseException | None = None
        self.server = None
        self.ended = threading.Event()  # the server thread returned (stopped or failed)
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/api"
        os.environ["PREFECT_API_URL"] = self.url
        # Same process, same Prefect: no need to ask the server for its version.
        os.environ.setdefault("PREFECT_CLIENT_SERVER_VERSION_CHECK_ENABLED", "false")
        # The database schema is migrated once per Prefect version, not at every build.
        self.marker = home / f".migrated-{_prefect_version()}"
        if self.marker.exists() and (home / "prefect.db").exists():
            os.environ.setdefault("PREFECT_SERVER_DATABASE_MIGRATE_ON_START", "false")
        self.thread = threading.Thread(target=self._serve, name="prefect-api", daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        try:
            import uvicorn
            from prefect.server.api.server import create_app

            app = create_app(ephemeral=True, final=True)
            config = uvicorn.Config(
                app,
                log_level="error",
                lifespan="on",
                access_log=False,
                loop="asyncio",
                timeout_graceful_shutdown=1,
            )
            self.server = uvicorn.Server(config)
            atexit.register(self.close)  # when the caller did not close it
            self.server.run(sockets=[self.sock])
        except BaseException as exc:  # noqa: BLE001 - re-raised by ready() in the main thread
            self.error = exc
        finally:
            self.ended.set()  # releases ready() when the server never came up

    def ready(self) -> None:
        """Wait until the API answers; a one-line BuildError when it could not start."""
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while not self.ended.is_set() and time.monotonic() < deadline:
            if self.server is not None and self.server.started:
                break
            self.ended.wait(0.02)
        if self.error is not None:
            raise BuildError(
                f"the local Prefect API did not start ({type(self.error).__name__}: "
                f"{self.error}); run `prefect server start` and set PREFECT_API_URL instead"
            )
        if self.server is None or not self.server.started:
            raise BuildError(
                f"the local Prefect API did not start within {STARTUP_TIMEOUT_S:.0f} s; "
                "run `prefect server start` and set PREFECT_API_URL instead"
            )
        if not self.marker.exists():
            self.marker.touch()

    def close(self) -> None:
        """Let Prefect's log and event workers send what they hold, then stop the server.
        Call it before the interpreter exits: at exit, the server's own threads cannot
        start any more and its shutdown would stall."""
        if self.server is None or not self.thread.is_alive():
            return
        from prefect.events.worker import EventsWorker
        from prefect.logging.handlers import APILogWorker

        for worker in (APILogWorker, EventsWorker):
            worker.drain_all(timeout=5)
        self.server.should_exit = True
        self.thread.join(timeout=5)


@contextlib.contextmanager
def settings_for_local_runs() -> Iterator[None]:
    """Flow-run heartbeats let a server's services notice crashed runs; nothing watches
    a local API, and stopping the heartbeat thread costs up to a second per flow run."""
    from prefect.settings import temporary_settings

    with temporary_settings(updates={"flows.heartbeat_frequency": None}):
        yield


def _prefect_version() -> str:
    from importlib.metadata import version

    return version("prefect")
