"""`python -m pipeline`: the command line, ending without the interpreter's teardown.

Tearing down the thousands of modules Prefect's server imports takes over a second after
the work is done. The hook below is registered before anything else, so it runs after every
other exit hook (Prefect's workers, multiprocessing) and then ends the process at once.
"""

import atexit
import os
import sys

_exit_code = [1]


def _exit_now() -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_exit_code[0])


atexit.register(_exit_now)

from pipeline.cli import main  # noqa: E402

_exit_code[0] = main()
sys.exit(_exit_code[0])
