import sys


def main() -> int:
    print("cli under construction", file=sys.stderr)
    return 2
