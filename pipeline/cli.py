"""Command line: `python -m pipeline build|validate|diff|bundle|docs`.

Expected failures print one line to stderr and exit non-zero; no tracebacks.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

EXIT_FAIL = 1
EXIT_USAGE = 2


def prefect_environment(output: Path) -> None:
    """Settings for Prefect before it is imported: a home of its own beside the releases
    (never the user's ~/.prefect), no telemetry, quiet console."""
    home = (output / ".prefect").resolve()
    home.mkdir(parents=True, exist_ok=True)  # Prefect creates only the last level itself
    os.environ.setdefault("PREFECT_HOME", str(home))
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")


def _share(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError("must be between 0 and 1")
    return value


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__)
    commands = top.add_subparsers(dest="command", required=True)
    b = commands.add_parser("build", help="turn a raw folder into a published release")
    b.add_argument("--raw", type=Path, default=Path("raw"), help="folder of .txt articles")
    b.add_argument("--output", type=Path, default=Path("output"), help="releases folder")
    b.add_argument("--version", help="release version X.Y.Z (default: computed)")
    b.add_argument(
        "--max-reject-share",
        type=_share,
        default=0.5,
        help="refuse to publish when more than this share of inputs is rejected",
    )
    b.add_argument(
        "--chunk-size", type=int, default=500, help="files per chunk (what the cache keeps)"
    )
    b.add_argument(
        "--tasks",
        type=_positive,
        default=None,
        help="Prefect tasks that share the chunks (default: one per core; with --runner dask, "
        "4 per --dask-workers, or one per chunk with --address)",
    )
    b.add_argument(
        "--max-file-bytes",
        type=int,
        default=5 * 1024 * 1024,
        help="larger files are rejected as too_large without being read",
    )
    b.add_argument(
        "--geocode",
        action="store_true",
        help="fill latitude/longitude from the offline GeoNames gazetteer when an article gives "
        "no coordinates (geo_precision says which level matched)",
    )
    b.add_argument(
        "--runner",
        choices=["threads", "dask"],
        default="threads",
        help="threads: Prefect's thread runner over a local process pool (default); dask: "
        "prefect-dask's DaskTaskRunner on a local cluster or --address",
    )
    b.add_argument(
        "--address", help="existing Dask scheduler, tcp://HOST:PORT (with --runner dask)"
    )
    b.add_argument("--dask-workers", type=int, default=2, help="LocalCluster size")
    b.add_argument(
        "--no-prefect",
        action="store_true",
        help="run the same steps as plain calls, without Prefect",
    )
    v = commands.add_parser("validate", help="re-check a published release")
    v.add_argument("release", type=Path)
    d = commands.add_parser("diff", help="print the changelog between two releases")
    d.add_argument("old", type=Path)
    d.add_argument("new", type=Path)
    z = commands.add_parser("bundle", help="write a .zip of a release for a deposit")
    z.add_argument("release", type=Path)
    z.add_argument("--to", type=Path, default=None, help="zip path (default: beside it)")
    s = commands.add_parser(
        "serve",
        help="serve the build as a scheduled Prefect deployment (needs a running Prefect server)",
    )
    s.add_argument("--cron", required=True, help='cron schedule, e.g. "0 3 * * *" (UTC)')
    s.add_argument("--raw", type=Path, default=Path("raw"))
    s.add_argument("--output", type=Path, default=Path("output"))
    s.add_argument("--name", default="scheduled", help="deployment name")
    commands.add_parser("docs", help="regenerate the README's data dictionary from schemas/")
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        if args.command == "build":
            return cmd_build(args)
        if args.command == "validate":
            return cmd_validate(args.release)
        if args.command == "diff":
            return cmd_diff(args.old, args.new)
        if args.command == "bundle":
            return cmd_bundle(args.release, args.to)
        if args.command == "serve":
            return cmd_serve(args)
        if args.command == "docs":
            from pipeline import docs

            changed = docs.update_readme(Path("README.md"))
            print("README.md data dictionary " + ("updated" if changed else "already current"))
            return 0
    except KeyboardInterrupt:
        print("error: interrupted; the last release and latest are unchanged", file=sys.stderr)
        return 130
    except Interrupted as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001
        from pipeline.build import BuildError
        from pipeline.release import ReleaseError

        if isinstance(exc, BuildError | ReleaseError | OSError):
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_FAIL
        raise
    return EXIT_USAGE


class Interrupted(Exception):
    """Ctrl-C during a build; the message says what the build left published."""


def cmd_build(args: argparse.Namespace) -> int:
    # Prefect's API starts first, before anything heavy is imported here: its process
    # imports Prefect's server on the other core while this one imports the rest. Garbage
    # collection waits until the imports are done (they make a million objects and no
    # garbage; collecting during them costs a fifth of their time).
    _check_build_args(args)  # before anything starts or is created
    latest = _latest(args.output)
    with _sigint_noted() as ctrl_c:
        try:
            code = _build_with_api(args, ctrl_c)
            ctrl_c.check()  # one swallowed after the last checkpoint: published, but said
            return code
        except (KeyboardInterrupt, Exception) as exc:
            # A library may wrap the KeyboardInterrupt in its own error (pydantic does,
            # mid-serialization): the noted signal, not the exception's type, says why.
            if not ctrl_c.noted and not isinstance(exc, KeyboardInterrupt):
                raise
            now = _latest(args.output)
            if now == latest:
                raise Interrupted(
                    "interrupted; the last release and latest are unchanged"
                ) from None
            raise Interrupted(
                f"interrupted after release {now} was published (latest points to it)"
            ) from None


def _latest(output: Path) -> str | None:
    """The version `latest` points to, if any."""
    try:
        return Path(os.readlink(output / "latest")).name
    except OSError:
        return None


class _CtrlC:
    """Ctrl-C signals noted during a build.

    The KeyboardInterrupt a signal raises is lost when it lands in a weakref callback or
    `__del__` (an import's module-lock callback, seen in CI): Python prints "Exception
    ignored" and goes on. `check` raises it again at the build's checkpoints.
    """

    def __init__(self) -> None:
        self.noted: list[int] = []

    def check(self) -> None:
        if self.noted:
            raise KeyboardInterrupt


@contextlib.contextmanager
def _sigint_noted() -> Iterator[_CtrlC]:
    """Ctrl-C raises KeyboardInterrupt as usual and is noted in the object yielded."""
    ctrl_c = _CtrlC()
    if threading.current_thread() is not threading.main_thread():
        yield ctrl_c
        return

    def note(signum: int, frame: object) -> None:
        ctrl_c.noted.append(signum)
        signal.default_int_handler(signum, frame)

    def unraisable(info: object) -> None:
        # A noted Ctrl-C is reported once, by the build, not as a traceback here.
        if getattr(info, "exc_type", None) is not KeyboardInterrupt or not ctrl_c.noted:
            previous_hook(info)

    previous = signal.signal(signal.SIGINT, note)
    previous_hook = sys.unraisablehook
    sys.unraisablehook = unraisable
    try:
        yield ctrl_c
    finally:
        signal.signal(signal.SIGINT, previous)
        sys.unraisablehook = previous_hook


def _build_with_api(args: argparse.Namespace, ctrl_c: _CtrlC) -> int:
    gc.disable()
    api = None
    try:
        if not args.no_prefect and not os.environ.get("PREFECT_API_URL"):
            prefect_environment(args.output)
            from pipeline import local_api

            api = local_api.LocalAPI(Path(os.environ["PREFECT_HOME"]))
        return _build(args, api, ctrl_c)
    finally:
        _collect_garbage()
        if api is not None:
            api.close()


def _collect_garbage() -> None:
    """Garbage collection on again; what the imports made is left out of it for good."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _check_build_args(args: argparse.Namespace) -> None:
    """The build's argument errors; imports only to report one (--version: to check it)."""
    if args.address and args.runner != "dask":
        from pipeline.build import BuildError

        raise BuildError("--address needs --runner dask")
    if args.version is not None:
        from pipeline.release import parse_version

        parse_version(args.version)
    if not args.raw.is_dir():
        from pipeline.build import BuildError

        raise BuildError(f"raw folder {args.raw} does not exist; pass --raw DIR")


def _build(args: argparse.Namespace, api, ctrl_c: _CtrlC) -> int:  # noqa: ANN001 - LocalAPI|None
    from pipeline.build import BuildError, BuildResult, run_build

    started = time.perf_counter()
    if args.no_prefect:
        _collect_garbage()
        ctrl_c.check()
        result = run_build(
            args.raw,
            args.output,
            args.version,
            args.max_reject_share,
            args.chunk_size,
            args.max_file_bytes,
            args.geocode,
        )
    else:
        prefect_environment(args.output)
        from pipeline import flows

        params = dict(
            raw=str(args.raw),
            output=str(args.output),
            version=args.version,
            max_reject_share=args.max_reject_share,
            chunk_size=args.chunk_size,
            max_bytes=args.max_file_bytes,
            geocode=args.geocode,
            tasks=args.tasks,
        )
        if args.runner == "dask":
            flow = flows.dask_build_flow(args.address, args.dask_workers)
            params["pooled"] = False
            if args.tasks is None and not args.address:
                params["tasks"] = 4 * args.dask_workers
        else:
            flow = flows.build_flow
        if api is None:  # PREFECT_API_URL names a server
            _collect_garbage()
            ctrl_c.check()
            outcome = flow(**params)
        else:
            from pipeline import local_api

            # Entered first: making the run's settings takes 0.1-0.2 s, spent while the API
            # is still starting.
            with local_api.settings_for_local_runs():
                api.ready(warm_up=flows.WARM_UP)
                _collect_garbage()
                ctrl_c.check()  # the imports above are where one is lost
                outcome = flow(**params)
            api.close()  # before the summary: the run is on record when it is printed
        if "error" in outcome:
            raise BuildError(outcome["error"])
        result = BuildResult(**outcome)
    print(result.summary())
    print(f"time: {time.perf_counter() - started:.1f} s")
    return 0


def api_url_problem(url: str | None) -> str | None:
    """Why `serve` cannot use this API URL (None when it can)."""
    if not url:
        return (
            "serve needs a running Prefect server (the ephemeral API cannot run schedules): "
            "start one with `prefect server start` and set "
            "PREFECT_API_URL=http://127.0.0.1:4200/api"
        )
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(url.rstrip("/") + "/health", timeout=5) as response:
            if response.status == 200:
                return None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        return (
            f"no Prefect server answers at PREFECT_API_URL={url} ({exc}); start one with "
            "`prefect server start` or fix the URL"
        )
    return f"the Prefect server at {url} is not healthy; check `prefect server start`'s log"


def cmd_serve(args: argparse.Namespace) -> int:
    from pipeline.build import BuildError

    problem = api_url_problem(os.environ.get("PREFECT_API_URL"))
    if problem:
        raise BuildError(problem)
    if not args.raw.is_dir():
        raise BuildError(f"raw folder {args.raw} does not exist; pass --raw DIR")
    from prefect.schedules import Cron

    try:
        schedule = Cron(args.cron, timezone="UTC")
    except ValueError as exc:
        raise BuildError(f"--cron {args.cron!r} is not a cron expression ({exc})") from None
    prefect_environment(args.output)
    from pipeline.flows import build_flow

    print(
        f"serving deployment massacre-events-build/{args.name} on {args.cron!r} (UTC) "
        f"against {os.environ['PREFECT_API_URL']}; Ctrl-C stops it",
        flush=True,
    )
    build_flow.serve(
        name=args.name,
        schedule=schedule,
        parameters={"raw": str(args.raw.resolve()), "output": str(args.output.resolve())},
        print_starting_message=False,
    )
    return 0


def cmd_validate(release_dir: Path) -> int:
    from pipeline import build, release, validate

    if not (release_dir / "datapackage.json").is_file():
        raise release.ReleaseError(f"{release_dir} is not a release (no datapackage.json)")
    problems = release.verify_checksums(release_dir)
    if not problems:
        problems += build.frictionless_problems(release_dir)
        problems += [v.message for v in validate.release_violations(release_dir)]
    if problems:
        print(
            f"error: {release_dir} is not valid: {problems[0]} ({len(problems)} problem(s) in all)",
            file=sys.stderr,
        )
        for problem in problems[1:20]:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_FAIL
    print(f"{release_dir}: valid (checksums, frictionless, gate rules)")
    return 0


def cmd_diff(old: Path, new: Path) -> int:
    from pipeline import release

    for folder in (old, new):
        if not (folder / "datapackage.json").is_file():
            raise release.ReleaseError(f"{folder} is not a release (no datapackage.json)")
    text = release.changelog(release.snapshot(old), release.snapshot(new))
    print(text)
    return 0


def cmd_bundle(release_dir: Path, to: Path | None) -> int:
    import zipfile

    from pipeline import release

    problems = (
        release.verify_checksums(release_dir)
        if release_dir.is_dir()
        else [f"{release_dir} is not a folder"]
    )
    if problems:
        raise release.ReleaseError(f"cannot bundle {release_dir}: {problems[0]}")
    real = release_dir.resolve()
    target = to or real.parent / f"massacre-events-{real.name}.zip"
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(real.iterdir()):
            if path.is_file():
                info = zipfile.ZipInfo(
                    f"massacre-events-{real.name}/{path.name}", date_time=(1980, 1, 1, 0, 0, 0)
                )
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, path.read_bytes())
    print(f"wrote {target}")
    return 0
