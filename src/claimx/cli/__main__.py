import sys

from claimx.cli import main

sys.exit(main())
