"""`python -m factory_desk` is the same as the `factory-desk` command."""

from factory_desk.cli import main

raise SystemExit(main())
