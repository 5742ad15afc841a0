"""``python -m dengar`` runs the command line."""

from dengar.cli import main

main()
