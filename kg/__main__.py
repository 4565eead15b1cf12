"""``python -m kg``: the command line, as the ``kg`` script runs it."""

from kg.cli import main

if __name__ == "__main__":
    main()
