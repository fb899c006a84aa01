"""`python -m pipeline`: the command line, ending without the interpreter's teardown.

Tearing down the thousands of modules Prefect's server imports takes over a second after
the work is done. The hook below is registered before anything else, so it runs after every
other exit hook (Prefect's workers, multiprocessing) and then ends the process at once, with
the exit code the command chose (argparse's 0 for --help and 2 for a usage error included).
"""

import atexit
import os
import signal
import sys
import traceback

_exit_code = [1]


def _exit_now() -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_exit_code[0])


atexit.register(_exit_now)


def _run() -> int:
    from pipeline.cli import main

    try:
        return main()
    except SystemExit as exc:  # argparse, and sys.exit() anywhere below
        if exc.code is None or isinstance(exc.code, int):
            return exc.code or 0
        print(exc.code, file=sys.stderr)
        return 1
    except BaseException:  # noqa: BLE001 - a bug: shown as Python would, exit code 1
        traceback.print_exc()
        return 1


_exit_code[0] = _run()
# The command has finished and said so: a Ctrl-C during the exit hooks would only print
# a traceback under its one-line outcome.
signal.signal(signal.SIGINT, signal.SIG_IGN)
sys.exit(_exit_code[0])
