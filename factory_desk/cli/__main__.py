"""`python -m factory_desk.cli`, as when the command line was one module."""

from factory_desk.cli import main

raise SystemExit(main())
