"""Prefect's API for one build, served by a child process that the build starts first thing.

Importing Prefect's server is about 3.5 s of single-threaded Python. The child does it on
the machine's second core while the build imports pyarrow and Prefect's client and loads
what it will need later, so the two overlap (a thread of the build's own process would not:
imports hold the GIL). The API lives exactly as long as the build: it is a local record of
the run (PREFECT_HOME beside the releases), not a service. Operators who want one that
outlives the build run `prefect server start` and set PREFECT_API_URL; then nothing here
starts.

The child never outlives the build: it is stopped by `close()`; it stops by itself when the
build's end of its stdin pipe closes (the build exited, crashed or was killed) and, on
Linux, the kernel sends it SIGTERM when the build dies. It has a session of its own, so a
Ctrl-C at the terminal reaches the build alone, which then stops the child in order.

This module is imported by the build before anything heavy; it imports only the standard
library at module level.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import select
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

STARTUP_TIMEOUT_S = 90.0
STOP_TIMEOUT_S = 10.0  # the child's graceful stop (lifespan shutdown) before it is killed
_ROOT = str(Path(__file__).resolve().parent.parent)  # where `pipeline` is importable from


class LocalAPI:
    """Bind a port and point PREFECT_API_URL at it *before* Prefect is imported (Prefect
    reads its settings once at import), then start the child that imports and serves the
    API on that socket while the build goes on importing and planning."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.started = False
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        sock.listen(128)  # connections made before the child serves wait in the backlog
        self.url = f"http://127.0.0.1:{sock.getsockname()[1]}/api"
        os.environ["PREFECT_API_URL"] = self.url
        for name, value in _settings().items():
            os.environ.setdefault(name, value)
        self.marker = home / f".migrated-{_prefect_version()}"
        if self.marker.exists() and (home / "prefect.db").exists():
            # The database schema is migrated and the block types registered once per
            # Prefect version, not at every build (registering imports every installed
            # Prefect collection, Dask's included, only to find nothing changed).
            os.environ.setdefault("PREFECT_SERVER_DATABASE_MIGRATE_ON_START", "false")
            os.environ.setdefault("PREFECT_SERVER_REGISTER_BLOCKS_ON_START", "false")
            os.environ.setdefault("PREFECT_SERVER_MEMOIZE_BLOCK_AUTO_REGISTRATION", "false")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-c",
                # Garbage collection is off while the server is imported (a million
                # objects, no garbage: collecting costs about a fifth of the import).
                f"import gc; gc.disable(); import sys; sys.path.insert(0, {_ROOT!r}); "
                "from pipeline.local_api import _child_main; _child_main()",
                str(sock.fileno()),
                str(os.getpid()),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            pass_fds=(sock.fileno(),),
            start_new_session=True,
        )
        sock.close()  # the child holds the listening socket now

    def ready(self, warm_up: tuple[str, ...] = ()) -> None:
        """Wait until the API answers; a one-line BuildError when it could not start.
        `warm_up`: modules the build will import later, imported here while the child is
        still starting (each one only if the API is not ready yet)."""
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        pending = list(warm_up)
        line, answered = b"", False  # answered: a line, or the end of the pipe
        while True:
            wait = 0.0 if pending else max(0.0, deadline - time.monotonic())
            readable, _, _ = select.select([self.process.stdout], [], [], wait)
            if readable:
                line, answered = self.process.stdout.readline(), True
                break
            if pending:
                with contextlib.suppress(ImportError):
                    __import__(pending.pop(0))
            elif time.monotonic() >= deadline:
                break
        if line.startswith(b"ready"):
            self.started = True
            if not self.marker.exists():
                self.marker.touch()
            return
        from pipeline.build import BuildError

        self._stop()
        if not answered:
            raise BuildError(
                f"the local Prefect API did not start within {STARTUP_TIMEOUT_S:.0f} s; "
                "run `prefect server start` and set PREFECT_API_URL instead"
            )
        reason = (
            line.decode("utf-8", "replace").strip().removeprefix("error: ")
            if line
            else f"its process exited with code {self.process.returncode}"
        )
        raise BuildError(
            f"the local Prefect API did not start ({reason}); run `prefect server start` "
            "and set PREFECT_API_URL instead"
        )

    def close(self) -> None:
        """Let Prefect's log and event workers send what they hold, then stop the API and
        wait for its process to end (its last writes to the database included)."""
        if self.process.poll() is not None:
            return
        if self.started and "prefect.events.worker" in sys.modules:
            from prefect.events.worker import EventsWorker
            from prefect.logging.handlers import APILogWorker

            for worker in (APILogWorker, EventsWorker):
                worker.drain_all(timeout=5)
        self._stop()

    def _stop(self) -> None:
        with contextlib.suppress(OSError):
            self.process.stdin.close()  # the child's signal to stop once it serves
        if not self.started:
            self.process.terminate()  # still starting: stdin is not watched yet
        # The child's end of the report pipe closes when it exits: wait for that (select
        # returns at once; Popen.wait(timeout) would poll in steps of up to 50 ms).
        with contextlib.suppress(OSError, ValueError):
            deadline = time.monotonic() + STOP_TIMEOUT_S
            while select.select(
                [self.process.stdout], [], [], max(0.0, deadline - time.monotonic())
            )[0]:
                if not self.process.stdout.read1(4096) or time.monotonic() >= deadline:
                    break
        try:
            self.process.wait(timeout=1)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@contextlib.contextmanager
def settings_for_local_runs() -> Iterator[None]:
    """Flow-run heartbeats let a server's services notice crashed runs; nothing watches
    a local API, and stopping the heartbeat thread costs up to a second per flow run."""
    from prefect.settings import temporary_settings

    with temporary_settings(updates={"flows.heartbeat_frequency": None}):
        yield


def _settings() -> dict[str, str]:
    """Prefect settings (environment variables, read by the build and the child) for an
    API that serves one build on this machine; the operator's own values win."""
    settings = {
        # Same machine, same Prefect: no need to ask the server for its version.
        "PREFECT_CLIENT_SERVER_VERSION_CHECK_ENABLED": "false",
        # Automations are not used by a build: no triggers to evaluate (stopping the API
        # before that service has started also fails in Prefect 3.8).
        "PREFECT_SERVER_SERVICES_TRIGGERS_ENABLED": "false",
    }
    if os.environ.get("PREFECT_SERVER_CSRF_PROTECTION_ENABLED", "").lower() not in ("1", "true"):
        # The server does not check CSRF tokens (Prefect's default): none to fetch.
        settings["PREFECT_CLIENT_CSRF_SUPPORT_ENABLED"] = "false"
    return settings


def _prefect_version() -> str:
    from importlib.metadata import version

    return version("prefect")


# --- the child process -----------------------------------------------------------------


def _child_main() -> None:
    """`python -c ... FD PARENT_PID`: serve Prefect's API on the inherited socket FD until
    stdin closes, SIGTERM arrives or the parent dies. Writes `ready` (or `error: ...`) as
    its first line on stdout. Ends with os._exit: no teardown of the server's modules."""
    fd, parent = int(sys.argv[1]), int(sys.argv[2])
    _die_with_parent(parent)
    report = os.fdopen(os.dup(1), "w")
    os.dup2(2, 1)  # anything else printed goes to stderr, never into the report pipe
    code, startup_error, failure = 0, None, []
    try:
        import uvicorn
        from prefect.server.api.server import create_app

        class Server(uvicorn.Server):
            def install_signal_handlers(self) -> None:  # uvicorn < 0.29
                pass

            @contextlib.contextmanager
            def capture_signals(self) -> Iterator[None]:  # ours below, not uvicorn's
                yield

            async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
                await super().shutdown(sockets)  # the services write what they hold
                with contextlib.suppress(OSError, ValueError):
                    sys.stderr.flush()
                os._exit(0)  # nothing left to do: no event loop and module teardown

            async def startup(self, sockets: list[socket.socket] | None = None) -> None:
                await super().startup(sockets)
                if self.started:
                    gc.freeze()  # what start-up made stays: never traversed again
                    gc.enable()
                    report.write("ready\n")
                    report.flush()

        # final=True would delete the router copies that FastAPI < 0.137 made and then run
        # a full garbage collection (0.2-0.3 s over the server's million objects);
        # FastAPI 0.137+ makes no copies, so there is nothing to collect.
        app = create_app(ephemeral=True, final=False)

        async def recorded(scope, receive, send) -> None:  # noqa: ANN001 - ASGI
            """The app, keeping the exception that fails its start-up (the lifespan)."""
            try:
                await app(scope, receive, send)
            except BaseException as exc:
                if scope["type"] == "lifespan" and not failure:
                    failure.append(exc)
                raise

        config = uvicorn.Config(
            recorded,
            log_level="error",
            lifespan="on",
            access_log=False,
            loop="asyncio",
            timeout_graceful_shutdown=1,
        )
        server = Server(config)
        # uvicorn logs a failed start-up (a traceback, then "Application startup failed")
        # and exits: the build reports the error in one line instead.
        startup_error = _StartupError(server)
        logging.getLogger("uvicorn.error").addFilter(startup_error)

        def stop(*_: object) -> None:
            server.should_exit = True
            # Whatever the lifespan's shutdown does, the process ends in bounded time.
            threading.Timer(STOP_TIMEOUT_S - 2, os._exit, (0,)).start()

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        threading.Thread(target=_on_eof, args=(stop,), daemon=True).start()
        server.run(sockets=[socket.socket(fileno=fd)])  # returns only if it never started
        raise RuntimeError("the server stopped during start-up")
    except BaseException as exc:  # noqa: BLE001 - reported in one line to the build
        error = failure[0] if failure else exc
        if not failure and startup_error is not None and startup_error.message:
            error = RuntimeError(startup_error.message)
        text = str(error).strip()
        message = f"{type(error).__name__}: {text.splitlines()[0] if text else ''}"
        with contextlib.suppress(OSError, ValueError):
            report.write(f"error: {message}\n")
            report.flush()
        code = 1
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.flush()
    os._exit(code)


class _StartupError(logging.Filter):
    """Keeps what uvicorn logs before the server has started (the last line of the first
    error: the exception) instead of printing it; lets everything through afterwards."""

    def __init__(self, server) -> None:  # noqa: ANN001 - a uvicorn.Server
        super().__init__()
        self.server = server
        self.message = ""

    def filter(self, record: logging.LogRecord) -> bool:
        if self.server.started:
            return True
        if not self.message and record.levelno >= logging.ERROR:
            if record.exc_info and record.exc_info[1] is not None:
                exc = record.exc_info[1]
                self.message = f"{type(exc).__name__}: {exc}"
            else:
                lines = [line for line in record.getMessage().splitlines() if line.strip()]
                self.message = lines[-1].strip() if lines else ""
        return False


def _on_eof(stop) -> None:  # noqa: ANN001
    """Call `stop` when the build closes our stdin, or exits and the kernel closes it."""
    with contextlib.suppress(OSError, ValueError):
        while sys.stdin.buffer.read1(4096):
            pass
    stop()


def _die_with_parent(parent: int) -> None:
    """Linux: have the kernel send SIGTERM when the parent dies (stdin's EOF is the
    portable way, noticed once the server runs); exit at once if it is already gone."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:
        os._exit(0)
